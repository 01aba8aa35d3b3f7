// Loads the Rust safety core (WebAssembly) once and exposes triage, the drafting session, the
// snippet ranking and the sent-vs-draft comparison. Every failure — the module
// not loading, an invalid policy, an invalid ticket — comes back as a value the sidebar renders
// as a visible error, never as an exception escaping into a blank panel.
//
// The wasm lives in assets/wasm/ and this file is served from assets/host-js/, hence '../wasm/'.

let modulePromise = null;

function loadModule(url) {
  // Loaded once per page: init() fetches and compiles safedraft_bg.wasm next to safedraft.js.
  modulePromise ??= import(url).then(async (m) => {
    await m.default();
    return m;
  });
  return modulePromise;
}

/**
 * Builds the core from the admin's policy (undefined → the core's defaults).
 * Resolves to {ok: true, core} or {ok: false, stage, message}.
 */
export async function loadCore(policy, url = new URL('../wasm/safedraft.js', import.meta.url).href) {
  let m;
  try {
    m = await loadModule(url);
  } catch (e) {
    modulePromise = null; // let "Try again" retry a failed download
    return { ok: false, stage: 'load', message: messageOf(e) };
  }
  let inner;
  try {
    inner = new m.Safedraft(policy);
  } catch (e) {
    return { ok: false, stage: 'policy', message: messageOf(e) };
  }
  const core = {
    version: m.version(),
    /** Triage of one SPEC Ticket: {ok: true, result} or {ok: false, stage: 'ticket', message}. */
    triage(ticket) {
      try {
        return { ok: true, result: inner.triage(ticket) };
      } catch (e) {
        return { ok: false, stage: 'ticket', message: messageOf(e) };
      }
    },
    /** The effective policy (defaults filled in). */
    policy: () => inner.policy(),
    /** A drafting session (see session-loop.js); throws only on a broken module. */
    startSession: (ticketRef, nowMs, nonce) => inner.startSession(ticketRef, nowMs, nonce),
    /** The core's search_kb ranking over candidate snippets; throws naming the bad field. */
    searchSnippets: (query, snippets, limit) => inner.searchSnippets(query, snippets, limit),
    /** How much the sent reply differs from the saved draft. */
    compareSent: (draft, sent) => inner.compareSent(draft, sent),
  };
  return { ok: true, core };
}

function messageOf(e) {
  return e && typeof e.message === 'string' ? e.message : String(e);
}
