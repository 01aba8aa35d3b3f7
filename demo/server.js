// The local demo helpdesk: a stand-in for Zendesk on 127.0.0.1, node:http only.
//
// Two origins, as in Zendesk: the helpdesk (ticket list, ticket view, reply editor, Send) on
// $PORT (default 8787; 0 picks a free port), and the app's assets on a second port ($APP_PORT,
// default: a free one), like Zendesk's separate app-hosting domain. The sidebar iframe is
// therefore cross-origin: it cannot touch the helpdesk page and can only speak postMessage (ZAF).
//
//   node demo/server.js      → prints "safedraft demo helpdesk: http://127.0.0.1:8787/"

import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { loadStore } from './store.js';
import { listPage, ticketPage, notFoundPage } from './pages.js';
import { buildZafSdk, ZAF_CDN_URL, ZAF_LOCAL_PATH } from './zaf-sdk.js';
import { createIntegrations } from './integrations.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.ts': 'text/plain; charset=utf-8',
};

function send(res, status, body, type = 'text/plain; charset=utf-8', headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(body);
}
const json = (res, status, value) => send(res, status, JSON.stringify(value), 'application/json');

/** Serves a file from `dir`, refusing anything that resolves outside it. */
async function serveFile(res, dir, rel, transform) {
  const file = path.resolve(dir, `.${path.posix.normalize(`/${rel}`)}`);
  if (!file.startsWith(dir + path.sep)) return send(res, 403, 'forbidden');
  let body;
  try {
    body = await readFile(file);
  } catch {
    return send(res, 404, `not found: ${rel}`);
  }
  if (transform) body = transform(body.toString('utf8'));
  send(res, 200, body, TYPES[path.extname(file)] || 'application/octet-stream');
}

async function readBody(req, limit) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req, limit = 64 * 1024) {
  const text = await readBody(req, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error('body must be JSON'), { status: 400 });
  }
}

export async function startDemo({ port = 8787, appPort = 0, ticketsFile = path.join(ROOT, 'demo/tickets.json') } = {}) {
  const store = loadStore(ticketsFile);
  const sdk = buildZafSdk();
  const origins = {};
  const zendesk = createIntegrations({ kbFile: path.join(ROOT, 'demo/kb.json'), manifestFile: path.join(ROOT, 'manifest.json'), origins });
  // Only the helpdesk's own pages may use its agent-session endpoints (proxy, settings); a
  // request from the app's origin or another site carries a different Origin header.
  const fromHelpdeskPage = (req) => req.headers.origin === origins.helpdesk;

  // --- the app's assets (what Zendesk would host from the app zip) ---
  const appServer = http.createServer(async (req, res) => {
    const url = new URL(req.url, origins.app);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    const p = decodeURIComponent(url.pathname);
    if (p === ZAF_LOCAL_PATH) return send(res, 200, sdk, TYPES['.js']);
    if (p === '/assets/iframe.html') {
      // The one rewrite: the SDK from zdassets (unreachable offline) → the npm copy, same origin.
      return serveFile(res, path.join(ROOT, 'assets'), 'iframe.html', (html) => html.replace(ZAF_CDN_URL, ZAF_LOCAL_PATH));
    }
    // host-js/ is mounted at assets/host-js/, exactly where the package step will copy it.
    if (p.startsWith('/assets/host-js/')) return serveFile(res, path.join(ROOT, 'host-js'), p.slice('/assets/host-js/'.length));
    if (p.startsWith('/assets/')) return serveFile(res, path.join(ROOT, 'assets'), p.slice('/assets/'.length));
    send(res, 404, 'not found');
  });

  // --- the helpdesk ---
  const helpdesk = http.createServer(async (req, res) => {
    try {
      await route(req, res);
    } catch (e) {
      if (!res.headersSent) json(res, e.status || 500, { error: e.message });
    }
  });

  async function route(req, res) {
    const url = new URL(req.url, origins.helpdesk);
    const p = url.pathname;
    const page = (status, html) => send(res, status, html, TYPES['.html'], {
      'Content-Security-Policy': `default-src 'self'; frame-src ${origins.app}; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'`,
    });
    let m;
    if (req.method === 'POST' && (m = /^\/demo\/api\/tickets\/(\d+)\/comments$/.exec(p))) {
      // The human's Send button. Only the helpdesk page may call it: a request from the app's
      // origin (or anywhere else) carries a different Origin header and is refused.
      if (req.headers.origin !== origins.helpdesk) return json(res, 403, { error: 'only the helpdesk page can send replies' });
      if (!/^application\/json\b/.test(req.headers['content-type'] || '')) return json(res, 415, { error: 'content-type must be application/json' });
      const t = store.find(m[1]);
      if (!t) return json(res, 404, { error: 'no such ticket' });
      const body = await readJson(req);
      if (typeof body.body !== 'string' || body.body.trim() === '') return json(res, 400, { error: 'body: the reply is empty' });
      store.addComment(t, { body: body.body, isPublic: body.type !== 'internalNote' });
      console.log(`[helpdesk] ticket #${t.id}: agent ${body.type === 'internalNote' ? 'added an internal note' : 'sent a public reply'}`);
      return json(res, 201, { ticket: store.view(t), zaf: store.zaf(t) });
    }
    if (req.method === 'POST' && p === '/demo/api/proxy') {
      if (!fromHelpdeskPage(req)) return json(res, 403, { error: 'only the helpdesk page can use the request proxy' });
      const r = await zendesk.proxy(await readJson(req, 2 * 1024 * 1024));
      console.log(`[proxy] ${r.status}`);
      return json(res, 200, r);
    }
    if (req.method === 'POST' && p === '/demo/audit') {
      // The admin's audit webhook (here: the demo's receiver), called through the proxy.
      const r = zendesk.receiveAudit(req.headers.authorization, await readJson(req, 4 * 1024 * 1024));
      return json(res, r.status, r.body);
    }
    if (req.method === 'POST' && p === '/demo/api/audit/state') {
      // Tests and the settings page switch the receiver off and on. No Origin = a local script.
      if (req.headers.origin && !fromHelpdeskPage(req)) return json(res, 403, { error: 'forbidden' });
      zendesk.audit.up = (await readJson(req)).up !== false;
      return json(res, 200, { up: zendesk.audit.up });
    }
    if (req.method === 'POST' && (p === '/settings' || p === '/settings/audit' || p === '/demo/api/settings')) {
      if (req.headers.origin && !fromHelpdeskPage(req)) return json(res, 403, { error: 'settings can only be changed from the helpdesk' });
      if (p === '/demo/api/settings') {
        zendesk.update(await readJson(req));
        return json(res, 200, zendesk.publicSettings());
      }
      const form = Object.fromEntries(new URLSearchParams(await readBody(req, 256 * 1024)));
      if (p === '/settings/audit') zendesk.audit.up = form.up === 'true';
      else zendesk.update(form);
      res.writeHead(303, { Location: p === '/settings' ? '/settings?saved=1' : '/settings' });
      return res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' });
    if (p === '/settings') return page(200, zendesk.settingsPage(url.searchParams.has('saved')));
    if (p === '/demo/api/settings') return json(res, 200, zendesk.publicSettings());
    if (p === '/demo/api/audit') {
      return send(res, 200, zendesk.audit.events.map((e) => JSON.stringify(e)).join('\n') + (zendesk.audit.events.length ? '\n' : ''), 'application/x-ndjson');
    }
    if (p === '/api/v2/help_center/articles/search.json') return json(res, 200, zendesk.searchArticles(url.searchParams.get('query') || ''));
    if ((m = /^\/hc\/articles\/(\d+)$/.exec(p))) {
      const html = zendesk.articlePage(m[1]);
      return html ? page(200, html) : page(404, notFoundPage(store));
    }

    if (p === '/') return page(200, listPage(store));
    if ((m = /^\/tickets\/(\d+)$/.exec(p))) {
      const t = store.find(m[1]);
      if (!t) return page(404, notFoundPage(store));
      // A fresh app_guid per page, as Zendesk gives each app instance its own.
      return page(200, ticketPage(store, t, { appOrigin: origins.app, appGuid: randomUUID() }));
    }
    if (p.startsWith('/demo/static/')) return serveFile(res, path.join(ROOT, 'demo/public'), p.slice('/demo/static/'.length));
    if ((m = /^\/demo\/api\/tickets\/(\d+)$/.exec(p))) {
      const t = store.find(m[1]);
      return t ? json(res, 200, { ticket: store.view(t), zaf: store.zaf(t), agent: store.zafUser(store.agent), account: store.account })
        : json(res, 404, { error: 'no such ticket' });
    }
    // Read-only slice of Zendesk's REST API, relayed to the app by client.request().
    if ((m = /^\/api\/v2\/tickets\/(\d+)(\/comments)?\.json$/.exec(p))) {
      const t = store.find(m[1]);
      if (!t) return json(res, 404, { error: 'RecordNotFound' });
      return json(res, 200, m[2] ? store.rest.comments(t) : store.rest.ticket(t));
    }
    if ((m = /^\/api\/v2\/users\/(\d+)\.json$/.exec(p))) {
      const u = store.rest.user(m[1]);
      return u ? json(res, 200, u) : json(res, 404, { error: 'RecordNotFound' });
    }
    page(404, notFoundPage(store));
  }

  const listen = (server, p) => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, HOST, () => resolve(server.address().port));
  });
  const actualAppPort = await listen(appServer, appPort);
  origins.app = `http://${HOST}:${actualAppPort}`;
  const actualPort = await listen(helpdesk, port);
  origins.helpdesk = `http://${HOST}:${actualPort}`;

  return {
    url: `${origins.helpdesk}/`,
    appOrigin: origins.app,
    close: () => Promise.all([helpdesk, appServer].map((s) => new Promise((r) => {
      s.closeAllConnections();
      s.close(r);
    }))),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8787);
  const appPort = Number(process.env.APP_PORT ?? 0);
  if (!existsSync(path.join(ROOT, 'assets/wasm/safedraft_bg.wasm'))) {
    console.warn('warning: assets/wasm/ is not built; the sidebar will show an error. Run: bash scripts/build-wasm.sh');
  }
  const demo = await startDemo({ port, appPort }).catch((e) => {
    console.error(`could not start the demo: ${e.message}${e.code === 'EADDRINUSE' ? ' (set PORT to another port, or PORT=0 for any free one)' : ''}`);
    process.exit(1);
  });
  console.log(`safedraft demo helpdesk: ${demo.url}`);
  console.log(`app assets (separate origin, like Zendesk's app hosting): ${demo.appOrigin}/assets/iframe.html`);
  const stop = () => demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
