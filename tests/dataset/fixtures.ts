/**
 * Datasets, signed feeds and database dumps for the dataset adapter's tests. Keys
 * are generated per test file; nothing here is pinned in data/feed-keys.json.
 */
import 'fake-indexeddb/auto';
import { assembleDataset, createManifest, datasetFileName, serializeDataset, type Dataset, type Incident, type Manifest, type SigningKey } from '../../lib/dataset';
import { openDatasetDb, type ClipRow, type DatasetDb } from '../../adapters/dataset/db';
import { validContent } from '../data/shipped';

let dbCount = 0;
/** A new, empty database with a name no other test uses. */
export function freshDb(upTo?: number): { db: DatasetDb; name: string } {
  const name = `test-${process.pid}-${++dbCount}-${Math.random().toString(36).slice(2)}`;
  return { db: openDatasetDb(name, upTo), name };
}

/** The small valid dataset of tests/data/shipped.ts, at `version`. */
export function smallDataset(version: string): Dataset {
  return assembleDataset(validContent(), version);
}

/** An incident at tower-22 that the small dataset does not have. */
export function newIncident(id = '2024-02-02-tower-22-rocket'): Incident {
  return {
    id, date: '2024-02-02', date_precision: 'day', sites: ['tower-22'], weapons: ['rocket'], claimed_by: ['group-a'],
    attributed_to: [], casualties: { killed: null, injured: 2, note: null }, outcome: 'damage',
    summary_en: 'A new rocket attack.', summary_ar: 'هجوم صاروخي جديد.', campaign: '2023-2024-gaza-war-campaign', sources: ['https://example.org/new'], confidence: 'medium',
  };
}

/** `dataset` plus one more incident, at `version`. */
export function withNewIncident(dataset: Dataset, version: string, incident = newIncident()): Dataset {
  return assembleDataset({ bases: dataset.bases, militias: dataset.militias, incidents: [...dataset.incidents, incident] }, version);
}

export interface Feed {
  manifest: Manifest;
  /** The dataset file's bytes, as served. */
  bytes: Buffer;
}

/**
 * A feed for `dataset` signed by `key`; `content` overrides the file's content (the
 * manifest then describes it). Created now and valid for the default lifetime
 * unless `times` says otherwise.
 */
export async function signedFeed(
  dataset: Dataset, key: SigningKey | undefined, content: string | Uint8Array = serializeDataset(dataset), times: { created?: Date; expires?: Date } = {},
): Promise<Feed> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : Uint8Array.from(content);
  const manifest = await createManifest({ version: dataset.version, bytes, created: times.created ?? new Date(), expires: times.expires, key });
  return { manifest, bytes: Buffer.from(bytes) };
}

/** Routes for tests/e2e/server.ts serving `feed` under /feed/. */
export function feedRoutes(feed: Feed, headers: Record<string, string> = {}) {
  return {
    '/feed/manifest.json': { body: JSON.stringify(feed.manifest), headers },
    [`/feed/${datasetFileName(feed.manifest.version)}`]: { body: feed.bytes },
  };
}

export const clips: ClipRow[] = [
  { id: 'clip-1', createdAt: '2026-11-01T10:00:00.000Z', url: 'https://www.aljazeera.net/news/1', quote: 'قاعدة عين الأسد', note: 'first' },
  { id: 'clip-2', createdAt: '2026-11-02T10:00:00.000Z', url: 'https://www.alaraby.co.uk/2', quote: 'كتائب حزب الله', entityIds: ['group-a'], selectors: [{ type: 'TextQuoteSelector', exact: 'كتائب' }] },
  { id: 'clip-3', createdAt: '2026-11-03T10:00:00.000Z', url: 'https://www.aljazeera.net/news/1', quote: 'البرج 22', note: 'مع ملاحظة بالعربية' },
];

/**
 * Everything a sync must leave alone, as one string: entities, incidents and clips
 * (all rows, in key order) and the installed dataset's meta row.
 */
export async function dump(db: DatasetDb): Promise<string> {
  return JSON.stringify({
    entities: await db.entities.toArray(),
    incidents: await db.incidents.toArray(),
    clips: await db.clips.toArray(),
    dataset: (await db.meta.get('dataset')) ?? null,
  });
}

/**
 * Makes the next incident writes fail as a full disk does, after the first row is
 * written (so the failure strikes mid-transaction); returns the undo function.
 */
export function fillDiskDuringIncidentWrites(db: DatasetDb): () => void {
  const table = db.incidents;
  const original = table.bulkAdd;
  const failing = async (rows: readonly unknown[]) => {
    await original.call(table, rows.slice(0, 1) as never);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  table.bulkAdd = failing as unknown as typeof original;
  return () => void (table.bulkAdd = original);
}
