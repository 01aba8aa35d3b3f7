// End-to-end: the audit outbox (host-js/outbox.js) in Debian's Chromium, against a webhook this
// file serves and switches between up, down (HTTP 503) and slow. What is checked is the promise
// the outbox makes: an added event is not lost until the webhook acknowledges it — not by a
// reload, a failing or slow webhook, two tabs, or storage that is not there.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, launchBrowser, newPage, eventually } from './harness.js';

const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8' };

let server;
let base;
let browser;
// The webhook's state, set by each test. `received` holds every body it accepted, in order.
const webhook = { mode: 'up', slowMs: 800, downAfter: null, received: [], attempts: [] };

function resetWebhook(mode = 'up') {
  Object.assign(webhook, { mode, downAfter: null, received: [], attempts: [] });
}

function serveFile(res, root, rel) {
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep) || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
}

async function handleWebhook(req, res) {
  if (req.method === 'OPTIONS') { // CORS preflight from the sandboxed (opaque-origin) iframe
    res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'content-type' }).end();
    return;
  }
  // This test's logs, taken on arrival: a slow request that ends after the test does must not
  // land in the next test's.
  const { received, attempts } = webhook;
  let body = '';
  for await (const chunk of req) body += chunk;
  const mode = webhook.downAfter !== null && received.length >= webhook.downAfter ? 'down' : webhook.mode;
  attempts.push({ at: Date.now(), mode, size: JSON.parse(body).events.length });
  if (mode === 'down') {
    res.writeHead(503).end('webhook down');
    return;
  }
  if (mode === 'slow') await new Promise((r) => setTimeout(r, webhook.slowMs));
  // Recorded even if the page has gone meanwhile: the webhook took it, the ack was lost.
  received.push(JSON.parse(body));
  res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
}

before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run \`bash scripts/setup.sh --browser\` (or set CHROMIUM_PATH).`);
  server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    res.setHeader('Access-Control-Allow-Origin', '*'); // module scripts in the opaque-origin iframe are CORS fetches
    if (pathname === '/webhook') return void handleWebhook(req, res).catch((e) => res.writeHead(500).end(String(e)));
    if (pathname.startsWith('/host-js/')) return serveFile(res, path.join(ROOT, 'host-js'), pathname.slice('/host-js'.length));
    if (pathname.startsWith('/fixtures/')) return serveFile(res, FIXTURES, pathname.slice('/fixtures'.length));
    res.writeHead(404).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

// ---- audit events shaped like the core's: a SHA-256 chain per request_id ----

function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

function chain(requestId, n) {
  let prev = '0'.repeat(64);
  return Array.from({ length: n }, (_, seq) => {
    const body = { request_id: requestId, seq, at: 1767225600000 + seq, type: seq === n - 1 ? 'done' : 'step', data: { step: seq }, prev };
    const hash = createHash('sha256').update(canonical(body)).digest('hex');
    prev = hash;
    return { ...body, hash };
  });
}

const key = (e) => `${e.request_id}#${e.seq}`;
const receivedEvents = () => webhook.received.flatMap((b) => b.events);
const receivedKeys = () => receivedEvents().map(key);

// ---- the fixture page ----

const pageUrl = (query = '') => `${base}/fixtures/outbox-page.html${query}`;

async function open(page, query) {
  await page.goto(pageUrl(query));
  await page.waitForFunction(() => window.outboxApi);
}

const add = (target, events) => target.evaluate((ev) => window.outboxApi.add(ev).then(() => null, (e) => e.message), events);
const flush = (target) => target.evaluate(() => window.outboxApi.flush());
const status = (target) => target.evaluate(() => window.outboxApi.status());
const badge = (page) => page.locator('#badge').textContent();

/** Uncaught exceptions only: console errors are expected here (the browser logs each 503). */
const pageErrors = (problems) => problems.filter((p) => p.startsWith('pageerror'));

test('(1) webhook up: three events of one chain are delivered in seq order, nothing left', async () => {
  resetWebhook('up');
  const { page, context, problems } = await newPage(browser);
  try {
    await open(page);
    const events = chain('req-1', 3);
    assert.equal(await add(page, events), null);
    assert.deepEqual(await status(page), { pending: 3, durable: true });
    assert.equal(await badge(page), '3');

    assert.deepEqual(await flush(page), { delivered: 3, pending: 0 });
    assert.deepEqual(receivedEvents(), events, 'all three, unchanged, in seq order');
    assert.deepEqual(await status(page), { pending: 0, durable: true });
    assert.equal(await badge(page), '0');
    // IndexedDB is the store here; localStorage stays untouched.
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.ok((await page.evaluate(() => indexedDB.databases())).some((d) => d.name === 'safedraft'));
    assert.deepEqual(pageErrors(problems), []);
  } finally {
    await context.close();
  }
});

test('(2) webhook down: the flush fails, the events survive a reload, and go out once each when it is back', async () => {
  resetWebhook('down');
  const { page, context, problems } = await newPage(browser);
  try {
    await open(page, '?batch=2');
    const events = chain('req-2', 5);
    assert.equal(await add(page, events), null);

    const failed = await flush(page);
    assert.equal(failed.delivered, 0);
    assert.equal(failed.pending, 5);
    assert.match(failed.error, /HTTP 503/);
    assert.equal(webhook.attempts.length, 1, 'the flush stops at the first failure');
    const s = await status(page);
    assert.equal(s.pending, 5);
    assert.match(s.lastError, /HTTP 503/);
    assert.ok(s.nextRetryAt > Date.now(), 'a retry is scheduled');
    assert.equal(await badge(page), '5 (retrying)');

    await page.reload();
    await page.waitForFunction(() => window.outboxApi);
    assert.equal((await status(page)).pending, 5, 'persisted across the reload');
    assert.equal(await badge(page), '5');

    webhook.mode = 'up';
    assert.deepEqual(await flush(page), { delivered: 5, pending: 0 });
    assert.deepEqual(webhook.received.map((b) => b.events.length), [2, 2, 1], 'batches of maxBatch');
    assert.deepEqual(receivedEvents(), events, 'each delivered once, in order, none lost');
    assert.deepEqual(pageErrors(problems), []);
  } finally {
    await context.close();
  }
});

test('(2b) a failure in the middle of a flush keeps the rest, and the next flush continues in order', async () => {
  resetWebhook('up');
  webhook.downAfter = 1; // accepts one batch, then 503
  const { page, context } = await newPage(browser);
  try {
    await open(page, '?batch=2');
    const events = chain('req-2b', 5);
    await add(page, events);
    const partial = await flush(page);
    assert.equal(partial.delivered, 2);
    assert.equal(partial.pending, 3);
    assert.match(partial.error, /HTTP 503/);

    webhook.downAfter = null;
    assert.deepEqual(await flush(page), { delivered: 3, pending: 0 });
    assert.deepEqual(receivedEvents(), events);
  } finally {
    await context.close();
  }
});

test('(3) duplicates added twice are stored and delivered once', async () => {
  resetWebhook('up');
  const { page, context } = await newPage(browser);
  try {
    await open(page);
    const events = chain('req-3', 3);
    await add(page, events);
    await add(page, events);
    await add(page, [events[1], events[1], { ...events[2], data: { changed: true } }]);
    assert.equal((await status(page)).pending, 3);
    assert.deepEqual(await flush(page), { delivered: 3, pending: 0 });
    assert.deepEqual(receivedEvents(), events, 'once each; the first stored copy wins');
    // Re-adding after delivery is the caller's business; the outbox has nothing left to send.
    assert.deepEqual(await flush(page), { delivered: 0, pending: 0 });
    assert.equal(webhook.received.length, 1);
  } finally {
    await context.close();
  }
});

test('(4) two chains added interleaved (and out of order) keep each chain\'s order', async () => {
  resetWebhook('up');
  const { page, context } = await newPage(browser);
  try {
    await open(page, '?batch=2');
    const [a, b] = [chain('req-4a', 3), chain('req-4b', 3)];
    await add(page, [a[0], b[1]]);
    await add(page, [b[0], a[1]]);
    await add(page, b[2]);
    await add(page, a[2]);
    assert.deepEqual(await flush(page), { delivered: 6, pending: 0 });
    const got = receivedEvents();
    assert.deepEqual(got.filter((e) => e.request_id === 'req-4a'), a);
    assert.deepEqual(got.filter((e) => e.request_id === 'req-4b'), b);
    assert.deepEqual(got.map(key), [...a, ...b].map(key), 'by request_id, then seq');
  } finally {
    await context.close();
  }
});

test('(5) IndexedDB unavailable: the localStorage fallback survives a reload', async () => {
  resetWebhook('down');
  const { page, context, problems } = await newPage(browser);
  try {
    await open(page, '?idb=off');
    assert.equal(await page.evaluate(() => { try { return typeof window.indexedDB; } catch (e) { return e.name; } }), 'SecurityError');
    const events = chain('req-5', 3);
    await add(page, events);
    assert.deepEqual(await status(page), { pending: 3, durable: true });
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('safedraft.audit-outbox/')).length);
    assert.equal(stored, 3, 'one localStorage item per event, under the storage key');
    assert.match((await flush(page)).error, /HTTP 503/);

    await page.reload();
    await page.waitForFunction(() => window.outboxApi);
    assert.deepEqual(await status(page), { pending: 3, durable: true });
    webhook.mode = 'up';
    assert.deepEqual(await flush(page), { delivered: 3, pending: 0 });
    assert.deepEqual(receivedEvents(), events);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'delivered items are removed');
    assert.deepEqual(pageErrors(problems), []);
  } finally {
    await context.close();
  }
});

test('(6) an event without request_id (or with a bad seq) is refused with the field named, and nothing is stored', async () => {
  resetWebhook('up');
  const { page, context } = await newPage(browser);
  try {
    await open(page);
    const [good, next] = chain('req-6', 2);
    const { request_id: _, ...noId } = next;
    assert.match(await add(page, [good, noId]), /request_id/);
    assert.match(await add(page, { ...next, request_id: 42 }), /request_id/);
    assert.match(await add(page, { ...next, seq: 1.5 }), /\bseq\b/);
    assert.match(await add(page, { ...next, seq: '1' }), /\bseq\b/);
    assert.match(await add(page, null), /event/);
    assert.equal((await status(page)).pending, 0, 'a batch with a bad event is refused whole');
  } finally {
    await context.close();
  }
});

test('(7) slow webhook: concurrent flushes share one delivery; a reload mid-delivery loses nothing', async () => {
  resetWebhook('slow');
  const { page, context } = await newPage(browser);
  try {
    await open(page);
    const first = chain('req-7a', 3);
    await add(page, first);
    const results = await page.evaluate(() => Promise.all([window.outboxApi.flush(), window.outboxApi.flush()]));
    assert.deepEqual(results, [{ delivered: 3, pending: 0 }, { delivered: 3, pending: 0 }]);
    assert.equal(webhook.attempts.length, 1, 'one request for two flush calls');

    // Reload while the webhook is still answering: the ack never reaches the page.
    const second = chain('req-7b', 2);
    await add(page, second);
    void flush(page).catch(() => {}); // dies with the page
    await eventually(() => webhook.attempts.length === 2, 'the second delivery reached the webhook');
    await page.reload();
    await page.waitForFunction(() => window.outboxApi);
    assert.equal((await status(page)).pending, 2, 'unacknowledged events are still there');
    webhook.mode = 'up';
    assert.deepEqual(await flush(page), { delivered: 2, pending: 0 });
    await eventually(() => webhook.received.length === 3, 'the slow request finished too');
    // At-least-once: the webhook saw req-7b twice (it took the first copy; the ack was lost).
    assert.deepEqual([...new Set(receivedKeys())], [...first, ...second].map(key), 'nothing lost');
    assert.deepEqual(receivedKeys().filter((k) => k.startsWith('req-7b')).sort(), ['req-7b#0', 'req-7b#0', 'req-7b#1', 'req-7b#1']);
  } finally {
    await context.close();
  }
});

test('(8) after a failure the outbox retries by itself, backing off, until the webhook is back', async () => {
  resetWebhook('down');
  const { page, context } = await newPage(browser);
  try {
    await open(page, '?retry=100&retryMax=400');
    const events = chain('req-8', 2);
    await add(page, events);
    const t0 = Date.now();
    assert.match((await flush(page)).error, /HTTP 503/);
    const { nextRetryAt } = await status(page);
    assert.ok(nextRetryAt >= t0 + 50 && nextRetryAt <= Date.now() + 100, `first retry within 50–100 ms (${nextRetryAt - t0} ms)`);

    await eventually(() => webhook.attempts.length >= 6, 'five automatic retries');
    const gaps = webhook.attempts.slice(0, 6).map((a, i, all) => (i ? a.at - all[i - 1].at : 0)).slice(1);
    assert.ok(gaps[0] < 250, `first gap about 50–100 ms: ${gaps}`);
    assert.ok(gaps[2] > gaps[0], `the delay grows: ${gaps}`);
    assert.ok(gaps.every((g) => g < 400 + 250), `capped at retryMaxMs: ${gaps}`);

    webhook.mode = 'up';
    await eventually(async () => (await status(page)).pending === 0, 'delivered by a retry, without a flush call');
    assert.deepEqual(await status(page), { pending: 0, durable: true }, 'error and retry time cleared');
    assert.deepEqual(receivedEvents(), events);
  } finally {
    await context.close();
  }
});

test('(9) two tabs: both see one queue, concurrent adds are all kept, concurrent flushes send each event once', async () => {
  resetWebhook('slow');
  const { page: tabA, context } = await newPage(browser);
  try {
    const tabB = await context.newPage();
    await open(tabA);
    await open(tabB);
    const [a, b] = [chain('req-9a', 4), chain('req-9b', 4)];
    await Promise.all([
      ...a.map((e) => add(tabA, e)),
      ...b.map((e) => add(tabB, e)),
    ]);
    assert.equal((await status(tabA)).pending, 8);
    assert.equal((await status(tabB)).pending, 8);

    const [ra, rb] = await Promise.all([flush(tabA), flush(tabB)]);
    assert.equal(ra.delivered + rb.delivered, 8);
    assert.equal(ra.pending + rb.pending, 0);
    assert.deepEqual(receivedKeys(), [...a, ...b].map(key), 'each exactly once, in order');
  } finally {
    await context.close();
  }
});

test('(10) in a sandboxed iframe (no storage at all) the outbox says it is not durable, and still delivers', async () => {
  resetWebhook('up');
  const { page, context, problems } = await newPage(browser);
  try {
    await open(page);
    await page.evaluate((src) => new Promise((resolve) => {
      const f = document.createElement('iframe');
      f.sandbox = 'allow-scripts';
      f.src = src;
      f.onload = resolve;
      document.body.append(f);
    }), pageUrl());
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.waitForFunction(() => window.outboxApi);
    assert.equal(await frame.evaluate(() => { try { return typeof localStorage; } catch (e) { return e.name; } }), 'SecurityError');

    const events = chain('req-10', 2);
    assert.equal(await add(frame, events), null);
    assert.deepEqual(await status(frame), { pending: 2, durable: false });
    assert.deepEqual(await flush(frame), { delivered: 2, pending: 0 });
    assert.deepEqual(receivedEvents(), events);
    assert.deepEqual(pageErrors(problems), []);
  } finally {
    await context.close();
  }
});
