// The real installable zip, built by scripts/package.mjs from this checkout, read back with
// node:zlib: exactly the allowed files, loadable as Zendesk serves it (every reference from
// iframe.html and every relative import resolves inside the zip), secure settings named only in
// "{{setting.x}}" placeholders, and no code that could send, save or change a ticket.
//
// Needs the WebAssembly core (bash scripts/build-wasm.sh); without it these tests are skipped
// with that message. CI's test script builds the core before it runs them.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip } from './lib/zip-read.js';
import { findModuleRefs, findSecureNameLeaks, findSendPaths } from './lib/js-scan.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
const SECURE = manifest.parameters.filter((p) => p.secure).map((p) => p.name);
const built = ['assets/wasm/safedraft.js', 'assets/wasm/safedraft_bg.wasm'].every((f) => existsSync(path.join(ROOT, f)));
const skip = built ? false : 'assets/wasm is not built: run `bash scripts/build-wasm.sh` first (CI builds it before these tests)';

let entries = [];
let byName = new Map();
let output = '';

before(() => {
  if (!built) return;
  const out = mkdtempSync(path.join(os.tmpdir(), 'safedraft-zip-'));
  try {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/package.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `scripts/package.mjs failed:\n${r.stderr}`);
    output = r.stdout;
    entries = readZip(readFileSync(path.join(out, `safedraft-${manifest.version}.zip`)));
    byName = new Map(entries.map((e) => [e.name, e]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

const text = (name) => byName.get(name).data.toString('utf8');
const jsFiles = () => entries.filter((e) => e.name.endsWith('.js'));

test('the zip holds exactly the allowed files', { skip }, () => {
  const hostJs = readdirSync(path.join(ROOT, 'host-js')).filter((f) => f.endsWith('.js') && !f.startsWith('.')).map((f) => `assets/host-js/${f}`);
  const translations = readdirSync(path.join(ROOT, 'translations')).filter((f) => f.endsWith('.json')).map((f) => `translations/${f}`);
  const expected = [
    'manifest.json',
    'assets/iframe.html', 'assets/sidebar.css', 'assets/logo.png', 'assets/logo-small.png',
    'assets/wasm/safedraft.js', 'assets/wasm/safedraft_bg.wasm',
    ...hostJs, ...translations,
  ];
  assert.deepEqual(entries.map((e) => e.name).sort(), expected.sort());
  assert.ok(hostJs.includes('assets/host-js/main.js'));
  assert.match(output, /\d+ files, [\d,]+ B → .*safedraft-[\d.]+\.zip: [\d,]+ B/);
});

test('no dotfiles, source maps, node_modules, TypeScript declarations, folders or links', { skip }, () => {
  for (const e of entries) {
    assert.ok(!e.name.split('/').some((seg) => seg.startsWith('.')), `${e.name}: dotfile`);
    assert.ok(!/\.map$/.test(e.name), `${e.name}: source map`);
    assert.ok(!e.name.split('/').includes('node_modules'), `${e.name}: node_modules`);
    assert.ok(!/\.d\.ts$/.test(e.name), `${e.name}: .d.ts`);
    assert.ok(!e.name.startsWith('/') && !e.name.includes('\\') && !e.name.split('/').includes('..'), `${e.name}: unsafe path`);
    assert.equal(e.kind, 'file', `${e.name} is a plain file`);
  }
  for (const e of jsFiles()) assert.doesNotMatch(text(e.name), /^\/\/# sourceMappingURL=/m, `${e.name} points at a source map`);
});

test('files are copied as they are: host-js/ into assets/host-js/, the core from assets/wasm/', { skip }, () => {
  for (const e of entries) {
    const src = e.name.startsWith('assets/host-js/') ? `host-js/${e.name.slice('assets/host-js/'.length)}` : e.name;
    assert.ok(readFileSync(path.join(ROOT, src)).equals(e.data), `${e.name} equals ${src}`);
  }
  const wasm = byName.get('assets/wasm/safedraft_bg.wasm').data;
  assert.ok(wasm.subarray(0, 4).equals(Buffer.from([0, 0x61, 0x73, 0x6d])), 'a WebAssembly module');
});

test('logos are PNGs of the sizes Zendesk asks for', { skip }, () => {
  for (const [name, size] of [['assets/logo.png', 320], ['assets/logo-small.png', 128]]) {
    const png = byName.get(name).data;
    assert.ok(png.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])), `${name} is a PNG`);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size], `${name} is ${size}x${size}`);
  }
});

test('iframe.html loads host-js/main.js, and everything it references is in the zip', { skip }, () => {
  const html = text('assets/iframe.html').replace(/<!--[\s\S]*?-->/g, '');
  assert.match(html, /<script\s+type="module"\s+src="host-js\/main\.js"><\/script>/);
  const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(refs.length >= 2);
  for (const ref of refs) {
    if (/^https:\/\//.test(ref)) {
      assert.match(ref, /^https:\/\/static\.zdassets\.com\//, `${ref}: only Zendesk's SDK comes from outside the app`);
      continue;
    }
    const target = path.posix.normalize(path.posix.join('assets', ref));
    assert.ok(byName.has(target), `iframe.html references ${ref} → ${target}, which is not in the zip`);
  }
});

test('every relative import in the shipped JavaScript resolves to a file in the zip', { skip }, () => {
  let checked = 0;
  for (const e of jsFiles()) {
    for (const ref of findModuleRefs(text(e.name))) {
      const where = `${e.name}:${ref.line} ${ref.kind} '${ref.spec}'`;
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref.spec)) {
        assert.match(ref.spec, /^https:\/\/static\.zdassets\.com\//, `${where}: the sidebar's CSP loads scripts only from the app and Zendesk`);
        continue;
      }
      if (ref.kind !== 'new URL') assert.match(ref.spec, /^\.\.?\//, `${where}: a bare specifier cannot be resolved in the browser (there is no bundler)`);
      assert.ok(!ref.spec.startsWith('/'), `${where}: an absolute path leaves the app's assets`);
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(e.name), ref.spec.split(/[?#]/)[0]));
      assert.ok(target.startsWith('assets/'), `${where}: resolves outside assets/ (${target}), which Zendesk does not serve`);
      assert.ok(byName.has(target), `${where}: ${target} is not in the zip`);
      checked++;
    }
  }
  assert.ok(checked >= 3, `found ${checked} module references; expected main.js's imports and the core's`);
});

test('secure settings appear only as "{{setting.<name>}}" placeholders', { skip }, () => {
  assert.deepEqual(SECURE, ['llm_api_key', 'audit_webhook_token']);
  const shipped = entries.filter((e) => /\.(js|html|css)$/.test(e.name));
  for (const name of SECURE) {
    for (const e of shipped) {
      const leaks = findSecureNameLeaks(text(e.name), name);
      assert.deepEqual(leaks, [], `${e.name} names the secure setting ${name} outside {{setting.${name}}} at ${leaks.map((l) => `line ${l.line} (${l.where})`).join(', ')}`);
    }
  }
});

test('no shipped code sends, saves or changes a ticket', { skip }, () => {
  const all = jsFiles().flatMap((e) => findSendPaths(text(e.name)).map((f) => `${e.name}:${f.line} ${f.rule}: ${f.text}`));
  assert.deepEqual(all, [], 'send paths found');
});
