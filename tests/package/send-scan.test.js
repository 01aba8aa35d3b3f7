// The scanner behind bundle.test.js's "no send path" and "secure settings" checks, proved on
// code written to a temporary file: it must catch each way of sending, saving or changing a
// ticket, and must not flag reading a ticket, listening to its events, writing the draft, or
// the same words in comments, strings and regular expressions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findModuleRefs, findSecureNameLeaks, findSendPaths } from './lib/js-scan.js';

/** Writes `src` to a temp .js file and scans that file, as the bundle test scans the zip. */
function scanFile(t, src, scan = findSendPaths) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'safedraft-scan-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'sample.js');
  writeFileSync(file, src);
  return scan(readFileSync(file, 'utf8'));
}

const SENDS = {
  'invoke ticket.submit': "client.invoke('ticket.submit');",
  'set ticket.status': "client.set('ticket.status','solved');",
  'invoke ticket.save': 'await client.invoke("ticket.save");',
  'invoke comment.submit': "zd.client.invoke('comment.submit', { text });",
  'bulk invoke': "client.invoke({ 'ticket.submit': [] });",
  'bulk set': "client.set({ 'comment.text': draft, 'ticket.status': 'solved' });",
  'destructured invoke': 'const { invoke } = client;\ninvoke(`comment.submit`);',
  'template path': 'client.invoke(`ticket.submit`);',
  'template expression': "client.invoke(`${'ticket.submit'}`);",
  'split over lines': "client\n  .set(\n    'ticket.status',\n    'solved',\n  );",
  'request PUT': "client.request({ url: '/api/v2/tickets/42.json', type: 'PUT', data: JSON.stringify(body) });",
  'request POST via options object': 'const options = { url: `/api/v2/tickets/${id}/comments.json`, method: "POST" };\nawait client.request(options);',
  'request quoted keys': "client.request({ 'url': '/api/v2/tickets.json', 'type': 'POST' });",
  'fetch POST': "fetch('/api/v2/tickets.json', { method: 'POST', body });",
  'helper put': 'http.put(`/api/v2/tickets/${id}.json`, { ticket: { status: "solved" } });',
  'xhr open': "xhr.open('PATCH', '/api/v2/tickets/42.json');",
  'request DELETE': "client.request({ url: '/api/v2/tickets/42.json', type: 'delete' });",
};

for (const [label, src] of Object.entries(SENDS)) {
  test(`catches a send path: ${label}`, (t) => {
    const findings = scanFile(t, `// a host file\nexport async function go(client) {\n${src}\n}\n`);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.ok(findings[0].line >= 3, 'reports the line');
  });
}

const HARMLESS = {
  'listening to ticket.save': "client.on('ticket.save', () => true);",
  'reading the status': "const s = await client.get('ticket.status');",
  'writing the draft': "await client.set({ 'comment.type': 'publicReply', 'comment.text': draft });",
  'appending to the editor': "client.invoke('comment.appendText', text);",
  'resizing': "client.invoke('resize', { width: '100%', height: '300px' });",
  'a line comment': "// never client.invoke('ticket.submit')",
  'a block comment': "/* client.set('ticket.status', 'solved');\n   client.request({ url: '/api/v2/tickets/1.json', type: 'PUT' }) */",
  'a string': 'const hint = "we never call invoke(\'ticket.submit\')";',
  'a regular expression': "const re = /invoke\\('ticket\\.submit'\\)/; const q = a / b / c;",
  'a nested translation call': "client.set('comment.text', t('ticket.status'));",
  'a map': "cache.set('ticket', ticket);",
  'reading a ticket over REST': "client.request({ url: `/api/v2/tickets/${id}/comments.json`, type: 'GET' });",
  'posting to the model, reading a ticket': "client.request({ url: `/api/v2/tickets/${id}.json`, type: 'GET' });\nclient.request({ url: endpoint, type: 'POST', data });",
};

for (const [label, src] of Object.entries(HARMLESS)) {
  test(`does not flag: ${label}`, (t) => {
    assert.deepEqual(scanFile(t, `export async function go(client) {\n${src}\n}\n`), []);
  });
}

test('secure setting names: placeholders pass, code and other strings are caught', (t) => {
  const ok = "// reads nothing secure: llm_api_key stays with Zendesk\nconst headers = { Authorization: 'Bearer {{setting.llm_api_key}}' };\n";
  assert.deepEqual(scanFile(t, ok, (s) => findSecureNameLeaks(s, 'llm_api_key')), []);
  const leaks = scanFile(t, "const key = settings.llm_api_key;\nconst k2 = meta.settings['llm_api_key'];\nconst h = `Bearer {{setting.llm_api_key}} ${x}`;\n", (s) => findSecureNameLeaks(s, 'llm_api_key'));
  assert.deepEqual(leaks.map((l) => [l.line, l.where.split(' ')[0]]), [[1, 'code'], [2, 'string']]);
});

test('module references: static, dynamic, re-exports and new URL(…, import.meta.url)', () => {
  const src = [
    "import { a } from './a.js';",
    "import './side-effect.js';",
    "export { b } from '../b.js';",
    "const m = await import('./lazy.js');",
    "const w = new URL('core_bg.wasm', import.meta.url);",
    "// import { no } from './commented.js';",
    "const s = \"import x from './in-a-string.js'\";",
    "const arr = Array.from('abc');",
  ].join('\n');
  assert.deepEqual(findModuleRefs(src).map((r) => r.spec).sort(), ['../b.js', './a.js', './lazy.js', './side-effect.js', 'core_bg.wasm'].sort());
});
