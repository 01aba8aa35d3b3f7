// The helpdesk side of the Zendesk Apps Framework postMessage protocol, as the real SDK
// (zendesk_app_framework_sdk lib/client.js) speaks it. Messages are JSON strings.
//
// app → helpdesk
//   {key: 'iframe.handshake', message: {version}, appGuid, instanceGuid}   on ZAFClient.init()
//   {id, request: 'get'|'set'|'invoke', params, appGuid, instanceGuid}      client.get/set/invoke
//   {key: 'iframe.on:<event>' | 'iframe.off:<event>', message: {subscriberCount}}   client.on/off
//   {key: 'request:<n>', message: {url, type, ...}}                          client.request
//   {key: 'iframe.trigger:<name>', message}                                  client.trigger
// helpdesk → app
//   {key: 'zaf.app.registered', message: {context, metadata}}                answers the handshake
//   {id, result: {<path>: value, errors: {<path>: {name, message, path}}}}   answers get/set/invoke
//   {id, error: {name, message}}                                             a request refused whole
//   {key: 'zaf.<event>', message}                                            events the app subscribed to
//   {key: 'zaf.request:<n>.done' | '.fail', message: {responseArgs: [...]}}  answers client.request
//   {key: 'zaf.<hook>', needsReply: true}                                    a hook (e.g. ticket.save)
// app → helpdesk, answering a hook
//   {key: 'iframe.reply:<hook>', appGuid, error?: {msg}}                      after the app's handlers ran
//
// Like the SDK, a message counts only if it comes from the app's iframe window *and* the app's
// origin, and carries the app_guid this page issued. What the app may do is the allowlist the
// caller passes in (`handlers`); everything else is refused with an error reply and logged.

export class ZafError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

export function createZafHost({ frame, appOrigin, appGuid, context, metadata, handlers, log }) {
  const subscriptions = new Map(); // event name → subscriber count
  const hookWaiters = new Map(); // hook name → resolve
  let registered = false;

  const post = (msg) => frame.contentWindow.postMessage(JSON.stringify(msg), appOrigin);
  const errorOf = (e, path) => ({ name: e.name || 'Error', message: e.message, path });

  async function answer(data) {
    const { id, request, params } = data;
    if (!registered) return post({ id, error: { name: 'NotRegistered', message: 'handshake first' } });
    const result = { errors: {} };
    let entries;
    if (request === 'get' && Array.isArray(params)) entries = params.map((p) => [p, undefined]);
    else if ((request === 'set' || request === 'invoke') && params && typeof params === 'object') entries = Object.entries(params);
    else {
      log({ ok: false, what: `${request}`, detail: 'unknown request type' });
      return post({ id, error: { name: 'UnknownRequest', message: `"${request}" is not a ZAF request` } });
    }
    for (const [path, value] of entries) {
      try {
        if (request === 'get') result[path] = await handlers.get(path);
        else if (request === 'set') result[path] = await handlers.set(path, value);
        else result[path] = await handlers.invoke(path, Array.isArray(value) ? value : [value]);
        log({ ok: true, what: `${request} ${path}` });
      } catch (e) {
        result.errors[path] = errorOf(e, path);
        log({ ok: false, what: `${request} ${path}`, detail: e.message });
      }
    }
    post({ id, result });
  }

  async function relayRequest(key, options) {
    const opts = typeof options === 'string' ? { url: options } : options || {};
    try {
      const response = await handlers.request(opts);
      log({ ok: true, what: `request ${(opts.type || 'GET').toUpperCase()} ${opts.url}` });
      post({ key: `zaf.${key}.done`, message: { responseArgs: [response.data, 'success', { status: response.status }] } });
    } catch (e) {
      const status = e.status || 403;
      log({ ok: false, what: `request ${(opts.type || 'GET').toUpperCase()} ${opts.url}`, detail: e.message });
      post({ key: `zaf.${key}.fail`, message: { responseArgs: [{ status, statusText: e.name, responseText: JSON.stringify({ error: e.message }) }, 'error', e.name] } });
    }
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    let data = event.data;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return log({ ok: false, what: 'message', detail: 'not JSON' });
      }
    }
    if (!data || typeof data !== 'object') return;
    if (data.appGuid !== appGuid) return log({ ok: false, what: 'message', detail: `unknown app_guid ${data.appGuid}` });

    if (data.request !== undefined) return void answer(data);
    const key = String(data.key || '');
    let m;
    if (key === 'iframe.handshake') {
      // A page may init the SDK more than once; each handshake is answered.
      registered = true;
      log({ ok: true, what: `handshake (SDK ${data.message && data.message.version})` });
      return post({ key: 'zaf.app.registered', message: { context, metadata } });
    }
    if ((m = /^iframe\.(on|off):(.+)$/.exec(key))) {
      subscriptions.set(m[2], Number(data.message && data.message.subscriberCount) || 0);
      return;
    }
    if (/^request:\d+$/.test(key)) return void relayRequest(key, data.message);
    if ((m = /^iframe\.reply:(.+)$/.exec(key)) && hookWaiters.has(m[1])) {
      const resolve = hookWaiters.get(m[1]);
      hookWaiters.delete(m[1]);
      log({ ok: !data.error, what: `hook ${m[1]} answered`, detail: data.error ? data.error.msg : undefined });
      return resolve(data.error ? { ok: false, error: data.error.msg } : { ok: true });
    }
    log({ ok: false, what: key || 'message', detail: 'not handled by this helpdesk' });
  });

  return {
    /** Fires a framework event (e.g. 'ticket.comments.changed') if the app listens for it. */
    emit(name, message) {
      if (registered && subscriptions.get(name) > 0) post({ key: `zaf.${name}`, message });
    },
    /**
     * Runs a hook such as 'ticket.save' and waits for the app's reply (as Zendesk does before
     * saving). Resolves {ok, error?}; an app that does not listen or does not answer in time
     * does not hold the agent up.
     */
    hook(name, timeoutMs = 5000) {
      if (!registered || !(subscriptions.get(name) > 0)) return Promise.resolve({ ok: true, skipped: true });
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          hookWaiters.delete(name);
          log({ ok: false, what: `hook ${name}`, detail: 'no reply in time; saving anyway' });
          resolve({ ok: true, timedOut: true });
        }, timeoutMs);
        hookWaiters.set(name, (r) => { clearTimeout(timer); resolve(r); });
        post({ key: `zaf.${name}`, needsReply: true });
      });
    },
    isRegistered: () => registered,
  };
}
