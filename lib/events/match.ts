/**
 * An extracted event against the dataset's incidents: the same site, a date
 * within a day and a compatible weapon make it a known incident; where the article
 * then gives another date, other casualties or another claimant, it contradicts
 * the record, and both values are kept.
 */
import type { Incident } from '../dataset/schema';
import { parseDay } from './dates';
import type { ArticleEvent } from './types';

export interface Contradiction {
  readonly field: 'date' | 'casualties' | 'claimed_by';
  readonly article: unknown;
  readonly dataset: unknown;
}

export interface IncidentMatch {
  readonly incident: Incident;
  readonly contradictions: readonly Contradiction[];
}

const DAY = 86_400_000;

type Matchable = Pick<ArticleEvent, 'kind' | 'sites' | 'date' | 'weapons' | 'casualties' | 'claimed_by'>;

const compatibleWeapons = (a: readonly string[], b: readonly string[]) =>
  a.includes('unknown') || b.includes('unknown') || a.some((w) => b.includes(w)) || (isMissile(a) && isMissile(b));
const isMissile = (ws: readonly string[]) => ws.some((w) => w === 'rocket' || w === 'ballistic missile' || w === 'cruise missile');

/** The incident the event reports (nearest date first), or null. Strikes on groups are never incidents. */
export function matchIncident(event: Matchable, incidents: readonly Incident[]): Incident | null {
  return compareWithDataset(event, incidents)?.incident ?? null;
}

/** The incident the event reports with what the article says differently, or null. */
export function compareWithDataset(event: Matchable, incidents: readonly Incident[]): IncidentMatch | null {
  if (event.kind !== 'attack' || event.date === null) return null;
  const day = parseDay(event.date);
  if (day === null) return null;
  let best: Incident | null = null;
  let bestGap = Infinity;
  for (const inc of incidents) {
    if (!inc.sites.some((s) => event.sites.includes(s))) continue;
    const gap = Math.abs((parseDay(inc.date) ?? Infinity) - day);
    if (gap > DAY || gap >= bestGap || !compatibleWeapons(event.weapons, inc.weapons)) continue;
    best = inc;
    bestGap = gap;
  }
  if (!best) return null;
  const contradictions: Contradiction[] = [];
  if (best.date !== event.date) contradictions.push({ field: 'date', article: event.date, dataset: best.date });
  const c = event.casualties;
  const k = best.casualties;
  if (c && k && ((c.killed !== null && k.killed !== null && c.killed !== k.killed) || (c.injured !== null && k.injured !== null && c.injured !== k.injured))) {
    contradictions.push({ field: 'casualties', article: c, dataset: { killed: k.killed, injured: k.injured } });
  }
  if (event.claimed_by.length > 0 && best.claimed_by.length > 0 && !event.claimed_by.some((g) => best.claimed_by.includes(g))) {
    contradictions.push({ field: 'claimed_by', article: event.claimed_by, dataset: best.claimed_by });
  }
  return { incident: best, contradictions };
}
