// Quality metrics, kept in this browser (localStorage): one record per finished run, and, when
// the agent sends a reply that started from a saved draft, how much they changed it. The edit
// distance is computed by the core (compareSent); here we only store, count and draw.

import { h } from './dom.js';
import { t } from './strings.js';

const KEY = 'safedraft.metrics.v1';
const MAX_RECORDS = 500;

function load(storage) {
  try {
    const list = JSON.parse(storage.getItem(KEY) || '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

export function createMetrics(storage = safeLocalStorage()) {
  let records = load(storage);
  const persist = () => {
    records = records.slice(-MAX_RECORDS);
    try {
      storage.setItem(KEY, JSON.stringify(records));
    } catch {
      // Full or unavailable storage: metrics are best effort, the audit outbox is the record.
    }
  };
  return {
    /** A run ended: {request_id, ticket_id, outcome, verdict, runtime_ms}. */
    recordRun(run) {
      records.push({ ...run, at: Date.now() });
      persist();
    },
    /** The agent saved this run's reply into the editor. */
    recordSavedDraft(requestId, text) {
      const r = records.find((x) => x.request_id === requestId);
      if (r) {
        r.saved_text = text;
        persist();
      }
    },
    /** The latest run of this ticket whose draft was saved and not yet compared. */
    pendingComparison(ticketId) {
      return [...records].reverse().find((r) => r.ticket_id === String(ticketId) && r.saved_text != null && !r.edit);
    },
    /** Stores the core's comparison; the saved text is dropped (it is no longer needed). */
    recordSent(requestId, comparison) {
      const r = records.find((x) => x.request_id === requestId);
      if (!r) return;
      r.edit = comparison.class;
      r.similarity = comparison.similarity;
      delete r.saved_text;
      persist();
    },
    summary() {
      return summarize(records);
    },
  };
}

/** Counts for the metrics view; percentiles by nearest rank. */
export function summarize(records) {
  const count = (f) => records.filter(f).length;
  const times = records.map((r) => r.runtime_ms).filter(Number.isFinite).sort((a, b) => a - b);
  const pct = (p) => (times.length ? times[Math.min(times.length, Math.max(1, Math.ceil((p / 100) * times.length))) - 1] : 0);
  return {
    runs: records.length,
    drafts: count((r) => r.outcome === 'draft'),
    handoffs: count((r) => r.outcome === 'handoff'),
    blocked: count((r) => r.verdict === 'block'),
    warned: count((r) => r.verdict === 'warn'),
    unchanged: count((r) => r.edit === 'unchanged'),
    light_edit: count((r) => r.edit === 'light_edit'),
    major_rewrite: count((r) => r.edit === 'major_rewrite'),
    p50_ms: pct(50),
    p95_ms: pct(95),
  };
}

/** The metrics view: a few numbers and a bar chart of how drafts were sent. */
export function metricsView(s) {
  const bars = [
    ['unchanged', s.unchanged, '#038153'],
    ['light_edit', s.light_edit, '#1f73b7'],
    ['major_rewrite', s.major_rewrite, '#ad5918'],
  ];
  const max = Math.max(1, ...bars.map(([, n]) => n));
  const svg = svgEl('svg', { viewBox: '0 0 280 84', role: 'img', 'aria-label': bars.map(([k, n]) => `${t(`metrics.${k}`)}: ${n}`).join(', ') });
  bars.forEach(([k, n, colour], i) => {
    const y = i * 28;
    const width = (n / max) * 140;
    svg.append(
      svgEl('text', { x: 0, y: y + 16, 'font-size': 11, fill: '#2f3941' }, t(`metrics.${k}`)),
      svgEl('rect', { x: 110, y: y + 4, height: 16, width: Math.max(2, width), fill: colour, rx: 2 }),
      svgEl('text', { x: 116 + width, y: y + 16, 'font-size': 11, fill: '#2f3941' }, String(n)));
  });
  const row = (key, value) => h('div', { class: 'sd-fact' }, h('dt', {}, t(key)), h('dd', { 'data-metric': key.replace('metrics.', '') }, value));
  return h('section', { class: 'sd-metrics', 'aria-labelledby': 'sd-metrics-title' },
    h('h3', { id: 'sd-metrics-title' }, t('metrics.title')),
    h('dl', { class: 'sd-facts' },
      row('metrics.runs', s.runs),
      row('metrics.drafts', s.drafts),
      row('metrics.handoffs', s.handoffs),
      row('metrics.blocked', s.blocked),
      row('metrics.p50', `${Math.round(s.p50_ms)} ms`),
      row('metrics.p95', `${Math.round(s.p95_ms)} ms`)),
    h('h4', {}, t('metrics.sent')),
    svg);
}

function svgEl(tag, attrs, text) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([a, v]) => el.setAttribute(a, v));
  if (text != null) el.textContent = text;
  return el;
}

function safeLocalStorage() {
  try {
    const s = window.localStorage;
    s.getItem(KEY);
    return s;
  } catch {
    const memory = new Map();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, String(v)) };
  }
}
