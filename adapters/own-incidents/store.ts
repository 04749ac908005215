/**
 * The analyst's own incidents in the extension's database (the `own_incidents`
 * table of adapters/dataset/db.ts, beside the clips). Used by the background's
 * message handlers and by extension pages that open the database themselves.
 *
 * Contracts:
 * - Every row written passed checkOwnIncident against the installed dataset's
 *   sites and groups, read in the same transaction.
 * - A failed write (a full disk included) aborts its transaction: the incident is
 *   not kept, every other record is as it was, and the answer says so.
 * - Nothing here touches the dataset's tables except to read them, and the
 *   dataset's writers (install, sync) never touch this one.
 */
import type { NameRef } from '@/lib/dataset/summary';
import { duplicateOf } from '@/lib/own-incidents/duplicates';
import { newestFirst, ownIncidentSummary, type ListedIncident } from '@/lib/own-incidents/listing';
import { ownIncidentId, type OwnIncident } from '@/lib/own-incidents/types';
import { checkOwnIncident, type KnownEntities } from '@/lib/own-incidents/validate';
import { groupsOf, type DatasetDb, type OwnIncidentRow } from '../dataset/db';
import { isQuotaError } from '../dataset/store';
import type { DeleteOwnResult, SaveOwnResult } from './messages';

/** What the analyst reads when the attack of this article is already in the record. */
export const ALREADY_KEPT = 'This attack of this article is already in my record; edit that incident instead';

/** What the analyst reads when the disk is full. */
export const QUOTA_ERROR =
  "The browser's storage is full, so the incident was not kept; nothing else was changed. Free some space (delete old clips or own incidents) and keep it again.";

const rowOf = (i: OwnIncident): OwnIncidentRow => ({ ...i, groups: groupsOf(i) });

function recordOf(row: OwnIncidentRow): OwnIncident {
  const { groups: _, ...incident } = row;
  return incident;
}

async function knownEntities(db: DatasetDb): Promise<KnownEntities & { empty: boolean }> {
  const rows = await db.entities.toArray();
  const bases = new Set(rows.filter((r) => r.kind === 'base').map((r) => r.id));
  const militias = new Set(rows.filter((r) => r.kind === 'militia').map((r) => r.id));
  return { bases, militias, empty: rows.length === 0 };
}

/**
 * Validates and keeps `input` (an OwnIncidentDraft). Without an id it gets a new own
 * id (one not in use); with one, it replaces that own incident, keeping its
 * `kept_at` unless another is given.
 */
export async function saveOwnIncident(db: DatasetDb, input: unknown, now: Date = new Date()): Promise<SaveOwnResult> {
  try {
    return await db.transaction('rw', [db.entities, db.own_incidents], async (): Promise<SaveOwnResult> => {
      const known = await knownEntities(db);
      if (known.empty) return { ok: false, error: 'No dataset is installed yet, so the sites and groups cannot be checked; wait for it to install and keep the incident again.' };
      const draft = input as Record<string, unknown>;
      const previous = typeof draft?.id === 'string' ? await db.own_incidents.get(draft.id) : undefined;
      const checked = checkOwnIncident(previous && draft.kept_at === undefined ? { ...draft, kept_at: previous.kept_at } : input, known, now);
      if (!checked.ok) return checked;
      let incident = checked.incident;
      if (draft.id === undefined) {
        // Keeping the same attack of the same article twice (a second click, the popup reopened) is refused.
        const kept = await db.own_incidents.where('article_url').equals(incident.article_url).toArray();
        const twin = duplicateOf(incident, kept);
        if (twin) return { ok: false, error: `${ALREADY_KEPT} (${twin.id})`, existing: twin.id };
        // A second incident kept the same millisecond at the same site and date gets the next free stamp.
        for (let t = now.getTime(); await db.own_incidents.get(incident.id); t++) incident = { ...incident, id: ownIncidentId(incident.date, incident.sites, t + 1) };
      }
      await db.own_incidents.put(rowOf(incident));
      return { ok: true, id: incident.id, incident };
    });
  } catch (e) {
    if (isQuotaError(e)) return { ok: false, error: QUOTA_ERROR };
    return { ok: false, error: `The incident could not be kept; nothing was changed (${e instanceof Error ? e.message : String(e)}).` };
  }
}

/** Every own incident, or those at `site`, or claimed by or blamed on `group`; newest first. */
export async function listOwnIncidents(db: DatasetDb, filter: { readonly site?: string; readonly group?: string } = {}): Promise<OwnIncident[]> {
  const rows =
    filter.site !== undefined
      ? await db.own_incidents.where('sites').equals(filter.site).toArray()
      : filter.group !== undefined
        ? await db.own_incidents.where('groups').equals(filter.group).toArray()
        : await db.own_incidents.toArray();
  return rows.map(recordOf).sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.kept_at < b.kept_at ? 1 : a.kept_at > b.kept_at ? -1 : 0));
}

/**
 * The own incidents of an entity (at the site, or claimed by or blamed on the
 * group), or all of them, as listed summaries with the installed dataset's names.
 */
export async function lookupOwnIncidents(db: DatasetDb, entityId?: string): Promise<ListedIncident[]> {
  return db.transaction('r', [db.entities, db.own_incidents], async () => {
    const rows = entityId === undefined ? await db.own_incidents.toArray() : await db.own_incidents.where('sites').equals(entityId).or('groups').equals(entityId).toArray();
    if (rows.length === 0) return [];
    const names = new Map<string, NameRef>();
    for (const e of await db.entities.toArray()) names.set(e.id, { id: e.id, name_en: e.name_en, name_ar: e.name_ar });
    const unique = new Map(rows.map((r) => [r.id, r]));
    return [...unique.values()].map((r) => ownIncidentSummary(recordOf(r), names)).sort(newestFirst);
  });
}

/** Deletes the own incident `id`; `deleted` is false when there was none. */
export async function deleteOwnIncident(db: DatasetDb, id: string): Promise<DeleteOwnResult> {
  try {
    return await db.transaction('rw', db.own_incidents, async () => {
      const row = await db.own_incidents.get(id);
      if (row) await db.own_incidents.delete(id);
      return { ok: true as const, deleted: row !== undefined };
    });
  } catch (e) {
    return { ok: false, error: isQuotaError(e) ? QUOTA_ERROR : `The incident could not be deleted (${e instanceof Error ? e.message : String(e)}).` };
  }
}
