// Browser timing page: wasm compile + instantiate, core construction (pattern compilation
// happens lazily on the first triage), the first triage, steady-state triage latency, and
// redaction: first call, per-ticket p50/p95 on a typical ticket, MB/s on 1 MB of dense and
// clean text, and the check of a typical draft (bench/bench-texts.json, shared with criterion).
import init, { Safedraft } from '../assets/wasm/safedraft.js';

const ticket = {
  id: 'bench-1',
  subject: 'Export nach Excel',
  description: 'Hallo,\n\nwie kann ich meine Kontakte als Excel-Datei exportieren? Ich finde nur CSV.\n\nViele Grüße\nAnna',
  requester: { tier: 'business', locale: 'de' },
};

function percentiles(samples) {
  samples.sort((a, b) => a - b);
  const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: pick(0.5), p95: pick(0.95) };
}

function repeatTo(size, unit) {
  return unit.repeat(Math.ceil(size / unit.length));
}

/** MB/s of redacting `text` (the best of a few runs, as criterion reports steady state). */
function megabytesPerSecond(core, text) {
  const bytes = new TextEncoder().encode(text).length;
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    core.redact(text, undefined);
    best = Math.min(best, performance.now() - s);
  }
  return bytes / 1e6 / (best / 1000);
}

async function run() {
  const texts = await (await fetch('./bench-texts.json')).json();
  const t0 = performance.now();
  await init();
  const t1 = performance.now();
  const core = new Safedraft(undefined);
  const t2 = performance.now();
  const first = core.triage(ticket);
  const t3 = performance.now();
  const triageSamples = [];
  for (let i = 0; i < 500; i++) {
    const s = performance.now();
    core.triage({ ...ticket, id: `bench-${i}` });
    triageSamples.push(performance.now() - s);
  }
  const typical = `${texts.typical_ticket.subject}\n${texts.typical_ticket.description}`;
  const r0 = performance.now();
  const redacted = core.redact(typical, undefined);
  const firstRedactMs = performance.now() - r0;
  const redactSamples = [];
  for (let i = 0; i < 500; i++) {
    const s = performance.now();
    core.redact(typical, undefined);
    redactSamples.push(performance.now() - s);
  }
  const { draft, context } = texts.typical_draft;
  const c0 = performance.now();
  const checked = core.check(draft, context);
  const firstCheckMs = performance.now() - c0;
  const checkSamples = [];
  for (let i = 0; i < 300; i++) {
    const s = performance.now();
    core.check(draft, context);
    checkSamples.push(performance.now() - s);
  }
  const checks = percentiles(checkSamples);
  // A whole drafting session with the offline drafter as the model.
  const { ticket: sessionTicket, snippets: sessionSnippets } = texts.session;
  const runSession = (i) => {
    const session = core.startSession(String(sessionTicket.id), 1e12 + i, `n${i}`);
    let now = 1e12 + i;
    for (;;) {
      now += 1;
      const effect = session.poll();
      if (effect === undefined) throw new Error('session stalled');
      if (effect.effect === 'call_tool') {
        session.handleToolResult(effect.call_id, effect.tool === 'get_ticket' ? sessionTicket : sessionSnippets, now);
      } else if (effect.effect === 'call_model') {
        session.handleModelOutput(effect.call_id, session.offlineAnswer(), now);
      } else if (effect.effect === 'done') {
        session.free();
        return effect.packet;
      }
    }
  };
  const firstPacket = runSession(0);
  const sessionSamples = [];
  for (let i = 1; i <= 200; i++) {
    const s = performance.now();
    runSession(i);
    sessionSamples.push(performance.now() - s);
  }
  const sessions = percentiles(sessionSamples);
  const triage = percentiles(triageSamples);
  const redact = percentiles(redactSamples);
  window.timing = {
    init_ms: t1 - t0,
    construct_ms: t2 - t1,
    first_triage_ms: t3 - t2,
    init_plus_first_triage_ms: t3 - t0,
    triage_p50_ms: triage.p50,
    triage_p95_ms: triage.p95,
    first_redact_ms: firstRedactMs,
    redact_ticket_p50_ms: redact.p50,
    redact_ticket_p95_ms: redact.p95,
    redact_dense_mb_s: megabytesPerSecond(core, repeatTo(1 << 20, texts.dense)),
    redact_clean_mb_s: megabytesPerSecond(core, repeatTo(1 << 20, texts.clean)),
    first_check_ms: firstCheckMs,
    check_p50_ms: checks.p50,
    check_p95_ms: checks.p95,
    check_verdict: checked.verdict,
    session_p50_ms: sessions.p50,
    session_p95_ms: sessions.p95,
    session_outcome: `${firstPacket.outcome}/${firstPacket.verdict}`,
    kind: first.kind,
    language: first.language,
    redacted_findings: redacted.findings.length,
  };
}

run().catch((e) => { window.timing = { error: String(e) }; });
