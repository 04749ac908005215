import { quotesInsideNames } from '../name-punctuation';
import type { FoldSpec } from '../../text/fold-table';
import type { PatternVariant, ScriptRules } from '../script-rules';
import { article, conjunctions, lamArticle, prepositions } from './clitics';
import { attackWindowWords, attackWords, baseTriggers, baseTriggersAfter, cueWindowWords, figurativeAfter, foreignPlaces, givenNames, locationVerbs, locatives, locativeWindowWords, militiaCues, militiaCuesAfter, ordinaryReadings, placeLocatives, namesakeFacilities, personTitles, placeNouns, referringTriggers, textSenses, townApposition, triggerModifiers } from './context-words';
import { attachedMarks, letterRules } from './letters';
import { spellingVariants } from './spelling-variants';

/** The Arabic folds, for the normaliser. */
export const arabicFolds: FoldSpec = { letterRules, attachedMarks };

/** The Arabic rules, with rule words folded by `fold` (the normaliser's). */
export function createArabicRules(fold: (s: string) => string): ScriptRules {
  const conj = conjunctions.map((c) => c.letter);
  const prep = prepositions.map((p) => p.letter);
  const art = fold(article.text); // «ال»
  const lam = lamArticle.preposition; // «ل»
  const artLam = art.slice(1); // the article's lam, what remains of it after ل
  // Every proclitic sequence: an optional conjunction, then an optional preposition.
  const sequences = new Set<string>(['']);
  for (const c of ['', ...conj]) for (const p of ['', ...prep]) sequences.add(c + p);
  // Sequences after which the article loses its alef (ل + ال → لل).
  const beforeElided = new Set([...sequences].filter((s) => s.endsWith(lam)));
  const variantPairs = spellingVariants.map((v) => [fold(v.a), fold(v.b)] as const);
  // Words recur within a text; their stems are remembered (a bounded cache).
  const stemCache = new Map<string, string[]>();
  const words = (list: readonly { readonly word: string }[]) => new Set(list.map((w) => fold(w.word)));

  const variants = (alias: string): PatternVariant[] => {
      const spellings = new Set([alias]);
      for (const [a, b] of variantPairs) {
        for (const s of [...spellings]) {
          if (s.includes(a)) spellings.add(s.replaceAll(a, b));
          if (s.includes(b)) spellings.add(s.replaceAll(b, a));
        }
      }
      const out: PatternVariant[] = [];
      for (const s of spellings) {
        const withArticle = s.startsWith(art);
        out.push({ text: s, elided: false, article: withArticle });
        if (withArticle) out.push({ text: s.slice(1), elided: true, article: true });
      }
      return out;
  };

  return {
    variants,
    wordForms: (word) => [...variants(word), ...variants(art + word)],
    nameStart(prefix, variant) {
      if (variant.elided) return beforeElided.has(prefix) ? 0 : -1;
      if (sequences.has(prefix)) return 0;
      if (variant.article) return -1;
      // A name written without the article may carry it: «الحرير», «للرميلان».
      if (prefix.endsWith(art) && sequences.has(prefix.slice(0, -art.length))) return art.length;
      if (prefix.endsWith(lam + artLam) && beforeElided.has(prefix.slice(0, -artLam.length))) return artLam.length;
      return -1;
    },
    stems(word) {
      const known = stemCache.get(word);
      if (known) return known;
      if (stemCache.size >= 4096) stemCache.clear();
      const out = new Set([word]);
      for (const seq of sequences) {
        if (!word.startsWith(seq)) continue;
        const rest = word.slice(seq.length);
        if (rest.length > 0) out.add(rest);
        if (rest.startsWith(art) && rest.length > art.length) out.add(rest.slice(art.length));
        if (seq.endsWith(lam) && rest.startsWith(artLam) && rest.length > 1) out.add(rest.slice(1)); // للقاعدة
      }
      const stems = [...out];
      stemCache.set(word, stems);
      return stems;
    },
    baseTriggersBefore: words(baseTriggers),
    triggerModifiers: new Set([...words(triggerModifiers)].flatMap((w) => variants(w).map((v) => v.text))),
    baseTriggersAfter: new Set(baseTriggersAfter.map((t) => fold(t.words))),
    afterFillers: new Set(),
    capitalisedNames: false,
    locatives: words(locatives),
    placeLocatives: words(placeLocatives),
    foreignPlaces: words(foreignPlaces),
    placeNouns: words(placeNouns),
    placeNounsAfter: new Set(),
    locativeWindow: locativeWindowWords,
    coordinators: conj.filter((c) => c === 'و'),
    militiaCues: words(militiaCues),
    // A group's cue word does not belong to a name it is written with: a quote after it
    // marks the name proper («حركة "النجباء"»). A base's trigger word stays in a quoted
    // name that has it («حقل "كونيكو"» is the alias «حقل كونيكو»).
    nameDescriptors: words(militiaCues),
    givenNames: words(givenNames),
    namingWords: new Set(),
    cueWindow: cueWindowWords,
    abbreviationDefinition: null,
    articleBefore: null,
    militiaCuesAfter: words(militiaCuesAfter),
    locativeTriggers: words([...baseTriggers, ...referringTriggers]),
    locationVerbs: words(locationVerbs),
    attackWords: words(attackWords),
    properSense: null,
    stationedNouns: new Set(),
    stationedLocatives: new Set(),
    attackWindow: attackWindowWords,
    ordinaryReadings: new Map(ordinaryReadings.map((r) => [fold(r.name), { before: words(r.before.map((word) => ({ word }))), after: words(r.after.map((word) => ({ word }))), throughout: words((r.throughout ?? []).map((word) => ({ word }))) }])),
    textSenses: textSenses.map((t) => ({ forms: new Set(t.forms.map(fold)), usually: t.usually, means: t.means, unless: t.unless, shownBy: t.shownBy })),
    // «لل» is ل + ال: the article is there, its alef dropped.
    restoredPrefix: (prefix) => (prefix.endsWith(lam + artLam) ? prefix.slice(0, -artLam.length) + art : prefix),
    letterQuotes: null,
    adjectiveInQuotes: quotesInsideNames.adjectiveInside,
    townApposition: townApposition.pattern,
    namesakes: words([...personTitles, ...namesakeFacilities]),
    figurativeAfter: words(figurativeAfter),
  };
}
