/**
 * Paints mentions without touching the page's DOM: with the CSS Custom Highlight
 * API where the browser has it (highlight-painter.ts), else with boxes drawn in the
 * extension's own shadow root behind the text (overlay-painter.ts), which leaves
 * every letter where it was, so Arabic letters keep joining.
 */
import type { HighlightColours } from './highlight-style';
import type { PageMention } from './mention-index';

export interface Painter {
  readonly mode: 'highlight' | 'overlay';
  add(mentions: readonly PageMention[]): void;
  remove(mentions: readonly PageMention[]): void;
  /** Removes every mention (faster than `remove` with all of them). */
  clear(): void;
  /** Marks the mention whose card is open (null: none). */
  setCurrent(mention: PageMention | null): void;
  setColours(colours: HighlightColours): void;
  /** Removes every highlight and what the painter installed. */
  dispose(): void;
}

/** True where the CSS Custom Highlight API is available. */
export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
