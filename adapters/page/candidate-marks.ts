/**
 * Names of groups not in the data (lib/candidates.ts) marked on the page: each root
 * scanned is read as the annotator reads it, the radar runs over its text (the
 * mention engine only where a cue was found, to rule out known names), and each
 * candidate is painted with its own Highlight (HIGHLIGHT_NAMES.candidate, styled by
 * the painter's style sheet), beneath the mentions. Nothing of the page's DOM
 * changes. Where the Highlight API is missing or mentions are painted as overlay
 * boxes, nothing is marked.
 */
import type { Candidate, CandidateFinder } from '@/lib/candidates';
import type { MentionFinder } from '@/lib/mentions';
import { HIGHLIGHT_NAMES } from './highlight-style';
import { caretAt } from './hit-test';
import { OffsetMap, type DomSpan, rangeOf } from './offset-map';
import { readText } from './page-text';

/** A candidate painted on the page. */
export interface PageCandidate extends DomSpan {
  readonly id: number;
  readonly candidate: Candidate;
  /** The cue phrase as written on the page. */
  readonly cue: string;
  readonly range: AbstractRange;
}

type HighlightsFromPoint = (x: number, y: number) => readonly (Highlight | { highlight: Highlight; ranges: readonly AbstractRange[] })[];

export class CandidateMarks {
  private readonly highlight = new Highlight();
  private list: PageCandidate[] = [];
  private nextId = 1;

  constructor(
    private readonly radar: CandidateFinder,
    private readonly finder: MentionFinder,
  ) {
    this.highlight.priority = -1;
    CSS.highlights.set(HIGHLIGHT_NAMES.candidate, this.highlight);
  }

  get all(): readonly PageCandidate[] {
    return this.list;
  }

  /** Marks the candidates under each root (none inside another), replacing what was marked there. */
  scan(roots: readonly Element[]): PageCandidate[] {
    const added: PageCandidate[] = [];
    for (const root of roots) {
      this.drop((c) => root.contains(c.startNode));
      const page = readText(root);
      const found = this.radar.find(page.text, () => this.finder.find(page.text));
      if (found.length === 0) continue;
      const map = new OffsetMap(page);
      const cues = new OffsetMap(page);
      for (const candidate of found) {
        const span = map.span(candidate.start, candidate.end);
        if (!span) continue;
        const cueSpan = cues.span(candidate.cue.start, candidate.cue.end);
        const mark: PageCandidate = { ...span, id: this.nextId++, candidate, cue: cueSpan ? liveRange(cueSpan).toString() : '', range: rangeOf(span) };
        this.highlight.add(mark.range);
        this.list.push(mark);
        added.push(mark);
      }
    }
    return added;
  }

  /** Drops the candidates whose text left the page; returns them. */
  sweep(): PageCandidate[] {
    return this.drop((c) => !c.startNode.isConnected || !c.endNode.isConnected);
  }

  /** The candidate painted at viewport point (x, y), or null. */
  at(doc: Document, x: number, y: number): PageCandidate | null {
    if (this.list.length === 0) return null;
    const registry = (globalThis as { CSS?: { highlights?: { highlightsFromPoint?: HighlightsFromPoint } } }).CSS?.highlights;
    if (typeof registry?.highlightsFromPoint === 'function') {
      for (const h of registry.highlightsFromPoint(x, y)) {
        if (!('ranges' in h) || h.highlight !== this.highlight) continue;
        for (const r of h.ranges) {
          const c = this.list.find((m) => m.range === r);
          if (c) return c;
        }
      }
    }
    const caret = caretAt(doc, x, y);
    if (!caret || caret.node.nodeType !== 3) return null;
    for (const c of this.list) if (c.nodes.includes(caret.node as Text) && isPointIn(c, x, y)) return c;
    return null;
  }

  clear(): void {
    this.highlight.clear();
    this.list = [];
  }

  dispose(): void {
    this.clear();
    if (CSS.highlights.get(HIGHLIGHT_NAMES.candidate) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAMES.candidate);
  }

  private drop(gone: (c: PageCandidate) => boolean): PageCandidate[] {
    const removed = this.list.filter(gone);
    if (removed.length === 0) return removed;
    this.list = this.list.filter((c) => !gone(c));
    for (const c of removed) this.highlight.delete(c.range);
    return removed;
  }
}

/** A live range over a span, read afresh (layout and text move). */
export function liveRange(s: DomSpan): Range {
  const r = s.startNode.ownerDocument.createRange();
  r.setStart(s.startNode, s.startOffset);
  r.setEnd(s.endNode, Math.min(s.endOffset, s.endNode.data.length));
  return r;
}

function isPointIn(s: DomSpan, x: number, y: number): boolean {
  for (const r of liveRange(s).getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}
