// Entry point of the ticket sidebar: connects to Zendesk through the ZAF SDK (loaded by
// iframe.html as a classic script, so it is `window.ZAFClient`), reads the ticket, asks the core,
// renders, and performs the effects of a drafting session. Only wiring lives here: what is safe,
// what may be saved and when to hand off are the core's answers.

import { createZafAdapter } from './zaf-adapter.js';
import { loadCore } from './core.js';
import { renderLoading, renderError, renderTriage, showPanel } from './sidebar.js';
import { progressView, draftButton, draftView, handoffView } from './review-panel.js';
import { runDraft, messageOf } from './session-loop.js';
import { offlineModel, chatCompletionsModel } from './llm.js';
import { createOutbox } from './outbox.js';
import { createMetrics, metricsView } from './metrics.js';
import { readSettings } from './settings.js';
import { t, useLocale } from './strings.js';
import { h } from './dom.js';

const root = document.getElementById('app');

function start() {
  if (!window.ZAFClient) return renderError(root, t('error.no_zaf'));
  // init() returns false when the page was not opened by a helpdesk (no origin/app_guid).
  const client = window.ZAFClient.init();
  if (!client) return renderError(root, t('error.outside_zendesk'));

  const zd = createZafAdapter(client);
  const metrics = createMetrics();
  let setup = null; // Promise of {core, settings, outbox} or a failure
  let running = null;
  let current = null; // {session, packet, ticketId, written: Set}

  const prepare = async () => {
    const loadedSettings = readSettings(await zd.settings());
    if (!loadedSettings.ok) return { ok: false, message: loadedSettings.message };
    const settings = loadedSettings.settings;
    useLocale(await zd.agentLocale().catch(() => 'en'));
    const loaded = await loadCore(settings.policy);
    if (!loaded.ok) return { ok: false, message: (loaded.stage === 'load' ? `${t('error.core_load')} ` : '') + loaded.message };
    const outbox = createOutbox({ deliver: auditDelivery(zd, settings) });
    outbox.onChange(renderAuditStatus);
    outbox.flush(); // deliver what an earlier page left behind
    return { ok: true, core: loaded.core, settings, outbox };
  };

  const run = async () => {
    renderLoading(root);
    try {
      setup ??= prepare();
      const ready = await setup;
      if (!ready.ok) {
        setup = null;
        return renderError(root, ready.message, rerun);
      }
      const ticket = await zd.readTicket();
      const triage = ready.core.triage(ticket);
      if (!triage.ok) return renderError(root, triage.message, rerun);
      const draftable = triage.result.should_draft;
      const onDraft = () => draft(ready, ticket.id).catch(showDraftError);
      renderTriage(root, triage.result, ticket, ready.core.version,
        draftable ? draftButton(onDraft, ready.settings.modelLabel) : progressView('get_ticket'));
      footerTools(ready);
      // A handoff never calls the model, so its note is prepared right away; a draft waits for
      // the agent (a model call costs money and is not wanted on every ticket opened).
      if (!draftable) await draft(ready, ticket.id).catch(showDraftError);
    } catch (e) {
      renderError(root, messageOf(e), rerun);
    }
  };
  // Serialize runs: a change event during a run waits for it instead of racing it.
  const rerun = () => (running = (running || Promise.resolve()).then(run));

  async function draft({ core, settings, outbox }, ticketId) {
    if (current) current.session.free();
    current = null;
    showPanel(root, progressView('get_ticket'));
    const started = performance.now();
    const sources = new Map();
    const tools = {
      get_ticket: async ({ ticket_id: id }) => {
        const ticket = await zd.readTicket();
        if (String(ticket.id) !== String(id)) throw new Error(`the open ticket is #${ticket.id}, not #${id}`);
        return ticket;
      },
      search_kb: async ({ query }) => {
        const articles = await zd.searchArticles(query).catch((e) => {
          // A helpdesk without Help Center answers 404: that is "no articles", not a failure.
          if (e && e.status === 404) return [];
          throw e;
        });
        const candidates = [...articles, ...settings.snippets];
        candidates.forEach((s) => sources.set(s.id, { title: s.title, url: s.url }));
        return core.searchSnippets(query, candidates, 5);
      },
    };
    const model = settings.endpoint ? chatCompletionsModel((o) => zd.request(o), settings) : offlineModel();
    const { packet, session } = await runDraft({
      core, ticketRef: ticketId, tools, model, audit: (event) => record(outbox, event),
      onStep: ({ step }) => showPanel(root, progressView(step)),
    });
    current = { session, packet, written: new Set() };
    metrics.recordRun({
      request_id: packet.request_id, ticket_id: String(packet.ticket_id), outcome: packet.outcome,
      verdict: packet.verdict || undefined, runtime_ms: Math.round(performance.now() - started),
    });
    root.dataset.outcome = packet.outcome;
    const onSave = (target, acknowledged) => save(current, outbox, target, acknowledged);
    showPanel(root, packet.outcome === 'draft'
      ? draftView(packet, sources, onSave, () => draft({ core, settings, outbox }, ticketId))
      : handoffView(packet, onSave));
  }

  function showDraftError(e) {
    showPanel(root, h('p', { class: 'sd-state sd-state--error', role: 'alert' }, t('error.draft', { message: messageOf(e) })));
  }

  async function save(run, outbox, target, acknowledged) {
    // The core decides (and audits) what may be written; it throws for a blocked draft, for
    // unacknowledged warnings and for a customer reply from a handoff.
    let decision;
    try {
      decision = run.session.recordSave(target, acknowledged, Date.now());
    } catch (e) {
      throw new Error(messageOf(e));
    }
    for (let effect = run.session.poll(); effect; effect = run.session.poll()) {
      if (effect.effect === 'emit') record(outbox, effect.event);
    }
    if (run.written.has(decision.idempotency_key)) return t('save.duplicate');
    await zd.writeDraft(decision.text, decision.comment_type);
    run.written.add(decision.idempotency_key);
    if (target === 'reply') metrics.recordSavedDraft(run.packet.request_id, decision.text);
    return t(target === 'reply' ? 'save.done_reply' : 'save.done_note');
  }

  function renderAuditStatus(status) {
    const el = root.querySelector('#sd-audit');
    if (!el) return;
    el.dataset.pending = String(status.pending);
    el.textContent = status.pending
      ? t('audit.pending', { n: status.pending }) + (status.lastError ? ` (${status.lastError})` : '')
      : t('audit.delivered');
  }

  function footerTools({ outbox }) {
    const foot = root.querySelector('.sd-foot');
    if (!foot) return;
    const details = h('details', { class: 'sd-metrics-toggle' }, h('summary', {}, t('metrics.title')));
    details.addEventListener('toggle', () => {
      details.querySelector('.sd-metrics')?.remove();
      if (details.open) details.append(metricsView(metrics.summary()));
    });
    foot.after(h('p', { id: 'sd-audit', class: 'sd-audit' }), details);
    outbox.status().then(renderAuditStatus);
  }

  // The agent pressed Send: compare what goes out with the draft this sidebar saved.
  zd.onTicketSave(async () => {
    const ready = setup && (await setup);
    if (!ready || !ready.ok || !current) return;
    const pending = metrics.pendingComparison(current.packet.ticket_id);
    if (!pending) return;
    const editor = await zd.readEditor();
    if (editor.type !== 'publicReply') return;
    metrics.recordSent(pending.request_id, ready.core.compareSent(pending.saved_text, editor.text));
  });

  // Tell Zendesk how tall the sidebar is whenever the content changes (e.g. signals expanded).
  new ResizeObserver(() => {
    zd.resize(document.documentElement.scrollHeight).catch(() => {});
  }).observe(document.body);

  client.on('app.registered', rerun);
  zd.onTicketChanged(rerun);
}

/** Stores an audit event, then tries to deliver; a failed delivery stays queued in the outbox. */
function record(outbox, event) {
  outbox.add(event).then(() => outbox.flush()).catch((e) => console.error('[safedraft] audit event not stored:', e));
}

/** The outbox's delivery: the admin's webhook through the secure proxy, token substituted there. */
function auditDelivery(zd, settings) {
  if (!settings.auditWebhook) {
    return async () => { throw new Error('no audit webhook is configured; events are kept in this browser'); };
  }
  // The outbox needs every delivery to settle: a hung request would stall it (and other tabs).
  return (batch) => withTimeout(20000, zd.request({
    url: settings.auditWebhook,
    type: 'POST',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer {{setting.audit_webhook_token}}' },
    data: JSON.stringify({ events: batch }),
    secure: true,
    cors: false,
  }));
}

function withTimeout(ms, promise) {
  let timer;
  const expired = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms); });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

start();
