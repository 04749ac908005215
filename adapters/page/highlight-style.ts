/**
 * How mentions look: one colour for bases, one for militias, each with a text
 * colour chosen for contrast, so that a highlight reads the same on light and dark
 * pages. A saved clip's passage is marked apart from mentions: a faint violet wash
 * and a dotted violet underline, under the mentions' colours; the name of a group not
 * in the data, more quietly still. Pure: returns CSS text.
 */

export interface HighlightColours {
  readonly base: string;
  readonly militia: string;
}

/** Names in the page's highlight registry (`CSS.highlights`). */
export const HIGHLIGHT_NAMES = { base: 'mbr-base', militia: 'mbr-militia', current: 'mbr-current', clip: 'mbr-clip', candidate: 'mbr-candidate' } as const;

/** The clip mark's colour: violet, unlike either default mention colour, readable on light and dark pages. */
export const CLIP_COLOUR = '#7c4dff';

/** The underline of a candidate group's name: a mid grey, apart from every mention colour. */
export const CANDIDATE_COLOUR = '#808080';

/** Red, green, blue (0–255) of a `#rgb`, `#rrggbb`, `#rrggbbaa` or `rgb()` colour; null for anything else. */
export function parseColour(colour: string): [number, number, number] | null {
  const s = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(s);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])].map((v) => Math.min(255, v)) as [number, number, number] : null;
}

/** WCAG relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Near-black or white, whichever contrasts more with `background` (near-black if it cannot be parsed). */
export function textColourOn(background: string): string {
  const rgb = parseColour(background);
  if (!rgb) return '#111111';
  const l = luminance(rgb);
  const dark = (l + 0.05) / (0.0056 + 0.05); // #111111
  const light = 1.05 / (l + 0.05);
  return dark >= light ? '#111111' : '#ffffff';
}

/** CSS colour values may not close the declaration: anything else falls back. */
const safe = (colour: string, fallback: string) => (/^[#\w\s(),.%-]+$/.test(colour) ? colour : fallback);

/** The style sheet of the highlights. */
export function highlightCss(c: HighlightColours): string {
  const base = safe(c.base, '#ffb74d');
  const militia = safe(c.militia, '#4dd0e1');
  return [
    `::highlight(${HIGHLIGHT_NAMES.base}) { background-color: ${base}; color: ${textColourOn(base)}; }`,
    `::highlight(${HIGHLIGHT_NAMES.militia}) { background-color: ${militia}; color: ${textColourOn(militia)}; }`,
    // The mention whose card is open: underlined, over its colour.
    `::highlight(${HIGHLIGHT_NAMES.current}) { text-decoration: underline 3px; text-underline-offset: 3px; }`,
    // A saved clip's passage (clip-marks.ts), painted beneath the mentions.
    `::highlight(${HIGHLIGHT_NAMES.clip}) { background-color: rgb(124 77 255 / 0.14); text-decoration: underline dotted 2px ${CLIP_COLOUR}; text-underline-offset: 6px; }`,
    // A name of a group not in the data (candidate-marks.ts): quieter than a mention, a grey
    // wash and a dashed grey underline, that leave the text its own colour on light and dark pages.
    `::highlight(${HIGHLIGHT_NAMES.candidate}) { background-color: rgb(128 128 128 / 0.16); text-decoration: underline dashed 2px ${CANDIDATE_COLOUR}; text-underline-offset: 4px; }`,
  ].join('\n');
}
