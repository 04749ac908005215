/**
 * What the reader's-path end-to-end tests share (Chromium with playwright-core,
 * Firefox with puppeteer-core): where a drag across a paragraph starts and ends,
 * and a recorder of every card the page ever showed (a frame-by-frame look into
 * the extension's open shadow root), so that "no card opened during the gesture"
 * is a fact read afterwards, not a guess made after a sleep. All run in the page.
 */

/** Records, in `window.mbrCardsSeen`, the title of every card shown, frame by frame; run as an init script or evaluated once. */
export const recordCards = () => {
  const w = window as unknown as { mbrCardsSeen?: string[] };
  if (w.mbrCardsSeen) return;
  const seen: string[] = (w.mbrCardsSeen = []);
  const look = () => {
    const dialog = document.querySelector('militia-base-reader')?.shadowRoot?.querySelector('[role=dialog]');
    const title = dialog?.querySelector('h2')?.textContent ?? null;
    if (title !== null && seen.at(-1) !== title) seen.push(title);
    if (!dialog && seen.at(-1) !== '') seen.push('');
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

/** Cards seen so far (titles, '' for "closed"), without the closings. */
export const cardsSeenInPage = () => ((window as unknown as { mbrCardsSeen?: string[] }).mbrCardsSeen ?? []).filter((t) => t !== '');

/**
 * The first `p[data-block]` of the article holding a painted mention (of any kind):
 * viewport points just inside its first and its last character (where a reader
 * presses and releases to select it all), its text, and the painted mention in it.
 * Scrolls it to the upper part of the viewport first. With `block`, that paragraph
 * (on a page without the extension, where nothing is painted).
 */
export const paragraphGestureInPage = (block: string | null) => {
  const painted = ['mbr-base', 'mbr-militia'].flatMap((k) => [...((CSS.highlights.get(k) as unknown as Iterable<AbstractRange>) ?? [])]);
  const para =
    block === null
      ? [...document.querySelectorAll<HTMLElement>('#article p[data-block]')].find((p) => painted.some((r) => p.contains(r.startContainer)) && (p.textContent ?? '').length > 120)
      : document.querySelector<HTMLElement>(`#article p[data-block="${block}"]`);
  if (!para) return null;
  para.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -120);
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) texts.push(n as Text);
  const charRect = (t: Text, i: number) => {
    const r = document.createRange();
    r.setStart(t, i);
    r.setEnd(t, i + 1);
    return r.getBoundingClientRect();
  };
  const first = texts[0];
  const last = texts[texts.length - 1];
  const firstIndex = first.data.search(/\S/);
  const lastIndex = last.data.length - 1 - [...last.data].reverse().join('').search(/\S/);
  const a = charRect(first, firstIndex);
  const b = charRect(last, lastIndex);
  const rtl = getComputedStyle(para).direction === 'rtl';
  // Just inside the character, at its logical start (the first) or end (the last).
  const start = { x: rtl ? a.right - 1 : a.left + 1, y: a.top + a.height / 2 };
  const end = { x: rtl ? b.left + 1 : b.right - 1, y: b.top + b.height / 2 };
  const mention = painted.find((r) => para.contains(r.startContainer));
  const live = document.createRange();
  if (mention) {
    live.setStart(mention.startContainer, mention.startOffset);
    live.setEnd(mention.endContainer, mention.endOffset);
  }
  const m = mention ? live.getBoundingClientRect() : null;
  return {
    start, end, text: para.textContent ?? '', block: para.getAttribute('data-block')!,
    mention: mention ? { text: live.toString(), x: m!.x + m!.width / 2, y: m!.y + m!.height / 2 } : null,
  };
};

/** The selection's text. */
export const selectionInPage = () => getSelection()?.toString() ?? '';

/** Collapses white space, as a reader compares passages. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
