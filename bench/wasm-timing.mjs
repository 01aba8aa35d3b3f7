// Runs bench/wasm-timing.html in Debian's headless Chromium and prints the figures.
// Not part of the test command: `bash scripts/build-wasm.sh && node bench/wasm-timing.mjs`.
import http from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

const server = http.createServer(async (req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch { res.writeHead(404).end(); }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/bench/wasm-timing.html`;

const profile = await mkdtemp(path.join(tmpdir(), 'safedraft-bench-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.goto(url);
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.waitForFunction(() => window.timing, null, { timeout: 120000 });
    runs.push(await page.evaluate(() => window.timing));
    await page.close();
  }
  if (runs.some((r) => r.error)) throw new Error(runs.find((r) => r.error).error);
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  console.log(`wasm in Chromium (median of ${runs.length} fresh page loads):`);
  for (const key of ['init_ms', 'construct_ms', 'first_triage_ms', 'init_plus_first_triage_ms', 'triage_p50_ms', 'triage_p95_ms',
    'first_redact_ms', 'redact_ticket_p50_ms', 'redact_ticket_p95_ms', 'redact_dense_mb_s', 'redact_clean_mb_s', 'first_check_ms', 'check_p50_ms', 'check_p95_ms', 'session_p50_ms', 'session_p95_ms']) {
    console.log(`  ${key.padEnd(28)} ${median(key).toFixed(2)}`);
  }
  console.log(`  sample result: ${runs[0].kind}, ${runs[0].language}, ${runs[0].redacted_findings} values redacted, check ${runs[0].check_verdict}, session ${runs[0].session_outcome}`);
} finally {
  await browser.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}
