// End-to-end journeys of drafting, in Debian's Chromium against the real demo helpdesk (which
// plays Zendesk: the ZAF postMessage protocol from the real npm SDK, the server-side request
// proxy that fills in secure settings, Help Center search, an audit webhook receiver) and, for
// the model, either the core's offline drafter or a scripted Chat Completions server on
// 127.0.0.1. Screenshots go to test-results/ (and two of them to docs/ for the README).

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RESULTS, checkPrerequisites, startDemoServer, launchBrowser, newPage, sidebarOf, sidebarFrame, shot, eventually } from './harness.js';

// Obviously fake, documented in tests/data/README.md: never a working key anywhere.
const FAKE_API_KEY = 'sk-FAKE-safedraft-e2e-0000000000000000';

let demo;
let browser;
let llm;

before(async () => {
  checkPrerequisites();
  demo = await startDemoServer();
  browser = await launchBrowser();
  llm = await startScriptedModel();
});

after(async () => {
  await browser?.close();
  await demo?.stop();
  await llm?.stop();
});

beforeEach(async () => {
  // Every journey starts from the demo's defaults: offline drafter, receiver up, no kill switch.
  await settings({ llm_endpoint: '', llm_model: '', kill_switch: false });
  await auditReceiver(true);
});

/** A Chat Completions server that answers from a script and records what it was sent. */
function startScriptedModel() {
  const answers = [];
  const requests = [];
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    requests.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body: JSON.parse(body || '{}') });
    const content = answers.length ? answers.shift() : '{"reply": "", "internal_note": "", "questions": []}';
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/v1/chat/completions`,
    answers,
    requests,
    stop: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  })));
}

async function settings(values) {
  const r = await fetch(new URL('/demo/api/settings', demo.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(values) });
  assert.equal(r.status, 200);
}

async function auditReceiver(up) {
  await fetch(new URL('/demo/api/audit/state', demo.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ up }) });
}

async function ticketJson(id) {
  return (await (await fetch(new URL(`/demo/api/tickets/${id}`, demo.url))).json()).ticket;
}

async function openTicket(page, id, query = '') {
  await page.goto(new URL(`/tickets/${id}${query}`, demo.url).href);
  return sidebarOf(page);
}

async function draftIt(sidebar) {
  await sidebar.getByRole('button', { name: 'Draft a reply' }).click();
  await sidebar.locator('#app[data-outcome]').waitFor({ timeout: 20000 });
}

test('a how-to ticket gets a draft with cited sources; saving puts it in the editor, once, and nothing is sent', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    const before = await ticketJson(1002);
    const sidebar = await openTicket(page, 1002);
    await draftIt(sidebar);
    const review = sidebar.locator('.sd-review');
    assert.equal(await review.getAttribute('data-verdict'), 'pass');
    const draft = await sidebar.locator('#sd-draft-text').textContent();
    assert.match(draft, /^Hallo Lena/, 'German reply to a German ticket');
    const source = sidebar.locator('.sd-cited li[data-source="kb:202"] a');
    assert.equal(await source.textContent(), 'Berichte als CSV exportieren');
    assert.match(await source.getAttribute('href'), /\/hc\/articles\/202$/);

    await sidebar.getByRole('button', { name: 'Save as reply draft' }).click();
    await sidebar.locator('.sd-save-status', { hasText: 'Saved in the reply editor' }).waitFor();
    assert.equal(await page.locator('#reply').inputValue(), draft);
    assert.equal(await page.locator('#reply-type').inputValue(), 'publicReply');
    await sidebar.getByRole('button', { name: 'Save as reply draft' }).click();
    await sidebar.locator('.sd-save-status', { hasText: 'Already saved' }).waitFor();

    const after = await ticketJson(1002);
    assert.equal(after.comments.length, before.comments.length, 'saving a draft sends nothing');
    assert.equal(after.status, before.status);

    // The agent edits lightly and presses the helpdesk's Send: the ticket.save hook compares.
    await page.locator('#reply').fill(`${draft}\nP.S. Sag Bescheid, falls es klemmt.`);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('#editor-status', { hasText: 'Reply sent.' }).waitFor();
    const frameSidebar = await sidebarOf(page);
    await frameSidebar.locator('.sd-metrics-toggle summary').click();
    const chart = frameSidebar.locator('.sd-metrics svg');
    await eventually(async () => /Light edit: 1/.test(await chart.getAttribute('aria-label')), 'the sent reply counts as a light edit');
    assert.equal(Number(await frameSidebar.locator('[data-metric="drafts"]').textContent()) >= 1, true);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a refund demand is handed off: no customer-facing text, the internal note can be inserted', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    const sidebar = await openTicket(page, 1003);
    await sidebar.locator('#app[data-outcome="handoff"]').waitFor();
    assert.equal(await sidebar.locator('.sd-handoff').getAttribute('data-stop-reason'), 'high_risk');
    assert.equal(await sidebar.locator('#sd-draft-text').count(), 0);
    assert.equal(await sidebar.getByRole('button', { name: /save as reply|draft a reply/i }).count(), 0);
    await sidebar.getByRole('button', { name: 'Insert as internal note' }).click();
    await sidebar.locator('.sd-save-status', { hasText: 'internal note' }).waitFor();
    assert.equal(await page.locator('#reply-type').inputValue(), 'internalNote');
    assert.match(await page.locator('#reply').inputValue(), /No draft: handed to a human \(high_risk\)/);
    await page.locator('iframe[title="safedraft app"]').screenshot({ path: shot('draft-handoff-sidebar') });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an injection ticket shows the warning and the draft does not follow the injected instruction', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    const sidebar = await openTicket(page, 1005);
    await sidebar.locator('.sd-injection').waitFor();
    await draftIt(sidebar);
    const draft = await sidebar.locator('#sd-draft-text').textContent();
    assert.doesNotMatch(draft, /enterprise|upgraded|for free|system prompt/i);
    assert.match(draft, /\[kb:201\]/);
    assert.equal(await sidebar.locator('.sd-review').getAttribute('data-verdict'), 'pass');
    await page.locator('iframe[title="safedraft app"]').screenshot({ path: shot('draft-review-en') });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a model that promises an uncited refund or echoes a secret is blocked; the key never reaches the iframe', async () => {
  const { page, context, problems } = await newPage(browser);
  // Record every message the sidebar receives, in every frame, from before any script runs.
  await context.addInitScript(() => {
    window.__received = [];
    window.addEventListener('message', (e) => window.__received.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)), true);
  });
  try {
    await settings({ llm_endpoint: llm.url, llm_model: 'scripted', llm_api_key: FAKE_API_KEY });
    llm.answers.push(JSON.stringify({ reply: 'Hi Sam,\n\nWe will refund your last invoice in full and upgrade you for free.\n\nBest regards,\nSupport', internal_note: 'Promised a refund.', questions: [] }));
    const sidebar = await openTicket(page, 1005);
    assert.match(await sidebar.locator('.sd-hint', { hasText: 'Model:' }).textContent(), /scripted @ 127\.0\.0\.1/);
    await draftIt(sidebar);
    assert.equal(await sidebar.locator('.sd-review').getAttribute('data-verdict'), 'block');
    assert.equal(await sidebar.getByRole('button', { name: 'Save as reply draft' }).isDisabled(), true);
    assert.ok(await sidebar.locator('mark.sd-mark--block').count() >= 1, 'the offending text is highlighted');
    assert.ok(await sidebar.locator('.sd-finding[data-rule="missing_citation"], .sd-finding[data-rule="commitment"]').count() >= 1);
    await page.locator('iframe[title="safedraft app"]').screenshot({ path: shot('draft-blocked-sidebar') });

    // The model was called with the key the proxy filled in, and with redacted text only.
    const call = llm.requests.at(-1);
    assert.equal(call.authorization, `Bearer ${FAKE_API_KEY}`);
    assert.equal(call.body.model, 'scripted');
    const prompt = JSON.stringify(call.body.messages);
    assert.match(prompt, /BEGIN UNTRUSTED TICKET [0-9a-f]{24}/);
    assert.doesNotMatch(prompt, /sam\.porter@example\.net/, 'the requester e-mail is never sent');

    // Nothing the iframe got or holds contains the key.
    const seen = await sidebarFrame(page).evaluate(() => JSON.stringify({
      messages: window.__received, html: document.documentElement.outerHTML, local: { ...localStorage },
    }));
    assert.ok(seen.includes('zaf.request'), 'the recorder saw the proxied request answers');
    assert.equal(seen.includes(FAKE_API_KEY), false, 'the API key is never visible to the iframe');

    // Second answer: a secret echoed into the reply.
    llm.answers.push(JSON.stringify({ reply: 'Hi Sam,\n\nUse this key to sign in: AKIAZZZZFAKE00000000.\n\nBest regards,\nSupport', internal_note: 'n', questions: [] }));
    await sidebar.getByRole('button', { name: 'Draft again' }).click();
    await sidebar.locator('.sd-finding[data-rule="secret_leak"]').waitFor({ timeout: 20000 });
    assert.equal(await sidebar.locator('.sd-review').getAttribute('data-verdict'), 'block');
    assert.equal(await sidebar.getByRole('button', { name: 'Save as reply draft' }).isDisabled(), true);
    // Even a script that re-enables the button and clicks it cannot save: the core refuses.
    await sidebar.locator('#sd-save-reply').evaluate((button) => { button.disabled = false; button.click(); });
    await sidebar.locator('.sd-save-status[data-ok="false"]', { hasText: 'a blocked draft cannot be saved' }).waitFor();
    assert.equal(await page.locator('#reply').inputValue(), '', 'nothing reached the editor');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('with the audit webhook down the events are kept across a reload and delivered later; the chain verifies', async () => {
  const { page, context } = await newPage(browser);
  try {
    await auditReceiver(false);
    const before = (await (await fetch(new URL('/demo/api/audit', demo.url))).text()).split('\n').filter(Boolean).length;
    let sidebar = await openTicket(page, 1004);
    await draftIt(sidebar);
    const status = sidebar.locator('#sd-audit');
    await eventually(async () => Number(await status.getAttribute('data-pending')) > 0, 'events wait in the outbox');
    assert.match(await status.textContent(), /waiting for the webhook.*503|waiting for the webhook/);

    await page.reload();
    sidebar = await sidebarOf(page);
    await eventually(async () => Number(await sidebar.locator('#sd-audit').getAttribute('data-pending')) > 0, 'still pending after a reload');

    await auditReceiver(true);
    await page.reload(); // a new page flushes what the last one left behind
    sidebar = await sidebarOf(page);
    await eventually(async () => (await sidebar.locator('#sd-audit').getAttribute('data-pending')) === '0', 'delivered once the webhook is back', 20000);
    const log = await (await fetch(new URL('/demo/api/audit', demo.url))).text();
    const events = log.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.ok(events.length > before, 'the webhook received the events');
    assert.ok(events.some((e) => e.type === 'done'));
    mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, 'audit-received.jsonl');
    writeFileSync(file, log);
    const verified = execFileSync(safedraftBinary(), ['audit', 'verify', file], { encoding: 'utf8' });
    assert.match(verified, /chain holds/);
  } finally {
    await context.close();
  }
});

test('the demo\'s settings page points the app at another endpoint and never shows the stored key', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    await page.goto(new URL('/settings', demo.url).href);
    await page.getByLabel('LLM endpoint URL').fill(llm.url);
    await page.getByLabel('Model name').fill('from-the-form');
    await page.getByLabel('API key (secure)').fill(FAKE_API_KEY);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    assert.equal((await page.content()).includes(FAKE_API_KEY), false, 'the page never echoes the secret');
    assert.match(await page.getByLabel('API key (secure)').getAttribute('placeholder'), /set; leave empty to keep/);

    llm.answers.push(JSON.stringify({ reply: 'Hallo Lena,\n\nDanke für Ihre Nachricht.\n\nViele Grüße\nSupport', internal_note: 'n', questions: [] }));
    const calls = llm.requests.length;
    const sidebar = await openTicket(page, 1002);
    assert.match(await sidebar.locator('.sd-hint', { hasText: 'Model:' }).textContent(), /from-the-form @ 127\.0\.0\.1/);
    await draftIt(sidebar);
    assert.equal(llm.requests.length, calls + 1);
    assert.equal(llm.requests.at(-1).authorization, `Bearer ${FAKE_API_KEY}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the kill switch hands every ticket off without calling the model', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    await settings({ kill_switch: true, llm_endpoint: llm.url, llm_api_key: FAKE_API_KEY });
    const calls = llm.requests.length;
    const sidebar = await openTicket(page, 1002);
    // Triage already says so (no Draft button); the run is handed off before any tool or model.
    await sidebar.locator('#app[data-outcome="handoff"]').waitFor();
    assert.equal(await sidebar.getByRole('button', { name: 'Draft a reply' }).count(), 0);
    assert.equal(await sidebar.locator('.sd-handoff').getAttribute('data-stop-reason'), 'kill_switch');
    assert.match(await sidebar.locator('.sd-stop-reason').textContent(), /kill switch/i);
    assert.equal(llm.requests.length, calls, 'the model was not called');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the panel speaks the agent\'s language (German) and is committed as a docs screenshot', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    const sidebar = await openTicket(page, 1002, '?locale=de');
    const button = sidebar.locator('#sd-draft');
    assert.notEqual(await button.textContent(), 'Draft a reply', 'the UI is translated');
    await button.click();
    await sidebar.locator('#app[data-outcome]').waitFor({ timeout: 20000 });
    assert.equal(await sidebar.locator('html').getAttribute('lang'), 'de');
    await page.locator('iframe[title="safedraft app"]').screenshot({ path: shot('draft-review-de') });
    // `UPDATE_DOCS=1 npm run test:e2e` refreshes the README's screenshots; CI leaves docs/ alone.
    if (process.env.UPDATE_DOCS === '1') {
      const docs = path.join(ROOT, 'docs');
      mkdirSync(docs, { recursive: true });
      copyFileSync(shot('draft-review-de'), path.join(docs, 'sidebar-review-de.png'));
      if (existsSync(shot('draft-review-en'))) copyFileSync(shot('draft-review-en'), path.join(docs, 'sidebar-review-en.png'));
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

function safedraftBinary() {
  for (const p of ['target/release/safedraft', 'target/debug/safedraft']) {
    if (existsSync(path.join(ROOT, p))) return path.join(ROOT, p);
  }
  throw new Error('the safedraft binary is not built: run `cargo build --release`');
}
