/**
 * Saved clips marked again on the page they came from (issue 5, part 3): each
 * clip's passage is re-anchored in the page's text as clips see it (clip-text.ts)
 * with lib/clips reanchorClip — position, then quote with prefix and suffix, then
 * an approximate quote, as Hypothesis does — and painted with its own Highlight
 * (HIGHLIGHT_NAMES.clip, styled by the painter's style sheet, beneath the mentions).
 * Nothing of the page's DOM changes. Where the Highlight API is missing, or the
 * mentions are painted as overlay boxes, nothing is painted, but anchors are still
 * computed (and reported).
 */
import { TextAnchorer } from '@/lib/anchoring/anchor';
import { reanchorClip } from '@/lib/clips/reanchor';
import type { Clip } from '@/lib/clips/types';
import { ClipText } from './clip-text';
import { HIGHLIGHT_NAMES } from './highlight-style';
import { OffsetMap, type DomSpan, rangeOf } from './offset-map';
import { hasHighlightApi } from './painter';
import { readText } from './page-text';

export interface ClipMark {
  readonly clipId: string;
  /** The passage's range in the page; null where it was not found. */
  readonly range: AbstractRange | null;
  /** The anchor's score (1: verbatim at its recorded place); 0 when not found. */
  readonly score: number;
}

export class ClipMarks {
  private readonly highlight: Highlight | null;

  /** `paint` false (the overlay painting mode): passages are anchored, not painted. */
  constructor(paint = true) {
    this.highlight = paint && hasHighlightApi() ? new Highlight() : null;
    if (this.highlight) {
      // Beneath the mentions, whose colours stay readable inside a marked passage.
      this.highlight.priority = -1;
      CSS.highlights.set(HIGHLIGHT_NAMES.clip, this.highlight);
    }
  }

  /** Re-anchors `clips` in the text under `root` and paints what is found, replacing what was painted before. */
  paint(root: Element, clips: readonly Clip[]): ClipMark[] {
    this.highlight?.clear();
    if (clips.length === 0) return [];
    const reader = readText(root);
    const clean = new ClipText(reader.text);
    const map = new OffsetMap(reader);
    const anchorer = new TextAnchorer(clean.text);
    return clips.map((clip) => {
      const passage = reanchorClip(anchorer, clip).passage;
      const raw = passage && clean.toRaw(passage);
      const span = raw && map.span(raw.start, raw.end);
      if (!passage || !span) return { clipId: clip.id, range: null, score: 0 };
      const range = rangeOf(span);
      this.highlight?.add(range);
      return { clipId: clip.id, range, score: passage.score };
    });
  }

  clear(): void {
    this.highlight?.clear();
  }

  dispose(): void {
    this.highlight?.clear();
    if (this.highlight && CSS.highlights.get(HIGHLIGHT_NAMES.clip) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAMES.clip);
  }
}
