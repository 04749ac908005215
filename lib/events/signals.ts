/**
 * What one sentence says about an attack, read with the rules of every language:
 * attack words, weapons, claim and blame words, casualties, outcome, date,
 * background and count markers. Offsets are in the sentence's folded text.
 */
import { createDateReader, type ResolvedDate } from './dates';
import { compileGroups, type PhraseHit } from './phrases';
import type { CasualtyRule, EventWords, OutcomeRule, PhraseRule, WeaponRule } from './rules';

export interface Signals {
  readonly attack: PhraseHit<PhraseRule>[];
  readonly weapons: PhraseHit<WeaponRule>[];
  readonly claim: PhraseHit<PhraseRule>[];
  readonly blame: PhraseHit<PhraseRule>[];
  readonly denial: PhraseHit<PhraseRule>[];
  readonly casualties: PhraseHit<CasualtyRule>[];
  readonly outcomes: PhraseHit<OutcomeRule>[];
  readonly usActor: boolean;
  readonly strike: PhraseHit<PhraseRule>[];
  /** Where the first «ردا على» / "in retaliation" starts, or -1. */
  readonly retaliationAt: number;
  readonly background: boolean;
  readonly count: boolean;
  readonly date: ResolvedDate | null;
}

type Key = (typeof KEYS)[number];

export interface SignalReader {
  read(folded: string, published: string | null): Signals;
}

const sinceWords = /(?<![\p{L}])(?:منذ|خلال|حتى الان|since|so far|over the past)(?![\p{L}])/u;

const KEYS = ['attack', 'weapons', 'claim', 'blame', 'denial', 'casualties', 'outcomes', 'usActor', 'strike', 'retaliation', 'background', 'counts'] as const;

export function createSignalReader(languages: readonly EventWords[], fold: (s: string) => string): SignalReader {
  const compiled = languages.map((w) =>
    compileGroups(Object.fromEntries(KEYS.map((k) => [k, w[k] as readonly PhraseRule[]])) as Record<Key, readonly PhraseRule[]>, w, fold),
  );
  const dates = createDateReader(languages, fold);
  return {
    read(folded, published) {
      const found = compiled.map((c) => c.find(folded));
      const all = <R>(key: Key) => (found.length === 1 ? found[0][key] : found.flatMap((f) => f[key]).sort((a, b) => a.start - b.start)) as PhraseHit<R>[];
      const count = all('counts').length > 0 && sinceWords.test(folded);
      return {
        attack: all('attack'),
        weapons: all<WeaponRule>('weapons'),
        claim: all('claim'),
        blame: all('blame'),
        denial: all('denial'),
        casualties: all<CasualtyRule>('casualties'),
        outcomes: all<OutcomeRule>('outcomes'),
        usActor: all('usActor').length > 0,
        strike: all('strike'),
        retaliationAt: all('retaliation')[0]?.start ?? -1,
        background: all('background').length > 0,
        count,
        date: dates.read(folded, published),
      };
    },
  };
}

/** «صاروخ باليستي» is a ballistic missile, not also a rocket: a weapon inside another's span is dropped. */
function dropContained(hits: PhraseHit<WeaponRule>[]): PhraseHit<WeaponRule>[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.rule.weapon !== h.rule.weapon && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}
