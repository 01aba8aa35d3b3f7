#!/usr/bin/env node
// Builds the installable Zendesk app: dist/safedraft-<version>.zip, the file an admin uploads in
// Admin Center > Apps and integrations > Apps > Zendesk Support apps > Upload private app.
//
// The zip holds exactly the allowed set, nothing else:
//   manifest.json, translations/<locale>.json,
//   assets/iframe.html, assets/sidebar.css, assets/logo.png, assets/logo-small.png,
//   assets/wasm/safedraft.js, assets/wasm/safedraft_bg.wasm   (built by scripts/build-wasm.sh),
//   assets/host-js/<name>.js for every host-js/<name>.js       (copied as files: a Zendesk zip
//                                                               cannot carry symlinks)
// It refuses, naming the file and the fix, when the WebAssembly core is not built, when the
// manifest or a translation file breaks a rule Zendesk's validator enforces, or when assets/,
// translations/ or host-js/ hold a file outside that set (a file that would silently be left
// out, or shipped by accident). Dotfiles and the wasm-bindgen .d.ts files are skipped by rule.
//
// Usage: node scripts/package.mjs [--root DIR] [--out DIR]   (defaults: the repo, DIR/dist)
// The zip is reproducible: entries sorted, fixed timestamps, Unix mode 0644.

import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files that are always in the zip, by their path in the repository and in the zip. */
export const FIXED_FILES = [
  'manifest.json',
  'assets/iframe.html',
  'assets/sidebar.css',
  'assets/logo.png',
  'assets/logo-small.png',
  'assets/wasm/safedraft.js',
  'assets/wasm/safedraft_bg.wasm',
];
const WASM_FILES = ['assets/wasm/safedraft.js', 'assets/wasm/safedraft_bg.wasm'];
const BUILD_WASM = 'run `bash scripts/build-wasm.sh` (or `bash scripts/package.sh`, which builds it first)';

// --- Zendesk's rules (zendesk_apps_support validations, as zcli apps:validate applies them) ---

/** Top-level manifest keys Zendesk reads; anything else is a typo that would be ignored. */
export const MANIFEST_KEYS = [
  'name', 'author', 'defaultLocale', 'private', 'location', 'version', 'frameworkVersion',
  'parameters', 'domainWhitelist', 'singleInstall', 'signedUrls', 'requirementsOnly',
  'marketingOnly', 'experiments', 'oauth', 'termsConditionsURL', 'remoteInstallationURL', 'gaID',
  'noTemplate',
];
/** Parameter types (mtls needs Zendesk's opt-in and is not accepted by default). */
export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];
/** Parameter fields this app uses: the documented ones. */
export const PARAMETER_FIELDS = ['name', 'type', 'required', 'secure', 'default', 'scopes'];
/** Where a secure setting's {{setting.x}} placeholder may be substituted. */
export const SECURE_SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'];
/** Zendesk warns when a text setting with one of these in its name is not secure; here it is an error. */
export const SECRET_NAME = /token|key|pwd|password/i;
export const VALID_LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;
export const SUPPORT_LOCATIONS = [
  'ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar', 'organization_sidebar', 'top_bar',
  'nav_bar', 'background', 'modal', 'ticket_editor', 'system_top_bar',
];
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(:\d{1,5})?$/i;

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isHttpUrl = (s) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
};

/** JSON.parse that also rejects duplicate keys (Zendesk refuses a manifest with them). */
export function parseJsonStrict(text, file) {
  const value = JSON.parse(text); // syntax errors first, with the parser's own message
  const dupes = [];
  let i = 0;
  const ws = () => { while (/\s/.test(text[i])) i++; };
  const str = () => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const val = (where) => {
    ws();
    if (text[i] === '{') {
      i++;
      const seen = new Set();
      ws();
      while (text[i] !== '}') {
        ws();
        const key = str();
        if (seen.has(key)) dupes.push(`${where}${key}`);
        seen.add(key);
        ws(); i++; // ':'
        val(`${where}${key}.`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      let n = 0;
      ws();
      while (text[i] !== ']') {
        val(`${where.slice(0, -1)}[${n++}].`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (text[i] === '"') {
      str();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    }
  };
  val('');
  if (dupes.length) throw new Error(`${file}: duplicate key ${dupes.map((d) => `"${d}"`).join(', ')}`);
  return value;
}

function readJson(root, rel, errors) {
  const file = path.join(root, rel);
  if (!existsSync(file)) {
    errors.push(`${rel} is missing`);
    return undefined;
  }
  try {
    return parseJsonStrict(readFileSync(file, 'utf8'), rel);
  } catch (e) {
    errors.push(e.message.startsWith(rel) ? e.message : `${rel} is not valid JSON: ${e.message}`);
    return undefined;
  }
}

/**
 * Checks manifest.json and translations/*.json under `root` against the rules Zendesk's
 * validator applies (plus this app's stricter ones). Returns a list of messages, each naming
 * the file and the field; empty when the app is valid. `zipPaths`, when given, is the set of
 * paths the zip will hold (a location URL must point at one of them).
 */
export function validateApp(root, zipPaths) {
  const errors = [];
  const M = 'manifest.json';
  const manifest = readJson(root, M, errors);
  if (manifest === undefined) return errors;
  if (!isObject(manifest)) return [`${M} must be a JSON object`];

  for (const key of Object.keys(manifest)) {
    if (!MANIFEST_KEYS.includes(key)) errors.push(`${M}: unknown key "${key}" (Zendesk ignores it; a typo?)`);
  }
  if (typeof manifest.name !== 'string' || !manifest.name.trim()) errors.push(`${M}: "name" must be a non-empty string`);
  const { author } = manifest;
  if (!isObject(author)) errors.push(`${M}: "author" is required: {"name", "email", "url"}`);
  else {
    for (const f of ['name', 'email', 'url']) {
      if (typeof author[f] !== 'string' || !author[f].trim()) errors.push(`${M}: "author.${f}" must be a non-empty string`);
    }
    if (typeof author.email === 'string' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(author.email)) errors.push(`${M}: "author.email" is not an e-mail address`);
    if (typeof author.url === 'string' && !isHttpUrl(author.url)) errors.push(`${M}: "author.url" must be an http(s) URL, got "${author.url}"`);
  }
  if (typeof manifest.version !== 'string' || !/^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(manifest.version)) {
    errors.push(`${M}: "version" must be a string such as "0.1.0" (it names the zip)`);
  }
  if (manifest.frameworkVersion !== '2.0') errors.push(`${M}: "frameworkVersion" must be "2.0", got ${JSON.stringify(manifest.frameworkVersion)}`);
  for (const f of ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly']) {
    if (f in manifest && typeof manifest[f] !== 'boolean') errors.push(`${M}: "${f}" must be true or false`);
  }

  // defaultLocale and translations
  const locale = manifest.defaultLocale;
  if (typeof locale !== 'string' || !VALID_LOCALE.test(locale)) {
    errors.push(`${M}: "defaultLocale" must be a locale such as "en", got ${JSON.stringify(locale)}`);
  } else if (!existsSync(path.join(root, 'translations', `${locale}.json`))) {
    errors.push(`${M}: "defaultLocale" is "${locale}" but translations/${locale}.json is missing`);
  }

  // location
  const loc = manifest.location;
  if (!isObject(loc) || Object.keys(loc).length === 0) errors.push(`${M}: "location" is required, e.g. {"support": {"ticket_sidebar": {"url": "assets/iframe.html"}}}`);
  else {
    for (const [product, places] of Object.entries(loc)) {
      if (product !== 'support') { errors.push(`${M}: location "${product}" is not a product this app supports (only "support")`); continue; }
      if (!isObject(places) || Object.keys(places).length === 0) { errors.push(`${M}: location.support must name at least one location`); continue; }
      for (const [name, opts] of Object.entries(places)) {
        const where = `location.support.${name}`;
        if (!SUPPORT_LOCATIONS.includes(name)) errors.push(`${M}: "${where}" is not a Zendesk Support location`);
        if (!isObject(opts) || typeof opts.url !== 'string' || !opts.url) { errors.push(`${M}: "${where}.url" is required (framework 2.0 apps are iframes)`); continue; }
        if ('flexible' in opts && typeof opts.flexible !== 'boolean') errors.push(`${M}: "${where}.flexible" must be true or false`);
        if (/^[a-z][a-z0-9+.-]*:/i.test(opts.url)) {
          if (!opts.url.startsWith('https://')) errors.push(`${M}: "${where}.url" must use https, got "${opts.url}"`);
        } else if (!opts.url.startsWith('assets/')) {
          errors.push(`${M}: "${where}.url" must be a file under assets/, got "${opts.url}"`);
        } else if (zipPaths ? !zipPaths.has(opts.url) : !existsSync(path.join(root, opts.url))) {
          errors.push(`${M}: "${where}.url" points at ${opts.url}, which is not in the package`);
        }
      }
    }
  }

  // domainWhitelist
  const wl = manifest.domainWhitelist;
  if (!Array.isArray(wl) || wl.length === 0) {
    errors.push(`${M}: "domainWhitelist" must list the host of the LLM endpoint (and of the audit webhook), e.g. ["api.openai.com"]`);
  } else {
    for (const host of wl) {
      if (typeof host !== 'string' || !HOST.test(host)) errors.push(`${M}: domainWhitelist entry ${JSON.stringify(host)} must be a bare host name such as "api.openai.com" (no scheme, no path)`);
    }
  }

  // parameters
  const params = manifest.parameters ?? [];
  if (!Array.isArray(params)) errors.push(`${M}: "parameters" must be an array`);
  const names = [];
  for (const [i, p] of (Array.isArray(params) ? params : []).entries()) {
    const where = `parameters[${i}]${isObject(p) && typeof p.name === 'string' ? ` "${p.name}"` : ''}`;
    if (!isObject(p)) { errors.push(`${M}: ${where} must be an object`); continue; }
    for (const key of Object.keys(p)) {
      if (!PARAMETER_FIELDS.includes(key)) errors.push(`${M}: ${where} has unknown field "${key}" (allowed: ${PARAMETER_FIELDS.join(', ')})`);
    }
    if (typeof p.name !== 'string' || !/^[a-z][a-z0-9_]*$/.test(p.name)) errors.push(`${M}: ${where} needs a "name" of lower-case letters, digits and _`);
    else if (p.name === 'name') errors.push(`${M}: a parameter cannot be called "name"`);
    else if (names.includes(p.name)) errors.push(`${M}: duplicate parameter "${p.name}"`);
    names.push(p.name);
    if (!PARAMETER_TYPES.includes(p.type)) errors.push(`${M}: ${where} has type ${JSON.stringify(p.type)}; allowed: ${PARAMETER_TYPES.join(', ')}`);
    for (const f of ['required', 'secure']) {
      if (f in p && typeof p[f] !== 'boolean') errors.push(`${M}: ${where}.${f} must be true or false`);
    }
    if (p.type === 'hidden' && p.required) errors.push(`${M}: ${where} is hidden and cannot be required`);
    if (p.type === 'oauth' && p.secure) errors.push(`${M}: ${where} is an oauth parameter and cannot be secure`);
    if (p.secure) {
      if (p.type !== 'text') errors.push(`${M}: ${where} is secure and must have type "text"`);
      if ('default' in p) errors.push(`${M}: ${where} is secure and must not have a default (defaults are not stored securely)`);
    } else if (typeof p.name === 'string' && SECRET_NAME.test(p.name) && (p.type === 'text' || p.type === undefined)) {
      errors.push(`${M}: ${where} looks like a credential; set "secure": true so the iframe never sees it`);
    }
    if ('scopes' in p) {
      if (!p.secure) errors.push(`${M}: ${where}.scopes is only allowed on a secure parameter`);
      if (!Array.isArray(p.scopes) || p.scopes.length === 0) errors.push(`${M}: ${where}.scopes must be a non-empty array`);
      else {
        const bad = p.scopes.filter((s) => !SECURE_SCOPES.includes(s));
        if (bad.length) errors.push(`${M}: ${where}.scopes has unknown value(s) ${bad.join(', ')}; allowed: ${SECURE_SCOPES.join(', ')}`);
      }
    }
    if ('default' in p) {
      const want = p.type === 'checkbox' ? 'boolean' : p.type === 'number' ? 'number' : 'string';
      if (typeof p.default !== want) errors.push(`${M}: ${where}.default must be a ${want} for type ${p.type}`);
    }
  }

  // translations/*.json: valid JSON objects with valid locale names; the default one names the
  // app; every parameter leaf has a label (Zendesk's rules).
  const tdir = path.join(root, 'translations');
  const tfiles = existsSync(tdir) ? readdirSync(tdir).filter((f) => f.endsWith('.json')) : [];
  for (const f of tfiles) {
    const rel = `translations/${f}`;
    if (!VALID_LOCALE.test(f.slice(0, -5))) errors.push(`${rel}: "${f.slice(0, -5)}" is not a valid locale name`);
    const t = readJson(root, rel, errors);
    if (t === undefined) continue;
    if (!isObject(t) || !isObject(t.app)) { errors.push(`${rel} must be an object with an "app" object`); continue; }
    if (f === `${locale}.json` && (typeof t.app.name !== 'string' || !t.app.name.trim())) errors.push(`${rel}: "app.name" is required`);
    const tp = t.app.parameters ?? {};
    for (const [name, leaf] of Object.entries(isObject(tp) ? tp : {})) {
      if (!isObject(leaf) || typeof leaf.label !== 'string') errors.push(`${rel}: "app.parameters.${name}.label" is required`);
    }
  }
  return errors;
}

// --- the file set ---

/**
 * Works out what goes into the zip. Returns {entries: [{zip, src}], errors, notes}; `errors`
 * name each file that is missing or not allowed, with the fix.
 */
export function planPackage(root = REPO) {
  const errors = [];
  const notes = [];
  const entries = [];
  const add = (zip, src) => entries.push({ zip, src: path.join(root, src) });

  for (const rel of FIXED_FILES) {
    const file = path.join(root, rel);
    if (WASM_FILES.includes(rel)) {
      if (!existsSync(file)) { errors.push(`${rel} is missing: the WebAssembly core is not built; ${BUILD_WASM}`); continue; }
      if (rel.endsWith('.wasm')) {
        const head = readFileSync(file).subarray(0, 4);
        if (!head.equals(Buffer.from([0, 0x61, 0x73, 0x6d]))) { errors.push(`${rel} is not a WebAssembly module; ${BUILD_WASM}`); continue; }
      }
    } else if (!existsSync(file)) {
      errors.push(`${rel} is missing${rel.includes('logo') ? ' (run `node scripts/make-logos.mjs`)' : ''}`);
      continue;
    }
    if (lstatSync(file).isSymbolicLink()) { errors.push(`${rel} is a symbolic link; a Zendesk zip cannot carry links: replace it with the file`); continue; }
    add(rel, rel);
  }

  // translations/<locale>.json
  const tdir = path.join(root, 'translations');
  if (!existsSync(tdir)) errors.push('translations/ is missing (Zendesk needs at least translations/en.json)');
  else {
    for (const f of readdirSync(tdir).sort()) {
      const rel = `translations/${f}`;
      if (f.startsWith('.')) { notes.push(`skipped ${rel} (dotfiles are never packaged)`); continue; }
      const st = lstatSync(path.join(tdir, f));
      if (!st.isFile() || !f.endsWith('.json')) { errors.push(`${rel} is not allowed in the package: translations/ may hold only <locale>.json files; move or delete it`); continue; }
      add(rel, rel);
    }
  }

  // host-js/<name>.js → assets/host-js/<name>.js
  const hdir = path.join(root, 'host-js');
  if (!existsSync(hdir)) errors.push('host-js/ is missing (the sidebar host: host-js/main.js and its imports)');
  else {
    for (const f of readdirSync(hdir).sort()) {
      const rel = `host-js/${f}`;
      if (f.startsWith('.')) { notes.push(`skipped ${rel} (dotfiles are never packaged)`); continue; }
      const st = lstatSync(path.join(hdir, f));
      if (st.isSymbolicLink()) { errors.push(`${rel} is a symbolic link; a Zendesk zip cannot carry links: replace it with the file`); continue; }
      if (!st.isFile() || !/^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.js$/.test(f)) {
        errors.push(`${rel} is not allowed in the package: host-js/ may hold only .js files (no folders, source maps or other files); move it out of host-js/`);
        continue;
      }
      add(`assets/host-js/${f}`, rel);
    }
  }

  // Anything else under assets/ would either be left out silently (and break the sidebar) or
  // shipped by accident: refuse it, except the build's TypeScript declarations and dotfiles.
  const allowed = new Set(FIXED_FILES);
  const walk = (rel) => {
    const dir = path.join(root, rel);
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) {
      const sub = `${rel}/${f}`;
      const st = lstatSync(path.join(root, sub));
      if (f.startsWith('.')) { notes.push(`skipped ${sub} (dotfiles are never packaged)`); continue; }
      if (sub === 'assets/host-js') {
        errors.push('assets/host-js/ must not exist in the repository: the package step makes it from host-js/; delete assets/host-js/ and edit host-js/ instead');
        continue;
      }
      if (st.isDirectory() && !st.isSymbolicLink()) { walk(sub); continue; }
      if (sub.startsWith('assets/wasm/') && sub.endsWith('.d.ts')) continue; // TypeScript types, not shipped
      if (!allowed.has(sub)) {
        errors.push(`${sub} is not in the package's allowed file set; delete it, or if the sidebar needs it add it to FIXED_FILES in scripts/package.mjs (and to the test in tests/package/)`);
      }
    }
  };
  walk('assets');

  entries.sort((a, b) => (a.zip < b.zip ? -1 : a.zip > b.zip ? 1 : 0));
  return { entries, errors, notes };
}

// --- the zip ---

function fmt(n) {
  return n.toLocaleString('en-US');
}

async function loadFflate() {
  try {
    return await import('fflate');
  } catch {
    throw new Error('the npm package fflate is not installed (a devDependency): run `npm install`');
  }
}

/** Builds the zip; returns {zipFile, entries: [{zip, bytes}], zipBytes}. Throws with the reasons. */
export async function buildPackage({ root = REPO, outDir = path.join(root, 'dist'), log = console.log } = {}) {
  const plan = planPackage(root);
  const zipPaths = new Set(plan.entries.map((e) => e.zip));
  const errors = [...plan.errors, ...validateApp(root, zipPaths)];
  if (errors.length) {
    const err = new Error(`cannot package the app:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    err.problems = errors;
    throw err;
  }
  const { zipSync } = await loadFflate();
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const mtime = new Date(2000, 0, 1); // local-time fields, so the DOS timestamp is the same in any time zone
  const files = {};
  const listed = [];
  for (const e of plan.entries) {
    const data = readFileSync(e.src);
    files[e.zip] = [new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { level: 9, mtime, os: 3, attrs: 0o100644 << 16 }];
    listed.push({ zip: e.zip, bytes: data.length });
  }
  const zip = zipSync(files);
  mkdirSync(outDir, { recursive: true });
  const zipFile = path.join(outDir, `safedraft-${manifest.version}.zip`);
  const tmp = `${zipFile}.${process.pid}.tmp`;
  writeFileSync(tmp, zip);
  renameSync(tmp, zipFile);

  for (const n of plan.notes) log(`note: ${n}`);
  const width = Math.max(...listed.map((l) => l.zip.length));
  for (const l of listed) log(`  ${l.zip.padEnd(width)}  ${fmt(l.bytes).padStart(9)} B`);
  const total = listed.reduce((s, l) => s + l.bytes, 0);
  log(`${listed.length} files, ${fmt(total)} B → ${path.relative(process.cwd(), zipFile) || zipFile}: ${fmt(zip.length)} B`);
  return { zipFile, entries: listed, zipBytes: zip.length };
}

async function main(argv) {
  let root = REPO;
  let outDir;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root' && argv[i + 1]) root = path.resolve(argv[++i]);
    else if (argv[i] === '--out' && argv[i + 1]) outDir = path.resolve(argv[++i]);
    else {
      console.error(`usage: node scripts/package.mjs [--root DIR] [--out DIR]   (unknown argument: ${argv[i]})`);
      return 2;
    }
  }
  try {
    await buildPackage({ root, outDir: outDir ?? path.join(root, 'dist') });
    return 0;
  } catch (e) {
    console.error(`package: ${e.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
