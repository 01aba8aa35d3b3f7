// Shared set-up for the browser end-to-end tests: the real demo server (spawned as `node
// demo/server.js` with PORT=0), Debian's Chromium driven by playwright-core (never a downloaded
// browser), and helpers to open a ticket and reach the sidebar iframe.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Fails early, with the fix in the message, when a prerequisite is missing. */
export function checkPrerequisites() {
  for (const f of ['assets/wasm/safedraft.js', 'assets/wasm/safedraft_bg.wasm']) {
    if (!existsSync(path.join(ROOT, f))) {
      throw new Error(`${f} is missing: assets/wasm/ has not been built. Run \`bash scripts/build-wasm.sh\` (or \`bash scripts/demo.sh\`) first.`);
    }
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found. Install Debian's chromium: \`bash scripts/setup.sh --browser\` (or set CHROMIUM_PATH).`);
  }
  mkdirSync(RESULTS, { recursive: true });
}

/** Starts the demo exactly as a person would (its CLI), on a free port; resolves to {url, stop}. */
export function startDemoServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'demo/server.js')], {
      cwd: ROOT, env: { ...process.env, PORT: '0', APP_PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => fail(new Error(`demo server did not print its URL within 15 s:\n${out}`)), 15000);
    function fail(err) {
      clearTimeout(timer);
      child.kill();
      reject(err);
    }
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /safedraft demo helpdesk: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      const app = /app assets .*: (http:\/\/127\.0\.0\.1:\d+)\/assets\/iframe\.html/.exec(out);
      if (m && app) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          appOrigin: app[1],
          output: () => out,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
        });
      }
    });
    child.stderr.on('data', (chunk) => { out += chunk; });
    child.once('exit', (code) => fail(new Error(`demo server exited (${code}) before it was ready:\n${out}`)));
  });
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh page that records console errors and uncaught exceptions from every frame. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return { page, context, problems };
}

/** The sidebar iframe's locator root, once the app has rendered a final state. */
export async function sidebarOf(page) {
  const frame = page.frameLocator('iframe[title="safedraft app"]');
  await frame.locator('#app[data-state="handoff"], #app[data-state="ready"], #app[data-state="error"]').waitFor();
  return frame;
}

/** The sidebar's Frame object (to run code inside it, as any script in the iframe could). */
export function sidebarFrame(page) {
  const frame = page.frames().find((f) => f.url().includes('/assets/iframe.html'));
  if (!frame) throw new Error('the sidebar iframe is not on the page');
  return frame;
}

export function shot(name) {
  return path.join(RESULTS, `${name}.png`);
}

/** Polls `check` until it is true, or fails with `message`. */
export async function eventually(check, message, timeoutMs = 10000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: ${message}`);
}
