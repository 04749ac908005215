/**
 * Re-anchoring a clip in a page the analyst opens again (issue 5, part 3): where
 * its passage and each of its mentions now are in the page's text. Offsets are
 * UTF-16 code units of that text, as the page side's DOM text map uses.
 *
 * - The passage: its recorded selectors (a selection); for an extracted article,
 *   which is not one span of the page, the clip's whole text as a quote — found
 *   when the page's text differs from it by at most a quarter (anchor.ts).
 * - Each mention: within the passage when the passage was found (its selectors are
 *   relative to the clip's text, which the passage now is, give or take edits);
 *   otherwise by its quote and context in the whole page.
 */
import { TextAnchorer, type Anchor } from '../anchoring/anchor';
import type { Clip } from './types';

export interface ClipAnchors {
  readonly passage: Anchor | null;
  /** In the order of `clip.mentions`; null where a mention is not found. */
  readonly mentions: readonly (Anchor | null)[];
}

/** Where the clip's passage is in the page's text (`page`), or null; its mentions are not anchored. */
export function anchorPassage(page: TextAnchorer, clip: Clip): Anchor | null {
  return page.anchor(clip.passage ? clip.passage.selectors : [{ type: 'TextQuoteSelector', exact: clip.text, prefix: '', suffix: '' }]);
}

/** `page` is a TextAnchorer over the page's text, shared by every clip of that page. */
export function reanchorClip(page: TextAnchorer, clip: Clip): ClipAnchors {
  const passage = anchorPassage(page, clip);
  if (!passage) return { passage, mentions: clip.mentions.map((m) => page.anchor([m.selectors[0]])) };
  const inside = new TextAnchorer(page.text.slice(passage.start, passage.end));
  const mentions = clip.mentions.map((m) => {
    const a = inside.anchor(m.selectors);
    return a && { ...a, start: a.start + passage.start, end: a.end + passage.start };
  });
  return { passage, mentions };
}
