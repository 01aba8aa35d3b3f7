// Drives one drafting session of the wasm core (the quinn-proto shape): poll an effect, perform
// it, hand the result back with the time. The core decides everything — which tool, when a
// budget is spent, the outcome; this loop only performs I/O and keeps the clock.
//
//   effect call_tool  → tools[tool](args)            (read-only: the ticket, knowledge base)
//   effect call_model → model(messages, session)     (offline drafter or a secure LLM request)
//   effect emit       → audit(event)                 (the outbox; never blocks the run)
//   effect done       → resolves with the review packet
//
// A timer fires at the session's time budget so a hung tool or model ends in a handoff; a
// result that arrives after the run ended is dropped (the core already recorded the timeout).

const TIMED_OUT = Symbol('timed out');

/**
 * @param {object} o
 * @param {object} o.core      from loadCore(): startSession, policy
 * @param {string} o.ticketRef the open ticket's id
 * @param {object} o.tools     {get_ticket(args), search_kb(args)} → Promise of plain JSON
 * @param {Function} o.model   (messages, session) → Promise<string> (the model's raw answer)
 * @param {Function} o.audit   (event) → void; must not throw
 * @param {Function} [o.onStep] ({step, detail}) for the progress line
 * @returns {Promise<{packet, session}>} session stays open for recordSave(); call .free() after
 */
export async function runDraft({ core, ticketRef, tools, model, audit, onStep = () => {}, now = Date.now }) {
  const session = core.startSession(String(ticketRef), now(), nonce());
  const budgetMs = core.policy().budgets.max_seconds * 1000;
  let deadline;
  const timedOut = new Promise((resolve) => { deadline = setTimeout(() => resolve(TIMED_OUT), budgetMs + 25); });
  try {
    for (;;) {
      const effect = session.poll();
      if (effect === undefined) throw new Error('the core is waiting for a result the host never delivered');
      if (effect.effect === 'emit') {
        audit(effect.event);
      } else if (effect.effect === 'done') {
        return { packet: effect.packet, session };
      } else if (effect.effect === 'call_tool') {
        onStep({ step: effect.tool, detail: effect.args });
        const tool = tools[effect.tool];
        const outcome = await settle(tool ? tool(effect.args) : Promise.reject(new Error(`the host has no tool ${effect.tool}`)), timedOut);
        deliver(session, effect.call_id, outcome, now, (value) => session.handleToolResult(effect.call_id, value, now()));
      } else if (effect.effect === 'call_model') {
        onStep({ step: 'model' });
        const outcome = await settle(model(effect.messages, session), timedOut);
        deliver(session, effect.call_id, outcome, now, (text) => {
          if (typeof text !== 'string') throw new Error('the model adapter returned no text');
          session.handleModelOutput(effect.call_id, text, now());
        });
      }
    }
  } finally {
    clearTimeout(deadline);
  }
}

/** Waits for the operation or the session's deadline, whichever comes first; never throws. */
function settle(promise, timedOut) {
  return Promise.race([
    Promise.resolve(promise).then((value) => ({ value }), (error) => ({ error })),
    timedOut.then(() => ({ timedOut: true })),
  ]);
}

function deliver(session, callId, outcome, now, onValue) {
  if (outcome.timedOut) return session.handleTimeout(now());
  if (outcome.error) return session.handleError(callId, messageOf(outcome.error), now());
  try {
    onValue(outcome.value);
  } catch (e) {
    // A result the boundary cannot even convert (e.g. a cyclic object) is an error result.
    session.handleError(callId, messageOf(e), now());
  }
}

/** The fence around the ticket in the prompt: unguessable per run. */
function nonce() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function messageOf(e) {
  if (e && typeof e.message === 'string') return e.message;
  if (e && typeof e.responseText === 'string') return `HTTP ${e.status}: ${e.responseText.slice(0, 200)}`;
  return String(e);
}
