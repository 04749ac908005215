/**
 * The analyst's own incidents as a proposal for the maintainers: a file in the
 * dataset's schema, `{ "incidents": [...] }`, each record exactly as
 * data/incidents/*.json holds them (own-only fields dropped, the article's URL
 * first among the sources, the campaign its date implies), which
 * `npm run data:build -- --merge FILE` validates and files for review.
 */
import * as v from 'valibot';
import { IncidentSchema, type Incident } from '../dataset/schema';
import { campaignFor } from './campaign';
import type { OwnIncident } from './types';

export interface ProposalFile {
  readonly incidents: Incident[];
}

/** The id a dataset record of this incident would have: `<date>-<first site>-<first weapon>` (SCHEMA.md's form). */
export function datasetIdFor(i: Pick<Incident, 'date' | 'sites' | 'weapons'>): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return [i.date, slug(i.sites[0] ?? 'site'), slug(i.weapons[0] ?? 'unknown')].filter(Boolean).join('-').slice(0, 120).replace(/-+$/, '');
}

/** The dataset record of an own incident: every own-only field dropped, the article first among the sources. */
export function datasetRecordOf(own: OwnIncident): Incident {
  const { own: _own, article_url, article_title: _t, clip_id: _c, evidence: _e, kept_at: _k, corrected: _r, ...incident } = own;
  const campaign = incident.campaign ?? campaignFor(incident.date);
  return {
    ...incident,
    id: datasetIdFor(incident),
    ...(campaign ? { campaign } : {}),
    sources: [...new Set([article_url, ...incident.sources])],
  };
}

/**
 * The proposal of `own`, oldest first; two records that would get the same id get
 * `-2`, `-3`… (SCHEMA.md's mark of a second attack the same day; the merge still
 * checks them against each other).
 * @throws {RangeError} naming the incident when a record does not pass the
 *   dataset's schema (a summary left blank, say): the proposal is never half valid.
 */
export function proposalOf(own: readonly OwnIncident[]): ProposalFile {
  const sorted = [...own].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.kept_at < b.kept_at ? -1 : a.kept_at > b.kept_at ? 1 : 0));
  const taken = new Set<string>();
  const incidents = sorted.map((o) => {
    const record = datasetRecordOf(o);
    let id = record.id;
    for (let n = 2; taken.has(id); n++) id = `${record.id}-${n}`;
    taken.add(id);
    const r = v.safeParse(IncidentSchema, { ...record, id });
    if (!r.success) throw new RangeError(`${o.id}: ${v.getDotPath(r.issues[0]) ?? '(incident)'}: ${r.issues[0].message}`);
    return r.output;
  });
  return { incidents };
}

/** The proposal as the file's text: two-space JSON with a final newline, as data/ is written. */
export function proposalText(own: readonly OwnIncident[]): string {
  return `${JSON.stringify(proposalOf(own), null, 2)}\n`;
}

/** `incidents-proposal-YYYY-MM-DD.json`, dated the day it is made (UTC). */
export const proposalFileName = (now: Date = new Date()) => `incidents-proposal-${now.toISOString().slice(0, 10)}.json`;
