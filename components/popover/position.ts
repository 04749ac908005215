/**
 * Places the popover next to its mention with floating-ui: below it (above if
 * there is no room; above first when the pointer came down the text, so that the
 * card is not where the hand is going), aligned with the start of the mention, which is its right
 * edge when the popover reads right to left; on the line under the pointer for a
 * mention that wraps; kept inside the viewport; following scroll and resize. Its
 * height is at most about two fifths of the viewport, so that it covers less of the article
 * (its body scrolls; its header row of actions never does).
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import type { PointerAt, PopoverAnchor } from './model';

/** The tallest the card gets in a viewport `height` px high. */
export const maxCardHeight = (height: number) => Math.max(220, Math.min(440, Math.round(height * 0.42)));

/** Positions `floating` at `anchor` now and on every scroll and resize; resolves after the first placement. Returns the stop function via `onStop`. */
export function follow(anchor: PopoverAnchor, floating: HTMLElement, pointer: PointerAt | null, onFirst: () => void): () => void {
  let first = true;
  const view = floating.ownerDocument.defaultView ?? window;
  const update = () =>
    computePosition(anchor, floating, {
      strategy: 'fixed',
      // Never where the pointer is heading: above the mention when it was moving down the text.
      placement: pointer?.heading === 'down' ? 'top-start' : 'bottom-start',
      middleware: [
        inline(pointer ?? undefined),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, availableWidth }) {
            floating.style.maxHeight = `${Math.max(160, Math.min(availableHeight, maxCardHeight(view.innerHeight)))}px`;
            floating.style.maxWidth = `${availableWidth}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
      floating.style.visibility = 'visible';
      if (first) {
        first = false;
        onFirst();
      }
    });
  return autoUpdate(anchor, floating, () => void update(), { animationFrame: false });
}
