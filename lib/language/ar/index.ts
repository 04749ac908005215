import type { FoldSpec } from '../../text/fold-table';
import type { PatternVariant, ScriptRules } from '../script-rules';
import { article, conjunctions, lamArticle, prepositions } from './clitics';
import { baseTriggers, cueWindowWords, militiaCues } from './context-words';
import { attachedMarks, letterRules } from './letters';
import { spellingVariants } from './spelling-variants';

/** The Arabic folds, for the normaliser. */
export const arabicFolds: FoldSpec = { letterRules, attachedMarks };

/** The Arabic rules, with rule words folded by `fold` (the normaliser's). */
export function createArabicRules(fold: (s: string) => string): ScriptRules {
  const conj = conjunctions.map((c) => c.letter);
  const prep = prepositions.map((p) => p.letter);
  const art = fold(article.text);
  // Every proclitic sequence: an optional conjunction, then an optional preposition.
  const sequences = new Set<string>(['']);
  for (const c of ['', ...conj]) for (const p of ['', ...prep]) sequences.add(c + p);
  // Before a form whose article lost its alef (للحشد → ل + لحشد): the sequence ends with ل.
  const beforeElided = new Set([...sequences].filter((s) => s.endsWith(lamArticle.preposition)));
  const elidedStart = fold(article.text).slice(1); // «ل»
  const variantPairs = spellingVariants.map((v) => [fold(v.a), fold(v.b)] as const);

  const rules: ScriptRules = {
    variants(alias: string): PatternVariant[] {
      const spellings = new Set([alias]);
      for (const [a, b] of variantPairs) {
        for (const s of [...spellings]) {
          if (s.includes(a)) spellings.add(s.replaceAll(a, b));
          if (s.includes(b)) spellings.add(s.replaceAll(b, a));
        }
      }
      const out: PatternVariant[] = [];
      for (const s of spellings) {
        out.push({ text: s, elided: false });
        if (s.startsWith(art)) out.push({ text: s.slice(art.length - elidedStart.length), elided: true });
      }
      return out;
    },
    wordForms(word) {
      return [...rules.variants(word), ...rules.variants(art + word)];
    },
    isProclitic(prefix, variant) {
      return variant.elided ? beforeElided.has(prefix) : sequences.has(prefix);
    },
    stems(word) {
      const out = new Set([word]);
      for (const seq of sequences) {
        if (!word.startsWith(seq)) continue;
        const rest = word.slice(seq.length);
        if (rest.length > 0) out.add(rest);
        if (rest.startsWith(art) && rest.length > art.length) out.add(rest.slice(art.length));
        if (seq.endsWith(lamArticle.preposition) && rest.startsWith(elidedStart) && rest.length > 1) out.add(rest.slice(1)); // للقاعدة
      }
      return [...out];
    },
    baseTriggersBefore: new Set(baseTriggers.map((t) => fold(t.word))),
    baseTriggersAfter: new Set(),
    militiaCues: new Set(militiaCues.map((c) => fold(c.word))),
    cueWindow: cueWindowWords,
  };
  return rules;
}
