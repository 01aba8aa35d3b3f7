// The app's manifest.json and translations/ against Zendesk's rules for a framework 2.0 app
// (what `zcli apps:validate` would reject or warn about), offline. The rules are spelled out
// here on purpose, independently of scripts/package.mjs; the last tests check that the
// packager's own validator accepts this manifest and rejects broken copies of it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (rel) => readFileSync(path.join(ROOT, rel), 'utf8');
const manifest = JSON.parse(read('manifest.json'));
const params = manifest.parameters;
const byName = Object.fromEntries(params.map((p) => [p.name, p]));

// Zendesk's parameter types (zendesk_apps_support Manifest::Parameter::TYPES, less mtls, which
// needs Zendesk's opt-in) and the fields a parameter may carry.
const TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];
const FIELDS = ['name', 'type', 'required', 'secure', 'default', 'scopes'];
const SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'];
const LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;
const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'];

test('manifest has the required fields of a framework 2.0 app', () => {
  assert.equal(manifest.name, 'safedraft');
  assert.deepEqual(Object.keys(manifest.author).sort(), ['email', 'name', 'url']);
  for (const f of ['name', 'email', 'url']) assert.ok(typeof manifest.author[f] === 'string' && manifest.author[f].trim(), `author.${f}`);
  assert.match(manifest.author.email, /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
  assert.match(manifest.author.url, /^https:\/\/[^/]+/);
  assert.equal(manifest.frameworkVersion, '2.0');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.version, JSON.parse(read('package.json')).version, 'manifest and package.json versions agree');
  assert.equal(manifest.private, true);
  assert.equal(manifest.defaultLocale, 'en');
  assert.ok(Array.isArray(params) && params.length > 0, 'parameters');
});

test('manifest has no duplicate keys and no keys Zendesk does not read', async () => {
  const { parseJsonStrict, MANIFEST_KEYS } = await import('../../scripts/package.mjs');
  assert.doesNotThrow(() => parseJsonStrict(read('manifest.json'), 'manifest.json'));
  for (const key of Object.keys(manifest)) assert.ok(MANIFEST_KEYS.includes(key), `unknown top-level key ${key}`);
});

test('the ticket sidebar location points at a file under assets/', () => {
  assert.deepEqual(Object.keys(manifest.location), ['support']);
  const sidebar = manifest.location.support.ticket_sidebar;
  assert.ok(sidebar, 'location.support.ticket_sidebar');
  assert.equal(sidebar.url, 'assets/iframe.html');
  assert.equal(sidebar.flexible, true);
  for (const [name, opts] of Object.entries(manifest.location.support)) {
    assert.ok(opts.url.startsWith('assets/'), `${name}.url is under assets/`);
    assert.ok(existsSync(path.join(ROOT, opts.url)), `${opts.url} exists`);
  }
});

test('domainWhitelist lists bare hosts, with api.openai.com as the default example', () => {
  assert.ok(Array.isArray(manifest.domainWhitelist) && manifest.domainWhitelist.length > 0);
  assert.ok(manifest.domainWhitelist.includes('api.openai.com'));
  for (const host of manifest.domainWhitelist) {
    assert.match(host, /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i, `${host} is a bare host (no scheme, no path)`);
  }
});

test('parameters are the documented settings, with allowed types and fields', () => {
  assert.deepEqual(params.map((p) => [p.name, p.type]), [
    ['llm_endpoint', 'url'],
    ['llm_model', 'text'],
    ['llm_api_key', 'text'],
    ['policy', 'multiline'],
    ['policy_snippets', 'multiline'],
    ['internal_domains', 'text'],
    ['team_language', 'text'],
    ['kill_switch', 'checkbox'],
    ['audit_webhook_url', 'url'],
    ['audit_webhook_token', 'text'],
  ]);
  const names = new Set();
  for (const p of params) {
    assert.ok(TYPES.includes(p.type), `${p.name}: type ${p.type}`);
    for (const k of Object.keys(p)) assert.ok(FIELDS.includes(k), `${p.name}: field ${k} is not a documented parameter field`);
    assert.match(p.name, /^[a-z][a-z0-9_]*$/);
    assert.notEqual(p.name, 'name', 'a parameter cannot be called "name"');
    assert.ok(!names.has(p.name), `duplicate ${p.name}`);
    names.add(p.name);
    for (const f of ['required', 'secure']) if (f in p) assert.equal(typeof p[f], 'boolean', `${p.name}.${f}`);
    if (p.type === 'hidden') assert.notEqual(p.required, true, `${p.name}: hidden cannot be required`);
    if ('default' in p) assert.equal(typeof p.default, p.type === 'checkbox' ? 'boolean' : p.type === 'number' ? 'number' : 'string', `${p.name}.default`);
  }
  assert.equal(byName.kill_switch.default, false);
  assert.equal(byName.team_language.default, 'en');
  // Nothing is required: an empty install runs the offline drafter with the default policy.
  for (const p of params) assert.notEqual(p.required, true, `${p.name} should not be required`);
});

test('secure parameters are text, have no default, and are the only credential-like ones', () => {
  const secure = params.filter((p) => p.secure).map((p) => p.name);
  assert.deepEqual(secure, ['llm_api_key', 'audit_webhook_token']);
  for (const p of params.filter((q) => q.secure)) {
    assert.equal(p.type, 'text', `${p.name} is text`);
    assert.ok(!('default' in p), `${p.name} has no default (defaults are not stored securely)`);
    if ('scopes' in p) {
      assert.ok(Array.isArray(p.scopes) && p.scopes.length > 0, `${p.name}.scopes`);
      for (const s of p.scopes) assert.ok(SCOPES.includes(s), `${p.name}.scopes: ${s}`);
    }
  }
  // Zendesk warns about a text setting named like a credential that is not secure.
  for (const p of params) {
    if (/token|key|pwd|password/i.test(p.name) && p.type === 'text') assert.equal(p.secure, true, `${p.name} must be secure`);
    if (!p.secure) assert.ok(!('scopes' in p), `${p.name}: scopes only on secure parameters`);
  }
});

const translationFiles = readdirSync(path.join(ROOT, 'translations')).filter((f) => f.endsWith('.json')).sort();
const translations = Object.fromEntries(translationFiles.map((f) => [f.slice(0, -5), JSON.parse(read(`translations/${f}`))]));

/** Every leaf key path of a JSON object, e.g. app.parameters.policy.label. */
function leafPaths(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? leafPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

test('translations exist for the default locale and the seven reply languages', () => {
  assert.ok(translations[manifest.defaultLocale], `translations/${manifest.defaultLocale}.json`);
  assert.deepEqual(Object.keys(translations).sort(), [...LANGUAGES].sort());
  for (const f of readdirSync(path.join(ROOT, 'translations'))) {
    assert.match(f, /\.json$/, `translations/${f} is a .json file`);
    assert.match(f.slice(0, -5), LOCALE, `translations/${f} is named after a locale`);
  }
});

test('every translation file has the same keys, all non-empty strings', () => {
  const reference = leafPaths(translations.en).sort();
  for (const [locale, t] of Object.entries(translations)) {
    assert.deepEqual(leafPaths(t).sort(), reference, `translations/${locale}.json has the same keys as en.json`);
    for (const key of leafPaths(t)) {
      const value = key.split('.').reduce((o, k) => o[k], t);
      assert.ok(typeof value === 'string' && value.trim(), `translations/${locale}.json: ${key} is a non-empty string`);
    }
  }
});

test('every parameter has a label and helpText in every translation file, and no others', () => {
  for (const [locale, t] of Object.entries(translations)) {
    for (const k of ['name', 'short_description', 'long_description', 'installation_instructions']) {
      assert.ok(typeof t.app[k] === 'string' && t.app[k].trim(), `${locale}: app.${k}`);
    }
    assert.deepEqual(Object.keys(t.app.parameters).sort(), params.map((p) => p.name).sort(), `${locale}: parameters match the manifest`);
    for (const p of params) {
      const leaf = t.app.parameters[p.name];
      assert.deepEqual(Object.keys(leaf).sort(), ['helpText', 'label'], `${locale}: ${p.name}`);
      assert.ok(leaf.label.trim() && leaf.helpText.trim(), `${locale}: ${p.name} label and helpText`);
    }
  }
});

test('translations are translated, and say what the app promises', () => {
  const en = translations.en.app;
  assert.match(en.long_description, /never sends/i);
  assert.match(en.long_description, /redacted in the browser/i);
  assert.match(en.long_description, /secure setting/i);
  assert.match(en.installation_instructions, /domainWhitelist/);
  for (const [locale, t] of Object.entries(translations)) {
    assert.equal(t.app.name, 'safedraft');
    // Each language names the placeholders, the secure proxy and the whitelist the same way.
    assert.match(t.app.long_description, /\[EMAIL_1\]/, `${locale}: placeholders are shown`);
    assert.match(t.app.long_description, /proxy/i, `${locale}: the key goes through Zendesk's proxy`);
    assert.match(t.app.installation_instructions, /domainWhitelist/, `${locale}: names domainWhitelist`);
    assert.match(t.app.installation_instructions, /bash scripts\/package\.sh/, `${locale}: names the build command`);
    if (locale === 'en') continue;
    for (const k of ['short_description', 'long_description', 'installation_instructions']) {
      assert.notEqual(t.app[k], en[k], `${locale}: app.${k} is translated`);
    }
    const same = params.filter((p) => t.app.parameters[p.name].helpText === en.parameters[p.name].helpText);
    assert.deepEqual(same.map((p) => p.name), [], `${locale}: every helpText is translated`);
  }
});

test('the packager accepts this manifest and these translations', async () => {
  const { validateApp } = await import('../../scripts/package.mjs');
  assert.deepEqual(validateApp(ROOT), []);
});

test('the packager rejects a broken manifest, naming the field', async () => {
  const { mkdtempSync, writeFileSync, mkdirSync, cpSync, rmSync } = await import('node:fs');
  const os = await import('node:os');
  const { validateApp } = await import('../../scripts/package.mjs');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'safedraft-manifest-'));
  try {
    cpSync(path.join(ROOT, 'translations'), path.join(dir, 'translations'), { recursive: true });
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets/iframe.html'), '<!doctype html>');
    const clone = () => JSON.parse(JSON.stringify(manifest));
    const cases = [
      ['frameworkVersion 1.0', (m) => { m.frameworkVersion = '1.0'; }, /"frameworkVersion" must be "2.0"/],
      ['no author', (m) => { delete m.author; }, /"author" is required/],
      ['author url', (m) => { m.author.url = 'not a url'; }, /"author.url"/],
      ['unknown default locale', (m) => { m.defaultLocale = 'sv'; }, /translations\/sv\.json is missing/],
      ['no location', (m) => { delete m.location; }, /"location" is required/],
      ['location outside assets', (m) => { m.location.support.ticket_sidebar.url = 'iframe.html'; }, /must be a file under assets\//],
      ['location missing file', (m) => { m.location.support.ticket_sidebar.url = 'assets/nope.html'; }, /not in the package/],
      ['location http', (m) => { m.location.support.ticket_sidebar.url = 'http://example.com/x.html'; }, /must use https/],
      ['unknown location', (m) => { m.location.support.ticket_sidbar = { url: 'assets/iframe.html' }; }, /not a Zendesk Support location/],
      ['no whitelist', (m) => { delete m.domainWhitelist; }, /"domainWhitelist" must list/],
      ['whitelist URL', (m) => { m.domainWhitelist = ['https://api.openai.com/v1']; }, /bare host name/],
      ['bad type', (m) => { m.parameters[0].type = 'password'; }, /has type "password"/],
      ['secure with default', (m) => { m.parameters[2].default = 'sk-123'; }, /must not have a default/],
      ['secure not text', (m) => { m.parameters[2].type = 'multiline'; }, /must have type "text"/],
      ['credential not secure', (m) => { delete m.parameters[9].secure; delete m.parameters[9].scopes; }, /looks like a credential/],
      ['scopes on plain', (m) => { m.parameters[0].scopes = ['header']; }, /only allowed on a secure parameter/],
      ['bad scope', (m) => { m.parameters[2].scopes = ['cookie']; }, /unknown value\(s\) cookie/],
      ['undocumented field', (m) => { m.parameters[0].helpText = 'x'; }, /unknown field "helpText"/],
      ['duplicate parameter', (m) => { m.parameters.push({ name: 'policy', type: 'text' }); }, /duplicate parameter "policy"/],
      ['parameter named name', (m) => { m.parameters.push({ name: 'name', type: 'text' }); }, /cannot be called "name"/],
      ['hidden required', (m) => { m.parameters.push({ name: 'x', type: 'hidden', required: true }); }, /hidden and cannot be required/],
      ['typo at top level', (m) => { m.domainWhiteList = m.domainWhitelist; }, /unknown key "domainWhiteList"/],
      ['checkbox default', (m) => { m.parameters[7].default = 'false'; }, /default must be a boolean/],
      ['private not boolean', (m) => { m.private = 'yes'; }, /"private" must be true or false/],
    ];
    for (const [label, mutate, expected] of cases) {
      const m = clone();
      mutate(m);
      writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
      const errors = validateApp(dir);
      assert.ok(errors.some((e) => expected.test(e) && e.startsWith('manifest.json')), `${label}: expected ${expected} in ${JSON.stringify(errors)}`);
    }
    writeFileSync(path.join(dir, 'manifest.json'), '{"name": "a", "name": "b"}');
    assert.ok(validateApp(dir).some((e) => /duplicate key "name"/.test(e)), 'duplicate keys');
    writeFileSync(path.join(dir, 'manifest.json'), '{"name": ');
    assert.ok(validateApp(dir).some((e) => /manifest\.json is not valid JSON/.test(e)), 'JSON syntax');
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(path.join(dir, 'translations/de.json'), JSON.stringify({ app: { name: 'x', parameters: { policy: { helpText: 'no label' } } } }));
    assert.ok(validateApp(dir).some((e) => /translations\/de\.json: "app\.parameters\.policy\.label" is required/.test(e)), 'translation leaf without label');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
