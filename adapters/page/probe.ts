/**
 * Measurements for end-to-end tests and `npm run bench`: in the e2e build only
 * (`--mode e2e`), the content script posts what it measured to the page's window,
 * where the test reads it. In every other build this compiles to nothing, so no
 * page can tell the extension is there.
 */

export type ProbeReport =
  | { readonly kind: 'scan'; readonly foldsMs: number; readonly compileMs: number; readonly compileLongestSliceMs: number; readonly compileSlices: number; readonly scanMs: number; readonly mentions: number; readonly startedAt: number; readonly endedAt: number; readonly painter: string; readonly longestSliceMs: number; readonly slices: number; readonly busyMs: number }
  /** The first mentions painted ahead of the rest: the viewport's part `[from, to)` of a text of `chars`, painted at `at` (the frame after). */
  | { readonly kind: 'first-paint'; readonly at: number; readonly mentions: number; readonly from: number; readonly to: number; readonly chars: number }
  | { readonly kind: 'popover'; readonly ms: number }
  | { readonly kind: 'batch'; readonly roots: number; readonly mentions: number; readonly ms: number }
  /** Saved clips of the page re-anchored and painted: each clip's id, its passage's text on the page (null: not found) and score. */
  | { readonly kind: 'clips'; readonly marks: readonly { readonly id: string; readonly text: string | null; readonly score: number }[] };

export function report(r: ProbeReport): void {
  if (import.meta.env.MODE === 'e2e') window.postMessage({ mbrProbe: r }, '*');
}
