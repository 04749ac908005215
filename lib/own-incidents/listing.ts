/**
 * Own incidents as the card and the incidents page list them: the same summary as
 * a dataset incident (lib/dataset/summary.ts), names resolved, marked `own` with
 * the article they came from, and merged with the dataset's by date.
 */
import type { IncidentSummary, NameRef } from '../dataset/summary';
import type { OwnIncident } from './types';

/** An incident in a list: the dataset's, or (with `own`) the analyst's. */
export type ListedIncident = IncidentSummary & {
  readonly own?: true;
  readonly article_url?: string;
  readonly article_title?: string;
  readonly kept_at?: string;
  /** The passage of the article that reports it. */
  readonly evidence?: string;
  /** The clip of the article, when it was clipped. */
  readonly clip_id?: string;
};

export const isListedOwn = (i: IncidentSummary): i is ListedIncident & { own: true } => (i as ListedIncident).own === true;

/** The summary of an own incident; `names` gives the sites' and groups' names (an unknown id names itself). */
export function ownIncidentSummary(i: OwnIncident, names: ReadonlyMap<string, NameRef>): ListedIncident {
  const ref = (id: string): NameRef => names.get(id) ?? { id, name_en: id, name_ar: id };
  return {
    id: i.id,
    date: i.date,
    date_precision: i.date_precision,
    sites: i.sites.map(ref),
    weapons: i.weapons,
    claimed_by: i.claimed_by.map(ref),
    attributed_to: i.attributed_to.map((a) => ({ ...ref(a.group), by: a.by })),
    killed: i.casualties?.killed ?? null,
    injured: i.casualties?.injured ?? null,
    outcome: i.outcome,
    summary_en: i.summary_en,
    summary_ar: i.summary_ar,
    sources: i.sources,
    confidence: i.confidence,
    own: true,
    article_url: i.article_url,
    ...(i.article_title !== undefined ? { article_title: i.article_title } : {}),
    kept_at: i.kept_at,
    ...(i.evidence !== undefined ? { evidence: i.evidence.text } : {}),
    ...(i.clip_id !== undefined ? { clip_id: i.clip_id } : {}),
  };
}

/** Newest first: by date, then by id descending (the order of the dataset's lists). */
export const newestFirst = (a: IncidentSummary, b: IncidentSummary): number => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id === b.id ? 0 : a.id < b.id ? 1 : -1);

/** The dataset's incidents and the analyst's in one list, newest first; an id present in both is listed once (the dataset's). */
export function mergeListed(dataset: readonly IncidentSummary[], own: readonly ListedIncident[]): ListedIncident[] {
  const ids = new Set(dataset.map((i) => i.id));
  return [...dataset, ...own.filter((i) => !ids.has(i.id))].sort(newestFirst);
}
