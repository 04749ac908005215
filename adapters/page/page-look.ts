/**
 * How the page around a mention looks, so that the card matches it: light or dark
 * (the page's own computed background, not only the system setting: a dark news
 * site on a light system gets a dark card) and the size of its text (the card's
 * type is never smaller than the article's).
 */

export interface PageLook {
  readonly scheme: 'light' | 'dark';
  /** The font size of the text around the mention, in CSS px. */
  readonly fontPx: number;
}

/** An `rgb()`/`rgba()` colour as [r, g, b, alpha]; null for anything else. */
function parseRgb(css: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The first opaque enough background at or above `el` (then <body> and <html>);
 * where none is set, the canvas: dark only if the page opts into a dark colour
 * scheme and the system is dark.
 */
export function pageScheme(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  const chain: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) chain.push(e);
  for (const e of chain) {
    const rgb = parseRgb(view.getComputedStyle(e).backgroundColor);
    if (rgb && rgb[3] >= 0.5) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  const declared = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  const systemDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return /\bdark\b/.test(declared) && systemDark ? 'dark' : 'light';
}

/** The look of the page at `el`. */
export function pageLook(el: Element): PageLook {
  const view = el.ownerDocument.defaultView;
  const fontPx = view ? Number.parseFloat(view.getComputedStyle(el).fontSize) : NaN;
  return { scheme: pageScheme(el), fontPx: Number.isFinite(fontPx) ? fontPx : 16 };
}
