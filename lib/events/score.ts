/**
 * Scores extracted events against hand-coded ones (corpus/events/gold.jsonl):
 * main-event precision and recall, and per-field accuracy over the matched pairs.
 */
import type { ArticleEvent } from './types';

export type GoldEvent = Omit<ArticleEvent, 'evidence' | 'known_incident'>;
type Scored = Omit<ArticleEvent, 'evidence' | 'known_incident'> & Partial<Pick<ArticleEvent, 'evidence' | 'known_incident'>>;

export interface EventPair {
  readonly gold: GoldEvent;
  readonly found: Scored;
}

export interface DocumentScore {
  readonly pairs: EventPair[];
  /** Main events found that match no main gold event. */
  readonly spurious: Scored[];
  /** Main gold events nothing matched. */
  readonly missed: GoldEvent[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const sameCasualties = (a: GoldEvent['casualties'], b: GoldEvent['casualties']) =>
  a === null ? b === null : b !== null && a.killed === b.killed && a.injured === b.injured;

/** The fields scored on a matched pair besides the date and the claimant, each with its test of agreement. */
export const SCORED_FIELDS = {
  weapons: (p: EventPair) => sameSet(p.gold.weapons, p.found.weapons),
  casualties: (p: EventPair) => sameCasualties(p.gold.casualties, p.found.casualties),
  outcome: (p: EventPair) => p.gold.outcome === p.found.outcome,
} as const;

/** Whether the pair's claimants agree (attacks only: a strike has no claimant). */
export const sameClaimant = (p: EventPair) => sameSet(p.gold.claimed_by, p.found.claimed_by);
const overlap = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/**
 * Whether `found` reports the gold event: the same kind and a shared site (an
 * attack) or a shared target group (a strike; any strike when the text names none).
 */
export function sameEvent(gold: GoldEvent, found: Scored): boolean {
  if (gold.kind !== found.kind) return false;
  if (gold.kind === 'attack') return overlap(gold.sites, found.sites);
  return gold.target_groups.length === 0 || overlap(gold.target_groups, found.target_groups);
}

/** Pairs the main events of one document, a gold event at most once, a same-date candidate first. */
export function scoreDocument(gold: readonly GoldEvent[], found: readonly Scored[]): DocumentScore {
  const goldMain = gold.filter((e) => e.role === 'main');
  const foundMain = found.filter((e) => e.role === 'main');
  const used = new Set<GoldEvent>();
  const pairs: EventPair[] = [];
  const spurious: Scored[] = [];
  for (const f of foundMain) {
    const candidates = goldMain.filter((g) => !used.has(g) && sameEvent(g, f));
    const g = candidates.find((c) => c.date !== null && c.date === f.date) ?? candidates[0];
    if (g) {
      used.add(g);
      pairs.push({ gold: g, found: f });
    } else spurious.push(f);
  }
  return { pairs, spurious, missed: goldMain.filter((g) => !used.has(g)) };
}

export interface Accuracy {
  readonly right: number;
  readonly total: number;
}

export interface EventTotals {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Matched pairs whose gold date is fixed to a day: the found date is the same day. */
  readonly date: Accuracy;
  /** Matched attacks: the same claimants (both none counts as right). */
  readonly claimant: Accuracy;
  readonly weapons: Accuracy;
  readonly casualties: Accuracy;
  readonly outcome: Accuracy;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function totalEvents(scores: readonly DocumentScore[]): EventTotals {
  const pairs = scores.flatMap((s) => s.pairs);
  const tp = pairs.length;
  const fp = scores.reduce((n, s) => n + s.spurious.length, 0);
  const fn = scores.reduce((n, s) => n + s.missed.length, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const count = (list: EventPair[], ok: (p: EventPair) => boolean): Accuracy => ({ right: list.filter(ok).length, total: list.length });
  const dated = pairs.filter((p) => p.gold.date !== null && p.gold.date_precision === 'day');
  const attacks = pairs.filter((p) => p.gold.kind === 'attack');
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    date: count(dated, (p) => p.found.date === p.gold.date),
    claimant: count(attacks, sameClaimant),
    weapons: count(pairs, SCORED_FIELDS.weapons),
    casualties: count(pairs, SCORED_FIELDS.casualties),
    outcome: count(pairs, SCORED_FIELDS.outcome),
  };
}
