/**
 * The text of a part of the page as the engine reads it, with the map back to the
 * text nodes it came from. Reading is resumable, so that a long page is read in
 * slices of a few milliseconds.
 */
import { blockOf, isBreak, isSection, isSkipped } from './skip';

/** The line break put between text of different blocks (never part of a node). */
export const BLOCK_BREAK = '\n';

export interface PageText {
  /**
   * The data of `nodes` in document order, with `BLOCK_BREAK` between text of
   * different blocks (and around `<br>`), so that a name never runs from one
   * paragraph into the next. Empty text nodes are left out.
   */
  readonly text: string;
  readonly nodes: readonly Text[];
  /** `starts[i]`: where the data of `nodes[i]` begins in `text`; increasing. */
  readonly starts: readonly number[];
  /** Offsets in `text` where the text of a sectioning element (article, section, li, …) begins; increasing. */
  readonly sections: readonly number[];
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Reads the text under `root` (which must not itself be skipped: see `isInSkipped`). */
export class TextReader {
  private readonly walker: TreeWalker;
  private next: Node | null;
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly sections: number[] = [];
  private length = 0;
  private lastParent: Node | null = null;
  private lastBlock: Element | null = null;
  private pendingBreak = false;
  private pendingSection = false;

  constructor(readonly root: Element) {
    this.walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    this.next = this.walker.nextNode();
  }

  /** Reads until the end, or until `performance.now()` passes `deadline`; true when the end is reached. */
  read(deadline = Infinity): boolean {
    const w = this.walker;
    let n = this.next;
    let count = 0;
    while (n) {
      if (n.nodeType === 3) {
        this.take(n as Text);
        n = w.nextNode();
      } else if (isSkipped(n as Element)) {
        n = skipSubtree(w);
      } else {
        if (isBreak(n as Element)) this.pendingBreak = this.nodes.length > 0;
        else if (isSection(n as Element)) this.pendingSection = true;
        n = w.nextNode();
      }
      if ((++count & 255) === 0 && performance.now() > deadline) break;
    }
    this.next = n;
    return n === null;
  }

  /** What has been read so far (all of it once `read` returned true). */
  result(): PageText {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, sections: this.sections };
  }

  private take(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    const parent = node.parentNode;
    if (parent !== this.lastParent) {
      const block = blockOf(node);
      if (block !== this.lastBlock && this.nodes.length > 0) this.pendingBreak = true;
      this.lastBlock = block;
      this.lastParent = parent;
    }
    if (this.pendingBreak) {
      this.parts.push(BLOCK_BREAK);
      this.length += BLOCK_BREAK.length;
      this.pendingBreak = false;
    }
    if (this.pendingSection) {
      if (this.length > 0) this.sections.push(this.length);
      this.pendingSection = false;
    }
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }
}

/** Moves the walker past the subtree of its current node; the node after it, or null at the end. */
function skipSubtree(w: TreeWalker): Node | null {
  for (;;) {
    const sibling = w.nextSibling();
    if (sibling) return sibling;
    if (!w.parentNode()) return null;
  }
}

/** Reads all of the text under `root` at once. */
export function readText(root: Element): PageText {
  const reader = new TextReader(root);
  reader.read();
  return reader.result();
}
