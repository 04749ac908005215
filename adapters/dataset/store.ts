/**
 * Writing and reading the installed dataset. A dataset is replaced all at once in
 * one read-write transaction over `entities`, `incidents` and `meta`: either every
 * record and the new version are stored, or (on any error, a full disk included)
 * the transaction aborts and the previous dataset is still there. The `clips` table
 * is outside that transaction's scope, so it cannot be touched.
 */
import { compareVersions, type Base, type Dataset, type Incident, type Militia } from '@/lib/dataset';
import { groupsOf, type AggregatesMeta, type DatasetDb, type DatasetMeta, type EntityRow, type IncidentRow, type MetaRow } from './db';

export type DatasetOrigin = { kind: 'bundled' } | { kind: 'feed'; url: string; keyId: string };

export interface ApplyOptions {
  /** Replace even an installed version that is newer or equal (falling back to the bundled snapshot). */
  readonly force?: boolean;
  /** Other meta rows to write in the same transaction (the sync state of a successful sync). */
  readonly meta?: readonly MetaRow[];
  readonly now?: Date;
}

export type ApplyResult = { applied: true; meta: DatasetMeta } | { applied: false; installed: DatasetMeta };

/**
 * Installs `dataset` unless the installed version is the same or newer (and not `force`).
 * @throws the database's error (e.g. a DOMException named QuotaExceededError) after
 *   the transaction has rolled back.
 */
export async function applyDataset(db: DatasetDb, dataset: Dataset, origin: DatasetOrigin, options: ApplyOptions = {}): Promise<ApplyResult> {
  const meta: DatasetMeta = {
    key: 'dataset',
    version: dataset.version,
    origin: origin.kind,
    feedUrl: origin.kind === 'feed' ? origin.url : null,
    keyId: origin.kind === 'feed' ? origin.keyId : null,
    installedAt: (options.now ?? new Date()).toISOString(),
    counts: { bases: dataset.bases.length, militias: dataset.militias.length, incidents: dataset.incidents.length },
  };
  const entities: EntityRow[] = [
    ...dataset.bases.map((record): EntityRow => ({ ...record, kind: 'base' })),
    ...dataset.militias.map((record): EntityRow => ({ ...record, kind: 'militia' })),
  ];
  const incidents = dataset.incidents.map((record): IncidentRow => ({ ...record, groups: groupsOf(record) }));
  return db.transaction('rw', [db.entities, db.incidents, db.meta], async (): Promise<ApplyResult> => {
    const installed = await readInstalled(db);
    if (installed && !options.force && compareVersions(dataset.version, installed.version) <= 0) return { applied: false, installed };
    await db.entities.clear();
    await db.incidents.clear();
    await db.entities.bulkAdd(entities);
    await db.incidents.bulkAdd(incidents);
    await db.meta.bulkPut([meta, ...(options.meta ?? [])]);
    const aggregates: AggregatesMeta | null = dataset.aggregates ? { key: 'aggregates', records: dataset.aggregates } : null;
    if (aggregates) await db.meta.put(aggregates as MetaRow);
    else await db.meta.delete('aggregates');
    return { applied: true, meta };
  });
}

/** The installed dataset's meta row, or undefined before the first install. */
export async function readInstalled(db: DatasetDb): Promise<DatasetMeta | undefined> {
  const row = await db.meta.get('dataset');
  return row?.key === 'dataset' ? row : undefined;
}

/** The installed dataset as one Dataset (bases and militias by id, incidents by date then id), or null. */
export async function readDataset(db: DatasetDb): Promise<Dataset | null> {
  return db.transaction('r', [db.entities, db.incidents, db.meta], async () => {
    const installed = await readInstalled(db);
    if (!installed) return null;
    const aggregates = await db.meta.get('aggregates');
    return {
      version: installed.version,
      ...entityRecords(await db.entities.toArray()),
      incidents: (await db.incidents.orderBy('date').toArray()).map(incidentRecord),
      ...(aggregates?.key === 'aggregates' ? { aggregates: aggregates.records } : {}),
    };
  });
}

/** The records of entity rows, without the stored `kind`. */
export function entityRecords(rows: readonly EntityRow[]): Pick<Dataset, 'bases' | 'militias'> {
  const bases: Base[] = [];
  const militias: Militia[] = [];
  for (const row of rows) {
    if (row.kind === 'base') {
      const { kind: _, ...base } = row;
      bases.push(base);
    } else {
      const { kind: _, ...militia } = row;
      militias.push(militia);
    }
  }
  return { bases, militias };
}

/** The record of an incident row, without the stored `groups`. */
export function incidentRecord(row: IncidentRow): Incident {
  const { groups: _, ...incident } = row;
  return incident;
}

/** True when a DOMException or Dexie error (or its cause) says the storage quota is exhausted. */
export function isQuotaError(e: unknown): boolean {
  for (let err = e as { name?: string; inner?: unknown } | undefined, depth = 0; err && depth < 4; depth++) {
    if (err.name === 'QuotaExceededError') return true;
    err = err.inner as typeof err;
  }
  return false;
}
