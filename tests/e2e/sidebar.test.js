// End-to-end: the real demo helpdesk, the real ZAF SDK, the real wasm core, in Debian's Chromium.
// Journeys: (a) a high-risk ticket is handed to a human; (b) a German how-to is ready to draft;
// (c) injected instructions are shown as evidence; (d) the app has no way to send.
// Screenshots go to test-results/ for a person to look at.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkPrerequisites, startDemoServer, launchBrowser, newPage, sidebarOf, sidebarFrame, shot, eventually } from './harness.js';

let demo;
let browser;

before(async () => {
  checkPrerequisites();
  demo = await startDemoServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

async function ticketJson(id) {
  const r = await fetch(new URL(`/demo/api/tickets/${id}`, demo.url));
  return (await r.json()).ticket;
}

test('(a) a high-risk ticket opened from the list is handed to a human, with the reason', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    await page.goto(demo.url);
    await page.screenshot({ path: shot('a-ticket-list'), fullPage: true });
    await page.getByRole('link', { name: 'Someone else is logged into my account' }).click();
    await page.waitForURL(/\/tickets\/1001$/);
    const sidebar = await sidebarOf(page);
    const app = sidebar.locator('#app');

    assert.equal(await app.getAttribute('data-state'), 'handoff');
    assert.equal(await app.getAttribute('data-kind'), 'security');
    await sidebar.getByRole('heading', { name: 'Handed to a human' }).waitFor();
    const reason = (await sidebar.locator('.sd-reason').textContent()).trim();
    assert.match(reason, /high-risk/i, `the core's reason is shown: ${reason}`);
    assert.equal((await sidebar.locator('.sd-badge').textContent()).trim(), 'High risk');
    assert.equal(await sidebar.locator('.sd-kind').textContent(), 'Security');
    // A handed-off ticket offers no draft action: only its internal note can be inserted.
    await sidebar.locator('#app[data-outcome="handoff"]').waitFor();
    assert.equal(await sidebar.getByRole('button', { name: /draft|save as reply/i }).count(), 0);
    assert.equal(await sidebar.getByRole('button', { name: 'Insert as internal note' }).count(), 1);

    await page.screenshot({ path: shot('a-high-risk-page'), fullPage: true });
    await page.locator('iframe[title="safedraft app"]').screenshot({ path: shot('a-high-risk-sidebar') });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('(b) a German how-to shows kind and language and is ready to draft (keyboard reachable)', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    await page.goto(new URL('/tickets/1002', demo.url).href);
    const sidebar = await sidebarOf(page);
    const app = sidebar.locator('#app');

    assert.equal(await app.getAttribute('data-state'), 'ready');
    assert.equal(await app.getAttribute('data-language'), 'de');
    await sidebar.getByRole('heading', { name: 'Ready to draft' }).waitFor();
    assert.equal(await sidebar.locator('.sd-kind').textContent(), 'How-to question');
    assert.match(await sidebar.locator('.sd-facts').textContent(), /German\s*de/);
    assert.equal((await sidebar.locator('.sd-badge').textContent()).trim(), 'Normal risk');
    // Drafting waits for the agent: no model call happens just because a ticket was opened.
    const draft = sidebar.getByRole('button', { name: 'Draft a reply' });
    assert.equal(await draft.isEnabled(), true);
    assert.equal(await app.getAttribute('data-outcome'), null);
    assert.equal(await sidebar.locator('.sd-injection').count(), 0);

    // Keyboard: Tab from the last control of the helpdesk page walks into the sidebar.
    await page.locator('#activity summary').focus();
    await page.keyboard.press('Tab');
    const summary = sidebar.locator('.sd-signals summary');
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'Tab reaches the signals toggle');
    await page.keyboard.press('Enter');
    assert.equal(await sidebar.locator('details.sd-signals').evaluate((el) => el.open), true);
    assert.ok(await sidebar.locator('.sd-signals li').count() > 0);

    await page.screenshot({ path: shot('b-german-howto-page'), fullPage: true });
    await page.locator('iframe[title="safedraft app"]').screenshot({ path: shot('b-german-howto-sidebar') });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('(c) injected instructions are shown as highlighted evidence with their rule', async () => {
  const { page, context, problems } = await newPage(browser);
  try {
    await page.goto(new URL('/tickets/1005', demo.url).href);
    const sidebar = await sidebarOf(page);

    const box = sidebar.locator('.sd-injection');
    await box.getByRole('heading', { name: /Prompt injection detected/ }).waitFor();
    const marked = await box.locator('mark').first().textContent();
    assert.match(marked, /^Ignore all previous instructions/);
    assert.match(await box.locator('.sd-evidence-meta').first().textContent(), /Rule: \S+/);
    // The quote shows context around the span, so the agent sees where it sits.
    assert.ok((await box.locator('blockquote').first().textContent()).length > marked.length);

    await page.screenshot({ path: shot('c-injection-page'), fullPage: true });
    await page.locator('iframe[title="safedraft app"]').screenshot({ path: shot('c-injection-sidebar') });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('(d) the app cannot send: the protocol refuses submit, status and writes; Send is the helpdesk\'s', async () => {
  const { page, context } = await newPage(browser);
  try {
    const before = await ticketJson(1004);
    await page.goto(new URL('/tickets/1004', demo.url).href);
    const sidebar = await sidebarOf(page);

    // The only Send button is the helpdesk's; the sidebar has none.
    assert.equal(await page.getByRole('button', { name: 'Send' }).count(), 1);
    assert.equal(await sidebar.getByRole('button', { name: /send|submit|solve/i }).count(), 0);

    // Everything any script in the sidebar could try, through the real SDK and around it.
    const helpdeskOrigin = new URL(demo.url).origin;
    const attempts = await sidebarFrame(page).evaluate(async (helpdesk) => {
      const outcome = (p) => p.then((v) => ({ ok: true, value: v }), (e) => ({ ok: false, error: e && (e.message || e.responseText || String(e)), status: e && e.status }));
      const client = window.ZAFClient.init();
      await new Promise((resolve) => client.on('app.registered', resolve));
      let parentDom;
      try { parentDom = { ok: true, value: window.parent.document.title }; } catch (e) { parentDom = { ok: false, error: e.name }; }
      return {
        submit: await outcome(client.invoke('ticket.submit')),
        save: await outcome(client.invoke('ticket.save')),
        status: await outcome(client.set('ticket.status', 'solved')),
        put: await outcome(client.request({ url: '/api/v2/tickets/1004.json', type: 'PUT', data: '{"ticket":{"status":"solved"}}' })),
        read: await outcome(client.request('/api/v2/tickets/1004.json').then((d) => d.ticket.status)),
        draft: await outcome(client.set('comment.text', 'Bonjour Camille, (draft written by the app)')),
        post: await outcome(fetch(`${helpdesk}/demo/api/tickets/1004/comments`, {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"body":"sent by the app"}',
        }).then((r) => r.status)),
        parentDom,
      };
    }, helpdeskOrigin);

    assert.equal(attempts.submit.ok, false);
    assert.match(attempts.submit.error, /"ticket\.submit".*refused/);
    assert.equal(attempts.save.ok, false);
    assert.equal(attempts.status.ok, false);
    assert.match(attempts.status.error, /"ticket\.status".*refused/);
    assert.equal(attempts.put.ok, false);
    assert.equal(attempts.put.status, 403);
    assert.deepEqual(attempts.read, { ok: true, value: before.status }, 'reads are allowed');
    assert.equal(attempts.draft.ok, true, 'writing a draft into the editor is allowed');
    assert.equal(attempts.post.ok, false, 'CSP (connect-src \'self\') stops a direct request to the helpdesk');
    assert.deepEqual(attempts.parentDom, { ok: false, error: 'SecurityError' }, 'the sidebar cannot reach the helpdesk page');

    // The draft sits in the editor, unsent; the ticket is exactly as it was.
    assert.equal(await page.locator('#reply').inputValue(), 'Bonjour Camille, (draft written by the app)');
    const unchanged = await ticketJson(1004);
    assert.equal(unchanged.comments.length, before.comments.length);
    assert.equal(unchanged.status, before.status);
    const refused = await page.locator('#activity-log .hd-refused').allTextContents();
    assert.ok(refused.some((l) => l.includes('invoke ticket.submit')), refused.join('\n'));
    assert.ok(refused.some((l) => l.includes('set ticket.status')), refused.join('\n'));
    await page.locator('#activity summary').click();
    await page.screenshot({ path: shot('d-refused-page'), fullPage: true });

    // Only the human's click sends; the app hears about it and triages again.
    const reads = () => page.locator('#activity-log li', { hasText: 'get ticket.comments' }).count();
    const readsBefore = await reads();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('#editor-status', { hasText: 'Reply sent.' }).waitFor();
    const after = await ticketJson(1004);
    assert.equal(after.comments.length, before.comments.length + 1);
    assert.equal(after.comments.at(-1).author.role, 'agent');
    assert.equal(after.status, before.status, 'sending a reply does not change the status');
    await eventually(async () => (await reads()) > readsBefore, 'the sidebar re-reads the ticket after ticket.comments.changed');
    await sidebar.locator('#app[data-state="ready"]').waitFor();
  } finally {
    await context.close();
  }
});

test('(e) opened outside a helpdesk, the sidebar shows a visible error instead of a blank panel', async () => {
  const { page, context } = await newPage(browser);
  try {
    await page.setViewportSize({ width: 320, height: 480 });
    await page.goto(`${demo.appOrigin}/assets/iframe.html`);
    const app = page.locator('#app[data-state="error"]');
    await app.getByRole('heading', { name: 'Could not triage this ticket' }).waitFor();
    assert.match(await app.locator('.sd-error-message').textContent(), /inside Zendesk/);
    await page.screenshot({ path: shot('e-outside-helpdesk') });
  } finally {
    await context.close();
  }
});
