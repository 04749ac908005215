/**
 * What one sentence says about an attack, read with the rules of every language:
 * attack words, weapons, claim and blame words, casualties, outcome, date,
 * background and count markers. Offsets are in the sentence's folded text.
 */
import { createDateReader, type ResolvedDate } from './dates';
import { compileRules, type CompiledRules, type PhraseHit } from './phrases';
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
  readonly strike: boolean;
  /** Where the first «ردا على» / "in retaliation" starts, or -1. */
  readonly retaliationAt: number;
  readonly background: boolean;
  readonly count: boolean;
  readonly date: ResolvedDate | null;
}

type Key = 'attack' | 'weapons' | 'claim' | 'blame' | 'denial' | 'casualties' | 'outcomes' | 'usActor' | 'strike' | 'retaliation' | 'background' | 'counts';

export interface SignalReader {
  read(folded: string, published: string | null): Signals;
}

const sinceWords = /(?<![\p{L}])(?:منذ|خلال|حتى الان|since|so far|over the past)(?![\p{L}])/u;

export function createSignalReader(languages: readonly EventWords[], fold: (s: string) => string): SignalReader {
  const compile = <K extends Key>(key: K) =>
    languages.map((w) => compileRules(w[key] as readonly PhraseRule[], w, fold)) as CompiledRules<never>[];
  const rules = {
    attack: compile('attack'),
    weapons: compile('weapons'),
    claim: compile('claim'),
    blame: compile('blame'),
    denial: compile('denial'),
    casualties: compile('casualties'),
    outcomes: compile('outcomes'),
    usActor: compile('usActor'),
    strike: compile('strike'),
    retaliation: compile('retaliation'),
    background: compile('background'),
    counts: compile('counts'),
  };
  const dates = createDateReader(languages, fold);
  const find = <R>(list: CompiledRules<never>[], folded: string) =>
    (list.flatMap((c) => c.find(folded)) as PhraseHit<R>[]).sort((a, b) => a.start - b.start);
  const test = (list: CompiledRules<never>[], folded: string) => list.some((c) => c.test(folded));
  return {
    read(folded, published) {
      return {
        attack: find(rules.attack, folded),
        weapons: dropContained(find<WeaponRule>(rules.weapons, folded)),
        claim: find(rules.claim, folded),
        blame: find(rules.blame, folded),
        denial: find(rules.denial, folded),
        casualties: find(rules.casualties, folded),
        outcomes: find(rules.outcomes, folded),
        usActor: test(rules.usActor, folded),
        strike: test(rules.strike, folded),
        retaliationAt: find(rules.retaliation, folded)[0]?.start ?? -1,
        background: test(rules.background, folded),
        count: test(rules.counts, folded) && sinceWords.test(folded),
        date: dates.read(folded, published),
      };
    },
  };
}

/** «صاروخ باليستي» is a ballistic missile, not also a rocket: a weapon inside another's span is dropped. */
function dropContained(hits: PhraseHit<WeaponRule>[]): PhraseHit<WeaponRule>[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.rule.weapon !== h.rule.weapon && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}
