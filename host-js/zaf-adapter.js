// The Zendesk side of the host: reads the open ticket and Help Center articles through a ZAF
// client and maps Zendesk's shapes to SPEC's shapes; writes the one thing the app may write —
// text into the reply editor. I/O and shape mapping only — nothing here decides whether a
// ticket or a draft is safe.
//
// ZAF shapes this relies on (ticket sidebar location):
//   ticket.comments  [{id, value (HTML), author: User, via, imageAttachments, nonImageAttachments}]
//                    ZAF does not say whether a comment is public; when a shape carries
//                    `isPublic` or `public` (REST comments do) it is passed on, otherwise the
//                    field is left out. The first comment is the ticket's description.
//   ticket.requester User {id, name, email, locale, role, tags, organizations: [{id, name, tags}]}
//   ticket.organization {id, name, tags} or null
//   ticket.via       {channel, source}
//
// Customer profile convention (documented for admins): tier, plan and region come from tags
// `tier_<value>`, `plan_<value>`, `region_<value>` on the requester, then on the ticket's
// organization, then on the requester's first organization. Zendesk has no built-in tier.

const PATHS = [
  'ticket.id', 'ticket.subject', 'ticket.description', 'ticket.priority', 'ticket.tags',
  'ticket.via', 'ticket.requester', 'ticket.organization', 'ticket.comments',
];

const ROLES = { 'end-user': 'end_user', end_user: 'end_user', agent: 'agent', admin: 'agent', system: 'system' };

/** Wraps a ZAF client (`ZAFClient.init()`); the host talks to Zendesk only through this. */
export function createZafAdapter(client) {
  return {
    /** Reads the open ticket (one batched `get`) and returns it as a SPEC Ticket. */
    async readTicket() {
      const data = await client.get(PATHS);
      // A batched get resolves even when some paths fail; the id is the one we cannot do without.
      if (data['ticket.id'] == null) {
        const err = data.errors && data.errors['ticket.id'];
        throw new Error(`Zendesk did not return the ticket: ${err ? err.message : 'ticket.id is missing'}`);
      }
      return toSpecTicket(data);
    },
    /** The app's only write (used by the drafting step): text into the reply editor, never sent. */
    async writeDraft(text, type = 'publicReply') {
      // An object-form set resolves even when a key fails, so look at its errors.
      const result = await client.set({ 'comment.type': type, 'comment.text': text });
      const failed = Object.values((result && result.errors) || {});
      if (failed.length) throw new Error(failed.map((e) => `${e.path}: ${e.message}`).join('; '));
    },
    /** Help Center articles matching `query` (already redacted by the core), as SPEC Snippets. */
    async searchArticles(query) {
      const q = query.replace(/\s+/g, ' ').trim().slice(0, 200);
      const data = await client.request({ url: `/api/v2/help_center/articles/search.json?per_page=10&query=${encodeURIComponent(q)}`, type: 'GET' });
      return ((data && data.results) || []).map(toSnippet);
    },
    /** client.request as is (the LLM adapter and the audit outbox use it with secure settings). */
    request(options) {
      return client.request(options);
    },
    /** The agent's locale, for the sidebar's language. */
    async agentLocale() {
      const data = await client.get('currentUser.locale');
      return data['currentUser.locale'] || 'en';
    },
    /** What is in the editor now: {text, type}. */
    async readEditor() {
      const data = await client.get(['comment.text', 'comment.type']);
      return { text: data['comment.text'] || '', type: data['comment.type'] || 'publicReply' };
    },
    /**
     * Runs `fn` when the agent sends (the `ticket.save` hook). Zendesk waits for the hook, so the
     * handler must be quick and must never veto the agent's save: errors are swallowed.
     */
    onTicketSave(fn) {
      client.on('ticket.save', () => Promise.resolve().then(fn).then(() => true, () => true));
    },
    /** Calls `fn` when the conversation changes (a new reply or note), so triage can rerun. */
    onTicketChanged(fn) {
      client.on('ticket.comments.changed', fn);
    },
    /** The admin's app settings (`metadata.settings`), where the policy lives. */
    async settings() {
      const metadata = await client.metadata();
      return (metadata && metadata.settings) || {};
    },
    resize(height) {
      return client.invoke('resize', { width: '100%', height: `${Math.ceil(height)}px` });
    },
  };
}

/** Maps the result of a batched ZAF `get` (keys are the paths) to SPEC's Ticket. */
export function toSpecTicket(data) {
  const description = clean(data['ticket.description']);
  const comments = (data['ticket.comments'] || []).map(toSpecComment);
  // Zendesk's description is the first comment; drop that one copy so the core does not read the
  // customer's first message twice (it would double every cue and every injection span).
  const first = comments.findIndex((c) => normalize(c.body) === normalize(description));
  if (description && first !== -1) comments.splice(first, 1);

  const requester = data['ticket.requester'] || null;
  const org = data['ticket.organization'] || (requester && (requester.organizations || [])[0]) || null;
  const attachments = (data['ticket.comments'] || []).flatMap((c) =>
    [...(c.imageAttachments || []), ...(c.nonImageAttachments || [])].map(toSpecAttachment));
  const via = data['ticket.via'];

  return compact({
    id: data['ticket.id'],
    subject: clean(data['ticket.subject']),
    description,
    comments,
    requester: requester ? toSpecRequester(requester, org) : undefined,
    tags: Array.isArray(data['ticket.tags']) ? data['ticket.tags'] : undefined,
    priority: typeof data['ticket.priority'] === 'string' && data['ticket.priority'] !== '-' ? data['ticket.priority'] : undefined,
    channel: via && typeof via.channel === 'string' ? via.channel : undefined,
    attachments: attachments.length ? attachments : undefined,
  });
}

function toSpecComment(c) {
  const role = c.author && ROLES[c.author.role];
  const isPublic = typeof c.isPublic === 'boolean' ? c.isPublic : typeof c.public === 'boolean' ? c.public : undefined;
  // Prefer the HTML `value`: converting it here keeps hidden <!-- comments -->, which the core
  // reads as a prompt-injection cue; a pre-stripped plain text would have lost them.
  const body = c.value != null ? htmlToText(String(c.value))
    : clean(c.nonHTMLValue ?? c.plain_body ?? c.body) || '';
  return compact({
    author_role: role,
    public: isPublic,
    body,
    created_at: c.createdAt || c.created_at || undefined,
  });
}

function toSpecRequester(user, org) {
  const tagSets = [user.tags, org && org.tags, ...(user.organizations || []).map((o) => o.tags)];
  const fromTags = (prefix) => {
    for (const tags of tagSets) {
      const hit = (tags || []).find((t) => typeof t === 'string' && t.startsWith(`${prefix}_`));
      if (hit) return hit.slice(prefix.length + 1);
    }
    return undefined;
  };
  return compact({
    id: user.id,
    name: clean(user.name),
    email: clean(user.email),
    locale: clean(user.locale),
    tier: fromTags('tier'),
    plan: fromTags('plan'),
    region: fromTags('region'),
  });
}

/** A Help Center article (search result) → SPEC Snippet; `url` is kept for the review panel. */
function toSnippet(a) {
  return compact({
    id: `kb:${a.id}`,
    kind: 'kb',
    title: clean(a.title) || `article ${a.id}`,
    body: a.body ? htmlToText(String(a.body)) : '',
    locale: clean(a.locale),
    updated_at: clean(a.updated_at),
    url: clean(a.html_url),
  });
}

function toSpecAttachment(a) {
  return compact({
    filename: a.filename || a.name,
    content_type: a.contentType || a.content_type,
    size: typeof a.size === 'number' ? a.size : undefined,
  });
}

const BLOCK_END = /^(P|DIV|LI|TR|H[1-6]|BLOCKQUOTE|PRE|UL|OL|TABLE)$/;
const SKIP = /^(SCRIPT|STYLE|TITLE|TEMPLATE)$/;

/** HTML → plain text with paragraph breaks; inert (DOMParser runs no scripts, loads nothing). */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.data);
      else if (child.nodeType === Node.COMMENT_NODE) out.push(`<!--${child.data}-->`);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'BR') { out.push('\n'); continue; }
        if (SKIP.test(child.tagName)) continue;
        walk(child);
        if (BLOCK_END.test(child.tagName)) out.push('\n\n');
      }
    }
  };
  // Walk the whole document: a leading <!-- comment --> is parsed outside <body>.
  walk(doc);
  return out.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function clean(v) {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function normalize(s) {
  return (s || '').replace(/\s+/g, ' ').trim();
}

/** Drops undefined/null fields: the core treats a missing field as absent, a null as an error. */
function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null));
}
