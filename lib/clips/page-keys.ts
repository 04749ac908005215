/**
 * Which pages have clips, as short keys that a content script checks before it
 * asks the background for a page's clips: without them every page load woke the
 * background's service worker, although almost no page has clips. A key is the
 * 32-bit FNV-1a hash of a page address (as clips store it: no fragment), in hex:
 * the list names no URL, and a collision costs one needless request, never a
 * missed clip.
 */

/** The key of a page address. */
export function pageKey(address: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < address.length; i++) h = Math.imul(h ^ address.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The keys of `addresses` (URLs and canonical URLs of clips), sorted, each once. */
export function pageKeys(addresses: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const a of addresses) if (a) keys.add(pageKey(a));
  return [...keys].sort();
}
