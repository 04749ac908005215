/**
 * What the mention engine asks of a script's rules. The engine knows no language;
 * `lib/language/ar` and `lib/language/latin` plug into it. All strings here are
 * folded (see `Normalizer.fold`).
 */
export interface PatternVariant {
  /** The folded form to match. */
  readonly text: string;
  /** A form with a letter elided after a proclitic (ل + ال → لل): only valid after such a proclitic. */
  readonly elided: boolean;
}

export interface ScriptRules {
  /** The forms under which a folded alias is matched (the alias itself first). */
  variants(alias: string): PatternVariant[];
  /** The forms of an ordinary (folded) word, such as a trigger word, with the article where it takes one. */
  wordForms(word: string): PatternVariant[];
  /** Whether `prefix`, the letters glued in front of a name, is a sequence of proclitics. */
  isProclitic(prefix: string, variant: { readonly elided: boolean }): boolean;
  /** The stems of a folded word: the word and what remains once valid proclitics are removed. */
  stems(word: string): string[];
  /** Words (folded, possibly several words) that make an ordinary base name a name when right before it. */
  readonly baseTriggersBefore: ReadonlySet<string>;
  /** … or right after it. */
  readonly baseTriggersAfter: ReadonlySet<string>;
  /** Words (folded) that make an ordinary militia name a name when among the `cueWindow` words before it. */
  readonly militiaCues: ReadonlySet<string>;
  readonly cueWindow: number;
}
