// The review panel: renders the core's review packet so an agent can see why a draft is safe —
// the verdict, the draft with every finding highlighted, each claim with its cited source, the
// read-only tool trace — and save it. Display only: the verdict, the claims and what may be
// saved all come from the core (the save buttons call the core's recordSave, which refuses a
// blocked draft or unacknowledged warnings even if this file had a bug).

import { h } from './dom.js';
import { t, label } from './strings.js';

const STEPS = ['get_ticket', 'search_kb', 'model', 'check'];

/** Progress while the session runs: the steps, the current one marked. */
export function progressView(step) {
  const at = STEPS.indexOf(step);
  return h('section', { class: 'sd-progress', role: 'status', 'aria-live': 'polite', 'data-step': step },
    h('h3', {}, t('draft.working')),
    h('ol', { class: 'sd-steps' }, STEPS.map((s, i) => h('li', {
      class: i < at ? 'sd-step sd-step--done' : i === at ? 'sd-step sd-step--now' : 'sd-step',
      'aria-current': i === at ? 'step' : null,
    }, t(`step.${s}`)))));
}

/** The button that starts a draft (agent-triggered: a model call is never made on open). */
export function draftButton(onDraft, modelName) {
  return h('div', { class: 'sd-actions' },
    h('button', { type: 'button', class: 'sd-button sd-button--primary', id: 'sd-draft', onclick: onDraft }, t('action.draft')),
    h('p', { class: 'sd-hint' }, t('draft.model', { model: modelName })));
}

/**
 * A finished draft.
 * @param packet   the core's review packet (outcome "draft")
 * @param sources  Map snippet id → {title, url}
 * @param onSave   (target: 'reply'|'internal_note', acknowledged) → Promise<string> status text
 */
export function draftView(packet, sources, onSave, onRedraft) {
  const verdict = packet.verdict;
  const findings = packet.findings || [];
  const status = h('p', { class: 'sd-save-status', role: 'status', 'aria-live': 'polite' });
  const ack = verdict === 'warn'
    ? h('input', { type: 'checkbox', id: 'sd-ack', onchange: () => { saveReply.disabled = !ack.checked; } })
    : null;
  const save = (target, button) => async () => {
    button.disabled = true;
    try {
      status.textContent = await onSave(target, ack ? ack.checked : false);
      status.dataset.ok = 'true';
    } catch (e) {
      status.textContent = e.message;
      status.dataset.ok = 'false';
    } finally {
      button.disabled = target === 'reply' && (verdict === 'block' || (ack && !ack.checked));
    }
  };
  const saveReply = h('button', { type: 'button', class: 'sd-button sd-button--primary', id: 'sd-save-reply', disabled: verdict !== 'pass' }, t('action.save_reply'));
  saveReply.addEventListener('click', save('reply', saveReply));
  const saveNote = h('button', { type: 'button', class: 'sd-button', id: 'sd-save-note' }, t('action.save_note'));
  saveNote.addEventListener('click', save('internal_note', saveNote));

  return h('section', { class: `sd-review sd-review--${verdict}`, 'data-verdict': verdict, 'aria-labelledby': 'sd-verdict' },
    h('div', { class: `sd-verdict sd-verdict--${verdict}` },
      h('h3', { id: 'sd-verdict' }, h('span', { 'aria-hidden': 'true' }, { pass: '✓ ', warn: '⚠ ', block: '✗ ' }[verdict]), t(`verdict.${verdict}`)),
      h('p', { class: 'sd-hint' }, t(`verdict.${verdict}.hint`))),
    h('h4', {}, t('draft.title', { language: label('lang', packet.draft.language) })),
    h('div', { class: 'sd-draft', id: 'sd-draft-text', tabindex: '0', lang: packet.draft.language }, ...highlight(packet.draft.reply, findings)),
    findings.length ? findingList(findings) : null,
    citedSources(packet.draft.reply, sources),
    claimList(packet.claims || [], sources),
    verdict === 'block' ? h('p', { class: 'sd-blocked', role: 'alert' }, t('save.blocked')) : null,
    ack ? h('label', { class: 'sd-ack', for: 'sd-ack' }, ack, ' ', t('save.ack')) : null,
    h('div', { class: 'sd-actions' }, saveReply, saveNote, status),
    h('details', { class: 'sd-note' }, h('summary', {}, t('draft.note')), h('p', {}, packet.draft.internal_note)),
    traceView(packet.trace || []),
    onRedraft ? h('button', { type: 'button', class: 'sd-link', onclick: onRedraft }, t('action.redraft')) : null);
}

/** A handed-off run: no customer-facing text, the internal note for the team. */
export function handoffView(packet, onSave) {
  const handoff = packet.handoff;
  const status = h('p', { class: 'sd-save-status', role: 'status', 'aria-live': 'polite' });
  const insert = h('button', { type: 'button', class: 'sd-button', id: 'sd-insert-note' }, t('action.insert_note'));
  insert.addEventListener('click', async () => {
    insert.disabled = true;
    try {
      status.textContent = await onSave('internal_note', false);
    } catch (e) {
      status.textContent = e.message;
    } finally {
      insert.disabled = false;
    }
  });
  return h('section', { class: 'sd-handoff', 'data-stop-reason': handoff.stop_reason, 'aria-labelledby': 'sd-handoff-title' },
    h('h3', { id: 'sd-handoff-title' }, t('handoff.title')),
    h('p', { class: 'sd-stop-reason' }, t(`stop.${handoff.stop_reason}`) === `stop.${handoff.stop_reason}` ? handoff.stop_reason : t(`stop.${handoff.stop_reason}`)),
    h('h4', {}, t('handoff.note')),
    h('p', { class: 'sd-handoff-note' }, handoff.internal_note),
    h('h4', {}, t('handoff.summary')),
    h('p', { class: 'sd-handoff-summary' }, handoff.summary),
    handoff.kb_hits.length ? h('p', { class: 'sd-hint' }, `${t('handoff.kb')}: `, handoff.kb_hits.join(', ')) : null,
    h('div', { class: 'sd-actions' }, insert, status),
    traceView(packet.trace || []));
}

/** The draft as text nodes with <mark>s over the findings' spans (UTF-16 offsets, as JS strings). */
function highlight(text, findings) {
  const spans = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  spans.forEach((f) => {
    if (f.start < at) return; // overlapping spans: the first one is marked, all are listed
    out.push(text.slice(at, f.start));
    out.push(h('mark', { class: `sd-mark sd-mark--${f.severity}`, title: f.message, 'data-rule': f.rule }, text.slice(f.start, f.end)));
    at = f.end;
  });
  out.push(text.slice(at));
  return out;
}

const CITATION = /\[((?:kb|policy):[^\]\s]+)\]/g;

/** The sources the draft cites, linked, so the agent can open each one. */
function citedSources(reply, sources) {
  const ids = [...new Set([...reply.matchAll(CITATION)].map((m) => m[1]))];
  if (!ids.length) return null;
  return h('section', { class: 'sd-cited', 'aria-label': t('sources.title') },
    h('h4', {}, t('sources.title')),
    h('ul', {}, ids.map((id) => h('li', { 'data-source': id }, h('code', {}, id), ' ', source(id, sources)))));
}

function findingList(findings) {
  return h('ul', { class: 'sd-findings', 'aria-label': t('findings.title') }, findings.map((f) =>
    h('li', { class: `sd-finding sd-finding--${f.severity}`, 'data-rule': f.rule },
      h('span', { class: `sd-badge sd-badge--${f.severity}` }, t(`severity.${f.severity}`)), ' ',
      h('code', {}, f.rule), ' ', f.message)));
}

function claimList(claims, sources) {
  if (!claims.length) return h('p', { class: 'sd-hint sd-claims-none' }, t('claims.none'));
  return h('section', { class: 'sd-claims', 'aria-label': t('claims.title') },
    h('h4', {}, t('claims.title')),
    h('ul', {}, claims.map((c) => h('li', { class: `sd-claim sd-claim--${c.supported ? 'ok' : 'bad'}` },
      h('span', { class: 'sd-claim-kind' }, label('claim', c.kind)), ' ',
      h('span', { 'aria-label': t(c.supported ? 'claims.supported' : 'claims.unsupported') }, c.supported ? '✓' : '✗'), ' ',
      h('q', {}, c.text),
      c.citations.length
        ? h('span', { class: 'sd-sources' }, ` — ${t('claims.source')}: `, c.citations.map((id, i) => [i ? ', ' : '', source(id, sources)]))
        : h('span', { class: 'sd-sources sd-sources--none' }, ` — ${t('claims.no_source')}`)))));
}

function source(id, sources) {
  const s = sources.get(id);
  const title = s && s.title ? s.title : id;
  // Links open outside the sidebar; only http(s) URLs from the helpdesk's own API are linked.
  if (s && s.url && /^https?:\/\//.test(s.url)) {
    return h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', title: id }, title);
  }
  return h('span', { title: id }, title);
}

function traceView(trace) {
  return h('details', { class: 'sd-trace' },
    h('summary', {}, `${t('trace.title')} (${trace.length})`),
    h('ol', {}, trace.map((e) => h('li', { class: e.ok ? '' : 'sd-trace--failed' },
      h('code', {}, e.tool), ` ${e.ok ? '✓' : '✗'} ${e.note}`))));
}
