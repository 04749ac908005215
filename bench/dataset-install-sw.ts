/**
 * The service worker of the dataset-install benchmark extension (built by
 * ./dataset-install.ts): the extension's own install path — parseDatasetFile, then
 * applyDataset's one transaction — exposed as `self.benchInstall` for the harness.
 */
import { parseDatasetFile } from '../lib/dataset/snapshot';
import { openDatasetDb } from '../adapters/dataset/db';
import { applyDataset } from '../adapters/dataset/store';

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

(self as unknown as { benchInstall: typeof benchInstall }).benchInstall = benchInstall;
