// Browser timing page: wasm compile + instantiate, core construction (pattern compilation
// happens lazily on the first triage), the first triage, then steady-state triage latency.
import init, { Safedraft } from '../assets/wasm/safedraft.js';

const ticket = {
  id: 'bench-1',
  subject: 'Export nach Excel',
  description: 'Hallo,\n\nwie kann ich meine Kontakte als Excel-Datei exportieren? Ich finde nur CSV.\n\nViele Grüße\nAnna',
  requester: { tier: 'business', locale: 'de' },
};

async function run() {
  const t0 = performance.now();
  await init();
  const t1 = performance.now();
  const core = new Safedraft(undefined);
  const t2 = performance.now();
  const first = core.triage(ticket);
  const t3 = performance.now();
  const samples = [];
  for (let i = 0; i < 500; i++) {
    const s = performance.now();
    core.triage({ ...ticket, id: `bench-${i}` });
    samples.push(performance.now() - s);
  }
  samples.sort((a, b) => a - b);
  const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  window.timing = {
    init_ms: t1 - t0,
    construct_ms: t2 - t1,
    first_triage_ms: t3 - t2,
    init_plus_first_triage_ms: t3 - t0,
    triage_p50_ms: pick(0.5),
    triage_p95_ms: pick(0.95),
    kind: first.kind,
    language: first.language,
  };
}

run().catch((e) => { window.timing = { error: String(e) }; });
