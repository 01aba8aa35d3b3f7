// Entry point of the ticket sidebar: connects to Zendesk through the ZAF SDK (loaded by
// iframe.html as a classic script, so it is `window.ZAFClient`), reads the ticket, asks the core,
// renders. Re-runs when the conversation changes. Only wiring lives here.

import { createZafAdapter } from './zaf-adapter.js';
import { loadCore } from './core.js';
import { renderLoading, renderError, renderTriage } from './sidebar.js';
import { t } from './strings.js';

const root = document.getElementById('app');

function start() {
  if (!window.ZAFClient) return renderError(root, t('error.no_zaf'));
  // init() returns false when the page was not opened by a helpdesk (no origin/app_guid).
  const client = window.ZAFClient.init();
  if (!client) return renderError(root, t('error.outside_zendesk'));

  const zd = createZafAdapter(client);
  let corePromise = null;
  let running = null;

  const getCore = async () => {
    const settings = await zd.settings();
    let policy;
    if (typeof settings.policy === 'string' && settings.policy.trim() !== '') {
      try {
        policy = JSON.parse(settings.policy);
      } catch (e) {
        return { ok: false, stage: 'settings', message: `${t('error.policy_json')} ${e.message}` };
      }
    }
    return loadCore(policy);
  };

  const run = async () => {
    renderLoading(root);
    try {
      corePromise ??= getCore();
      const loaded = await corePromise;
      if (!loaded.ok) {
        corePromise = null;
        const prefix = loaded.stage === 'load' ? `${t('error.core_load')} ` : '';
        return renderError(root, prefix + loaded.message, rerun);
      }
      const ticket = await zd.readTicket();
      const triage = loaded.core.triage(ticket);
      if (!triage.ok) return renderError(root, triage.message, rerun);
      renderTriage(root, triage.result, ticket, loaded.core.version);
    } catch (e) {
      renderError(root, e && e.message ? e.message : String(e), rerun);
    }
  };
  // Serialize runs: a change event during a run waits for it instead of racing it.
  const rerun = () => (running = (running || Promise.resolve()).then(run));

  // Tell Zendesk how tall the sidebar is whenever the content changes (e.g. signals expanded).
  new ResizeObserver(() => {
    zd.resize(document.documentElement.scrollHeight).catch(() => {});
  }).observe(document.body);

  client.on('app.registered', rerun);
  zd.onTicketChanged(rerun);
}

start();
