/**
 * Answers to "what is known about this entity": its summary and every incident at
 * the base, or claimed by or attributed to the group, newest first — or, without an
 * entity, every incident. Served to extension pages (incidents.html) and, as a
 * fallback, to content scripts; hover itself uses the published summaries.
 */
import type { Dataset } from '@/lib/dataset';
import { buildSummaries, type EntitySummary, type IncidentSummary } from '@/lib/dataset/summary';
import type { DatasetDb } from './db';
import { entityRecords, incidentRecord, readInstalled } from './store';
import { bundledSourceTable } from './source-table';

export interface LookupResult {
  /** The installed dataset's version; null before the first install. */
  readonly version: string | null;
  /** Null without `entityId`, or when no entity has that id. */
  readonly entity: EntitySummary | null;
  /** Newest first (date, then id descending). */
  readonly incidents: readonly IncidentSummary[];
}

export async function lookup(db: DatasetDb, entityId?: string): Promise<LookupResult> {
  return db.transaction('r', [db.entities, db.incidents, db.meta], async () => {
    const installed = await readInstalled(db);
    if (!installed) return { version: null, entity: null, incidents: [] };
    const entities = await db.entities.toArray();
    const rows = entityId === undefined
      ? await db.incidents.toArray()
      : await db.incidents.where('sites').equals(entityId).or('groups').equals(entityId).toArray();
    // Every entity is needed to name the sites and groups an incident refers to.
    const dataset: Dataset = { version: installed.version, ...entityRecords(entities), incidents: rows.map(incidentRecord) };
    const summaries = buildSummaries(dataset, Number.POSITIVE_INFINITY, bundledSourceTable());
    if (entityId !== undefined) {
      const entity = summaries[entityId] ?? null;
      return { version: installed.version, entity, incidents: entity?.recent ?? [] };
    }
    // Every installed incident names at least one existing site (checked before install).
    const all = new Map<string, IncidentSummary>();
    for (const s of Object.values(summaries)) for (const i of s.recent) all.set(i.id, i);
    const newestFirst = [...all.values()].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : -1));
    return { version: installed.version, entity: null, incidents: newestFirst };
  });
}
