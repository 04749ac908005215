/**
 * Scoring found mentions against gold annotations (docs/ANNOTATION.md): the same
 * arithmetic for the seed test, the held-out test and `npm run eval` on a real-news
 * corpus, so that a number quoted anywhere means the same thing.
 *
 * A true positive has the gold span (UTF-16 start and end) and the gold entity and
 * kind. A found span with the gold span but another entity counts as one false
 * positive and one false negative (a wrong entity). Optional gold spans are neither
 * rewarded nor penalised.
 */
import { resolveEntityId } from '../dataset/retired-ids';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  entity: string;
  kind: 'base' | 'militia';
}

export interface GoldFile {
  mentions: GoldMention[];
  optional: GoldMention[];
  /** Where the passage was read (real corpora), its outlet, language and kind. */
  source_url?: string;
  outlet?: string;
  lang?: 'ar' | 'en';
  kind?: 'conflict' | 'trap';
}

export interface FoundMention {
  start: number;
  end: number;
  text: string;
  entity: { id: string; kind: string };
}

/** One disagreement, for reading: what was missed, found in excess, or mislabelled. */
export interface ScoreError {
  file: string;
  type: 'missed' | 'extra' | 'wrong-entity';
  start: number;
  end: number;
  text: string;
  /** The gold entity (missed, wrong-entity) or the found one (extra). */
  entity: string;
  /** For wrong-entity: what the engine said. */
  found?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  wrongEntity: number;
  errors: ScoreError[];
}

export interface Totals extends Score {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Gold files of the seeds name entities by descriptive keys; the project's ids differ
 * for a few. Map by name: gold key → id in data/.
 */
export const goldKeyToId: Readonly<Record<string, string>> = {
  hezbollah: 'lebanese-hezbollah',
  'lebanese-hezbollah': 'lebanese-hezbollah',
};

const spanKey = (m: { start: number; end: number }) => `${m.start}:${m.end}`;

export function score(file: string, gold: GoldFile, found: readonly FoundMention[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, wrongEntity: 0, errors: [] };
  const want = new Map(gold.mentions.map((m) => [spanKey(m), m]));
  const optional = new Set((gold.optional ?? []).map(spanKey));
  const got = new Set<string>();
  for (const m of found) {
    const key = spanKey(m);
    got.add(key);
    const g = want.get(key);
    if (g) {
      const id = goldKeyToId[g.entity] ?? resolveEntityId(g.entity); // gold written before an id was retired
      if (m.entity.id === id && m.entity.kind === g.kind) s.tp++;
      else {
        s.wrongEntity++;
        s.fp++;
        s.fn++;
        s.errors.push({ file, type: 'wrong-entity', start: m.start, end: m.end, text: m.text, entity: id, found: m.entity.id });
      }
    } else if (!optional.has(key)) {
      s.fp++;
      s.errors.push({ file, type: 'extra', start: m.start, end: m.end, text: m.text, entity: m.entity.id });
    }
  }
  for (const [key, g] of want) {
    if (got.has(key)) continue;
    s.fn++;
    s.errors.push({ file, type: 'missed', start: g.start, end: g.end, text: g.text, entity: goldKeyToId[g.entity] ?? resolveEntityId(g.entity) });
  }
  return s;
}

export function total(scores: readonly Score[]): Totals {
  const t = scores.reduce<Score>(
    (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, wrongEntity: a.wrongEntity + b.wrongEntity, errors: [...a.errors, ...b.errors] }),
    { tp: 0, fp: 0, fn: 0, wrongEntity: 0, errors: [] },
  );
  const precision = t.tp / (t.tp + t.fp || 1);
  const recall = t.tp / (t.tp + t.fn || 1);
  return { ...t, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/** One line for a person: «missed «…» 12:21 (ain-al-asad)». */
export function describeError(e: ScoreError): string {
  const where = `${e.file}: ${e.start}:${e.end}`;
  if (e.type === 'missed') return `${where} missed «${e.text}» (${e.entity})`;
  if (e.type === 'extra') return `${where} extra «${e.text}» → ${e.entity}`;
  return `${where} «${e.text}» is ${e.found}, gold says ${e.entity}`;
}
