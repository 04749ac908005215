import type { GazetteerEntry } from '../gazetteer/types';
import type { OrdinaryReading, ScriptRules } from '../language/script-rules';
import { ScanBuffers, type Dfa, type Normalizer, type NormalizedText } from '../text/normalize';
import type { Lexicon, PatternRole } from './lexicon';
import { CandidateTable } from './candidate-table';
import type { EntityRef, Mention } from './mention';
import { IntList, NameTable } from './name-table';
import { nearestName, type NearMiss, type NearMissPolicy } from './near-miss';
import { Neighbours, type Word } from './neighbours';

type NameRole = Extract<PatternRole, { role: 'name' }>;

/**
 * A name found in the folded text, before its context is weighed. Offsets are folded.
 * Made from the finder's `NameTable` when a rule reads it, never kept.
 */
interface Found {
  /** Where the name starts (its article included, its other proclitics not). */
  readonly start: number;
  readonly end: number;
  /** Where the word starts, proclitics included. */
  readonly wordStart: number;
  /** The letters from `wordStart` to the pattern: proclitics, and an article the name is written without. */
  readonly prefix: string;
  readonly role: NameRole;
}

const COMMA = 44;
const QUOTE = 34;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/**
 * Finds the mentions of a gazetteer's entities in a text.
 *
 * A mention is a name (an alias, folded) that stands as whole words, possibly with
 * proclitics in front; a name that is an ordinary word also needs context: a trigger
 * word before a base (or «قاعدة … في» before it), a cue before a militia or quotes
 * around it, or a mention of the same kind it is joined to («عين الأسد وحرير»).
 * Of overlapping names the leftmost, then the longest, wins. After a trigger word, a
 * name one or two edits away from a known base name is a near-miss (`match:
 * 'fuzzy'`); once a text has shown a near-miss in that way, its other occurrences in
 * the same text are near-misses too.
 */
export class MentionFinder {
  private readonly refs: readonly EntityRef[];
  private readonly dfa: Dfa;
  /** The scripts' abbreviation definitions, anchored where `lastIndex` is set (sticky, without `^`). */
  private readonly abbreviationPatterns: readonly RegExp[];
  /** Reused by every `find` (which runs to completion before the next can start). */
  private readonly buffers = new ScanBuffers();
  private readonly names = new NameTable();
  private readonly triggers = new IntList();
  /** Where the word after each trigger starts, or -1 if no word follows it. */
  private readonly triggerNext = new IntList();
  /** For each trigger followed by a word, the first trigger followed by the same words (see `phraseAfter`). */
  private readonly triggerPhrase = new IntList();
  /** The first trigger followed by each run of words, by a hash of those words. */
  private readonly phrases = new Map<number, number>();
  /** The name of each candidate row that needs no context (row r: `freeNames[r]`). */
  private readonly freeNames = new IntList();
  private readonly ordinary = new IntList();
  /** The base names the text calls a town (see `townsNamed`), as the scan finds them. */
  private towns: Set<string> | null = null;
  private readonly wanting = new IntList();
  private readonly table = new CandidateTable();
  /** Every pattern's roles in one list: pattern p's are `patternRoles[roleStart[p] .. roleStart[p + 1])`. */
  private readonly patternRoles: readonly PatternRole[];
  private readonly roleStart: Int32Array;
  /** 1 for the pattern roles with `throughout` words (see `ordinaryThroughout`). */
  private readonly throughoutRoles: Uint8Array;
  private readonly anyThroughout: boolean;
  /** Each name's ordinary reading, if any (see `ordinaryReading`), found once per pattern role. */
  private readonly readings = new Map<NameRole, { reading: OrdinaryReading; whole: boolean } | null>();
  /** The scripts' text senses, with entity indices. */
  private readonly senses: readonly { forms: ReadonlySet<string>; usually: number; means: number; unless: readonly string[]; shownBy: readonly string[] }[];

  constructor(
    private readonly lexicon: Lexicon,
    private readonly normalizer: Normalizer,
    private readonly nearMiss: NearMissPolicy,
  ) {
    this.dfa = lexicon.automaton.dfa;
    this.abbreviationPatterns = lexicon.scripts.flatMap((s) => (s.abbreviationDefinition ? [sticky(s.abbreviationDefinition)] : []));
    this.refs = lexicon.entries.map((e: GazetteerEntry) => ({ id: e.id, kind: e.kind, name_en: e.name_en, name_ar: e.name_ar }));
    this.patternRoles = lexicon.roles.flat();
    this.roleStart = new Int32Array(lexicon.roles.length + 1);
    for (let p = 0; p < lexicon.roles.length; p++) this.roleStart[p + 1] = this.roleStart[p] + lexicon.roles[p].length;
    // The roles whose ordinary sense a word before one occurrence shows for the whole text.
    this.throughoutRoles = Uint8Array.from(this.patternRoles, (r) => (r.role === 'name' && (r.script.ordinaryReadings.get(r.variant.text)?.throughout.size ?? 0) > 0 ? 1 : 0));
    this.anyThroughout = this.throughoutRoles.includes(1);
    const index = new Map(lexicon.entries.map((e, i) => [e.id, i]));
    this.senses = lexicon.scripts.flatMap((s) =>
      s.textSenses.flatMap((t) => {
        const usually = index.get(t.usually);
        const means = index.get(t.means);
        return usually === undefined || means === undefined ? [] : [{ forms: t.forms, usually, means, unless: t.unless, shownBy: t.shownBy }];
      }),
    );
  }

  get entries(): readonly GazetteerEntry[] {
    return this.lexicon.entries;
  }

  /** Mentions in `source`, ordered by start, never overlapping. Never throws. */
  find(source: string): Mention[] {
    // One pass folds the text and runs the automaton over it. The folded text lives in
    // this finder's buffers: nothing returned may keep a reference to it. So do the
    // names and candidates, as columns (see NameTable).
    const { text: folded, hits } = this.normalizer.normalizeAndScan(source, this.dfa, this.buffers);
    const near = new Neighbours(folded.codes, folded.length, this.normalizer.table.wordChar);
    const { ordinary, wanting, table } = this;
    // Names that need no context become candidates as the scan finds them, in order of
    // end; the others wait in `ordinary`.
    this.scan(folded, hits, near);
    if (this.towns !== null) this.leaveTowns(near, this.towns);
    // Context is weighed only for ordinary names not ending inside a name that needs
    // none («الأسد» in «عين الأسد» would lose to it anyway).
    const free = table.length;
    wanting.clear(); // ordinary names without context, for the coordination pass
    const plain = this.ordinaryThroughout(near);
    let k = 0;
    for (let o = 0; o < ordinary.length; o++) {
      const f = this.found(ordinary.data[o], near);
      if (plain !== null && plain.has(f.role.variant.text)) continue;
      while (k < free && table.foldedEnd[k] < f.end) k++;
      let inside = false;
      for (let i = k; i < free && table.foldedEnd[i] === f.end && !inside; i++) inside = table.foldedStart[i] <= f.start;
      if (inside) continue;
      if (this.hasContext(folded, f, near)) this.candidate(folded, f.start, f.end, f.role.entity, 1);
      else wanting.push(ordinary.data[o]);
    }
    this.nearMisses(folded, near);
    table.keepAll();
    let added = table.length;
    this.coordinated(folded, near);
    this.spreadNearMisses(folded, near);
    if (table.length > added) table.keepAdded(added);
    added = table.length;
    // Bases an attack word names first, so that one sense per text counts them as named.
    this.attackedBases(folded, near);
    if (table.length > added) table.keepAdded(added);
    added = table.length;
    this.oneSensePerText(folded, near);
    if (table.length > added) table.keepAdded(added);
    added = table.length;
    this.definedAbbreviations(folded);
    if (table.length > added) table.keepAdded(added);
    if (this.senses.length > 0) this.inTextSense(folded);
    const out: Mention[] = new Array(table.keptCount);
    for (let i = 0; i < table.keptCount; i++) {
      const c = table.kept[i];
      const start = table.start[c];
      const end = table.end[c];
      out[i] = { start, end, text: source.slice(start, end), match: table.exact[c] === 1 ? 'exact' : 'fuzzy', score: table.score[c], entity: this.refs[table.entity[c]] };
    }
    return out;
  }

  /** The name in row `n` of the name table, for the rules to read. */
  private found(n: number, near: Neighbours): Found {
    const { names } = this;
    const prefixStart = names.prefixStart[n];
    const matchStart = names.matchStart[n];
    return {
      start: names.start[n],
      end: names.end[n],
      wordStart: names.wordStart[n],
      prefix: prefixStart < matchStart ? near.slice(prefixStart, matchStart) : '',
      role: this.patternRoles[names.role[n]] as NameRole,
    };
  }

  /**
   * Reads the automaton's hits: names and trigger words that stand as whole words with
   * valid proclitics. Each name is weighed as it is found (`weigh`), while the text
   * around it is in the processor's cache: a pass over a long page's names per rule
   * waited on memory for each name.
   */
  private scan(folded: NormalizedText, hits: Int32Array, near: Neighbours): void {
    const { automaton } = this.lexicon;
    const { outStart, outList } = automaton;
    const { names, triggers, triggerNext, patternRoles, roleStart } = this;
    names.clear();
    triggers.clear();
    triggerNext.clear();
    this.triggerPhrase.clear();
    this.phrases.clear();
    this.table.clear();
    this.freeNames.clear();
    this.ordinary.clear();
    this.towns = null;
    for (let h = 0; h < hits.length; h += 2) {
      const end = hits[h];
      if (!near.endsName(end)) continue;
      const state = hits[h + 1];
      for (let k = outStart[state]; k < outStart[state + 1]; k++) {
        const p = outList[k];
        const start = automaton.matchStart(folded.codes, end, p);
        // Letters of another script glued in front («AFPحرير», «الـHarir») are not the name's proclitics.
        const ownStart = near.sameScriptWordStart(start);
        const wordStart = near.wordStart(start);
        const prefix = ownStart < start ? near.slice(ownStart, start) : '';
        for (let r = roleStart[p]; r < roleStart[p + 1]; r++) {
          const role = patternRoles[r];
          // Most names stand bare: only an elided form needs a proclitic then.
          const own = prefix === '' ? (role.variant.elided ? -1 : 0) : this.nameStart(prefix, role.script, role.variant);
          if (own < 0) continue;
          if (!this.quotesInsideHold(folded, start, end, role.script)) continue;
          if (role.role === 'trigger') {
            const next = wordAfter(folded, near, end);
            triggers.push(end);
            triggerNext.push(next);
            this.triggerPhrase.push(next < 0 ? -1 : this.phraseAfter(near, end));
          } else if (!role.ambiguous) {
            const named = this.withArticleBefore(folded, start - own, role.script);
            names.add(named, end, Math.min(wordStart, named), ownStart, start, r);
            this.weigh(folded, near, names.length - 1, prefix);
          }
        }
      }
    }
  }

  /**
   * A quote the automaton read inside a name («عصائب "أهل الحق"») must close right
   * after the name, or after one more word («كتائب “حزب الله العراقي”»: the span takes
   * it in, see `closingQuote`), and must not follow only words that describe the name
   * («حركة "النجباء"» is «النجباء»).
   */
  private quotesInsideHold(folded: NormalizedText, start: number, end: number, script: ScriptRules): boolean {
    const codes = folded.codes;
    let quote = -1;
    for (let i = start + 1; i < end && quote < 0; i++) if ((codes[i] === QUOTE || codes[i] === OPEN_PAREN) && codes[i - 1] === 32) quote = i;
    if (quote < 0) return true;
    // "Imam ‘Ali": a single quote glued to the next word writes a letter (the ʿayn).
    if (codes[quote] === QUOTE && script.letterQuotes && script.letterQuotes.test(folded.source[folded.sourceStart(quote)] ?? '')) return true;
    if (codes[quote] === QUOTE ? this.closingQuote(codes, end, folded.length) === end : codes[end] !== CLOSE_PAREN) return false;
    let words = '';
    for (let i = start; i < quote - 1; i++) words += String.fromCharCode(codes[i]);
    return !words.split(/ +/).every((w) => script.stems(w).some((stem) => script.nameDescriptors.has(stem)));
  }

  /**
   * Where a name that opened a quote inside it ends: after the quote that closes it,
   * right after its last letter («كتائب "حزب الله"») or after an adjective the quote
   * takes in (a script's `adjectiveInQuotes`: «كتائب "حزب الله العراقي"»); else where it stood.
   */
  private closingQuote(codes: ArrayLike<number>, end: number, length: number): number {
    if (codes[end] === QUOTE) return end + 1;
    if (codes[end] !== 32) return end;
    let k = end + 1;
    let word = '';
    while (k < length && isWordCode(codes[k])) word += String.fromCharCode(codes[k++]);
    if (k >= length || codes[k] !== QUOTE || word === '') return end;
    return this.lexicon.scripts.some((s) => s.adjectiveInQuotes?.test(word)) ? k + 1 : end;
  }

  /** Where a name starting at `start` starts once an article written apart is taken in ("al-Harir"). */
  private withArticleBefore(folded: NormalizedText, start: number, script: ScriptRules): number {
    if (!script.articleBefore) return start;
    const at = folded.sourceStart(start);
    const m = script.articleBefore.exec(folded.source.slice(Math.max(0, at - 5), at));
    if (!m) return start;
    const before = folded.foldedIndex(at - m[1].length);
    return before >= 0 ? before : start;
  }

  /**
   * How many letters of `prefix` belong to the name, or -1 if `prefix` is not a
   * sequence of proclitics. A name may also carry another script's proclitics
   * (Arabic letters glued to a Latin name, «الـK1»); they never belong to it.
   */
  private nameStart(prefix: string, script: ScriptRules, variant: NameRole['variant']): number {
    const own = script.nameStart(prefix, variant);
    if (own >= 0 || prefix === '') return own;
    const bare = { text: '', elided: false, article: false };
    return this.lexicon.scripts.some((s) => s !== script && s.nameStart(prefix, bare) >= 0) ? 0 : -1;
  }

  /**
   * Applies to name `n` the rules that read only the text around it: drops it, makes
   * it a candidate (a name that needs no context), or keeps it in `ordinary` for
   * context. Also notes whether the text calls it a town there (see `leaveTowns`).
   */
  private weigh(folded: NormalizedText, near: Neighbours, n: number, prefix: string): void {
    const { names } = this;
    const f: Found = { start: names.start[n], end: names.end[n], wordStart: names.wordStart[n], prefix, role: this.patternRoles[names.role[n]] as NameRole };
    this.noteTown(folded, f);
    if (f.role.places && this.placedElsewhere(f, near)) return;
    if (this.familyName(f, near) || this.givenName(folded, f, near)) return;
    if (this.namesake(f, near)) return;
    if (this.ordinaryReading(f, near)) return;
    if (this.needsContext(f)) this.ordinary.push(n);
    else {
      this.freeNames.push(n);
      this.candidate(folded, f.start, f.end, f.role.entity, 1);
    }
  }

  /**
   * A base name that the text calls a village or town where it names it («عين الأسد،
   * وهي قرية درزية», "Harir, a town") is the place wherever no trigger word stands
   * before it in that text: its folded form joins `towns`.
   */
  private noteTown(folded: NormalizedText, f: Found): void {
    const apposition = f.role.script.townApposition;
    if (f.role.kind !== 'base' || !apposition) return;
    // A sticky pattern read in place: no slice of the source per name.
    apposition.lastIndex = folded.sourceEnd(f.end - 1);
    if (apposition.test(folded.source)) (this.towns ??= new Set()).add(f.role.variant.text);
  }

  /** Drops, from the candidates and the ordinary names, the names of `towns` with no trigger word before them. */
  private leaveTowns(near: Neighbours, towns: ReadonlySet<string>): void {
    const { table, freeNames, ordinary } = this;
    const isTown = (n: number) => {
      const f = this.found(n, near);
      return towns.has(f.role.variant.text) && !this.afterTrigger(f, near, this.isWordOf);
    };
    table.retain((row) => !isTown(freeNames.data[row]));
    let kept = 0;
    for (let o = 0; o < ordinary.length; o++) if (!isTown(ordinary.data[o])) ordinary.data[kept++] = ordinary.data[o];
    ordinary.length = kept;
  }

  /**
   * A name right after a person's title is that person («الطيار موفق السلطي», the pilot
   * the base is named after); after another facility's noun, that facility («معبر التنف»).
   */
  private namesake(f: Found, near: Neighbours): boolean {
    const titles = f.role.script.namesakes;
    if (titles.size === 0 || f.role.kind !== 'base') return false;
    // «معبر "التنف"»: a space and a quote between.
    const w = near.wordRightBefore(f.wordStart) ?? near.wordRightBefore(f.wordStart - 1);
    return w !== null && f.role.script.stems(near.text(w)).some((stem) => titles.has(stem));
  }

  /**
   * In a script with capitals, a one-word name that is also a given name, right before a
   * capitalised word that does not go on naming a group, is a person ("Badr Hari", the
   * kickboxer, https://moroccolatestnews.com/badr-hari-back-in-the-ring-to-face-james-mcsweeney/;
   * not "Badr Corps").
   */
  private givenName(folded: NormalizedText, f: Found, near: Neighbours): boolean {
    const script = f.role.script;
    if (!script.capitalisedNames || !script.givenNames.has(f.role.variant.text)) return false;
    const [next] = near.wordsAfter(f.end, 1);
    if (!next || this.isWordOf(near.text(next), (s) => s.militiaCuesAfter) || this.isWordOf(near.text(next), (s) => s.militiaCues)) return false;
    return /^\p{Lu}/u.test(folded.source.slice(folded.sourceStart(next.start), folded.sourceEnd(next.end - 1) + 1));
  }

  /** A one-word name right after a given name is a person's family name («عبدالملك الحوثي»). */
  private familyName(f: Found, near: Neighbours): boolean {
    const given = f.role.script.givenNames;
    if (given.size === 0) return false;
    // A name of several words, unless its first is the article ("Bashar Al Asad").
    const text = f.role.variant.text;
    const space = text.indexOf(' ');
    if (space >= 0) {
      const article = f.role.script.articleBefore;
      if (article === null || text.indexOf(' ', space + 1) >= 0 || !article.test(text.slice(0, space + 1))) return false;
    }
    const w = near.wordRightBefore(f.wordStart);
    return w !== null && given.has(near.text(w));
  }

  /**
   * A generic name placed by the text somewhere it does not stand: «السفارة الأمريكية
   * في بيروت», "the US embassy in Beirut" (a preposition of place, then a place that is
   * not one of the alias's `places`).
   */
  private placedElsewhere(f: Found, near: Neighbours): boolean {
    const after = near.wordsAfter(f.end, 4).map((w) => near.text(w));
    const script = f.role.script;
    const is = (w: string, set: ReadonlySet<string>) => hasStem(script, w, set);
    // A preposition of place, perhaps a noun of place, then the place: only a listed
    // foreign place moves the building («… في بيروت», «… في العاصمة اللبنانية»).
    for (let i = 0; i < after.length; i++) {
      const w = after[i];
      if (f.role.places!.has(w) || is(w, f.role.places!)) return false;
      if (is(w, script.foreignPlaces)) return i > 0;
      const leading = is(w, script.locatives) || is(w, script.placeLocatives) || is(w, script.placeNouns);
      if (!leading) return false;
    }
    return false;
  }

  private needsContext(f: Found): boolean {
    const { ordinary, ordinaryWith } = f.role;
    if (!ordinary) return false;
    const prefix = f.role.script.restoredPrefix(f.prefix);
    return ordinaryWith === null || ordinaryWith.some((clitic) => prefix.includes(clitic));
  }

  /**
   * Quotes make an ordinary word a group's name («الثوريون»), but not a base's: a
   * quoted «كونوكو» is as likely the oil company as the gas field.
   */
  private hasContext(folded: NormalizedText, f: Found, near: Neighbours): boolean {
    const isWordOf = this.isWordOf;
    if (f.role.kind === 'militia') {
      if (near.isQuoted(f.wordStart, f.end)) return true;
      if (this.speakerAtLineStart(folded, f)) return true;
      const [next] = near.wordsAfter(f.end, 1);
      if (next && isWordOf(near.text(next), (s) => s.militiaCuesAfter)) return true;
      const before = near.wordRightBefore(f.wordStart);
      if (before && isWordOf(near.text(before), (s) => s.namingWords)) return true;
      return near.wordsBefore(f.wordStart, f.role.script.cueWindow, true).some((w) => isWordOf(near.text(w), (s) => s.militiaCues));
    }
    if (this.afterTrigger(f, near, isWordOf)) return true;
    if (this.beforeTrigger(f, near)) return true;
    if (this.troopsAt(f, near)) return true;
    if (f.role.script.capitalisedNames && this.capitalised(folded, f, near)) return true;
    return this.afterLocative(f, near, isWordOf);
  }

  /** Whether `word`, or a stem of it, is in the list that `pick` takes from one of the scripts' rules. */
  private readonly isWordOf = (word: string, pick: (s: ScriptRules) => ReadonlySet<string>): boolean =>
    this.lexicon.scripts.some((s) => s.stems(word).some((stem) => pick(s).has(stem)));

  /**
   * A headline's speaker: the name opens a line and a colon follows it («النجباء: سنرد»).
   * Measured on 299 real passages: it finds the 2 headline speakers there (which one
   * sense per text also finds, the group being named in the article) and nothing false.
   */
  private speakerAtLineStart(folded: NormalizedText, f: Found): boolean {
    const source = folded.source;
    const start = folded.sourceStart(f.wordStart);
    if (start > 0 && source[start - 1] !== '\n') return false;
    let i = folded.sourceEnd(f.end - 1);
    while (source[i] === ' ') i++;
    return source[i] === ':';
  }

  /**
   * A trigger word right before the name, or before it with modifiers between
   * («القاعدة الأمريكية X»); two-word triggers («air base») count as one.
   */
  private afterTrigger(f: Found, near: Neighbours, isWordOf: (word: string, pick: (s: ScriptRules) => ReadonlySet<string>) => boolean): boolean {
    // «قاعدة الأسد الشعبية»: the trigger word is a figurative base, its name a person's.
    const [next] = near.wordsAfter(f.end, 1);
    if (next && isWordOf(near.text(next), (s) => s.figurativeAfter)) return false;
    const before = near.wordsBefore(f.wordStart, 4).map((w) => near.text(w));
    for (let i = 0; i < before.length; i++) {
      if (isWordOf(before[i], (s) => s.baseTriggersBefore)) return true;
      if (i + 1 < before.length && isWordOf(`${before[i + 1]} ${before[i]}`, (s) => s.baseTriggersBefore)) return true;
      if (!isWordOf(before[i], (s) => s.triggerModifiers)) return false;
    }
    return false;
  }

  /**
   * A trigger word right after the name, or after words that describe it ("Victory
   * military base", "Conoco natural gas field", "Al-Shaddadi is a major base"); two-word
   * triggers ("gas field", «هي قاعدة») count as one.
   */
  private beforeTrigger(f: Found, near: Neighbours): boolean {
    const script = f.role.script;
    const after = near.wordsAfter(f.end, 6).map((w) => near.text(w));
    for (let i = 0; i < after.length; i++) {
      if (script.baseTriggersAfter.has(after[i])) return true;
      if (i + 1 < after.length && script.baseTriggersAfter.has(`${after[i]} ${after[i + 1]}`)) return true;
      if (!script.afterFillers.has(after[i])) return false;
    }
    return false;
  }

  /** "U.S. forces at Al Dhafra": a place right after troops and `at` is the base they are at. */
  private troopsAt(f: Found, near: Neighbours): boolean {
    const script = f.role.script;
    if (script.stationedNouns.size === 0) return false;
    const [at, troops] = near.wordsBefore(f.wordStart, 2);
    return troops !== undefined && script.stationedLocatives.has(near.text(at)) && script.stationedNouns.has(near.text(troops));
  }

  /**
   * In a script with capitals, an ordinary name of several words written with each
   * word capitalised is a proper name ("the Green Zone", "Green Village" against "a
   * green zone").
   */
  private capitalised(folded: NormalizedText, f: Found, near: Neighbours): boolean {
    // "the Al-Qaim District": a place, capitals or not.
    // "the Green Zone area": a name ending in a noun of place is that place already.
    const text = f.role.variant.text;
    // "Al-Azraq": an article taken in does not make a one-word name a name of several words.
    if (!text.includes(' ')) return false;
    // "Al Dhafra" is the region's name too: capitals cannot tell them apart.
    if (f.role.properSense) return false;
    const placeNouns = f.role.script.placeNounsAfter;
    const [next] = near.wordsAfter(f.end, 1);
    if (next && placeNouns.has(near.text(next)) && !placeNouns.has(text.slice(text.lastIndexOf(' ') + 1))) return false;
    const words = folded.source.slice(folded.sourceStart(f.start), folded.sourceEnd(f.end - 1)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w));
  }

  /**
   * «قاعدة … في X»: a preposition of place right before, a trigger word a few words
   * before that. After a noun of place («في منطقة X»), only when the trigger word is
   * the base's only name so far, with nothing but modifiers between («قاعدة للتحالف
   * الدولي في منطقة X», «القاعدة الأمريكية في قرية روباربا»): once the base is named
   * («قاعدة الأزرق في منطقة الأزرق») or referred to («قاعدته في بلدة الشدادي»), X is the
   * town it lies in. Measured on 226 real passages: without that condition the path
   * found 1 real mention and made 4 false hits; with it, 1 and none.
   */
  private afterLocative(f: Found, near: Neighbours, isWordOf: (word: string, pick: (s: ScriptRules) => ReadonlySet<string>) => boolean): boolean {
    const [w0, w1] = near.wordsBefore(f.wordStart, 2);
    if (!w0) return false;
    const [next] = near.wordsAfter(f.end, 1);
    if (next && f.role.script.placeNounsAfter.has(near.text(next))) return false;
    const window = f.role.script.locativeWindow;
    const direct = isWordOf(near.text(w0), (s) => s.locatives);
    if (!direct && (!w1 || !isWordOf(near.text(w0), (s) => s.placeNouns) || !isWordOf(near.text(w1), (s) => s.locatives))) return false;
    const words = near.wordsBefore((direct ? w0 : w1).start, window * 2);
    const before = words.map((w) => near.text(w));
    // «تقع القاعدة في X», "located near X": X is the town the base lies in.
    if (before.some((w) => isWordOf(w, (s) => s.locationVerbs))) return false;
    if (direct) {
      const t = before.slice(0, window).findIndex((w) => isWordOf(w, (s) => s.locativeTriggers));
      return t >= 0 && !this.triggerNamed(words, before, t, w0.start, isWordOf);
    }
    for (const w of before.slice(0, window)) {
      if (isWordOf(w, (s) => s.baseTriggersBefore)) return isWordOf(w, (s) => s.locativeTriggers);
      if (!isWordOf(w, (s) => s.triggerModifiers)) return false;
    }
    return false;
  }

  /**
   * Whether the trigger word `words[t]` (words before a locative, nearest first, their
   * texts in `before`) has its base named next to it, perhaps past modifiers: "Muwaffaq
   * al-Salti Air Base near X", «قاعدة عين الأسد في X». Then X is the place the base lies
   * in, as after a noun of place (see `afterLocative`).
   */
  private triggerNamed(words: readonly Word[], before: readonly string[], t: number, locative: number, isWordOf: (word: string, pick: (s: ScriptRules) => ReadonlySet<string>) => boolean): boolean {
    const modifier = (j: number) => isWordOf(before[j], (s) => s.triggerModifiers);
    let j = t + 1;
    while (j < words.length && modifier(j)) j++;
    if (j < words.length && this.baseNameIn(words[j].end, words[j].end, -1)) return true;
    j = t - 1;
    while (j >= 0 && modifier(j)) j--;
    return j >= 0 && this.baseNameIn(words[j].start + 1, locative, words[j].start);
  }

  /** Whether a base name of the text ends in `[from, to]` (folded), starting its word at `wordStart` if that is not -1. */
  private baseNameIn(from: number, to: number, wordStart: number): boolean {
    const { names } = this;
    // Names are in order of end (the scan's order): the first ending at `from` or later.
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names.end[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo; n < names.length && names.end[n] <= to; n++) {
      if ((this.patternRoles[names.role[n]] as NameRole).kind === 'base' && (wordStart < 0 || names.wordStart[n] === wordStart)) return true;
    }
    return false;
  }

  /**
   * The names (folded) that a word before one of their occurrences shows to be ordinary
   * throughout the text («نادي النصر»: every «النصر» is the club, «معسكر النصر» its
   * camp); null if none.
   */
  private ordinaryThroughout(near: Neighbours): Set<string> | null {
    if (!this.anyThroughout) return null;
    const { names } = this;
    let out: Set<string> | null = null;
    for (let n = 0; n < names.length; n++) {
      if (this.throughoutRoles[names.role[n]] === 0) continue;
      const role = this.patternRoles[names.role[n]] as NameRole;
      if (out?.has(role.variant.text)) continue;
      const throughout = role.script.ordinaryReadings.get(role.variant.text)!.throughout;
      const [before] = near.wordsBefore(names.wordStart[n], 1);
      if (before && role.script.stems(near.text(before)).some((w) => throughout.has(w))) (out ??= new Set()).add(role.variant.text);
    }
    return out;
  }

  /** The ordinary reading of a name's pattern role, if its script gives one (found once per role). */
  private readingOf(role: NameRole): { reading: OrdinaryReading; whole: boolean } | null {
    let known = this.readings.get(role);
    if (known === undefined) {
      const script = role.script;
      const text = role.variant.text;
      const whole = script.ordinaryReadings.get(text);
      // A name of several words ending in such a word («حقل العمر الزمني»): the word after tells.
      const last = whole ? undefined : script.ordinaryReadings.get(text.slice(text.lastIndexOf(' ') + 1));
      known = whole ? { reading: whole, whole: true } : last ? { reading: last, whole: false } : null;
      this.readings.set(role, known);
    }
    return known;
  }

  /** Words right before or after the name that show its ordinary sense («إشعال حماس»: enthusiasm). */
  private ordinaryReading(f: Found, near: Neighbours): boolean {
    const script = f.role.script;
    if (script.ordinaryReadings.size === 0) return false;
    const known = this.readingOf(f.role);
    if (!known) return false;
    const { reading, whole } = known;
    const [before] = whole ? near.wordsBefore(f.wordStart, 1) : [];
    if (before && script.stems(near.text(before)).some((w) => reading.before.has(w))) return true;
    const [after] = near.wordsAfter(f.end, 1);
    return after !== undefined && script.stems(near.text(after)).some((w) => reading.after.has(w));
  }

  /**
   * A bare name that the text, by naming another entity and none of the words that keep
   * the usual sense, shows to stand for that entity (see `ScriptRules.textSenses`).
   */
  private inTextSense(folded: NormalizedText): void {
    const { table } = this;
    const formOf = (c: number) => this.foldedForm(folded, c);
    const kept = table.kept.subarray(0, table.keptCount);
    for (const sense of this.senses) {
      if (!kept.some((c) => table.entity[c] === sense.means) && !sense.shownBy.some((w) => folded.source.includes(w))) continue;
      const bare = kept.filter((c) => table.entity[c] === sense.usually && sense.forms.has(formOf(c)));
      if (bare.length === 0) continue;
      // Looked for in the source: building the folded text as a string costs a long page dearly.
      if (sense.unless.some((w) => folded.source.includes(w))) continue;
      for (const c of bare) table.entity[c] = sense.means;
    }
  }

  /**
   * Ordinary names joined to a kept mention of the same kind by a coordinating
   * proclitic or a comma («قاعدتي عين الأسد وحرير»), left to right so that lists chain.
   */
  private coordinated(folded: NormalizedText, near: Neighbours): void {
    const { table, wanting, names } = this;
    if (wanting.length === 0) return;
    // Kept mentions are ordered and disjoint, so their folded ends are ordered too.
    const keptEnds = new Int32Array(table.keptCount);
    for (let i = 0; i < keptEnds.length; i++) keptEnds[i] = table.foldedEnd[table.kept[i]];
    const keptEntities = new Int32Array(table.keptCount);
    for (let i = 0; i < keptEntities.length; i++) keptEntities[i] = table.entity[table.kept[i]];
    const joinedEnds = new Map<number, NameRole['kind']>();
    const kindEndingAt = (p: number) => {
      const i = lowerBound(keptEnds, p);
      return i < keptEnds.length && keptEnds[i] === p ? this.lexicon.entries[keptEntities[i]].kind : joinedEnds.get(p);
    };
    const keptStarts = new Int32Array(table.keptCount);
    for (let i = 0; i < keptStarts.length; i++) keptStarts[i] = table.foldedStart[table.kept[i]];
    const kindStartingAt = (p: number) => {
      const i = lowerBound(keptStarts, p);
      return i < keptStarts.length && keptStarts[i] === p ? this.lexicon.entries[keptEntities[i]].kind : undefined;
    };
    // In order of start (a stable sort: wanting is in the order the names were found).
    const order = wanting.values().slice().sort((a, b) => names.start[a] - names.start[b] || a - b);
    for (const n of order) {
      const f = this.found(n, near);
      const coordinators = f.role.script.coordinators;
      let joins = coordinators.some((c) => f.prefix.startsWith(c));
      let p = f.wordStart;
      let comma = false;
      for (;;) {
        while (p > 0 && !near.isWord(p - 1)) {
          const c = folded.codes[p - 1];
          if (c === COMMA) comma = true;
          else if (c !== 32 && c !== 34) break;
          p--;
        }
        // A coordinator standing alone before a quote: «"التنف" و"الشدادي"».
        const [w] = near.wordsBefore(p, 1);
        if (joins || !w || w.end !== p || !coordinators.includes(near.text(w))) break;
        joins = true;
        p = w.start;
      }
      const joinedBefore = kindEndingAt(p) === f.role.kind && (joins || comma);
      if (!joinedBefore && !this.joinedToNext(folded, near, f, kindStartingAt)) continue;
      this.candidate(folded, f.start, f.end, f.role.entity, 1);
      joinedEnds.set(f.end, f.role.kind);
    }
  }

  /**
   * An ordinary name joined by a coordinator to a kept mention of the same kind right
   * after it: "at Qasrek and Tel Baider bases", «استهداف حرير وعين الأسد».
   */
  private joinedToNext(folded: NormalizedText, near: Neighbours, f: Found, kindStartingAt: (p: number) => NameRole['kind'] | undefined): boolean {
    const coordinators = f.role.script.coordinators;
    // Most names are not followed by a coordinator: look at the next letter first.
    let p = f.end;
    while (p < folded.length && (folded.codes[p] === 32 || folded.codes[p] === QUOTE)) p++;
    if (p >= folded.length || !coordinators.some((c) => c.charCodeAt(0) === folded.codes[p])) return false;
    const [w, next] = near.wordsAfter(f.end, 2);
    if (!w) return false;
    const word = near.text(w);
    // A coordinator standing alone ("and", «و "التنف"»), then the next word.
    if (coordinators.includes(word)) return next !== undefined && kindStartingAt(next.start) === f.role.kind;
    // A coordinating proclitic glued to the next name («وعين الأسد»).
    return coordinators.some((c) => word.startsWith(c) && kindStartingAt(w.start + c.length) === f.role.kind);
  }

  /**
   * One sense per text: an ordinary group name is that group once the text has named
   * the group, in that form with context («فصيل "الثوريون"» … «الثوريون») or in another
   * («حركة النجباء» … the headline «النجباء:»); never a form that is ordinary only with
   * some proclitics («بحماس» stays enthusiasm). Licensing any form of the group, not only
   * the same one: 3 more real mentions on 226 real passages, none false.
   *
   * Groups, and a base only where its name stands in quotes («تحولت "العديد" إلى مركز»
   * once «قاعدة العديد» is named): a base is named after its town, and articles name
   * both («قاعدة بلد» and the town of Balad, «قاعدة الشدادي» and the town). Measured on
   * 162 real Arabic passages: for every base name the rule found 6 more mentions and
   * made 19 false ones; for groups, 2 more and none false. Quoted base names: 1 more
   * on 40 further passages (corpus/dev2), none false there nor on the 226 others.
   */
  private oneSensePerText(folded: NormalizedText, near: Neighbours): void {
    const { table, wanting } = this;
    if (wanting.length === 0) return;
    const licensable: Found[] = [];
    let shortForms: Found[] | null = null;
    for (let w = 0; w < wanting.length; w++) {
      const f = this.found(wanting.data[w], near);
      if (f.role.ordinaryWith !== null) continue;
      if (f.role.kind === 'militia' || near.isQuoted(f.wordStart, f.end)) licensable.push(f);
      else (shortForms ??= []).push(f);
    }
    if (shortForms !== null) this.shortFormsOfNamed(folded, shortForms);
    if (licensable.length === 0) return;
    // Only the kept mentions of those groups are looked at (a long page keeps thousands).
    const groups = new Set(licensable.map((f) => f.role.entity));
    const shown = new Set<number>();
    for (let i = 0; i < table.keptCount; i++) if (groups.has(table.entity[table.kept[i]])) shown.add(table.entity[table.kept[i]]);
    for (const f of licensable) {
      if (!shown.has(f.role.entity)) continue;
      this.candidate(folded, f.start, f.end, f.role.entity, 1);
    }
  }

  /**
   * An ordinary base name that an attack word reaches («استهدفت طائرة مسيّرة حرير», "the
   * drone strike at Rimelan": `attackWords`, a few words before it in the same sentence,
   * no noun of place nor another base between) is the base, in a text that already keeps a mention of a base or group: a trap
   * text (a football report's «هجوم النصر») keeps none.
   */
  private attackedBases(folded: NormalizedText, near: Neighbours): void {
    const { table, wanting } = this;
    if (wanting.length === 0 || table.keptCount === 0) return;
    for (let w = 0; w < wanting.length; w++) {
      const f = this.found(wanting.data[w], near);
      if (f.role.kind !== 'base' || f.role.ordinaryWith !== null) continue;
      // A noun of place on the way names the town, not the base («قصف على مدينة القائم»).
      for (const x of near.wordsBefore(f.wordStart, f.role.script.attackWindow, true)) {
        const word = near.text(x);
        if (this.isWordOf(word, (s) => s.placeNouns)) break;
        if (this.isWordOf(word, (s) => s.attackWords)) {
          // A base named between is what was attacked («قصفت قاعدة موفق السلطي في الأزرق»).
          if (!this.keptBaseWithin(x.end, f.wordStart)) this.candidate(folded, f.start, f.end, f.role.entity, 1);
          break;
        }
      }
    }
  }

  /** The folded text of candidate row `c`. */
  private foldedForm(folded: NormalizedText, c: number): string {
    let form = '';
    for (let i = this.table.foldedStart[c]; i < this.table.foldedEnd[c]; i++) form += String.fromCharCode(folded.codes[i]);
    return form;
  }

  /** Whether a kept mention of a base lies wholly in folded `[from, to)` (kept rows are ordered by start). */
  private keptBaseWithin(from: number, to: number): boolean {
    const { table } = this;
    let lo = 0;
    let hi = table.keptCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (table.foldedStart[table.kept[mid]] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < table.keptCount && table.foldedEnd[table.kept[i]] <= to; i++) if (this.refs[table.entity[table.kept[i]]].kind === 'base') return true;
    return false;
  }

  /**
   * A base name that is the first words of a name the text keeps for the same base
   * («البرج» after «البرج 22»: "the tower", once the text has named Tower 22) is that
   * base: the text's own shorthand, as one sense per text is for groups.
   */
  private shortFormsOfNamed(folded: NormalizedText, shortForms: readonly Found[]): void {
    const { table } = this;
    // The distinct short forms wanted, per base (a long page repeats the same few).
    const wanted = new Map<number, Set<string>>();
    for (const f of shortForms) {
      const forms = wanted.get(f.role.entity);
      if (forms) forms.add(f.role.variant.text);
      else wanted.set(f.role.entity, new Set([f.role.variant.text]));
    }
    // Which of them open a kept name of their base, read in place (no string per row).
    const opening = new Set<string>();
    for (let i = 0; i < table.keptCount; i++) {
      const c = table.kept[i];
      const forms = wanted.get(table.entity[c]);
      if (!forms) continue;
      const start = table.foldedStart[c];
      for (const form of forms) {
        if (start + form.length >= table.foldedEnd[c] || folded.codes[start + form.length] !== 32) continue;
        let k = 0;
        while (k < form.length && folded.codes[start + k] === form.charCodeAt(k)) k++;
        if (k === form.length) opening.add(`${table.entity[c]} ${form}`);
      }
    }
    for (const f of shortForms) if (opening.has(`${f.role.entity} ${f.role.variant.text}`)) this.candidate(folded, f.start, f.end, f.role.entity, 1);
  }


  /**
   * Abbreviations the text defines right after a mention ("… Forces (PMF)"): each use
   * of the abbreviation in the text is a mention of that entity too.
   */
  private definedAbbreviations(folded: NormalizedText): void {
    const { table } = this;
    const source = folded.source;
    const defined = new Map<string, number>();
    const patterns = this.abbreviationPatterns;
    if (patterns.length === 0) return;
    for (let i = 0; i < table.keptCount; i++) {
      const c = table.kept[i];
      for (const p of patterns) {
        // Sticky, at the mention's end: no copy of the text after each mention.
        p.lastIndex = table.end[c];
        const m = p.exec(source);
        if (m && m.index + m[0].length <= table.end[c] + ABBREVIATION_REACH && !defined.has(m[1])) defined.set(m[1], table.entity[c]);
      }
    }
    for (const [abbreviation, entity] of defined) {
      for (const at of wholeWordUses(source, abbreviation)) {
        const start = folded.foldedIndex(at);
        const last = folded.foldedIndex(at + abbreviation.length - 1);
        if (start >= 0 && last >= 0) this.candidate(folded, start, last + 1, entity, 1);
      }
    }
  }

  /** Near-misses of base names right after trigger words. */
  private nearMisses(folded: NormalizedText, near: Neighbours): void {
    const { names, triggers, triggerNext, triggerPhrase } = this;
    const longest = this.lexicon.longestTargetWords;
    if (triggers.length === 0 || longest === 0) return;
    const nameStarts = names.wordStart.slice(0, names.length).sort();
    // The words after a trigger repeat within a text («قاعدة عسكرية أمريكية»): the
    // answer is found once for each run of words (the scan told which trigger first
    // had them), so that a repeat builds no string and no list.
    const found = new Map<number, { n: number; miss: NearMiss } | null>();
    let k = 0; // triggers come in increasing order: so do the word starts after them
    for (let t = 0; t < triggers.length; t++) {
      const end = triggers.data[t];
      // Most trigger words introduce a known name: look at the next word's start first.
      const next = triggerNext.data[t];
      if (next < 0) continue;
      while (k < nameStarts.length && nameStarts[k] < next) k++;
      if (k < nameStarts.length && nameStarts[k] === next) continue;
      const first = triggerPhrase.data[t];
      let best = found.get(first);
      if (best === undefined) {
        best = this.bestNearMiss(near.wordsAfter(first, longest), near);
        found.set(first, best);
      }
      if (!best) continue;
      const words = near.wordsAfter(end, best.n);
      this.candidate(folded, words[0].start, words[best.n - 1].end, best.miss.entity, best.miss.score);
    }
  }

  /**
   * The first trigger of the text (its end) followed by the same words as the one
   * ending at `end`, up to as many as a near-miss target has; found by a hash of their
   * folded code units and checked against that trigger's words.
   */
  private phraseAfter(near: Neighbours, end: number): number {
    const longest = this.lexicon.longestTargetWords;
    if (longest === 0) return end;
    const key = near.phraseHashAfter(end, longest);
    const first = this.phrases.get(key);
    if (first === undefined) this.phrases.set(key, end);
    else if (near.samePhraseAfter(first, end, longest)) return first;
    return end;
  }


  /** The best near-miss among the first 1, 2, … of `words` (the longest at equal score). */
  private bestNearMiss(words: readonly Word[], near: Neighbours): { n: number; miss: NearMiss } | null {
    let best: { n: number; miss: NearMiss } | null = null;
    let phrase = '';
    for (let n = 1; n <= words.length; n++) {
      phrase += (n > 1 ? ' ' : '') + near.text(words[n - 1]);
      const targets = this.lexicon.nearMissTargets.get(n);
      if (!targets) continue;
      const miss = nearestName(phrase, targets, this.nearMiss);
      if (miss && (!best || miss.score >= best.miss.score)) best = { n, miss };
    }
    return best;
  }

  /**
   * Other occurrences, in the same text, of the near-misses accepted after a trigger
   * word: the same spelling (searched in the source, where the platform's string
   * search is fastest), standing as whole words with valid proclitics.
   */
  private spreadNearMisses(folded: NormalizedText, near: Neighbours): void {
    const { table } = this;
    const forms = new Map<string, number>();
    for (let i = 0; i < table.keptCount; i++) {
      const c = table.kept[i];
      if (table.exact[c] === 0) forms.set(folded.source.slice(table.start[c], table.end[c]), c);
    }
    const bare = { text: '', elided: false, article: true };
    for (const [form, model] of forms) {
      const length = table.foldedEnd[model] - table.foldedStart[model];
      const entity = table.entity[model];
      const score = table.score[model];
      for (let at = folded.source.indexOf(form); at >= 0; at = folded.source.indexOf(form, at + 1)) {
        const start = folded.foldedIndex(at);
        const end = start + length;
        if (start < 0 || near.isWord(end)) continue;
        const wordStart = near.wordStart(start);
        const prefix = wordStart < start ? near.slice(wordStart, start) : '';
        if (this.lexicon.nearMissScript.nameStart(prefix, bare) < 0) continue;
        this.candidate(folded, start, end, entity, score);
      }
    }
  }

  /**
   * Adds the candidate `[start, end)` (folded) to the table. A span that opens a quote
   * inside the name («عصائب "أهل الحق"») takes the quote that closes it right after its
   * last letter, so that its quotes are balanced.
   */
  private candidate(folded: NormalizedText, start: number, end: number, entity: number, score: number): void {
    let quotes = 0;
    let brackets = 0;
    for (let i = start; i < end; i++) {
      const c = folded.codes[i];
      // An apostrophe inside a Latin word («Kata'ib») opens nothing.
      if (c === QUOTE && !(isLatinLetter(folded.codes[i - 1]) && isLatinLetter(folded.codes[i + 1]))) quotes++;
      else if (c === OPEN_PAREN) brackets++;
    }
    if (quotes % 2 === 1 && end < folded.length) end = this.closingQuote(folded.codes, end, folded.length);
    else if (brackets > 0 && end < folded.length && folded.codes[end] === CLOSE_PAREN) end++;
    this.table.add(folded.sourceStart(start), folded.sourceEnd(end - 1), start, end, entity, score);
  }
}

/** How far after a mention its abbreviation's definition may reach, in code units. */
const ABBREVIATION_REACH = 16;

/** `pattern` (anchored with `^`) as a sticky pattern that matches where its `lastIndex` is set. */
function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/^\^/, ''), pattern.flags.replace(/[gy]/g, '') + 'y');
}

/** Whether `word` or one of its stems in `script` is in `set`. */
function hasStem(script: ScriptRules, word: string, set: ReadonlySet<string>): boolean {
  return script.stems(word).some((stem) => set.has(stem));
}

/**
 * A folded (lower-case) Latin letter. Helpers of the per-name paths are module
 * functions, not closures made at each call: a transpiler that keeps function names
 * (esbuild's keepNames, as tsx runs the bench) defines a `name` on every closure it
 * makes, which cost a fifth of `find` on a long page.
 */
function isWordCode(c: number): boolean {
  return (c >= 0x621 && c <= 0x64a) || isLatinLetter(c) || (c >= 48 && c <= 57);
}

function isLatinLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Where the word after `end` starts (past spaces, quotes and opening parentheses), or -1 if no word follows. */
function wordAfter(folded: NormalizedText, near: Neighbours, end: number): number {
  const { codes, length } = folded;
  let next = end;
  while (next < length && (codes[next] === 32 || codes[next] === 34 || codes[next] === 40)) next++;
  return near.isWord(next) ? next : -1;
}

/** The first index of the sorted `a` whose value is at least `x`. */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `word` stands as a whole word in `text` (no letter or digit either side): start offsets, in order. */
function wholeWordUses(text: string, word: string): number[] {
  const out: number[] = [];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) out.push(at);
  }
  return out;
}
