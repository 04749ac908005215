/** Selectors for spans of text and their re-anchoring in changed text. Pure: no DOM. */
export * from './selectors';
export { anchor, TextAnchorer, MAX_ERROR_RATE, type Anchor } from './anchor';
export { approxSearch, type ApproxMatch } from './approx-search';
