/**
 * Which parts of a page are read: visible text only, never code, form fields,
 * editable regions or the extension's own interface. Checks are by tag name and
 * attribute, never by computed style (which would force style recalculation on
 * every element and cost more than reading the text).
 */

/**
 * The tag of the extension's own shadow-root host: a valid custom element name
 * drawn anew in each page, so that a page cannot define it first and take the
 * host over. The test build (test-hooks.ts) names it `militia-base-reader`, for
 * the tests' selectors.
 */
export const OWN_UI_TAG = import.meta.env.MBR_TEST_HOOKS === true ? 'militia-base-reader' : `mbr-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => 'abcdefghijklmnopqrstuvwxyz'[b % 26]).join('')}`;

/** Elements whose content is never read. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title',
  'textarea', 'input', 'select', 'option', 'optgroup', 'datalist',
  'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed', 'video', 'audio',
  OWN_UI_TAG,
]);

/**
 * Elements laid out inline by default: text in them joins the text around it into
 * one run, so a name may continue across them («<b>عين</b> الأسد»). Text on either
 * side of any other element is separated by a line break.
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small',
  'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);

/** True if the element and everything in it is not read. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True if `el` or one of its ancestors is skipped, or the document is in design mode. */
export function isInSkipped(el: Element): boolean {
  if (el.ownerDocument.designMode === 'on') return true;
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

export const isInline = (el: Element): boolean => INLINE.has(el.localName);

/**
 * Sectioning elements: a text cut for the engine is best cut where one begins
 * (chunks.ts), so that each article of a long page is read whole, as the engine
 * would read it alone.
 */
const SECTIONS = new Set(['article', 'section', 'main', 'aside', 'nav', 'header', 'footer', 'li']);

export const isSection = (el: Element): boolean => SECTIONS.has(el.localName);

/** A line break element: text on both sides of it is separated. */
export const isBreak = (el: Element): boolean => el.localName === 'br' || el.localName === 'hr';

/** The nearest ancestor of `node` (or `node` itself) that is not inline: what a block of text belongs to. */
export function blockOf(node: Node): Element | null {
  let e = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (e && isInline(e)) e = e.parentElement;
  return e;
}
