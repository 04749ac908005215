/**
 * The service worker of the dataset-install benchmark extension (built by
 * ./dataset-install.ts): the extension's own install path — parseDatasetFile, then
 * applyDataset's one transaction — exposed as `self.benchInstall` for the harness;
 * and the floor it is measured against, `self.benchFloor`: the same rows written
 * with the bare IndexedDB API in one transaction, into stores with the same keys
 * and indexes, nothing else (no parse, no check, no library).
 */
import { parseDatasetFile } from '../lib/dataset/snapshot';
import { groupsOf, LATEST_SCHEMA, openDatasetDb, SCHEMA_HISTORY } from '../adapters/dataset/db';
import { applyDataset } from '../adapters/dataset/store';
import type { Dataset } from '../lib/dataset';

export interface BenchRun {
  readonly parseMs: number;
  readonly writeMs: number;
  /** Incidents in the database afterwards. */
  readonly incidents: number;
}

/** Installs the dataset file `text` into the database `dbName` (created if new). */
async function benchInstall(text: string, dbName: string): Promise<BenchRun> {
  const db = openDatasetDb(dbName);
  await db.open();
  try {
    const t0 = performance.now();
    const parsed = parseDatasetFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const t1 = performance.now();
    const result = await applyDataset(db, parsed.dataset, { kind: 'bundled' });
    if (!result.applied) throw new Error(`not applied: ${result.installed.version} is installed`);
    const t2 = performance.now();
    return { parseMs: t1 - t0, writeMs: t2 - t1, incidents: await db.incidents.count() };
  } finally {
    db.close();
  }
}

/** A request's result as a promise. */
const done = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

/**
 * Opens (creating) the database `dbName` with the latest schema's stores and indexes,
 * declared with the bare API from the Dexie schema strings ('id, date, *sites').
 */
function openBare(dbName: string): Promise<IDBDatabase> {
  const req = indexedDB.open(dbName, 1);
  req.onupgradeneeded = () => {
    const stores = SCHEMA_HISTORY.find((s) => s.version === LATEST_SCHEMA)!.stores;
    for (const [name, spec] of Object.entries(stores)) {
      const [key, ...indexes] = spec.split(',').map((x) => x.trim());
      const store = req.result.createObjectStore(name, { keyPath: key });
      for (const ix of indexes) {
        const multiEntry = ix.startsWith('*');
        const path = ix.replace(/^[*&]/, '');
        store.createIndex(path, path, { multiEntry });
      }
    }
  };
  return done(req);
}

/**
 * The floor: the rows applyDataset writes for the dataset file `text` (parsed before
 * the clock starts), put into the empty database `dbName` in one transaction.
 */
async function benchFloor(text: string, dbName: string): Promise<{ writeMs: number; incidents: number }> {
  const dataset = JSON.parse(text) as Dataset;
  const entities = [...dataset.bases.map((r) => ({ ...r, kind: 'base' })), ...dataset.militias.map((r) => ({ ...r, kind: 'militia' }))];
  const incidents = dataset.incidents.map((r) => ({ ...r, groups: groupsOf(r) }));
  const db = await openBare(dbName);
  try {
    const t0 = performance.now();
    const tx = db.transaction(['entities', 'incidents', 'meta'], 'readwrite');
    const e = tx.objectStore('entities');
    for (const row of entities) e.put(row);
    const i = tx.objectStore('incidents');
    for (const row of incidents) i.put(row);
    tx.objectStore('meta').put({ key: 'dataset', version: dataset.version });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
    const writeMs = performance.now() - t0;
    return { writeMs, incidents: await done(db.transaction('incidents').objectStore('incidents').count()) };
  } finally {
    db.close();
  }
}

Object.assign(self, { benchInstall, benchFloor });
