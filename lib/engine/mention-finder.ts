import type { GazetteerEntry } from '../gazetteer/types';
import type { Normalizer, NormalizedText } from '../text/normalize';
import type { Lexicon, NearMissTarget, PatternRole } from './lexicon';
import type { EntityRef, Mention } from './mention';
import { nearestName, type NearMiss, type NearMissPolicy } from './near-miss';
import { Neighbours } from './neighbours';
import { keepLongest } from './overlaps';

type NameRole = Extract<PatternRole, { role: 'name' }>;

/** A name found in the folded text, before its context is weighed. `start`/`end` are folded offsets. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly role: NameRole;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
  readonly score: number;
  readonly entity: number;
  /** Folded offsets, for near-misses spread through the document. */
  readonly foldedStart: number;
  readonly foldedEnd: number;
}

/**
 * Finds the mentions of a gazetteer's entities in a text.
 *
 * A mention is a name (an alias, folded) that stands as whole words, possibly with
 * proclitics in front; a name that is an ordinary word also needs context (a trigger
 * word before a base, a cue before a militia, or quotes around it); the longest of
 * overlapping names wins. After a trigger word, a name one or two edits away from a
 * known base name is a near-miss (`match: 'fuzzy'`); once the document has shown
 * a near-miss in that way, its other occurrences in the same text are near-misses too.
 */
export class MentionFinder {
  private readonly refs: readonly EntityRef[];

  constructor(
    private readonly lexicon: Lexicon,
    private readonly normalizer: Normalizer,
    private readonly nearMiss: NearMissPolicy,
  ) {
    this.refs = lexicon.entries.map((e: GazetteerEntry) => ({ id: e.id, kind: e.kind, name_en: e.name_en, name_ar: e.name_ar }));
  }

  get entries(): readonly GazetteerEntry[] {
    return this.lexicon.entries;
  }

  /** Mentions in `source`, ordered by start, never overlapping. Never throws. */
  find(source: string): Mention[] {
    const folded = this.normalizer.normalize(source);
    const near = new Neighbours(folded.codes, folded.length, this.normalizer.table.wordChar);
    const { names, triggers } = this.scan(folded, near);

    const candidates: Candidate[] = [];
    for (const f of names) {
      if (this.needsContext(f) && !this.hasContext(f, near)) continue;
      candidates.push(this.candidate(folded, f.start, f.end, f.role.entity, 1));
    }
    candidates.push(...this.nearMisses(folded, near, triggers, names));
    let kept = keepLongest(candidates);
    const spread = this.spreadNearMisses(folded, near, kept);
    if (spread.length > 0) kept = keepLongest([...kept, ...spread]);
    return kept.map((c) => ({
      start: c.start,
      end: c.end,
      text: source.slice(c.start, c.end),
      match: c.exact ? 'exact' : 'fuzzy',
      score: c.score,
      entity: this.refs[c.entity],
    }));
  }

  /** Runs the automaton; keeps names and trigger words that stand as whole words with valid proclitics. */
  private scan(folded: NormalizedText, near: Neighbours): { names: Found[]; triggers: number[] } {
    const { automaton, roles } = this.lexicon;
    const { outStart, outList, patternLengths } = automaton;
    const hits = automaton.scan(folded.codes, folded.length);
    const names: Found[] = [];
    const triggers: number[] = [];
    for (let h = 0; h < hits.length; h += 2) {
      const end = hits[h];
      if (near.isWord(end)) continue;
      const state = hits[h + 1];
      for (let k = outStart[state]; k < outStart[state + 1]; k++) {
        const p = outList[k];
        const start = end - patternLengths[p];
        const wordStart = near.wordStart(start);
        const prefix = wordStart < start ? near.text({ start: wordStart, end: start }) : '';
        for (const role of roles[p]) {
          if (!role.script.isProclitic(prefix, role)) continue;
          if (role.role === 'trigger') triggers.push(end);
          else if (!role.ambiguous) names.push({ start, end, prefix, role });
        }
      }
    }
    return { names, triggers };
  }

  private needsContext(f: Found): boolean {
    const { ordinary, ordinaryWith } = f.role;
    if (!ordinary) return false;
    return ordinaryWith === null || ordinaryWith.some((clitic) => f.prefix.includes(clitic));
  }

  private hasContext(f: Found, near: Neighbours): boolean {
    const wordStart = f.start - f.prefix.length;
    if (near.isQuoted(wordStart, f.end)) return true;
    const script = f.role.script;
    if (f.role.kind === 'base') {
      const before = near.wordsBefore(wordStart, 2).map((w) => near.text(w));
      const after = near.wordsAfter(f.end, 2).map((w) => near.text(w));
      const phrasesBefore = before.length === 2 ? [before[0], `${before[1]} ${before[0]}`] : before;
      const phrasesAfter = after.length === 2 ? [after[0], `${after[0]} ${after[1]}`] : after;
      return (
        phrasesBefore.some((w) => script.stems(w).some((s) => script.baseTriggersBefore.has(s))) ||
        phrasesAfter.some((w) => script.baseTriggersAfter.has(w))
      );
    }
    return near
      .wordsBefore(wordStart, script.cueWindow, true)
      .some((w) => script.stems(near.text(w)).some((s) => script.militiaCues.has(s)));
  }

  /** Near-misses of base names right after trigger words. */
  private nearMisses(folded: NormalizedText, near: Neighbours, triggers: readonly number[], names: readonly Found[]): Candidate[] {
    if (triggers.length === 0 || this.lexicon.longestTargetWords === 0) return [];
    const nameStarts = new Set(names.map((f) => f.start - f.prefix.length));
    // Phrases repeat within a text; remember each one's answer, keyed by a hash of its
    // folded code units (compared on a hit) so that no string is built for a repeat.
    const memo = new Map<number, { start: number; end: number; miss: NearMiss | null }>();
    const nearest = (start: number, end: number, targets: readonly NearMissTarget[]): NearMiss | null => {
      const key = near.hash(start, end);
      const seen = memo.get(key);
      if (seen && seen.end - seen.start === end - start && near.same(seen.start, start, end - start)) return seen.miss;
      const miss = nearestName(near.text({ start, end }), targets, this.nearMiss);
      if (!seen) memo.set(key, { start, end, miss });
      return miss;
    };
    const out: Candidate[] = [];
    for (const end of triggers) {
      const words = near.wordsAfter(end, this.lexicon.longestTargetWords);
      if (words.length === 0 || nameStarts.has(words[0].start)) continue;
      let best: { n: number; miss: NearMiss } | null = null;
      for (let n = 1; n <= words.length; n++) {
        const targets = this.lexicon.nearMissTargets.get(n);
        if (!targets) continue;
        const miss = nearest(words[0].start, words[n - 1].end, targets);
        if (miss && (!best || miss.score >= best.miss.score)) best = { n, miss };
      }
      if (best) out.push(this.candidate(folded, words[0].start, words[best.n - 1].end, best.miss.entity, best.miss.score));
    }
    return out;
  }

  /**
   * Other occurrences, in the same text, of the near-misses accepted after a trigger
   * word: the same spelling (searched in the source, where the platform's string
   * search is fastest), standing as whole words with valid proclitics.
   */
  private spreadNearMisses(folded: NormalizedText, near: Neighbours, kept: readonly Candidate[]): Candidate[] {
    const forms = new Map<string, Candidate>();
    for (const c of kept) if (!c.exact) forms.set(folded.source.slice(c.start, c.end), c);
    const out: Candidate[] = [];
    for (const [form, model] of forms) {
      for (let at = folded.source.indexOf(form); at >= 0; at = folded.source.indexOf(form, at + 1)) {
        const start = folded.foldedIndex(at);
        const end = start + (model.foldedEnd - model.foldedStart);
        if (start < 0 || near.isWord(end)) continue;
        const wordStart = near.wordStart(start);
        const prefix = wordStart < start ? near.text({ start: wordStart, end: start }) : '';
        if (!this.lexicon.nearMissScript.isProclitic(prefix, { elided: false })) continue;
        out.push(this.candidate(folded, start, end, model.entity, model.score));
      }
    }
    return out;
  }

  private candidate(folded: NormalizedText, start: number, end: number, entity: number, score: number): Candidate {
    return {
      start: folded.sourceStart(start),
      end: folded.sourceEnd(end - 1),
      exact: score === 1,
      score,
      entity,
      foldedStart: start,
      foldedEnd: end,
    };
  }
}
