// The admin's app settings (manifest parameters) → what the host needs. Parsing only: the
// policy itself is validated by the core, which names the bad field. Secure settings
// (llm_api_key, audit_webhook_token) are never in here: Zendesk does not give them to the
// iframe; requests carry `{{setting.…}}` placeholders that its proxy fills in.

/** @returns {{ok: true, settings} | {ok: false, message}} */
export function readSettings(raw = {}) {
  let policy;
  let snippets = [];
  try {
    policy = parseJson(raw.policy, 'policy', (v) => v && typeof v === 'object' && !Array.isArray(v), 'a JSON object');
    snippets = parseJson(raw.policy_snippets, 'policy_snippets', Array.isArray, 'a JSON array of snippets') || [];
  } catch (e) {
    return { ok: false, message: e.message };
  }
  // The simple settings override the policy JSON, so an admin can flip them without editing it.
  policy = { ...(policy || {}) };
  const domains = String(raw.internal_domains || '').split(/[\s,]+/).filter(Boolean);
  if (domains.length) policy.internal_domains = [...new Set([...(policy.internal_domains || []), ...domains])];
  if (typeof raw.team_language === 'string' && raw.team_language.trim()) policy.team_language = raw.team_language.trim();
  if (raw.kill_switch === true || raw.kill_switch === 'true') policy.kill_switch = true;

  const endpoint = String(raw.llm_endpoint || '').trim();
  const model = String(raw.llm_model || '').trim();
  return {
    ok: true,
    settings: {
      policy,
      snippets,
      endpoint,
      model,
      modelLabel: endpoint ? `${model || 'default model'} @ ${hostOf(endpoint)}` : 'offline drafter (built in)',
      auditWebhook: String(raw.audit_webhook_url || '').trim(),
    },
  };
}

function parseJson(text, name, isValid, shape) {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`The app setting "${name}" is not valid JSON: ${e.message}`);
  }
  if (!isValid(value)) throw new Error(`The app setting "${name}" must be ${shape}.`);
  return value;
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
