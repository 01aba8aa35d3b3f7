// The audit outbox: a durable queue between the core's audit events and the audit webhook.
// Once add() has resolved, an event stays stored until a deliver() carrying it has resolved: a
// reload, a failing or slow webhook, or a second tab cannot lose it. Delivery is at-least-once
// (an ack lost to a reload means the batch is sent again), so the webhook should de-duplicate
// on (request_id, seq). Host code: I/O and queueing only, no decisions about what is audited.
//
// createOutbox({ deliver, storageKey = 'safedraft.audit-outbox', maxBatch = 50,
//                retryBaseMs = 1000, retryMaxMs = 60000, storage })
//   deliver(batch: Event[]) => Promise<void>  resolves = acknowledged (the batch is removed);
//     rejects = kept and retried. Give it a timeout: one that never settles stalls the outbox.
//   Event: {request_id: string, seq: integer >= 0, at, type, data, prev, hash}, stored as given.
//   storage (optional): {durable, add(events), peek(limit), remove(keys), count()}, all async;
//     add keeps the first copy of a key, peek returns the first `limit` events in send order,
//     remove takes [{request_id, seq}].
//     Default: IndexedDB database "safedraft", object store `storageKey`, keyed by
//     [request_id, seq]; else localStorage, one item per event under `${storageKey}/`; else
//     memory, and status().durable is false.
// returns {
//   add(events: Event | Event[]): Promise<void>  validates every event (the Error names the bad
//     field), then stores all or none and resolves once stored. A duplicate is stored once.
//   flush(): Promise<{delivered, pending, error?}>  never rejects. Sends oldest first (by
//     request_id, then seq, so each chain keeps its order) in batches of maxBatch; stops at the
//     first failure and retries after min(retryMaxMs, retryBaseMs * 2^(failures-1)), jittered
//     to 50-100 % of that. Concurrent calls share one flush; a Web Lock keeps two tabs from
//     sending the same batch at once.
//   status(): Promise<{pending, durable, lastError?, nextRetryAt?}>
//   onChange(fn): unsubscribe   fn(status) after each add and flush, e.g. for a badge
//   close(): void               cancels the retry timer; no automatic retries afterwards
// }

const DB_NAME = 'safedraft';

// IndexedDB's own order for [request_id, seq] keys: strings by code unit, numbers numerically.
const sendOrder = (a, b) => (a.request_id < b.request_id ? -1 : a.request_id > b.request_id ? 1 : a.seq - b.seq);
const messageOf = (e) => (e && e.message ? e.message : String(e));

function validate(events) {
  const list = Array.isArray(events) ? events : [events];
  list.forEach((e, i) => {
    if (!e || typeof e !== 'object') throw new Error(`audit event ${i}: event must be an object`);
    if (typeof e.request_id !== 'string' || e.request_id === '') throw new Error(`audit event ${i}: request_id must be a non-empty string`);
    if (!Number.isSafeInteger(e.seq) || e.seq < 0) throw new Error(`audit event ${i}: seq must be a non-negative integer`);
  });
  return list;
}

// Opens whatever version exists (a newer schema from elsewhere must not make us fail) and
// bumps the version only to add our store when it is missing.
function openDb(store, version) {
  return new Promise((resolve, reject) => {
    const req = globalThis.indexedDB.open(DB_NAME, version); // throws where IndexedDB is denied
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(store)) req.result.createObjectStore(store, { keyPath: ['request_id', 'seq'] });
    };
    req.onsuccess = () => {
      const db = req.result;
      if (db.objectStoreNames.contains(store)) return resolve(db);
      db.close();
      openDb(store, db.version + 1).then(resolve, reject);
    };
    req.onerror = () => reject(req.error);
  });
}

async function idbStorage(store) {
  let dbp = null;
  const db = () => (dbp ??= openDb(store).then((d) => {
    d.onversionchange = () => { d.close(); dbp = null; }; // let another tab upgrade; reopen on next use
    return d;
  }, (e) => { dbp = null; throw e; }));
  const run = async (mode, work) => {
    const tx = (await db()).transaction(store, mode, { durability: 'strict' }); // on disk before add resolves
    const done = new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted'));
    });
    let req;
    try { req = work(tx.objectStore(store)); } catch (e) { done.catch(() => {}); tx.abort(); throw e; } // all or none
    await done;
    return req?.result;
  };
  await db(); // fail here, not on the first add, so that openStorage can fall back
  return {
    durable: true,
    add: (events) => run('readwrite', (s) => events.forEach((e) => {
      const req = s.add(e);
      // A duplicate keeps the stored copy; preventDefault stops it aborting the transaction.
      req.onerror = (ev) => { if (req.error?.name === 'ConstraintError') ev.preventDefault(); };
    })),
    peek: (limit) => run('readonly', (s) => s.getAll(null, limit)),
    remove: (keys) => run('readwrite', (s) => keys.forEach((k) => s.delete([k.request_id, k.seq]))),
    count: () => run('readonly', (s) => s.count()),
  };
}

// localStorage and memory: one JSON item per event, so two tabs adding at once never overwrite
// each other (no read-modify-write of one shared list).
function itemStorage(kv, durable) {
  const keyOf = (e) => JSON.stringify([e.request_id, e.seq]);
  const all = () => kv.keys().map((k) => JSON.parse(kv.get(k))).sort(sendOrder);
  return {
    durable,
    async add(events) {
      const written = [];
      try {
        for (const e of events) {
          if (kv.get(keyOf(e)) != null) continue;
          kv.set(keyOf(e), JSON.stringify(e));
          written.push(keyOf(e));
        }
      } catch (err) {
        written.forEach((k) => kv.del(k)); // e.g. quota exceeded half-way: all or none
        throw err;
      }
    },
    peek: async (limit) => all().slice(0, limit),
    remove: async (keys) => keys.forEach((k) => kv.del(keyOf(k))),
    count: async () => kv.keys().length,
  };
}

function localKv(storageKey) {
  const ls = globalThis.localStorage; // the getter itself throws in a sandboxed iframe
  ls.setItem(`${storageKey}.probe`, '1'); // storage that refuses writes counts as unavailable
  ls.removeItem(`${storageKey}.probe`);
  const prefix = `${storageKey}/`;
  return {
    get: (k) => ls.getItem(prefix + k), set: (k, v) => ls.setItem(prefix + k, v), del: (k) => ls.removeItem(prefix + k),
    keys: () => Object.keys(ls).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)),
  };
}

async function openStorage(storageKey) {
  try { return await idbStorage(storageKey); } catch { /* fall back */ }
  try { return itemStorage(localKv(storageKey), true); } catch { /* fall back */ }
  const map = new Map();
  return itemStorage({ get: (k) => map.get(k), set: (k, v) => map.set(k, v), del: (k) => map.delete(k), keys: () => [...map.keys()] }, false);
}

// Serialises flushes across the tabs of one origin. Where Web Locks are missing or refused
// (opaque origins), storage is per tab anyway, so running unlocked is safe.
async function withLock(name, fn) {
  let ran = false;
  try {
    return await globalThis.navigator.locks.request(name, () => { ran = true; return fn(); });
  } catch (e) {
    if (ran) throw e;
    return fn();
  }
}

export function createOutbox({ deliver, storageKey = 'safedraft.audit-outbox', maxBatch = 50, retryBaseMs = 1000, retryMaxMs = 60000, storage } = {}) {
  if (typeof deliver !== 'function') throw new TypeError('createOutbox: deliver must be a function');
  if (!Number.isSafeInteger(maxBatch) || maxBatch < 1) throw new TypeError('createOutbox: maxBatch must be a positive integer');
  const ready = storage ? Promise.resolve(storage) : openStorage(storageKey);
  const listeners = new Set();
  let inflight = null, timer = null, failures = 0, lastError, nextRetryAt, closed = false;

  async function status() {
    const store = await ready;
    const s = { pending: await store.count(), durable: store.durable !== false };
    if (lastError !== undefined) s.lastError = lastError;
    if (nextRetryAt !== undefined) s.nextRetryAt = nextRetryAt;
    return s;
  }

  async function emit() {
    const s = listeners.size ? await status().catch(() => null) : null;
    for (const fn of s ? [...listeners] : []) {
      try { fn(s); } catch (e) { queueMicrotask(() => { throw e; }); } // a badge bug must not fail add()
    }
  }

  function cancelRetry() {
    clearTimeout(timer);
    timer = nextRetryAt = undefined;
  }

  function scheduleRetry() {
    cancelRetry();
    if (closed) return;
    const full = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(failures - 1, 30));
    const delay = full / 2 + (Math.random() * full) / 2; // jitter: tabs that failed together do not retry together
    nextRetryAt = Date.now() + delay;
    timer = setTimeout(flush, delay);
  }

  async function runFlush() {
    cancelRetry();
    let delivered = 0, error, pending;
    try {
      const store = await ready;
      await withLock(`${storageKey}:flush`, async () => {
        for (;;) {
          const batch = await store.peek(maxBatch); // re-read each time: another tab may have sent some
          if (!batch.length) return;
          const keys = batch.map(({ request_id, seq }) => ({ request_id, seq })); // deliver may mutate batch
          await deliver(batch);
          await store.remove(keys); // only after the acknowledgement
          delivered += keys.length;
        }
      });
      failures = 0;
      lastError = undefined;
    } catch (e) {
      error = lastError = messageOf(e);
      failures += 1;
      scheduleRetry();
    }
    try { pending = await (await ready).count(); } catch (e) { error ??= messageOf(e); }
    await emit();
    return error === undefined ? { delivered, pending } : { delivered, pending, error };
  }

  const flush = () => (inflight ??= runFlush().finally(() => { inflight = null; }));

  return {
    async add(events) {
      const list = validate(events);
      if (!list.length) return;
      await (await ready).add(list);
      await emit();
    },
    flush,
    status,
    onChange(fn) { listeners.add(fn); return () => listeners.delete(fn); },
    close() { closed = true; cancelRetry(); },
  };
}
