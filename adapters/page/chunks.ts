/**
 * Where a long text is cut for the engine: the engine runs once per chunk, each
 * chunk one short task. A cut falls where a sectioning element begins if one is in
 * reach (each article of a page is then read whole, as the engine reads a text:
 * a near-miss spreads to the rest of its text), else on a block break (between
 * paragraphs), where no name can be cut in two, else at a space.
 */
import { BLOCK_BREAK } from './page-text';

/** The last of the increasing `offsets` in (from, limit], or -1. */
function lastIn(offsets: readonly number[], from: number, limit: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] <= limit) {
      found = offsets[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found > from ? found : -1;
}

/** The end of the chunk of `text` that starts at `from` and is at most `max` long (`max` ≥ 1). `sections`: preferred cuts, increasing. */
export function chunkEnd(text: string, from: number, max: number, sections: readonly number[] = []): number {
  if (text.length - from <= max) return text.length;
  const limit = from + max;
  const section = lastIn(sections, from, limit);
  if (section > 0) return section;
  let cut = text.lastIndexOf(BLOCK_BREAK, limit - 1) + 1;
  if (cut <= from) cut = text.lastIndexOf(' ', limit - 1) + 1;
  return cut <= from ? limit : cut;
}

/** `[from, to)` pairs covering `text` in order, each at most `max` long. A text of at most `max` is one chunk. */
export function chunkBounds(text: string, max: number, sections: readonly number[] = []): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  do {
    const to = chunkEnd(text, from, max, sections);
    out.push([from, to]);
    from = to;
  } while (from < text.length);
  return out;
}
