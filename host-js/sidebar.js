// Renders the core's triage into the sidebar. Display only: every fact shown comes from the
// core's result; the one mapping here (handoff vs ready) reads `risk` and `should_draft` as the
// core set them. Ticket text is inserted as text nodes, never as HTML.

import { t, label } from './strings.js';
import { h } from './dom.js';

function header() {
  return h('header', { class: 'sd-head' },
    h('span', { class: 'sd-brand' }, t('app.title')),
    h('span', { class: 'sd-sub' }, t('app.subtitle')));
}

export function renderLoading(root) {
  root.dataset.state = 'loading';
  root.replaceChildren(header(), h('p', { class: 'sd-loading', role: 'status' }, t('state.loading')));
}

/** An error the agent can see and act on; `onRetry` adds a keyboard-reachable retry button. */
export function renderError(root, message, onRetry) {
  root.dataset.state = 'error';
  root.replaceChildren(
    header(),
    h('section', { class: 'sd-state sd-state--error', role: 'alert' },
      h('h2', {}, t('state.error')),
      h('p', { class: 'sd-error-message' }, message),
      h('p', { class: 'sd-hint' }, t('state.error.hint')),
      onRetry ? h('button', { type: 'button', class: 'sd-button', onclick: onRetry }, t('action.retry')) : null));
}

/**
 * The triage view. `ticket` is the SPEC Ticket the core saw (for evidence context); `panel` is
 * the drafting part below it (a Draft button, progress, the review panel or the handoff).
 */
export function renderTriage(root, result, ticket, coreVersion, panel = null) {
  const handoff = result.risk === 'high' || result.should_draft === false;
  Object.assign(root.dataset, {
    state: handoff ? 'handoff' : 'ready',
    kind: result.kind,
    risk: result.risk,
    language: result.language,
  });
  root.replaceChildren(...[
    header(),
    h('section', { class: `sd-state sd-state--${handoff ? 'handoff' : 'ready'}`, role: 'status' },
      h('h2', {}, h('span', { class: 'sd-state-icon', 'aria-hidden': 'true' }, handoff ? '⚑' : '✓'),
        t(handoff ? 'state.handoff' : 'state.ready')),
      h('p', { class: 'sd-reason' }, result.reason),
      h('p', { class: 'sd-hint' }, t(handoff ? 'state.handoff.hint' : 'state.ready.hint'))),
    facts(result),
    result.injection && result.injection.detected ? injection(result.injection.evidence, ticket) : null,
    signals(result.signals || []),
    h('div', { id: 'sd-panel' }, panel),
    h('footer', { class: 'sd-foot' }, `${t('footer.core')} ${coreVersion} · #${result.ticket_id}`),
  ].filter(Boolean));
}

/** Replaces the drafting part of a rendered triage view. */
export function showPanel(root, panel) {
  const slot = root.querySelector('#sd-panel');
  if (slot) slot.replaceChildren(...[panel].flat().filter(Boolean));
}

function facts(r) {
  const row = (key, ...value) => h('div', { class: 'sd-fact' }, h('dt', {}, t(key)), h('dd', {}, ...value));
  return h('dl', { class: 'sd-facts' },
    row('field.kind', h('span', { class: 'sd-kind' }, label('kind', r.kind))),
    row('field.risk', h('span', { class: `sd-badge sd-badge--${r.risk}` }, label('risk', r.risk))),
    row('field.language', label('lang', r.language), ' ', h('code', {}, r.language)),
    row('field.should_draft', t(r.should_draft ? 'value.yes' : 'value.no')));
}

function injection(evidence, ticket) {
  return h('section', { class: 'sd-injection', 'aria-labelledby': 'sd-injection-title' },
    h('h3', { id: 'sd-injection-title' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), t('injection.title')),
    h('p', { class: 'sd-hint' }, t('injection.hint')),
    h('ul', { class: 'sd-evidence' }, evidence.map((ev) => h('li', {},
      h('blockquote', {}, ...quote(ev, ticket)),
      h('p', { class: 'sd-evidence-meta' },
        `${t('injection.rule')}: `, h('code', {}, ev.rule),
        ` · ${t('injection.where')}: ${fieldLabel(ev.field)}`)))));
}

const CONTEXT = 48; // characters of surrounding text shown on each side of the span

/** The evidence span, marked, with a little context; offsets are UTF-16 like JS strings. */
function quote(ev, ticket) {
  const text = fieldText(ticket, ev.field);
  if (typeof text !== 'string' || text.slice(ev.start, ev.end) !== ev.text) {
    return [h('mark', {}, ev.text)];
  }
  // Widen to whole words so the context does not start or end mid-word.
  let from = Math.max(0, ev.start - CONTEXT);
  let to = Math.min(text.length, ev.end + CONTEXT);
  if (from > 0) from = Math.min(ev.start, from + Math.max(0, text.slice(from, ev.start).search(/\s/) + 1));
  if (to < text.length) {
    const lastSpace = text.slice(ev.end, to).search(/\s\S*$/);
    if (lastSpace > 0) to = ev.end + lastSpace;
  }
  return [
    (from > 0 ? '…' : '') + text.slice(from, ev.start),
    h('mark', {}, text.slice(ev.start, ev.end)),
    text.slice(ev.end, to) + (to < text.length ? '…' : ''),
  ];
}

function fieldText(ticket, field) {
  if (!ticket) return undefined;
  if (field === 'subject' || field === 'description') return ticket[field];
  const m = /^comments\[(\d+)\]\.body$/.exec(field);
  return m && ticket.comments && ticket.comments[Number(m[1])] ? ticket.comments[Number(m[1])].body : undefined;
}

function fieldLabel(field) {
  const m = /^comments\[(\d+)\]\.body$/.exec(field);
  if (m) return t('field.comment', { n: Number(m[1]) + 1 });
  return field === 'subject' || field === 'description' ? t(`field.${field}`) : field;
}

function signals(list) {
  if (!list.length) return null;
  return h('details', { class: 'sd-signals' },
    h('summary', {}, `${t('signals.title')} (${list.length})`),
    h('ul', {}, list.map((s) => h('li', {}, s))));
}
