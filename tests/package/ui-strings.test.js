// The sidebar's UI strings: every language has every English key, no extra keys, and the same
// {placeholders}, so a translation can never show a raw key or drop a number.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../host-js/strings.js';

const LANGS = ['es', 'fr', 'de', 'pt', 'it', 'nl'];
const placeholders = (s) => (s.match(/\{\w+\}/g) || []).sort().join(',');

for (const lang of LANGS) {
  test(`UI strings: ${lang} translates every key with the same placeholders`, async () => {
    const table = (await import(`../../host-js/strings-${lang}.js`)).default;
    assert.deepEqual(Object.keys(en).filter((k) => !(k in table)), [], 'missing keys');
    assert.deepEqual(Object.keys(table).filter((k) => !(k in en)), [], 'keys English does not have');
    for (const [key, text] of Object.entries(table)) {
      assert.equal(typeof text, 'string', key);
      assert.ok(text.trim() !== '', `${key} is empty`);
      assert.equal(placeholders(text), placeholders(en[key]), `${key}: placeholders differ`);
    }
  });
}
