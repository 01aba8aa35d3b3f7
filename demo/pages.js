// The demo helpdesk's two pages: the ticket list (rendered here) and the ticket view shell
// (its conversation, editor and sidebar are filled in by public/helpdesk.js).

import { escapeHtml as esc } from './store.js';

function layout(title, body, extraHead = '') {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} · demo helpdesk</title>
  <link rel="stylesheet" href="/demo/static/helpdesk.css">
  <link rel="icon" href="data:,">
  ${extraHead}
</head>
${body}
</html>`;
}

function topbar(account) {
  return `<header class="hd-top"><a class="hd-logo" href="/">${esc(account.name)}</a>
  <span class="hd-note">Local demo helpdesk · speaks the Zendesk Apps Framework protocol</span>
  <a class="hd-settings-link" href="/settings">App settings</a></header>`;
}

export function listPage(store) {
  const rows = store.list().map((t) => `
      <tr>
        <td class="hd-id">#${t.id}</td>
        <td><a href="/tickets/${t.id}">${esc(t.subject)}</a></td>
        <td>${esc(t.requester)}</td>
        <td><span class="hd-status hd-status--${esc(t.status)}">${esc(t.status)}</span></td>
        <td>${esc(t.priority)}</td>
        <td>${t.comments}</td>
      </tr>`).join('');
  return layout('Tickets', `<body class="hd-list">
  ${topbar(store.account)}
  <main class="hd-main">
    <h1>Open tickets</h1>
    <table class="hd-table">
      <thead><tr><th>ID</th><th>Subject</th><th>Requester</th><th>Status</th><th>Priority</th><th>Comments</th></tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </main>
</body>`);
}

/** The ticket view. The app iframe is created by helpdesk.js once its ZAF listener is up. */
export function ticketPage(store, ticket, { appOrigin, appGuid }) {
  return layout(`#${ticket.id} ${ticket.subject}`, `<body class="hd-ticket"
    data-ticket-id="${esc(ticket.id)}" data-app-origin="${esc(appOrigin)}" data-app-guid="${esc(appGuid)}">
  ${topbar(store.account)}
  <div class="hd-workspace">
    <main class="hd-main" aria-label="Ticket">
      <p class="hd-back"><a href="/">← All tickets</a></p>
      <header class="hd-ticket-head" id="ticket-head"></header>
      <section class="hd-conversation" id="conversation" aria-label="Conversation"></section>
      <section class="hd-editor" aria-label="Reply editor">
        <div class="hd-editor-bar">
          <label for="reply-type">Type</label>
          <select id="reply-type">
            <option value="publicReply">Public reply</option>
            <option value="internalNote">Internal note</option>
          </select>
        </div>
        <label class="hd-visually-hidden" for="reply">Reply</label>
        <textarea id="reply" rows="7" placeholder="Write your reply…"></textarea>
        <div class="hd-editor-actions">
          <span class="hd-editor-status" id="editor-status" role="status"></span>
          <button type="button" id="send" class="hd-send">Send</button>
        </div>
      </section>
      <details class="hd-activity" id="activity">
        <summary>App activity (ZAF messages) <span id="activity-count">0</span></summary>
        <ol id="activity-log"></ol>
      </details>
    </main>
    <aside class="hd-apps" aria-label="Apps">
      <h2 class="hd-apps-title">Apps</h2>
      <div id="app-frame"></div>
    </aside>
  </div>
  <div class="hd-toast" id="toast" role="status" hidden></div>
  <script type="module" src="/demo/static/helpdesk.js"></script>
</body>`);
}

export function notFoundPage(store) {
  return layout('Not found', `<body>${topbar(store.account)}<main class="hd-main"><h1>Not found</h1><p><a href="/">All tickets</a></p></main></body>`);
}
