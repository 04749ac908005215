/**
 * Which parts of the page to scan again after it changed: from mutation records to
 * a few root elements, none inside another. A new block is scanned alone; text
 * changed inside a block rescans that block; when most children of an element
 * changed together (an article re-rendered by a framework), the element is scanned
 * as a whole, so that the article is read as one text, as it was at first. New
 * entries appended to a long list are scanned alone, not the list.
 */
import { blockOf, isInline, isInSkipped } from './skip';

const ELEMENT = 1;
const TEXT = 3;

/** The elements to rescan for `records`; `scope` is what is watched (usually the body). */
export function changedRoots(records: readonly MutationRecord[], scope: Element): Element[] {
  const roots = new Set<Element>();
  const addBlockOf = (n: Node) => {
    const b = blockOf(n);
    if (b) roots.add(b);
  };
  for (const r of records) {
    if (r.type === 'characterData') addBlockOf(r.target);
    else if (r.type === 'attributes') {
      if (r.target.nodeType === ELEMENT) roots.add(r.target as Element);
    } else {
      for (const n of r.addedNodes) {
        if (n.nodeType === ELEMENT && !isInline(n as Element)) roots.add(n as Element);
        else if (n.nodeType === ELEMENT || n.nodeType === TEXT) addBlockOf(r.target);
      }
      // Removed text or inline elements may have joined or split words around them.
      for (const n of r.removedNodes) if (n.nodeType === TEXT || (n.nodeType === ELEMENT && isInline(n as Element))) addBlockOf(r.target);
    }
  }
  const live = [...roots].filter((e) => e.isConnected && (e === scope || scope.contains(e)) && !isInSkipped(e));
  return coalesce(live, scope);
}

/**
 * Drops roots inside other roots; replaces roots that are two or more and at least
 * half of their parent's element children by that parent, repeatedly.
 */
export function coalesce(roots: readonly Element[], scope: Element): Element[] {
  let current = outermost(roots);
  for (;;) {
    const byParent = new Map<Element, number>();
    for (const e of current) {
      const p = e.parentElement;
      if (p && e !== scope && scope.contains(p)) byParent.set(p, (byParent.get(p) ?? 0) + 1);
    }
    const parents = [...byParent].filter(([p, n]) => n >= 2 && n * 2 >= p.childElementCount).map(([p]) => p);
    if (parents.length === 0) return current;
    current = outermost([...current, ...parents]);
  }
}

function outermost(roots: readonly Element[]): Element[] {
  const set = new Set(roots);
  return [...set].filter((e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
