// Every user-visible string of the sidebar. English here; the other six UI languages are in
// strings-<lang>.js. `t()` falls back to English, then to the key, so a missing string is visible.

import es from './strings-es.js';
import fr from './strings-fr.js';
import de from './strings-de.js';
import pt from './strings-pt.js';
import it from './strings-it.js';
import nl from './strings-nl.js';

const translations = { es, fr, de, pt, it, nl };

export const en = {
  'app.title': 'safedraft',
  'app.subtitle': 'Safe drafts',
  'state.loading': 'Reading the ticket…',
  'state.handoff': 'Handed to a human',
  'state.handoff.hint': 'No draft will be written for this ticket. An agent should handle it.',
  'state.ready': 'Ready to draft',
  'state.ready.hint': 'This ticket may get a draft reply. Nothing is ever sent without an agent.',
  'state.error': 'Could not triage this ticket',
  'state.error.hint': 'Nothing was drafted. The sidebar shows the error instead of guessing.',
  'action.retry': 'Try again',
  'action.draft': 'Draft a reply',
  'action.redraft': 'Draft again',
  'action.save_reply': 'Save as reply draft',
  'action.save_note': 'Save as internal note',
  'action.insert_note': 'Insert as internal note',
  'draft.working': 'Drafting…',
  'draft.model': 'Model: {model}. The draft goes into the editor only when you save it; sending stays with you.',
  'draft.title': 'Draft reply ({language})',
  'draft.note': 'Internal note for the team',
  'step.get_ticket': 'Reading the ticket',
  'step.search_kb': 'Searching the knowledge base',
  'step.model': 'Writing the draft',
  'step.check': 'Checking claims and leaks',
  'verdict.pass': 'Checks passed',
  'verdict.pass.hint': 'Every policy claim cites a source and nothing leaks. Review it, then save it as a draft.',
  'verdict.warn': 'Review the warnings',
  'verdict.warn.hint': 'The draft may be saved once you have read the highlighted warnings.',
  'verdict.block': 'Blocked: this draft cannot be saved',
  'verdict.block.hint': 'The highlighted text breaks a rule. Write the reply yourself or draft again.',
  'findings.title': 'Findings',
  'sources.title': 'Sources cited',
  'severity.block': 'blocks',
  'severity.warn': 'warning',
  'claims.title': 'Claims and their sources',
  'claims.none': 'No refund, credit, SLA or policy claims in this draft.',
  'claims.source': 'source',
  'claims.no_source': 'no source cited',
  'claims.supported': 'supported by its source',
  'claims.unsupported': 'not supported by a source',
  'claim.refund': 'Refund',
  'claim.credit': 'Credit',
  'claim.sla': 'SLA',
  'claim.policy': 'Policy',
  'claim.action_taken': 'Action taken',
  'save.ack': 'I have read the warnings and will edit the draft before sending.',
  'save.blocked': 'Saving is disabled: a blocked draft never reaches the editor.',
  'save.done_reply': 'Saved in the reply editor as a draft. Nothing was sent.',
  'save.done_note': 'Saved in the editor as an internal note. Nothing was sent.',
  'save.duplicate': 'Already saved: this exact text is in the editor.',
  'handoff.title': 'Handoff for the team',
  'handoff.note': 'Internal note',
  'handoff.summary': 'Summary (redacted)',
  'handoff.kb': 'Knowledge-base hits',
  'stop.high_risk': 'High-risk ticket: no customer-facing text is drafted.',
  'stop.manual_rule': 'A manual rule of the admin\'s policy applies: no draft.',
  'stop.kill_switch': 'The admin\'s kill switch is on: drafting is paused for every ticket.',
  'stop.time_budget': 'The time budget ran out before a safe draft was ready.',
  'stop.step_budget': 'The step budget ran out before a safe draft was ready.',
  'stop.model_budget': 'The model-call budget ran out before a valid draft arrived.',
  'stop.rate_limited': 'Too many drafts this minute: the rate limit handed this one to you.',
  'stop.model_error': 'The model could not be reached.',
  'stop.model_output_invalid': 'The model\'s answer was not valid, even after one repair request.',
  'stop.tool_error': 'Reading the ticket or the knowledge base failed.',
  'stop.tool_result_refused': 'A tool result was refused (malformed or too large).',
  'stop.tool_not_allowed': 'A tool outside the admin\'s allowlist was needed.',
  'trace.title': 'Read-only tool trace',
  'audit.pending': 'Audit: {n} events waiting for the webhook',
  'audit.delivered': 'Audit: all events delivered',
  'metrics.title': 'Metrics',
  'metrics.runs': 'Runs',
  'metrics.drafts': 'Drafts',
  'metrics.handoffs': 'Handoffs',
  'metrics.blocked': 'Unsafe drafts caught',
  'metrics.p50': 'Runtime p50',
  'metrics.p95': 'Runtime p95',
  'metrics.sent': 'How saved drafts were sent',
  'metrics.unchanged': 'Unchanged',
  'metrics.light_edit': 'Light edit',
  'metrics.major_rewrite': 'Major rewrite',
  'error.draft': 'Drafting failed: {message}',
  'field.kind': 'Kind',
  'field.risk': 'Risk',
  'field.language': 'Language',
  'field.should_draft': 'Draft allowed',
  'field.reason': 'Why',
  'value.yes': 'yes',
  'value.no': 'no',
  'risk.high': 'High risk',
  'risk.normal': 'Normal risk',
  'injection.title': 'Prompt injection detected',
  'injection.hint': 'This text addresses the AI. It is treated as data and never followed.',
  'injection.rule': 'Rule',
  'injection.where': 'In',
  'signals.title': 'Signals',
  'footer.core': 'core',
  'error.no_zaf': 'The Zendesk Apps Framework SDK did not load, so the ticket cannot be read.',
  'error.outside_zendesk': 'Open this page inside Zendesk (or the demo helpdesk): it needs the origin and app_guid the helpdesk passes.',
  'error.core_load': 'The safety core (WebAssembly) could not be loaded.',
  'error.policy_json': 'The app setting "policy" is not valid JSON.',

  'kind.security': 'Security',
  'kind.billing_refund': 'Refund or chargeback',
  'kind.billing': 'Billing',
  'kind.legal': 'Legal',
  'kind.outage': 'Outage',
  'kind.bug': 'Bug report',
  'kind.how_to': 'How-to question',
  'kind.account': 'Account',
  'kind.feature_request': 'Feature request',
  'kind.other': 'Other',

  'lang.en': 'English',
  'lang.es': 'Spanish',
  'lang.fr': 'French',
  'lang.de': 'German',
  'lang.pt': 'Portuguese',
  'lang.it': 'Italian',
  'lang.nl': 'Dutch',

  'field.subject': 'subject',
  'field.description': 'first message',
  'field.comment': 'comment {n}',
};

let table = en;

/** Picks the UI language from the agent's locale ("pt-BR" → pt); unknown locales stay English. */
export function useLocale(locale) {
  const lang = String(locale || 'en').toLowerCase().split(/[-_]/)[0];
  table = { ...en, ...(translations[lang] || {}) };
  document.documentElement.lang = translations[lang] ? lang : 'en';
  return lang;
}

/** Looks up a string; `{name}` placeholders are filled from `vars`. */
export function t(key, vars = {}) {
  const s = table[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

/** A label for a value the core returned (kind, language); unknown values show as they are. */
export function label(prefix, value) {
  const key = `${prefix}.${value}`;
  return key in table ? table[key] : String(value);
}
