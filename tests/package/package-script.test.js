// scripts/package.mjs as an admin runs it, on throwaway copies of the app (a stand-in
// WebAssembly module, so these run without the Rust build): it builds the zip from the allowed
// set, and refuses — exit 1, naming the file and the fix — when the core is not built, the
// manifest is invalid, or a file outside the allowed set is present.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip } from './lib/zip-read.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, 'scripts/package.mjs');
const WASM_MAGIC = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

/** A copy of the app's packaged sources in a temp dir, with a stand-in core unless `wasm` is false. */
function fixture(t, { wasm = true } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'safedraft-pkg-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(path.join(ROOT, 'manifest.json'), path.join(dir, 'manifest.json'));
  cpSync(path.join(ROOT, 'translations'), path.join(dir, 'translations'), { recursive: true });
  mkdirSync(path.join(dir, 'assets/wasm'), { recursive: true });
  for (const f of ['iframe.html', 'sidebar.css', 'logo.png', 'logo-small.png']) cpSync(path.join(ROOT, 'assets', f), path.join(dir, 'assets', f));
  mkdirSync(path.join(dir, 'host-js'));
  for (const f of readdirSync(path.join(ROOT, 'host-js')).filter((n) => n.endsWith('.js'))) cpSync(path.join(ROOT, 'host-js', f), path.join(dir, 'host-js', f));
  if (wasm) {
    writeFileSync(path.join(dir, 'assets/wasm/safedraft.js'), 'export default async function init() {}\n');
    writeFileSync(path.join(dir, 'assets/wasm/safedraft_bg.wasm'), WASM_MAGIC);
    writeFileSync(path.join(dir, 'assets/wasm/safedraft.d.ts'), 'export {};\n');
    writeFileSync(path.join(dir, 'assets/wasm/safedraft_bg.wasm.d.ts'), 'export {};\n');
  }
  return dir;
}

function runPackage(dir) {
  const r = spawnSync(process.execPath, [SCRIPT, '--root', dir, '--out', path.join(dir, 'dist')], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const version = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')).version;

test('builds dist/safedraft-<version>.zip from the allowed set and lists each file with its size', (t) => {
  const dir = fixture(t);
  writeFileSync(path.join(dir, 'assets/.DS_Store'), 'junk');
  const r = runPackage(dir);
  assert.equal(r.code, 0, r.err);
  const zipFile = path.join(dir, 'dist', `safedraft-${version}.zip`);
  assert.ok(existsSync(zipFile));
  const names = readZip(readFileSync(zipFile)).map((e) => e.name);
  const hostJs = readdirSync(path.join(dir, 'host-js')).map((f) => `assets/host-js/${f}`);
  const translations = readdirSync(path.join(dir, 'translations')).map((f) => `translations/${f}`);
  assert.deepEqual(names.sort(), [
    'manifest.json', 'assets/iframe.html', 'assets/sidebar.css', 'assets/logo.png', 'assets/logo-small.png',
    'assets/wasm/safedraft.js', 'assets/wasm/safedraft_bg.wasm', ...hostJs, ...translations,
  ].sort());
  for (const name of names) assert.match(r.out, new RegExp(`${name.replace(/[.]/g, '\\.')}\\s+[\\d,]+ B`), `${name} listed with its size`);
  assert.match(r.out, new RegExp(`safedraft-${version.replace(/\./g, '\\.')}\\.zip: [\\d,]+ B`), 'zip size printed');
  assert.match(r.out, /skipped assets\/\.DS_Store/);
});

test('the zip is reproducible: the same sources give the same bytes', (t) => {
  const dir = fixture(t);
  assert.equal(runPackage(dir).code, 0);
  const zipFile = path.join(dir, 'dist', `safedraft-${version}.zip`);
  const first = readFileSync(zipFile);
  assert.equal(runPackage(dir).code, 0);
  assert.ok(first.equals(readFileSync(zipFile)));
});

test('refuses when the WebAssembly core is not built, naming the file and the build command', (t) => {
  const dir = fixture(t, { wasm: false });
  const r = runPackage(dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /assets\/wasm\/safedraft\.js is missing: the WebAssembly core is not built/);
  assert.match(r.err, /assets\/wasm\/safedraft_bg\.wasm is missing/);
  assert.match(r.err, /bash scripts\/build-wasm\.sh/);
  assert.ok(!existsSync(path.join(dir, 'dist')), 'no zip is written');
});

test('refuses a .wasm file that is not a WebAssembly module', (t) => {
  const dir = fixture(t);
  writeFileSync(path.join(dir, 'assets/wasm/safedraft_bg.wasm'), 'version https://git-lfs.github.com/spec/v1\n');
  const r = runPackage(dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /assets\/wasm\/safedraft_bg\.wasm is not a WebAssembly module/);
});

test('refuses an invalid manifest, naming the field', (t) => {
  const dir = fixture(t);
  const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  m.frameworkVersion = '1.0';
  m.parameters.find((p) => p.name === 'llm_api_key').default = 'sk-test';
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
  const r = runPackage(dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /manifest\.json: "frameworkVersion" must be "2\.0"/);
  assert.match(r.err, /manifest\.json: parameters\[2\] "llm_api_key" is secure and must not have a default/);
});

test('refuses a file outside the allowed set, naming it', (t) => {
  const cases = [
    ['assets/extra.js', 'assets/extra.js is not in the package\'s allowed file set'],
    ['assets/wasm/safedraft.js.map', 'assets/wasm/safedraft.js.map is not in the package\'s allowed file set'],
    ['host-js/main.js.map', 'host-js/main.js.map is not allowed in the package'],
    ['host-js/README.md', 'host-js/README.md is not allowed in the package'],
    ['translations/notes.txt', 'translations/notes.txt is not allowed in the package'],
    ['assets/host-js/main.js', 'assets/host-js/ must not exist in the repository'],
  ];
  for (const [file, message] of cases) {
    const dir = fixture(t);
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x');
    const r = runPackage(dir);
    assert.equal(r.code, 1, `${file}: ${r.out}`);
    assert.ok(r.err.includes(message), `${file}: ${r.err}`);
  }
});

test('refuses a symbolic link in host-js/ (a Zendesk zip cannot carry links)', (t) => {
  const dir = fixture(t);
  writeFileSync(path.join(dir, 'elsewhere.js'), 'export {};\n');
  symlinkSync(path.join(dir, 'elsewhere.js'), path.join(dir, 'host-js/linked.js'));
  const r = runPackage(dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /host-js\/linked\.js is a symbolic link/);
});

test('rejects unknown arguments with usage', () => {
  const r = spawnSync(process.execPath, [SCRIPT, '--bogus'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: node scripts\/package\.mjs/);
});
