/**
 * The mentions painted on the page, findable by text node (for hit-testing with a
 * caret position), by range (for `highlightsFromPoint`) and in document order (for
 * keyboard navigation and the popup).
 */
import type { Mention } from '@/lib/mentions';
import type { DomSpan } from './offset-map';

export interface PageMention extends DomSpan {
  /** Unique for the lifetime of the content script. */
  readonly id: number;
  /** What the engine found; its `start`/`end` are offsets into the text scanned then, not the page. */
  readonly mention: Mention;
  /** What is painted. A static range: the page's edits never wait on it. */
  readonly range: AbstractRange;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Document order of two mentions (by where they start). */
export function compareMentions(a: PageMention, b: PageMention): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & FOLLOWING ? -1 : 1;
}

/** Mentions by text node and by range: what hit-testing looks them up by. */
interface Lookup {
  readonly byNode: WeakMap<Text, PageMention[]>;
  readonly byRange: Map<AbstractRange, PageMention>;
}

/**
 * The lookup maps are built on the first hit-test, not as mentions are added: a
 * long page has thousands of mentions and is annotated before anyone points at it
 * (keyed maps cost about as much as painting); once built, they are kept up to date.
 */
export class MentionIndex {
  private list: PageMention[] = [];
  private sorted = true;
  private lookup: Lookup | null = null;

  get size(): number {
    return this.list.length;
  }

  add(mentions: readonly PageMention[]): void {
    if (mentions.length === 0) return;
    if (this.list.length > 0) this.sorted = false;
    for (const m of mentions) this.list.push(m);
    if (this.lookup) for (const m of mentions) enter(this.lookup, m);
  }

  /** Removes and returns the mentions for which `drop` is true. */
  removeWhere(drop: (m: PageMention) => boolean): PageMention[] {
    const removed: PageMention[] = [];
    const kept: PageMention[] = [];
    for (const m of this.list) (drop(m) ? removed : kept).push(m);
    if (removed.length === 0) return removed;
    this.list = kept;
    const lookup = this.lookup;
    if (!lookup) return removed;
    for (const m of removed) {
      lookup.byRange.delete(m.range);
      for (const n of m.nodes) {
        const at = lookup.byNode.get(n);
        if (!at) continue;
        const rest = at.filter((x) => x !== m);
        if (rest.length > 0) lookup.byNode.set(n, rest);
        else lookup.byNode.delete(n);
      }
    }
    return removed;
  }

  clear(): PageMention[] {
    const all = this.list;
    this.list = [];
    this.sorted = true;
    this.lookup = null;
    return all;
  }

  /** Every mention, in document order. */
  inOrder(): readonly PageMention[] {
    if (!this.sorted) {
      this.list.sort(compareMentions);
      this.sorted = true;
    }
    return this.list;
  }

  ofRange(range: AbstractRange): PageMention | undefined {
    return this.lookups().byRange.get(range);
  }

  /** Mentions covering the caret position `offset` in `node` (boundaries included). */
  at(node: Text, offset: number): PageMention[] {
    const here = this.lookups().byNode.get(node);
    if (!here) return [];
    return here.filter((m) => {
      const from = m.startNode === node ? m.startOffset : 0;
      const to = m.endNode === node ? m.endOffset : node.data.length;
      return offset >= from && offset <= to;
    });
  }

  private lookups(): Lookup {
    if (!this.lookup) {
      const lookup: Lookup = { byNode: new WeakMap(), byRange: new Map() };
      for (const m of this.list) enter(lookup, m);
      this.lookup = lookup;
    }
    return this.lookup;
  }
}

function enter(lookup: Lookup, m: PageMention): void {
  lookup.byRange.set(m.range, m);
  for (const n of m.nodes) {
    const at = lookup.byNode.get(n);
    if (at) at.push(m);
    else lookup.byNode.set(n, [m]);
  }
}
