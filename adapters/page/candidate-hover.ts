/**
 * Hover intent for the radar's marks: the same rules as for mentions (hover.ts:
 * dwell, leave, selection first, trusted events only), over candidates instead.
 */
import { HoverIntent, type HoverTarget } from './hover';
import type { PageCandidate } from './candidate-marks';

export interface CandidateHoverTarget {
  hit(x: number, y: number): PageCandidate | null;
  isOwnUi(target: EventTarget | null): boolean;
  /** The candidate whose card is open. */
  shown(): PageCandidate | null;
  open(c: PageCandidate, pointer: { x: number; y: number }): void;
  close(): void;
}

export function candidateHover(doc: Document, target: CandidateHoverTarget): HoverIntent {
  const shown = () => {
    const c = target.shown();
    return c ? { mention: c, how: 'hover' as const } : null;
  };
  // HoverIntent only compares what `hit` returns and hands it back to `open`: a
  // candidate stands where it expects a mention.
  const adapted = { hit: target.hit, isOwnUi: target.isOwnUi, shown, open: (c: PageCandidate, pointer: { x: number; y: number }) => target.open(c, pointer), close: target.close };
  return new HoverIntent(doc, adapted as unknown as HoverTarget);
}
