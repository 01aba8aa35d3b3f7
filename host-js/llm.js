// The model call. Two adapters behind one signature, (messages, session) → Promise<string>:
//
// - offline: the core's deterministic drafter (the embedded default; no network at all);
// - chat completions: an OpenAI-compatible endpoint reached through the helpdesk's request
//   proxy with `secure: true`. The API key is never in this iframe: the request carries the
//   literal placeholder `{{setting.llm_api_key}}`, which Zendesk's proxy (or the demo's)
//   replaces on the server side, and only for hosts in the manifest's domainWhitelist.
//
// The messages come from the core, already redacted and fenced; this file sends them as they are.

export function offlineModel() {
  return async (_messages, session) => session.offlineAnswer();
}

/**
 * @param {Function} request  the ZAF adapter's request(options) (client.request)
 * @param {{endpoint: string, model?: string}} settings
 */
export function chatCompletionsModel(request, { endpoint, model }) {
  return async (messages) => {
    const body = {
      model: model || 'gpt-4o-mini',
      messages,
      temperature: 0,
      response_format: { type: 'json_object' },
    };
    const data = await request({
      url: endpoint,
      type: 'POST',
      contentType: 'application/json',
      headers: { Authorization: 'Bearer {{setting.llm_api_key}}' },
      data: JSON.stringify(body),
      secure: true,
      cors: false,
      dataType: 'json',
    });
    const parsed = typeof data === 'string' ? JSON.parse(data) : data;
    const content = parsed && parsed.choices && parsed.choices[0] && parsed.choices[0].message && parsed.choices[0].message.content;
    if (typeof content !== 'string') throw new Error('the model endpoint answered without choices[0].message.content');
    return content;
  };
}
