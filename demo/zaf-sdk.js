// Serves the real ZAF SDK from node_modules to the sidebar. In Zendesk the SDK comes from
// https://static.zdassets.com (the helpdesk's own host); the demo runs offline, so it serves the
// npm package instead and rewrites that one script URL in iframe.html.
//
// zendesk_app_framework_sdk@2.0.11 on npm ships only its CommonJS sources (lib/), not the built
// zaf_sdk.min.js (Zendesk builds that with gluejs). So we do what gluejs does: wrap the unmodified
// lib/ files in a tiny CommonJS loader and expose `window.ZAFClient`. No line of the SDK changes.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ZAF_CDN_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
export const ZAF_LOCAL_PATH = '/zaf/zaf_sdk.js';

const MODULES = ['./index', './client', './utils', './vendor/native-promise-only'];

export function buildZafSdk() {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('zendesk_app_framework_sdk/package.json');
  const lib = path.join(path.dirname(pkgFile), 'lib');
  const { version } = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const defs = MODULES.map((name) => {
    const source = readFileSync(path.join(lib, `${name}.js`), 'utf8');
    return `${JSON.stringify(name)}: function (module, exports, require) {\n${source}\n}`;
  });
  return `/* zendesk_app_framework_sdk ${version} (npm), lib/ wrapped by demo/zaf-sdk.js */
(function () {
  var defs = {\n${defs.join(',\n')}\n};
  var cache = {};
  function req(name) {
    var key = name.replace(/\\.js$/, '');
    if (cache[key]) return cache[key].exports;
    if (!defs[key]) throw new Error('zaf sdk bundle: unknown module ' + name);
    var module = cache[key] = { exports: {} };
    defs[key].call(window, module, module.exports, req);
    return module.exports;
  }
  window.ZAFClient = req('./index');
})();
`;
}
