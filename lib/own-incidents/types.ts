/**
 * The analyst's own incidents (issue 13): an attack they read about in an article,
 * corrected where needed and kept in their browser beside the dataset's incidents.
 * An own incident has every field of a dataset incident (so every view and export
 * handles both alike) plus where it came from: the article, the clip, the evidence.
 */
import type { Incident } from '../dataset/schema';

export interface OwnIncidentEvidence {
  /** The passage of the article that reports it, as the analyst saw it. */
  readonly text: string;
  /** UTF-16 offsets of the passage in the article's text. */
  readonly start: number;
  readonly end: number;
}

export type OwnIncident = Incident & {
  /** Marks the record as the analyst's, never the dataset's. */
  readonly own: true;
  readonly article_url: string;
  readonly article_title?: string;
  /** The clip of the article, when the analyst clipped it. */
  readonly clip_id?: string;
  readonly evidence?: OwnIncidentEvidence;
  /** When it was kept, ISO 8601. */
  readonly kept_at: string;
  /** Names of the fields the analyst changed from what was extracted. */
  readonly corrected: readonly string[];
};

/** Every own incident's id starts with this; dataset ids start with a digit, so the two never collide. */
export const OWN_ID_PREFIX = 'own-';

/** Whether an id (or a record) is the analyst's own. */
export const isOwnId = (id: string): boolean => id.startsWith(OWN_ID_PREFIX);
export const isOwnIncident = (inc: Incident | OwnIncident): inc is OwnIncident => (inc as Partial<OwnIncident>).own === true && isOwnId(inc.id);

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * An id for an own incident: `own-<date>-<first site>-<time of keeping, base 36>`,
 * lowercase kebab-case ASCII under the dataset's 128-character limit, so a proposal
 * file carrying it passes the dataset schema. Two incidents kept the same millisecond
 * on the same site and date need different `now` values (the store adds one).
 */
export function ownIncidentId(date: string | null, sites: readonly string[], now: Date | number): string {
  const ms = typeof now === 'number' ? now : now.getTime();
  const stamp = Math.max(0, Math.floor(ms)).toString(36);
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  const site = kebab(sites[0] ?? '') || 'site';
  const head = `${OWN_ID_PREFIX}${day}-`;
  const room = 128 - head.length - stamp.length - 1;
  const siteCut = site.slice(0, room).replace(/-+$/, '') || 'site';
  return `${head}${siteCut}-${stamp}`;
}
