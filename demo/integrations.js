// What Zendesk does on its servers for an installed app, played by the demo helpdesk:
//
// - app settings (the manifest's parameters) with a settings page; secure settings are kept
//   here and never sent to the browser, exactly as Zendesk keeps them from the app's iframe;
// - the request proxy behind client.request: `{{setting.name}}` placeholders are filled in here,
//   server side, and only for `secure: true` requests to whitelisted hosts;
// - a small Help Center (article search and article pages) for the knowledge-base tool;
// - an audit webhook receiver (the admin's endpoint) that can be switched off to show that the
//   app's outbox loses nothing.

import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { escapeHtml as esc } from './store.js';

const SECURE = ['llm_api_key', 'audit_webhook_token'];
const FIELDS = ['llm_endpoint', 'llm_model', 'llm_api_key', 'policy', 'policy_snippets', 'internal_domains',
  'team_language', 'kill_switch', 'audit_webhook_url', 'audit_webhook_token'];

export function createIntegrations({ kbFile, manifestFile, origins }) {
  const kb = JSON.parse(readFileSync(kbFile, 'utf8'));
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const settings = {
    llm_endpoint: process.env.SAFEDRAFT_LLM_ENDPOINT || '',
    llm_model: process.env.SAFEDRAFT_LLM_MODEL || '',
    llm_api_key: process.env.SAFEDRAFT_API_KEY || '',
    policy: '',
    policy_snippets: JSON.stringify(kb.policy_snippets, null, 2),
    internal_domains: '',
    team_language: 'en',
    kill_switch: false,
    audit_webhook_url: '', // filled in once the helpdesk's origin is known
    // A fresh random token per demo run; it only ever lives in this process.
    audit_webhook_token: randomBytes(18).toString('base64url'),
  };
  const audit = { up: true, events: [], seen: new Set(), batches: 0 };

  /** What the app's iframe may see: every setting except the secure ones. */
  function publicSettings() {
    const out = Object.fromEntries(FIELDS.filter((f) => !SECURE.includes(f)).map((f) => [f, settings[f]]));
    out.audit_webhook_url ||= `${origins.helpdesk}/demo/audit`;
    return out;
  }

  function allowedHosts() {
    const hosts = new Set(manifest.domainWhitelist || []);
    for (const url of [settings.llm_endpoint, settings.audit_webhook_url || `${origins.helpdesk}/demo/audit`]) {
      try {
        if (url) hosts.add(new URL(url).host);
      } catch { /* an invalid URL simply whitelists nothing */ }
    }
    return hosts;
  }

  function update(input) {
    for (const f of FIELDS) {
      if (!(f in input)) continue;
      if (SECURE.includes(f) && String(input[f]) === '') continue; // empty = keep the stored secret
      settings[f] = f === 'kill_switch' ? input[f] === true || input[f] === 'true' || input[f] === 'on' : String(input[f]);
    }
    if (!('kill_switch' in input) && input.__form) settings.kill_switch = false; // unticked checkbox
  }

  /** client.request for absolute URLs: substitution and the call happen here, not in a browser. */
  async function proxy({ url, type = 'GET', headers = {}, data, secure = false }) {
    let target;
    try {
      target = new URL(String(url));
    } catch {
      return { status: 400, body: { error: `url: not an absolute URL: ${url}` } };
    }
    const fill = (s) => String(s).replace(/\{\{\s*setting\.(\w+)\s*\}\}/g, (m, name) => {
      if (!secure) throw Object.assign(new Error(`{{setting.${name}}} is only filled in for secure requests`), { status: 400 });
      if (!(name in settings)) throw Object.assign(new Error(`no app setting named ${name}`), { status: 400 });
      return String(settings[name]);
    });
    if (secure && !allowedHosts().has(target.host)) {
      return { status: 403, body: { error: `${target.host} is not in the app's domainWhitelist` } };
    }
    let outHeaders;
    let body;
    try {
      outHeaders = Object.fromEntries(Object.entries(headers || {}).map(([k, v]) => [k, fill(v)]));
      body = data == null ? undefined : fill(typeof data === 'string' ? data : JSON.stringify(data));
      target = new URL(fill(target.href));
    } catch (e) {
      return { status: e.status || 400, body: { error: e.message } };
    }
    try {
      const r = await fetch(target, { method: String(type).toUpperCase(), headers: outHeaders, body, signal: AbortSignal.timeout(60000) });
      const text = await r.text();
      let parsed = text;
      try {
        parsed = JSON.parse(text);
      } catch { /* not JSON: passed on as text */ }
      return { status: r.status, body: parsed };
    } catch (e) {
      return { status: 502, body: { error: `the request to ${target.host} failed: ${e.cause ? e.cause.code || e.cause.message : e.message}` } };
    }
  }

  function receiveAudit(authorization, payload) {
    if (authorization !== `Bearer ${settings.audit_webhook_token}`) {
      return { status: 401, body: { error: 'bad or missing token' } };
    }
    if (!audit.up) return { status: 503, body: { error: 'audit webhook is down (demo switch)' } };
    const events = payload && Array.isArray(payload.events) ? payload.events : null;
    if (!events) return { status: 400, body: { error: 'events: expected an array' } };
    audit.batches += 1;
    let accepted = 0;
    for (const e of events) {
      const key = `${e.request_id}\n${e.seq}`;
      if (audit.seen.has(key)) continue; // at-least-once delivery: keep the first copy
      audit.seen.add(key);
      audit.events.push(e);
      accepted += 1;
    }
    return { status: 200, body: { accepted, duplicates: events.length - accepted } };
  }

  function searchArticles(query) {
    const words = new Set(String(query).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
    const results = kb.articles
      .map((a) => ({ a, score: [...words].filter((w) => `${a.title} ${a.body}`.toLowerCase().includes(w)).length }))
      .filter((x) => x.score > 0)
      .sort((x, y) => y.score - x.score)
      .map(({ a }) => ({ ...a, html_url: `${origins.helpdesk}/hc/articles/${a.id}`, url: `${origins.helpdesk}/api/v2/help_center/articles/${a.id}.json` }));
    return { results, count: results.length };
  }

  function articlePage(id) {
    const a = kb.articles.find((x) => String(x.id) === String(id));
    if (!a) return null;
    return `<!doctype html><html lang="${esc(a.locale)}"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<link rel="stylesheet" href="/demo/static/helpdesk.css"></head><body><main class="hd-main"><p><a href="/">← Helpdesk</a></p>
<h1>${esc(a.title)}</h1>${a.body}<p class="hd-note">Help Center article ${a.id} · updated ${esc(a.updated_at)}</p></main></body></html>`;
  }

  function settingsPage(saved) {
    const field = (name, label, help, input) => `<div class="hd-setting"><label for="${name}">${label}</label>${input}<p class="hd-note">${help}</p></div>`;
    const text = (name, type = 'text') => `<input id="${name}" name="${name}" type="${type}" value="${esc(settings[name])}">`;
    const secret = (name) => `<input id="${name}" name="${name}" type="password" autocomplete="off" placeholder="${settings[name] ? '•••••• (set; leave empty to keep)' : 'not set'}">`;
    const area = (name) => `<textarea id="${name}" name="${name}" rows="6">${esc(settings[name])}</textarea>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App settings · demo helpdesk</title>
<link rel="stylesheet" href="/demo/static/helpdesk.css"><link rel="icon" href="data:,"></head>
<body><header class="hd-top"><a class="hd-logo" href="/">Demo helpdesk</a><span class="hd-note">App settings (Admin Center › Apps › safedraft)</span></header>
<main class="hd-main hd-settings"><h1>safedraft settings</h1>
${saved ? '<p class="hd-saved" role="status">Saved. Reopen a ticket to use the new settings.</p>' : ''}
<form method="post" action="/settings">
<input type="hidden" name="__form" value="1">
${field('llm_endpoint', 'LLM endpoint URL', 'An OpenAI-compatible Chat Completions URL. Empty: the built-in offline drafter.', text('llm_endpoint', 'url'))}
${field('llm_model', 'Model name', 'Sent as "model" in the request.', text('llm_model'))}
${field('llm_api_key', 'API key (secure)', 'Kept on the helpdesk server and filled into the request by its proxy; the app never sees it.', secret('llm_api_key'))}
${field('policy', 'Policy (JSON)', 'High-risk kinds, manual rules, budgets, tools. Empty: the defaults.', area('policy'))}
${field('policy_snippets', 'Policy snippets (JSON)', 'Policy texts the drafts may cite, as [{id, kind, title, body, topics}].', area('policy_snippets'))}
${field('internal_domains', 'Internal domains', 'Comma-separated hosts whose links never reach a customer.', text('internal_domains'))}
${field('team_language', 'Team language', 'Language of internal notes (en, es, fr, de, pt, it, nl).', text('team_language'))}
<div class="hd-setting"><label><input type="checkbox" name="kill_switch" ${settings.kill_switch ? 'checked' : ''}> Kill switch: hand every ticket to a human, never call the model</label></div>
${field('audit_webhook_url', 'Audit webhook URL', `Empty: this helpdesk's own receiver (${esc(origins.helpdesk)}/demo/audit).`, text('audit_webhook_url', 'url'))}
${field('audit_webhook_token', 'Audit webhook token (secure)', 'Sent as a Bearer token by the proxy.', secret('audit_webhook_token'))}
<button type="submit" class="hd-send">Save settings</button>
</form>
<h2>Audit webhook (demo receiver)</h2>
<p>${audit.events.length} events received in ${audit.batches} batches; receiver is <b>${audit.up ? 'up' : 'down'}</b>.
<a href="/demo/api/audit">Download the audit log (JSONL)</a> — verify it with <code>safedraft audit verify FILE</code>.</p>
<form method="post" action="/settings/audit"><input type="hidden" name="up" value="${audit.up ? 'false' : 'true'}">
<button type="submit">${audit.up ? 'Simulate webhook down' : 'Bring webhook back up'}</button></form>
</main></body></html>`;
  }

  return { audit, publicSettings, update, proxy, receiveAudit, searchArticles, articlePage, settingsPage };
}
