/**
 * What a popover shows of an entity: built from a Dataset by the background and
 * published for content scripts, so that hovering needs no round trip.
 */
import type { Dataset, Incident } from './schema';
import type { SourceClass, SourceHostTable } from './source-hosts';
import { rankSources } from './source-order';

export interface NameRef {
  readonly id: string;
  readonly name_en: string;
  readonly name_ar: string;
}

export interface IncidentSummary {
  readonly id: string;
  readonly date: string;
  readonly date_precision: Incident['date_precision'];
  readonly sites: readonly NameRef[];
  readonly weapons: readonly string[];
  readonly claimed_by: readonly NameRef[];
  /** `by` who blamed the group; `by_ar` its Arabic (absent in a feed built before it existed). */
  readonly attributed_to: readonly (NameRef & { readonly by: string; readonly by_ar?: string })[];
  readonly killed: number | null;
  readonly injured: number | null;
  /** Who was hurt or who said so (`casualties.note`), and its Arabic; absent when the data has none. */
  readonly casualties_note_en?: string;
  readonly casualties_note_ar?: string;
  readonly outcome: Incident['outcome'];
  readonly summary_en: string;
  readonly summary_ar: string;
  /** Best first when a source table was given (source-order.ts), else in the dataset's order. */
  readonly sources: readonly string[];
  /** The class of each of `sources` (null: host not in the table); absent without a table. */
  readonly source_classes?: readonly (SourceClass | null)[];
  readonly confidence: Incident['confidence'];
}

export interface EntitySummary {
  readonly id: string;
  readonly kind: 'base' | 'militia';
  readonly name_en: string;
  readonly name_ar: string;
  /** Base type (air base, garrison, …) or militia type (militia, umbrella, …). */
  readonly type: string;
  readonly country: string;
  /** Governorate or province, for bases. */
  readonly place_en: string | null;
  readonly place_ar: string | null;
  /** Forces hosted, for bases. */
  readonly hosted: readonly string[];
  /** `hosted` in Arabic, item for item (absent in a feed built before it existed). */
  readonly hosted_ar?: readonly string[];
  /** Umbrella or parent groups, for militias. */
  readonly umbrella: readonly NameRef[];
  readonly aliases: readonly string[];
  readonly description_en: string;
  readonly description_ar: string;
  /** The latest status change of a base (handed over, vacated), if any. */
  readonly status: { readonly date: string; readonly event_en: string; readonly event_ar: string; readonly source: string } | null;
  /** Incidents at the base, or claimed by or attributed to the group. */
  readonly incident_count: number;
  /** The most recent of them, newest first. */
  readonly recent: readonly IncidentSummary[];
  readonly sources: readonly string[];
}

/**
 * Summaries of every base and militia, by id, each with its `recent` newest
 * incidents; with `sources` (data/source-hosts.json), each incident's sources best
 * first with their classes.
 */
export function buildSummaries(dataset: Dataset, recent = 5, sources?: SourceHostTable): Record<string, EntitySummary> {
  const names = new Map<string, NameRef>();
  for (const e of [...dataset.bases, ...dataset.militias]) names.set(e.id, { id: e.id, name_en: e.name_en, name_ar: e.name_ar });
  const ref = (id: string): NameRef => names.get(id) ?? { id, name_en: id, name_ar: id };

  const byEntity = new Map<string, Incident[]>();
  const note = (id: string, i: Incident) => {
    const list = byEntity.get(id) ?? [];
    if (!list.includes(i)) list.push(i);
    byEntity.set(id, list);
  };
  for (const i of dataset.incidents) {
    for (const s of i.sites) note(s, i);
    for (const g of i.claimed_by) note(g, i);
    for (const a of i.attributed_to) note(a.group, i);
  }
  const newestFirst = (a: Incident, b: Incident) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1);
  const incidentSummary = (i: Incident): IncidentSummary => ({
    id: i.id,
    date: i.date,
    date_precision: i.date_precision,
    sites: i.sites.map(ref),
    weapons: i.weapons,
    claimed_by: i.claimed_by.map(ref),
    attributed_to: i.attributed_to.map((a) => ({ ...ref(a.group), by: a.by, ...(a.by_ar ? { by_ar: a.by_ar } : {}) })),
    killed: i.casualties?.killed ?? null,
    injured: i.casualties?.injured ?? null,
    ...(i.casualties?.note ? { casualties_note_en: i.casualties.note } : {}),
    ...(i.casualties?.note && i.casualties.note_ar ? { casualties_note_ar: i.casualties.note_ar } : {}),
    outcome: i.outcome,
    summary_en: i.summary_en,
    summary_ar: i.summary_ar,
    ...(sources ? rankedSources(i.sources, sources) : { sources: i.sources }),
    confidence: i.confidence,
  });
  const incidentsOf = (id: string) => (byEntity.get(id) ?? []).sort(newestFirst);
  const aliasTexts = (aliases: readonly { text: string }[]) => [...new Set(aliases.map((a) => a.text))];

  const out: Record<string, EntitySummary> = {};
  for (const b of dataset.bases) {
    const incidents = incidentsOf(b.id);
    const status = b.status.length > 0 ? [...b.status].sort((x, y) => (x.date < y.date ? 1 : -1))[0] : null;
    out[b.id] = {
      id: b.id, kind: 'base', name_en: b.name_en, name_ar: b.name_ar, type: b.type, country: b.country,
      place_en: b.admin_area_en, place_ar: b.admin_area_ar, hosted: b.hosted,
      ...(b.hosted_ar && b.hosted_ar.length === b.hosted.length ? { hosted_ar: b.hosted_ar } : {}), umbrella: [],
      aliases: aliasTexts(b.aliases), description_en: b.description_en, description_ar: b.description_ar, status,
      incident_count: incidents.length, recent: incidents.slice(0, recent).map(incidentSummary), sources: b.sources,
    };
  }
  for (const m of dataset.militias) {
    const incidents = incidentsOf(m.id);
    out[m.id] = {
      id: m.id, kind: 'militia', name_en: m.name_en, name_ar: m.name_ar, type: m.type, country: m.country,
      place_en: null, place_ar: null, hosted: [], umbrella: m.umbrella.map(ref),
      aliases: aliasTexts(m.aliases), description_en: m.description_en, description_ar: m.description_ar, status: null,
      incident_count: incidents.length, recent: incidents.slice(0, recent).map(incidentSummary), sources: m.sources,
    };
  }
  return out;
}

function rankedSources(urls: readonly string[], table: SourceHostTable): Pick<IncidentSummary, 'sources' | 'source_classes'> {
  const ranked = rankSources(urls, table);
  return { sources: ranked.map((r) => r.url), source_classes: ranked.map((r) => r.cls) };
}
