/**
 * What one sentence says about an attack, read with the rules of every language:
 * attack words, weapons, claim and blame words, casualties, outcome, date,
 * background and count markers. Offsets are in the sentence's folded text.
 */
import { createDateReader, DAY_MS, dayRules, parseDay, type ResolvedDate } from './dates';
import { compileGroups, type PhraseHit } from './phrases';
import type { BackgroundRule, CasualtyRule, EventWords, HarmRule, NegationRule, OutcomeRule, PhraseRule, WeaponRule } from './rules';

export interface Signals {
  /** Attack words no negation governs. */
  readonly attack: PhraseHit<PhraseRule>[];
  /** Attack words under a negation («لم تُستهدف», "did not hit"). */
  readonly negatedAttack: PhraseHit<PhraseRule>[];
  /** Words that open a new clause («فيما», "while"). */
  readonly clauseBreaks: PhraseHit<PhraseRule>[];
  /** A convoy of the coalition or of its suppliers («رتل دعم لوجستي للتحالف»). */
  readonly convoy: boolean;
  readonly weapons: PhraseHit<WeaponRule>[];
  /** Claim words no negation governs. */
  readonly claim: PhraseHit<PhraseRule>[];
  readonly blame: PhraseHit<PhraseRule>[];
  /** Speech words («قالت», "said"): who speaks of an attack an unnamed claimant claimed. */
  readonly speech: PhraseHit<PhraseRule>[];
  /** Denials, and claim words under a negation («لم تعلن أي جهة مسؤوليتها»). */
  readonly denial: PhraseHit<PhraseRule>[];
  readonly casualties: PhraseHit<CasualtyRule>[];
  readonly outcomes: PhraseHit<OutcomeRule>[];
  /**
   * Nouns of harm a harm negation governs, directly or through «أو»/"or» («لم يسفر عن
   * أضرار أو خسائر»), and uncounted casualty phrases it governs («لم ترد أنباء عن وقوع
   * إصابات»): nobody hurt, nothing damaged.
   */
  readonly unharmed: Unharmed[];
  readonly usActor: boolean;
  readonly strike: PhraseHit<PhraseRule>[];
  /** The sentence places a strike in this conflict (a country, a district, militias). */
  readonly strikeArena: boolean;
  /** Where the first «ردا على» / "in retaliation" starts, or -1. */
  readonly retaliationAt: number;
  readonly background: boolean;
  readonly count: boolean;
  readonly date: ResolvedDate | null;
}

type Key = (typeof KEYS)[number];

/** A place the text says nobody, or nothing, was harmed. */
export interface Unharmed {
  readonly start: number;
  readonly end: number;
  readonly harms: HarmRule['harms'];
}

export interface SignalReader {
  read(folded: string, published: string | null): Signals;
}

const sinceWords = /(?<![\p{L}])(?:منذ|خلال|حتى الان|since|so far|over the past)(?![\p{L}])/u;
const WORDS = /[\p{L}\p{N}]+/gu;
/** An Arabic word with the article, after «و ف ب ل ك» or not: a noun, which no negation or subject governs («لم يسفر القصف»). */
export const DEFINITE = /^[وف]?[بلك]?ال|^[وف]?لل/;
/** Punctuation that ends the clause a negation governs. */
const CLAUSE_END = /[,،;؛:]/;
/** What joins two nouns of harm under one negation: «أو», «ولا», "or", "nor", "and" (and «و» on the second noun). */
const WAW = 0x648;
const HARM_JOIN = /^\s*(?:او|أو|ولا|و|or|nor|and)\s+(?:[\p{L}]+\s+)?$/u;

const KEYS = ['attack', 'convoys', 'weapons', 'speech', 'claim', 'blame', 'denial', 'casualties', 'outcomes', 'usActor', 'strike', 'strikeArena', 'retaliation', 'background', 'counts', 'negation', 'clauseBreaks', 'harm', 'harmNegation', 'harmUnknown'] as const;

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
      const date = dates.read(folded, published, found);
      const negations = all<NegationRule>('negation');
      const governed = negations.length === 0 ? () => false : negatedBy(folded, negations, all('clauseBreaks'));
      const attack = all<PhraseRule>('attack');
      const claim = all<PhraseRule>('claim');
      const negatedClaim = claim.filter(governed);
      const harm = harmOf(folded, all<CasualtyRule>('casualties'), all<HarmRule>('harm'), all<NegationRule>('harmNegation'), [...all<PhraseRule>('clauseBreaks'), ...all<PhraseRule>('harmUnknown')]);
      return {
        attack: negations.length === 0 ? attack : attack.filter((h) => !governed(h)),
        negatedAttack: negations.length === 0 ? [] : attack.filter(governed),
        clauseBreaks: all('clauseBreaks'),
        convoy: all('convoys').length > 0,
        weapons: all<WeaponRule>('weapons'),
        claim: negatedClaim.length === 0 ? claim : claim.filter((h) => !negatedClaim.includes(h)),
        blame: all('blame'),
        speech: all('speech'),
        denial: negatedClaim.length === 0 ? all('denial') : [...all<PhraseRule>('denial'), ...negatedClaim].sort((a, b) => a.start - b.start),
        casualties: harm.casualties,
        outcomes: all<OutcomeRule>('outcomes'),
        unharmed: harm.unharmed,
        usActor: all('usActor').length > 0,
        strike: all('strike'),
        strikeArena: all('strikeArena').length > 0,
        retaliationAt: all('retaliation')[0]?.start ?? -1,
        background: background(all<BackgroundRule>('background'), date, published),
        count,
        date,
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

/**
 * Whether background words make the sentence a recall: words that only name another
 * time («الشهر الماضي») do not when the sentence dates its own news the day of
 * publication or the day before.
 */
function background(hits: readonly PhraseHit<BackgroundRule>[], date: ResolvedDate | null, published: string | null): boolean {
  if (hits.length === 0) return false;
  if (!hits.every((h) => h.rule.otherTime) || date === null || date.precision !== 'day' || published === null) return true;
  const pub = parseDay(published);
  const day = parseDay(date.date);
  return pub === null || day === null || pub - day > DAY_MS || day > pub;
}

/**
 * The casualty phrases that stand, and the places nobody or nothing was harmed: nouns
 * of harm `negations` govern, those joined to a governed one by «أو», "or" (one word
 * may come between: "or significant damage"), and uncounted casualty phrases a
 * negation governs, which then say the opposite.
 */
function harmOf(
  folded: string,
  casualties: PhraseHit<CasualtyRule>[],
  harm: readonly PhraseHit<HarmRule>[],
  negations: readonly PhraseHit<NegationRule>[],
  breaks: readonly PhraseHit<PhraseRule>[],
): { casualties: PhraseHit<CasualtyRule>[]; unharmed: Unharmed[] } {
  if (negations.length === 0) return { casualties, unharmed: NONE as unknown as Unharmed[] };
  const governed = negatedBy(folded, negations, breaks);
  const unharmed: Unharmed[] = [];
  for (const h of harm) {
    const last = unharmed[unharmed.length - 1];
    const joined = last && (HARM_JOIN.test(folded.slice(last.end, h.start)) || (folded.charCodeAt(h.start) === WAW && /^\s*$/.test(folded.slice(last.end, h.start))));
    if (governed(h) || joined) unharmed.push({ start: h.start, end: h.end, harms: h.rule.harms });
  }
  const uncounted = (h: PhraseHit<CasualtyRule>) => h.rule.field !== 'none' && h.n === null && h.rule.count === undefined;
  const denied = casualties.filter((h) => uncounted(h) && governed(h));
  for (const h of denied) unharmed.push({ start: h.start, end: h.end, harms: 'people' });
  return { casualties: denied.length === 0 ? casualties : casualties.filter((h) => !denied.includes(h)), unharmed };
}

/**
 * Whether a hit stands within the scope of a negation before it: at most `scope`
 * words on, in the same clause (no comma, no «لكن»/"but" between), and not on a word
 * that opens a new clause with «و» («لم يسفر عن إصابات وأعلنت…»).
 */
function negatedBy(folded: string, negations: readonly PhraseHit<NegationRule>[], breaks: readonly PhraseHit<PhraseRule>[]) {
  return (hit: PhraseHit<PhraseRule>): boolean =>
    negations.some((n) => {
      if (n.end > hit.start || DEFINITE.test(folded.slice(hit.start, hit.end))) return false;
      const between = folded.slice(n.end, hit.start);
      if (CLAUSE_END.test(between) || breaks.some((b) => b.start >= n.end && b.end <= hit.start)) return false;
      const words = between.match(WORDS)?.length ?? 0;
      // «و» or «ف» glued to the word opens a new clause, unless the word begins with that letter («وفيات»).
      const first = folded.charAt(hit.start);
      if (words > 0 && /^[وف]/.test(first) && !hit.rule.forms.some((f) => f.startsWith(first))) return false;
      return words < n.rule.scope;
    });
}
