/**
 * Saved clips marked again on the page they came from (issue 5, part 3): each
 * clip's passage is re-anchored in the page's text as clips see it (clip-text.ts)
 * with lib/clips anchorPassage — position, then quote with prefix and suffix, then
 * an approximate quote, as Hypothesis does — and painted in the extension's own
 * closed shadow root (clip-overlay.ts), never in the page's highlight registry,
 * which page scripts can read (issue 10). Nothing of the page's DOM changes.
 *
 * Off the main path (issue 10, audit: one clip took a constantly changing 1.5 MB
 * page from 1 to 14 long tasks per 10 s): the work runs one clip per slice, in
 * idle time, and a change re-anchors only the clips whose marked text it changed,
 * each in the region of the page around it, not the whole page. A clip not found
 * is looked for again only in the parts of the page a change added (`refresh`'s
 * roots), or when the clips are painted anew.
 */
import { TextAnchorer } from '@/lib/anchoring/anchor';
import { anchorPassage } from '@/lib/clips/reanchor';
import type { Clip } from '@/lib/clips/types';
import { ClipOverlay } from './clip-overlay';
import { ClipText } from './clip-text';
import { OffsetMap } from './offset-map';
import { readText, TextReader, type PageText } from './page-text';

export interface ClipMark {
  readonly clipId: string;
  /** The passage's range in the page (live: it follows the page's edits); null where it was not found. */
  readonly range: AbstractRange | null;
  /** The anchor's score (1: verbatim at its recorded place); 0 when not found. */
  readonly score: number;
}

/** Runs `task` later: in idle time (within a second at most), else in a task of its own. */
export type Schedule = (task: () => void) => void;

export const idleTask: Schedule = (task) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 0);
};

/** A touched clip is looked for in the smallest enclosing element with this many times its length of text (and at least MIN_REGION). */
const REGION_FACTOR = 3;
const MIN_REGION = 4000;
/** How long one slice reads the page's text. */
const READ_SLICE_MS = 8;

interface Entry {
  readonly clip: Clip;
  range: Range | null;
  /** The range's text when it was anchored: a change of it means the page changed there. */
  text: string;
  score: number;
}

/** The text of a part of the page, folded once for any number of clips. */
class PageView {
  private readonly clean: ClipText;
  private readonly map: OffsetMap;
  private readonly anchorer: TextAnchorer;

  constructor(reader: PageText) {
    this.clean = new ClipText(reader.text);
    this.map = new OffsetMap(reader);
    this.anchorer = new TextAnchorer(this.clean.text);
  }

  anchor(clip: Clip): Entry {
    const passage = anchorPassage(this.anchorer, clip);
    const raw = passage && this.clean.toRaw(passage);
    const span = raw && this.map.span(raw.start, raw.end);
    if (!passage || !span) return { clip, range: null, text: '', score: 0 };
    const range = span.startNode.ownerDocument.createRange();
    try {
      range.setStart(span.startNode, span.startOffset);
      range.setEnd(span.endNode, span.endOffset);
    } catch {
      return { clip, range: null, text: '', score: 0 }; // the page changed while it was read
    }
    return { clip, range, text: range.toString(), score: passage.score };
  }
}

/** The page changed the range's text, or removed its nodes (browsers without live ranges keep them). */
const isTouched = (r: Range, text: string): boolean => !r.startContainer.isConnected || !r.endContainer.isConnected || r.toString() !== text;

export class ClipMarks {
  private readonly overlay: ClipOverlay | null;
  private entries: Entry[] = [];
  /** The jobs, one after another. */
  private work: Promise<unknown> = Promise.resolve();
  /** A refresh waiting to run, and the roots it will search for clips not found (null: none given). */
  private pending: { promise: Promise<ClipMark[]>; roots: Set<Element> } | null = null;
  private generation = 0;

  /** `paint` false: passages are anchored, not painted. */
  constructor(paint = true, private readonly schedule: Schedule = idleTask, doc: Document = document) {
    this.overlay = paint ? new ClipOverlay(doc) : null;
  }

  /** Anchors `clips` under `root` anew (replacing the previous ones), one clip per slice; resolves with their marks. */
  paint(root: Element, clips: readonly Clip[]): Promise<ClipMark[]> {
    const generation = ++this.generation;
    return this.enqueue(async () => {
      this.entries = [];
      this.show();
      if (clips.length === 0) return [];
      const text = await this.read(root, generation);
      if (!text) return this.marks();
      const page = new PageView(text);
      for (const clip of clips) {
        await this.slice();
        if (generation !== this.generation) break;
        this.entries.push(page.anchor(clip));
        this.show();
      }
      return this.marks();
    });
  }

  /**
   * After a change of the page: re-anchors the clips whose marked text changed,
   * each in the region around it, one per slice; with `roots` (the parts that
   * changed), looks for the clips not found in those parts only. Calls made while
   * one waits are merged into it.
   */
  refresh(root: Element, roots?: readonly Element[]): Promise<ClipMark[]> {
    if (this.pending) {
      for (const r of roots ?? []) this.pending.roots.add(r);
      return this.pending.promise;
    }
    const pending = { roots: new Set(roots ?? []), promise: null as unknown as Promise<ClipMark[]> };
    const generation = this.generation;
    pending.promise = this.enqueue(async () => {
      this.pending = null;
      const touched = this.entries.filter((e) => e.range !== null && isTouched(e.range, e.text));
      for (const e of touched) {
        await this.slice();
        if (generation !== this.generation) return this.marks();
        this.reanchorNear(root, e);
        this.show();
      }
      for (const e of this.entries.filter((x) => x.range === null)) {
        for (const r of pending.roots) {
          if (!r.isConnected || !root.contains(r)) continue;
          const text = await this.read(r, generation);
          if (!text) return this.marks();
          Object.assign(e, new PageView(text).anchor(e.clip));
          if (e.range) {
            this.show();
            break;
          }
        }
      }
      return this.marks();
    });
    this.pending = pending;
    return pending.promise;
  }

  clear(): void {
    this.generation++;
    this.entries = [];
    this.show();
  }

  dispose(): void {
    this.clear();
    this.overlay?.dispose();
  }

  /** The marks as they are now. */
  marks(): ClipMark[] {
    return this.entries.map((e) => ({ clipId: e.clip.id, range: e.range, score: e.score }));
  }

  /** Anchors `e` again in the smallest element around its old place with enough text; not found: unmarked. */
  private reanchorNear(root: Element, e: Entry): void {
    const at = e.range!.commonAncestorContainer;
    let region: Element | null = at.nodeType === Node.ELEMENT_NODE ? (at as Element) : at.parentElement;
    const enough = Math.max(MIN_REGION, REGION_FACTOR * e.clip.text.length);
    while (region && region !== root && (region.textContent?.length ?? 0) < enough) region = region.parentElement;
    if (!region?.isConnected || !(region === root || root.contains(region))) {
      Object.assign(e, { range: null, text: '', score: 0 });
      return;
    }
    Object.assign(e, new PageView(readText(region)).anchor(e.clip));
  }

  private show(): void {
    this.overlay?.show(this.entries.flatMap((e) => (e.range ? [e.range] : [])));
  }

  /** The text under `root`, read in slices of READ_SLICE_MS; null when painted or cleared meanwhile. */
  private async read(root: Element, generation: number): Promise<PageText | null> {
    const reader = new TextReader(root);
    do {
      await this.slice();
      if (generation !== this.generation) return null;
    } while (!reader.read(performance.now() + READ_SLICE_MS));
    return reader.result();
  }

  private slice(): Promise<void> {
    return new Promise((resolve) => this.schedule(resolve));
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.work.then(job, job);
    this.work = run.catch(() => undefined);
    return run;
  }
}
