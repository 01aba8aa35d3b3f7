// The demo's ticket view: conversation, reply editor with the human's Send button, and the
// app sidebar iframe. It answers the app over ZAF (zaf-host.js) from its own data. The app may
// read the ticket and write into the editor; nothing it can say sends, saves or changes status —
// those handlers simply do not exist here.

import { createZafHost, ZafError } from './zaf-host.js';

const { ticketId, appOrigin, appGuid } = document.body.dataset;
const $ = (id) => document.getElementById(id);
const reply = $('reply');
const replyType = $('reply-type');
const sendButton = $('send');
let state; // {ticket: demo view, zaf: ZAF-shaped ticket, agent, account}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children.filter((c) => c != null));
  return e;
}

function render() {
  const t = state.ticket;
  $('ticket-head').replaceChildren(
    el('h1', {}, `#${t.id} ${t.subject}`),
    el('p', { class: 'hd-meta' },
      el('span', {}, `${t.requester.name} <${t.requester.email}>`),
      t.organization ? el('span', {}, t.organization) : null,
      el('span', { class: `hd-status hd-status--${t.status}`, id: 'ticket-status' }, t.status),
      el('span', {}, `priority ${t.priority}`),
      el('span', {}, `via ${t.channel}`),
      ...t.tags.map((tag) => el('span', { class: 'hd-tag' }, tag))));
  $('conversation').replaceChildren(...t.comments.map((c) => {
    const body = el('div', { class: 'hd-body' });
    body.innerHTML = c.html; // the demo's own data; agents' replies are escaped by the server
    return el('article', { class: `hd-comment${c.public ? '' : ' hd-comment--internal'}`, 'data-comment-id': c.id },
      el('header', {},
        el('strong', {}, c.author.name),
        el('span', { class: 'hd-role' }, c.author.role === 'end-user' ? 'customer' : c.author.role),
        c.public ? null : el('span', { class: 'hd-internal' }, 'internal note'),
        el('time', { datetime: c.created_at }, new Date(c.created_at).toLocaleString('en-GB', { timeZone: 'UTC' }) + ' UTC')),
      body,
      c.attachments.length ? el('ul', { class: 'hd-files' }, ...c.attachments.map((a) => el('li', {}, `Attachment: ${a.filename}`))) : null);
  }));
}

function toast(text) {
  const box = $('toast');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
}

function log({ ok, what, detail }) {
  const entry = el('li', { class: ok ? 'hd-ok' : 'hd-refused' }, `${ok ? '✓' : '✗ refused:'} ${what}${detail ? ` — ${detail}` : ''}`);
  $('activity-log').append(entry);
  $('activity-count').textContent = String($('activity-log').children.length);
  (ok ? console.info : console.warn)(`[zaf] ${ok ? '' : 'refused '}${what}${detail ? `: ${detail}` : ''}`);
}

// --- what the app may do: read, write the editor, resize, notify. Nothing else exists. ---

function get(path) {
  const roots = {
    ticket: state.zaf,
    currentUser: state.agent,
    currentAccount: { subdomain: state.account.subdomain, name: state.account.name },
    comment: { text: reply.value, type: replyType.value },
  };
  let v = roots;
  for (const part of path.split('.')) {
    if (v == null || typeof v !== 'object' || !Object.hasOwn(v, part)) {
      throw new ZafError('APIUnavailable', `"${path}" is not available in this helpdesk`);
    }
    v = v[part];
  }
  return v;
}

const SETTERS = {
  'comment.text': (text) => {
    if (typeof text !== 'string') throw new ZafError('InvalidValue', 'comment.text must be a string');
    reply.value = text;
    $('editor-status').textContent = 'Draft written by the app — review it before you send.';
    return text;
  },
  'comment.type': (type) => {
    if (type !== 'publicReply' && type !== 'internalNote') throw new ZafError('InvalidValue', 'comment.type is publicReply or internalNote');
    replyType.value = type;
    return type;
  },
};

const ACTIONS = {
  resize: (size = {}) => {
    const height = Math.min(Math.max(parseInt(size.height, 10) || 0, 120), 4000);
    document.querySelector('#app-frame iframe').style.height = `${height}px`;
  },
  notify: (message) => toast(`safedraft: ${message}`),
  'comment.appendText': (text) => SETTERS['comment.text'](reply.value + String(text)),
};

const REFUSED = 'the app may read the ticket and write a draft into the editor; sending, saving and changing the ticket stay with the agent';

const handlers = {
  get,
  set(path, value) {
    if (!Object.hasOwn(SETTERS, path)) throw new ZafError('Forbidden', `set "${path}" is refused: ${REFUSED}`);
    return SETTERS[path](value);
  },
  invoke(name, args) {
    if (!Object.hasOwn(ACTIONS, name)) throw new ZafError('Forbidden', `invoke "${name}" is refused: ${REFUSED}`);
    return ACTIONS[name](...args);
  },
  // client.request: read-only GETs of this helpdesk's REST API (ticket, users, Help Center
  // search) with the agent's session; absolute URLs go through the helpdesk's server-side proxy,
  // which fills in {{setting.…}} for secure requests — the secret never reaches a browser.
  async request(opts) {
    const type = String(opts.type || opts.method || 'GET').toUpperCase();
    const url = new URL(String(opts.url || ''), location.origin);
    if (/^https?:\/\//i.test(String(opts.url || '')) && url.origin !== location.origin || opts.secure) {
      const r = await fetch('/demo/api/proxy', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: url.href, type, headers: opts.headers || {}, data: opts.data, secure: opts.secure === true }),
      });
      const { status, body } = await r.json();
      if (status < 200 || status >= 300) {
        throw Object.assign(new ZafError('HTTPError', (body && body.error) || `HTTP ${status}`), { status });
      }
      return { data: body, status };
    }
    const readable = /^\/api\/v2\/(tickets\/\d+(\/comments)?|users\/\d+|help_center\/articles\/search)\.json$/.test(url.pathname);
    if (type !== 'GET' || url.origin !== location.origin || !readable) {
      throw Object.assign(new ZafError('Forbidden', `${type} ${opts.url} is refused: ${REFUSED}`), { status: 403 });
    }
    const r = await fetch(url, { credentials: 'same-origin' });
    const data = await r.json();
    if (!r.ok) throw Object.assign(new ZafError('HTTPError', data.error || r.statusText), { status: r.status });
    return { data, status: r.status };
  },
};

// --- the human's Send: the only path that adds a reply ---
async function sendReply() {
  const body = reply.value;
  if (!body.trim()) return void ($('editor-status').textContent = 'Nothing to send.');
  sendButton.disabled = true;
  try {
    // Like Zendesk, run the ticket.save hook first: the app records how the draft was edited.
    await host.hook('ticket.save');
    const r = await fetch(`/demo/api/tickets/${ticketId}/comments`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ body, type: replyType.value }),
    });
    const data = await r.json();
    if (!r.ok) throw new Error(data.error || r.statusText);
    state = { ...state, ticket: data.ticket, zaf: data.zaf };
    reply.value = '';
    $('editor-status').textContent = replyType.value === 'internalNote' ? 'Internal note added.' : 'Reply sent.';
    render();
    host.emit('ticket.comments.changed', state.zaf.comments);
  } catch (e) {
    $('editor-status').textContent = `Not sent: ${e.message}`;
  } finally {
    sendButton.disabled = false;
  }
}

let host;

async function main() {
  const [r, settingsResponse] = await Promise.all([fetch(`/demo/api/tickets/${ticketId}`), fetch('/demo/api/settings')]);
  state = await r.json();
  // ?locale=de shows the app as an agent with that Zendesk locale would see it.
  const locale = new URLSearchParams(location.search).get('locale');
  if (locale) state.agent = { ...state.agent, locale };
  const settings = await settingsResponse.json(); // never the secure settings: the server keeps those
  render();

  const frame = el('iframe', {
    title: 'safedraft app', name: 'safedraft',
    // Own origin + scripts; no top navigation, no access to this page (it is cross-origin anyway).
    sandbox: 'allow-scripts allow-same-origin allow-popups',
  });
  host = createZafHost({
    frame, appOrigin, appGuid, handlers, log,
    context: { host: 'zendesk', product: 'support', location: 'ticket_sidebar', instanceGuid: appGuid, account: { subdomain: state.account.subdomain }, ticketId: state.zaf.id },
    metadata: { appId: 0, installationId: 1, name: 'safedraft', version: '0.1.0', settings: { title: 'safedraft', ...settings } },
  });
  // Listener first, then the iframe, so the SDK's handshake cannot arrive before we listen.
  frame.src = `${appOrigin}/assets/iframe.html?origin=${encodeURIComponent(location.origin)}&app_guid=${encodeURIComponent(appGuid)}`;
  $('app-frame').append(frame);

  sendButton.addEventListener('click', sendReply);
  reply.addEventListener('input', () => host.emit('comment.text.changed', reply.value));
}

main().catch((e) => {
  $('conversation').textContent = `Could not load the ticket: ${e.message}`;
});
