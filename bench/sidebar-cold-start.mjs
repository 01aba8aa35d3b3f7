// Cold start of the sidebar in Chromium, against the real demo helpdesk: from the iframe's
// navigation start to the first verdict (triage shown), and from "Draft a reply" to the review
// panel (offline drafter). Fresh browser context per sample, so nothing is cached.
//   bash scripts/build-wasm.sh && node bench/sidebar-cold-start.mjs [samples]

import { startDemoServer, launchBrowser } from '../tests/e2e/harness.js';

const samples = Number(process.argv[2] || 7);
const demo = await startDemoServer();
const browser = await launchBrowser();
const firstVerdict = [];
const draftPanel = [];
try {
  for (let i = 0; i < samples; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/tickets/1002', demo.url).href);
    const frame = page.frameLocator('iframe[title="safedraft app"]');
    await frame.locator('#app[data-state="ready"]').waitFor();
    const app = page.frames().find((f) => f.url().includes('/assets/iframe.html'));
    firstVerdict.push(await app.evaluate(() => performance.now()));
    const t0 = await app.evaluate(() => performance.now());
    await frame.locator('#sd-draft').click();
    await frame.locator('#app[data-outcome]').waitFor();
    draftPanel.push((await app.evaluate(() => performance.now())) - t0);
    await context.close();
  }
} finally {
  await browser.close();
  await demo.stop();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`cold start → first verdict (iframe navigation → triage shown): median ${median(firstVerdict).toFixed(0)} ms over ${samples} fresh loads (min ${Math.min(...firstVerdict).toFixed(0)}, max ${Math.max(...firstVerdict).toFixed(0)})`);
console.log(`Draft a reply → review panel (offline drafter, ZAF reads, Help Center search, audit): median ${median(draftPanel).toFixed(0)} ms`);
