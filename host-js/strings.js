// Every user-visible string of the sidebar, in one place so a translation is one file.
// Only English for now; `t()` falls back to the key so a missing string is visible, not blank.

export const en = {
  'app.title': 'safedraft',
  'app.subtitle': 'Triage',
  'state.loading': 'Reading the ticket…',
  'state.handoff': 'Handed to a human',
  'state.handoff.hint': 'No draft will be written for this ticket. An agent should handle it.',
  'state.ready': 'Ready to draft',
  'state.ready.hint': 'This ticket may get a draft reply. Nothing is ever sent without an agent.',
  'state.error': 'Could not triage this ticket',
  'state.error.hint': 'Nothing was drafted. The sidebar shows the error instead of guessing.',
  'action.retry': 'Try again',
  'action.draft': 'Draft reply (coming next)',
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

/** Switches the string table (e.g. from the agent's locale once translations exist). */
export function useStrings(next) {
  table = { ...en, ...next };
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
