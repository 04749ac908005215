/**
 * What one sentence says about an attack, read with the rules of every language:
 * attack words, weapons, claim and blame words, casualties, outcome, date,
 * background and count markers. Offsets are in the sentence's folded text.
 */
import { createDateReader, dayRules, type ResolvedDate } from './dates';
import { compileGroups, type PhraseHit } from './phrases';
import type { CasualtyRule, EventWords, HarmRule, NegationRule, OutcomeRule, PhraseRule, WeaponRule } from './rules';

export interface Signals {
  /** Attack words no negation governs. */
  readonly attack: PhraseHit<PhraseRule>[];
  /** Attack words under a negation («لم تُستهدف», "did not hit"). */
  readonly negatedAttack: PhraseHit<PhraseRule>[];
  readonly weapons: PhraseHit<WeaponRule>[];
  /** Claim words no negation governs. */
  readonly claim: PhraseHit<PhraseRule>[];
  readonly blame: PhraseHit<PhraseRule>[];
  /** Denials, and claim words under a negation («لم تعلن أي جهة مسؤوليتها»). */
  readonly denial: PhraseHit<PhraseRule>[];
  readonly casualties: PhraseHit<CasualtyRule>[];
  readonly outcomes: PhraseHit<OutcomeRule>[];
  /** Nouns of harm a harm negation governs, directly or through «أو»/"or" («لم يسفر عن أضرار أو خسائر»): nobody hurt, nothing damaged. */
  readonly unharmed: PhraseHit<HarmRule>[];
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
const WORDS = /[\p{L}\p{N}]+/gu;
/** An Arabic word with the article, after «و ف ب ل ك» or not: a noun, which no negation or subject governs («لم يسفر القصف»). */
export const DEFINITE = /^[وف]?[بلك]?ال|^[وف]?لل/;
/** Punctuation that ends the clause a negation governs. */
const CLAUSE_END = /[,،;؛:]/;
/** What joins two nouns of harm under one negation: «أو», «ولا», "or", "nor", "and". */
const HARM_JOIN = /^\s*(?:او|أو|ولا|و|or|nor|and)\s*$/u;

const KEYS = ['attack', 'weapons', 'claim', 'blame', 'denial', 'casualties', 'outcomes', 'usActor', 'strike', 'retaliation', 'background', 'counts', 'negation', 'clauseBreaks', 'harm', 'harmNegation', 'harmUnknown'] as const;

export function createSignalReader(languages: readonly EventWords[], fold: (s: string) => string): SignalReader {
  // One pass over a sentence's words finds every group of a language, the date words too.
  const compiled = languages.map((w) =>
    compileGroups({ ...(Object.fromEntries(KEYS.map((k) => [k, w[k] as readonly PhraseRule[]])) as Record<Key, readonly PhraseRule[]>), ...dayRules(w) }, w, fold),
  );
  const dates = createDateReader(languages, fold);
  return {
    read(folded, published) {
      const found = compiled.map((c) => c.find(folded));
      const all = <R>(key: Key) => merged(found, key) as PhraseHit<R>[];
      const count = all('counts').length > 0 && sinceWords.test(folded);
      const negations = all<NegationRule>('negation');
      const governed = negations.length === 0 ? () => false : negatedBy(folded, negations, all('clauseBreaks'));
      const attack = all<PhraseRule>('attack');
      const claim = all<PhraseRule>('claim');
      const negatedClaim = claim.filter(governed);
      return {
        attack: negations.length === 0 ? attack : attack.filter((h) => !governed(h)),
        negatedAttack: negations.length === 0 ? [] : attack.filter(governed),
        weapons: all<WeaponRule>('weapons'),
        claim: negatedClaim.length === 0 ? claim : claim.filter((h) => !negatedClaim.includes(h)),
        blame: all('blame'),
        denial: negatedClaim.length === 0 ? all('denial') : [...all<PhraseRule>('denial'), ...negatedClaim].sort((a, b) => a.start - b.start),
        casualties: all<CasualtyRule>('casualties'),
        outcomes: all<OutcomeRule>('outcomes'),
        unharmed: unharmed(folded, all<HarmRule>('harm'), all<NegationRule>('harmNegation'), [...all<PhraseRule>('clauseBreaks'), ...all<PhraseRule>('harmUnknown')]),
        usActor: all('usActor').length > 0,
        strike: all('strike'),
        retaliationAt: all('retaliation')[0]?.start ?? -1,
        background: all('background').length > 0,
        count,
        date: dates.read(folded, published, found),
      };
    },
  };
}

/** The hits of one group in every language, in text order (most sentences have words of one script only). */
function merged(found: readonly Record<string, PhraseHit<PhraseRule>[]>[], key: string): PhraseHit<PhraseRule>[] {
  let only: PhraseHit<PhraseRule>[] | null = null;
  let several = false;
  for (const f of found) {
    if (f[key].length === 0) continue;
    if (only) several = true;
    else only = f[key];
  }
  if (!several) return only ?? NONE;
  return found.flatMap((f) => f[key]).sort((a, b) => a.start - b.start);
}

const NONE: PhraseHit<PhraseRule>[] = Object.freeze([]) as unknown as PhraseHit<PhraseRule>[];

/** The nouns of harm `negations` govern, and those joined to a governed one by «أو», "or". */
function unharmed(folded: string, harm: readonly PhraseHit<HarmRule>[], negations: readonly PhraseHit<NegationRule>[], breaks: readonly PhraseHit<PhraseRule>[]): PhraseHit<HarmRule>[] {
  if (harm.length === 0 || negations.length === 0) return NONE as PhraseHit<HarmRule>[];
  const governed = negatedBy(folded, negations, breaks);
  const out: PhraseHit<HarmRule>[] = [];
  for (const h of harm) {
    const last = out[out.length - 1];
    if (governed(h) || (last && HARM_JOIN.test(folded.slice(last.end, h.start)))) out.push(h);
  }
  return out;
}

/**
 * Whether a hit stands within the scope of a negation before it: at most `scope`
 * words on, in the same clause (no comma, no «لكن»/"but" between), and not on a word
 * that opens a new clause with «و» («لم يسفر عن إصابات وأعلنت…»).
 */
function negatedBy(folded: string, negations: readonly PhraseHit<NegationRule>[], breaks: readonly PhraseHit<PhraseRule>[]) {
  return (hit: { start: number; end: number }): boolean =>
    negations.some((n) => {
      if (n.end > hit.start || DEFINITE.test(folded.slice(hit.start, hit.end))) return false;
      const between = folded.slice(n.end, hit.start);
      if (CLAUSE_END.test(between) || breaks.some((b) => b.start >= n.end && b.end <= hit.start)) return false;
      const words = between.match(WORDS)?.length ?? 0;
      if (words > 0 && /^[وف]/.test(folded.slice(hit.start, hit.start + 1))) return false;
      return words < n.rule.scope;
    });
}
