/**
 * Hover intent for the radar's marks: the same rules as for mentions (hover.ts:
 * dwell, leave, selection first, trusted events only), over candidates instead.
 */
import { HoverIntent } from './hover';
import type { PageCandidate } from './candidate-marks';

export interface CandidateHoverTarget {
  hit(x: number, y: number): PageCandidate | null;
  isOwnUi(target: EventTarget | null): boolean;
  /** The candidate whose card is open. */
  shown(): PageCandidate | null;
  open(c: PageCandidate, pointer: { x: number; y: number }): void;
  close(): void;
}

export function candidateHover(doc: Document, target: CandidateHoverTarget): HoverIntent<PageCandidate> {
  return new HoverIntent<PageCandidate>(doc, {
    hit: (x, y) => target.hit(x, y),
    isOwnUi: (t) => target.isOwnUi(t),
    shown: () => {
      const c = target.shown();
      return c ? { mention: c, how: 'hover' } : null;
    },
    open: (c, pointer) => target.open(c, { x: pointer.x, y: pointer.y }),
    close: () => target.close(),
  });
}
