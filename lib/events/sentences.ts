/** A sentence of an article: `[start, end)` in UTF-16 code units of the text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
}

/**
 * Sentences split at «. ! ? ؟» followed by a space and at line breaks. A full stop
 * after a single capital letter ("U.S.", "Jan.") or between digits does not end one.
 */
export function splitSentences(text: string): Sentence[] {
  return [...sentencesOf(text)];
}

/** `splitSentences`, one at a time, for a caller that may stop early. */
export function* sentencesOf(text: string): Generator<Sentence> {
  const boundary = /\n+|[!?؟]+(?=\s|$)|(?<![\s.][A-Z]|^[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Gen|Lt|Col|Maj|Sgt|St|U\.S|U\.N))\.(?=\s|$)/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    const s = end > start ? trim(text, start, end) : null;
    if (s && s.end > s.start) yield s;
    start = m.index + m[0].length;
  }
  const last = start < text.length ? trim(text, start, text.length) : null;
  if (last && last.end > last.start) yield last;
}

function trim(text: string, start: number, end: number): Sentence {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
