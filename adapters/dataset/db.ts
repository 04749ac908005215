/**
 * The extension's IndexedDB database (Dexie), opened by the background and by the
 * extension's own pages — never by content scripts, whose IndexedDB is the page's.
 *
 * Tables:
 * - `entities`: every base and militia: its record plus `kind`.
 * - `incidents`: every incident: its record plus `groups` (claimed_by ∪
 *   attributed_to.group); `date`, `sites` and `groups` are indexed. Records are
 *   stored flat, not wrapped, because each stored byte costs install time.
 * - `clips`: the reader's clips (their fields belong to lib/clips; reading and
 *   writing them is adapters/clips/store.ts). User data: no dataset install or sync
 *   ever writes or deletes a clip, and a schema upgrade only adds derived fields.
 * - `own_incidents`: the analyst's own incidents (lib/own-incidents, since schema
 *   4): each record plus `groups`, by date, site, group, article and time kept.
 *   User data, like the clips: outside every dataset transaction, so no install or
 *   sync ever writes or deletes one (adapters/own-incidents/store.ts writes them).
 * - `meta`: the installed dataset's version and origin, its official counts
 *   (aggregates, few and never queried alone), and the sync state.
 *
 * Schema history is append-only: a released version's stores are never edited, a
 * change is a new entry in SCHEMA_HISTORY with an upgrade that keeps user data.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Aggregate, Base, Incident, Manifest, Militia } from '@/lib/dataset';
import type { OwnIncident } from '@/lib/own-incidents/types';
import type { SyncErrorCode } from './sync-errors';

export const DB_NAME = 'militia-base-reader';

export type EntityRow = (Base & { kind: 'base' }) | (Militia & { kind: 'militia' });

/** `groups`: the groups that claimed the incident or were blamed for it (since schema 2). */
export type IncidentRow = Incident & { groups: string[] };

/**
 * A row of the clips table: since schema 3, a Clip of lib/clips plus `entity_ids`
 * (the ids its mentions name, each once), which exists to be indexed. The database
 * only knows the key and the indexed fields; rows written before schema 3 by
 * development builds (`createdAt`, no `text_sha256`) are kept as they are.
 */
export interface ClipRow {
  id: string;
  url?: string;
  captured_at?: string;
  canonical_url?: string | null;
  site?: string | null;
  tags?: string[];
  entity_ids?: string[];
  [field: string]: unknown;
}

/** A row of own_incidents (since schema 4): the analyst's incident plus `groups` (claimed_by ∪ attributed_to.group), indexed. */
export type OwnIncidentRow = OwnIncident & { groups: string[] };

/** The installed dataset: replaced in the same transaction as the records. */
export interface DatasetMeta {
  key: 'dataset';
  version: string;
  origin: 'bundled' | 'feed';
  /** For a synced dataset: the feed it came from and the key that signed it. */
  feedUrl: string | null;
  keyId: string | null;
  installedAt: string;
  counts: { bases: number; militias: number; incidents: number };
}

/** The outcome of the last sync attempts. */
export interface SyncMeta {
  key: 'sync';
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: { code: SyncErrorCode; detail: string; at: string } | null;
  /**
   * HTTP validators of the manifest last seen at `url`, sent as If-None-Match /
   * If-Modified-Since only while `version` is still the installed version and
   * `manifest` (that verified manifest, kept so a 304 is re-verified and its expiry
   * re-checked) is present; rows written before it existed send none.
   */
  validators: { url: string; version: string; etag: string | null; lastModified: string | null; manifest?: Manifest } | null;
  /**
   * The signed expiry of the last manifest whose signature verified (absent in rows
   * written before it existed). Once past, the feed is stale: nothing newer that the
   * publisher vouches for has been seen since.
   */
  feedExpiresAt?: string | null;
}

/** The installed dataset's aggregates (official counts); absent when it has none. */
export interface AggregatesMeta {
  key: 'aggregates';
  records: Aggregate[];
}

export type MetaRow = DatasetMeta | SyncMeta | AggregatesMeta;

export type DatasetDb = Dexie & {
  entities: EntityTable<EntityRow, 'id'>;
  incidents: EntityTable<IncidentRow, 'id'>;
  clips: EntityTable<ClipRow, 'id'>;
  own_incidents: EntityTable<OwnIncidentRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** Groups an incident names: claimants first, then those it was attributed to, each once. */
export function groupsOf(incident: Pick<Incident, 'claimed_by' | 'attributed_to'>): string[] {
  return [...new Set([...incident.claimed_by, ...incident.attributed_to.map((a) => a.group)])];
}

interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string>>;
  readonly upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** Every schema the extension has shipped, oldest first. */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    // 0.1.0: incidents (plain records) by site and date; clips by creation time.
    version: 1,
    stores: { entities: 'id, kind', incidents: 'id, date, *sites', clips: 'id, createdAt', meta: 'key' },
  },
  {
    // Incidents by group (claimed or blamed), clips by page URL. Rows written by
    // schema 1 get their `groups` computed from the record; clips only gain an index.
    version: 2,
    stores: { entities: 'id, kind', incidents: 'id, date, *sites, *groups', clips: 'id, createdAt, url', meta: 'key' },
    upgrade: (tx) => tx.table<IncidentRow, string>('incidents').toCollection().modify((row) => {
      row.groups = groupsOf(row);
    }),
  },
  {
    // Clips as lib/clips defines them: by capture time, page (URL or canonical URL),
    // site, entity mentioned and tag. Rows that are clips gain `entity_ids`; any
    // other row is left exactly as it was (nothing is deleted).
    version: 3,
    stores: { entities: 'id, kind', incidents: 'id, date, *sites, *groups', clips: 'id, captured_at, url, canonical_url, site, *entity_ids, *tags', meta: 'key' },
    upgrade: (tx) => tx.table<ClipRow, string>('clips').toCollection().modify((row) => {
      if (Array.isArray(row.mentions) && !Array.isArray(row.entity_ids)) row.entity_ids = entityIdsOf(row.mentions);
    }),
  },
  {
    // The analyst's own incidents (issue 13): a new table, by date, site, group,
    // article and time kept. Nothing to migrate: every other table is unchanged.
    version: 4,
    stores: {
      entities: 'id, kind', incidents: 'id, date, *sites, *groups', clips: 'id, captured_at, url, canonical_url, site, *entity_ids, *tags',
      own_incidents: 'id, date, *sites, *groups, article_url, kept_at', meta: 'key',
    },
  },
];

/** The entity ids that mentions name, each once, in order of first mention. */
export function entityIdsOf(mentions: readonly unknown[]): string[] {
  const ids = mentions.map((m) => (m as { entity?: { id?: unknown } } | null)?.entity?.id).filter((id): id is string => typeof id === 'string');
  return [...new Set(ids)];
}

export const LATEST_SCHEMA = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].version;

/**
 * The database `name` declared up to schema `upTo` (the latest by default; tests
 * pass an older one to write a database as a previous release did). Dexie opens it
 * on first use and runs the upgrades a stored older version needs.
 */
export function openDatasetDb(name = DB_NAME, upTo = LATEST_SCHEMA): DatasetDb {
  const db = new Dexie(name) as DatasetDb;
  for (const s of SCHEMA_HISTORY) {
    if (s.version > upTo) break;
    const declared = db.version(s.version).stores(s.stores);
    if (s.upgrade) declared.upgrade(s.upgrade);
  }
  return db;
}
