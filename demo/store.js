// The demo helpdesk's in-memory data: tickets.json loaded once, replies appended by the human
// agent's Send. Also shapes the data three ways: for the demo's own pages, as the Zendesk Apps
// Framework (ZAF) returns it to an app, and as Zendesk's REST API returns it (for client.request).

import { readFileSync } from 'node:fs';

export function loadStore(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const users = new Map([data.agent, ...data.users].map((u) => [u.id, u]));
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  const tickets = new Map(data.tickets.map((t) => [String(t.id), structuredClone(t)]));
  let nextCommentId = 1;
  for (const t of tickets.values()) for (const c of t.comments) c.id = nextCommentId++;

  const userOf = (id) => users.get(id) || { id, name: 'Unknown', role: 'end-user', tags: [] };
  const orgOf = (u) => (u.organization_id != null ? orgs.get(u.organization_id) || null : null);

  // --- ZAF shapes (what client.get returns in the ticket sidebar) ---
  const zafOrg = (o) => (o ? { id: o.id, name: o.name, tags: [...o.tags] } : null);
  const zafUser = (u) => ({
    id: u.id, name: u.name, email: u.email, role: u.role, locale: u.locale,
    tags: [...(u.tags || [])], organizations: orgOf(u) ? [zafOrg(orgOf(u))] : [],
    externalId: null, avatarUrl: null, timeZone: null, details: '', notes: '',
  });
  // ZAF comments carry no visibility flag and no timestamp; the demo mirrors that honestly.
  const zafComment = (t, c) => {
    const files = (c.attachments || []).map((a) => ({
      filename: a.filename, contentType: a.content_type,
      contentUrl: `/attachments/${t.id}/${c.id}/${encodeURIComponent(a.filename)}`,
    }));
    return {
      id: c.id, value: c.html, author: zafUser(userOf(c.author_id)),
      via: { channel: c.author_id === data.agent.id ? 'web' : t.via, source: { from: {}, to: {}, rel: null } },
      imageAttachments: files.filter((f) => f.contentType.startsWith('image/')),
      nonImageAttachments: files.filter((f) => !f.contentType.startsWith('image/')),
      channelDisplayInfo: {},
    };
  };
  const zafTicket = (t) => {
    const requester = userOf(t.requester_id);
    return {
      id: t.id, subject: t.subject, description: htmlToText(t.comments[0].html),
      status: t.status, priority: t.priority, type: t.type, tags: [...t.tags],
      via: { channel: t.via, source: { from: {}, to: {}, rel: null } },
      requester: zafUser(requester), organization: zafOrg(orgOf(requester)),
      assignee: { user: zafUser(data.agent), group: { id: 1, name: 'Support' } },
      comments: t.comments.map((c) => zafComment(t, c)),
      createdAt: t.created_at, updatedAt: t.updated_at || t.created_at, isNew: false,
    };
  };

  // --- the demo's own view (its pages know which notes are internal) ---
  const view = (t) => ({
    id: t.id, subject: t.subject, status: t.status, priority: t.priority, type: t.type,
    tags: t.tags, channel: t.via, created_at: t.created_at,
    requester: { name: userOf(t.requester_id).name, email: userOf(t.requester_id).email },
    organization: orgOf(userOf(t.requester_id))?.name || null,
    comments: t.comments.map((c) => ({
      id: c.id, public: c.public, html: c.html, created_at: c.created_at,
      author: { name: userOf(c.author_id).name, role: userOf(c.author_id).role },
      attachments: c.attachments || [],
    })),
  });

  // --- REST shapes (GET /api/v2/...), read-only ---
  const rest = {
    ticket: (t) => ({ ticket: {
      id: t.id, subject: t.subject, description: htmlToText(t.comments[0].html), status: t.status,
      priority: t.priority, type: t.type, tags: t.tags, requester_id: t.requester_id,
      via: { channel: t.via }, created_at: t.created_at, updated_at: t.updated_at || t.created_at,
    } }),
    comments: (t) => ({ comments: t.comments.map((c) => ({
      id: c.id, type: 'Comment', author_id: c.author_id, public: c.public, html_body: c.html,
      plain_body: htmlToText(c.html), body: htmlToText(c.html), created_at: c.created_at,
      attachments: (c.attachments || []).map((a) => ({ file_name: a.filename, content_type: a.content_type, size: a.size })),
    })), next_page: null, previous_page: null, count: t.comments.length }),
    user: (u) => ({ user: {
      id: u.id, name: u.name, email: u.email, role: u.role, locale: u.locale, tags: u.tags || [],
      organization_id: u.organization_id ?? null,
    } }),
  };

  return {
    account: data.account,
    agent: data.agent,
    zafUser,
    list: () => [...tickets.values()].map((t) => ({
      id: t.id, subject: t.subject, status: t.status, priority: t.priority,
      requester: userOf(t.requester_id).name, updated_at: t.updated_at || t.created_at,
      comments: t.comments.length,
    })),
    find: (id) => tickets.get(String(id)) || null,
    view: (t) => view(t),
    zaf: (t) => zafTicket(t),
    rest: {
      ticket: (t) => rest.ticket(t),
      comments: (t) => rest.comments(t),
      user: (id) => (users.has(Number(id)) ? rest.user(users.get(Number(id))) : null),
    },
    /** The human agent's Send: one comment by the agent; status and everything else unchanged. */
    addComment(t, { body, isPublic }) {
      const now = new Date().toISOString();
      t.comments.push({ id: nextCommentId++, author_id: data.agent.id, public: isPublic, html: textToHtml(body), created_at: now });
      t.updated_at = now;
    },
  };
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Plain text of the demo's own (simple, trusted) comment HTML, as Zendesk's description is. */
export function htmlToText(html) {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e) => ENTITIES[e])
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The agent typed plain text; store it as Zendesk would, escaped, paragraphs kept. */
function textToHtml(text) {
  return text.trim().split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
}
