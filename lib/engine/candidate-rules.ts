/**
 * The cue phrases that introduce a group's name, as each language states them
 * (lib/language/{ar,latin}/candidate-cues.ts), and their compiled form: one regular
 * expression per cue over folded text. The engine knows no language; the cue sets
 * carry every word.
 */

export interface CandidateCue {
  /** What the rule recognises, in a few words. */
  readonly name: string;
  /**
   * The cue's phrases: words separated by spaces; `a|b` a word's forms; a trailing `?`
   * an optional word; `{group}` a group noun; `{gap}` up to three other words.
   */
  readonly phrases: readonly string[];
  /** Whether an unquoted name may follow (else only a quoted one). */
  readonly bare: boolean;
  /** If set, an unquoted name counts only when one of these words follows it («… المسؤولية»). */
  readonly bareBefore?: readonly string[];
  /** A sentence with the cue, and the name that must be found in it (a test checks each). */
  readonly example: string;
  readonly expected: string;
}

export interface CandidateCueSet {
  readonly lang: 'ar' | 'en';
  readonly groupNouns: readonly string[];
  /** Proclitics a group noun may carry («والفصيل»). */
  readonly groupNounPrefixes: readonly string[];
  /** Proclitics the first word of a phrase may carry («وتبنت»). */
  readonly cuePrefixes: readonly string[];
  readonly cues: readonly CandidateCue[];
  /** Words an unquoted name never contains (Arabic: it ends before them; Latin: it never starts with them). */
  readonly stopWords: readonly string[];
  /** A name made only of these words is a description, not a name. */
  readonly genericWords: readonly string[];
  /** Latin script: lower-case words allowed inside a capitalised name (al, of, bin). */
  readonly connectors: readonly string[];
}

export interface CompiledCue {
  readonly cue: CandidateCue;
  /** The whole cue, over folded text. */
  readonly pattern: RegExp;
  /**
   * A word every phrase of the cue has (neither a group noun, a gap nor optional; the
   * rarest-looking): cheap to find, so that `pattern` runs only around it.
   */
  readonly anchor: RegExp;
  readonly bareBefore: ReadonlySet<string> | null;
}

/** A cue set with its words folded and its phrases compiled. */
export interface CompiledCueSet {
  readonly lang: 'ar' | 'en';
  readonly cues: readonly CompiledCue[];
  readonly stopWords: ReadonlySet<string>;
  readonly genericWords: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  /** The group nouns' proclitics, folded, longest first, the empty one last. */
  readonly prefixes: readonly string[];
}

/** Up to this many words between a group noun and the verb that names it. */
export const GAP_WORDS = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/** Up to GAP_WORDS words (of letters, perhaps quoted: a gap never crosses other punctuation), each with the spaces after it. */
const GAP = `(?:"?${LETTER}+"? +){0,${GAP_WORDS}}`;

export function compileCueSet(set: CandidateCueSet, fold: (s: string) => string): CompiledCueSet {
  const alt = (words: readonly string[]) => `(?:${[...new Set(words.map(fold).filter((w) => w.length > 0))].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
  const group = alt(set.groupNouns.flatMap((n) => set.groupNounPrefixes.map((p) => p + n)));
  const lead = alt(set.cuePrefixes.filter((p) => p.length > 0));
  const compile = (phrase: string): string => {
    let out = set.cuePrefixes.some((p) => p.length > 0) ? `${lead}?` : '';
    let afterGap = true; // nothing before the first word: no separator
    for (const raw of phrase.split(' ')) {
      if (raw === '{gap}') {
        out += afterGap ? GAP : ` +${GAP}`;
        afterGap = true;
        continue;
      }
      const optional = raw.endsWith('?');
      const t = optional ? raw.slice(0, -1) : raw;
      const piece = t === '{group}' ? group : alt(t.split('|'));
      if (afterGap) out += optional ? `(?:${piece} +)?` : piece;
      else out += optional ? `(?: +${piece})?` : ` +${piece}`;
      afterGap = false;
    }
    return out;
  };
  // The anchor of a phrase: the forms of its required literal word whose shortest form is
  // longest (the rarest in text: «called» rather than «a»).
  const anchorOf = (phrase: string): string[] => {
    const required = phrase.split(' ').filter((w) => !w.startsWith('{') && !w.endsWith('?')).map((w) => w.split('|'));
    if (required.length === 0) throw new Error(`cue phrase without a required word: ${phrase}`);
    const shortest = (forms: string[]) => Math.min(...forms.map((x) => fold(x).length));
    return required.reduce((a, b) => (shortest(b) > shortest(a) ? b : a));
  };
  const words = (list: readonly string[]) => new Set(list.map(fold));
  return {
    lang: set.lang,
    cues: set.cues.map((cue) => ({
      cue,
      pattern: new RegExp(`(?<!${LETTER})(?:${cue.phrases.map(compile).join('|')})(?!${LETTER})`, 'gu'),
      anchor: new RegExp(alt(cue.phrases.flatMap(anchorOf)), 'g'),
      bareBefore: cue.bareBefore ? words(cue.bareBefore) : null,
    })),
    stopWords: words(set.stopWords),
    genericWords: words(set.genericWords),
    connectors: words(set.connectors),
    prefixes: [...new Set(['', ...set.groupNounPrefixes.map(fold)])].sort((a, b) => b.length - a.length),
  };
}
