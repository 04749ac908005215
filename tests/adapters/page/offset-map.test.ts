// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../adapters/page/offset-map';
import { readText, type PageText } from '../../../adapters/page/page-text';

describe('from text offsets back to text nodes (offset-map.ts)', () => {
  document.body.innerHTML = '<p>قاعدة <b>عين</b> الأسد</p><p>كتائب حزب الله</p>';
  const page = readText(document.body);
  const map = new OffsetMap(page);
  const [t0, t1, t2, t3] = page.nodes;
  const at = (s: string) => [page.text.indexOf(s), page.text.indexOf(s) + s.length] as const;

  it('maps a span inside one node', () => {
    const [s, e] = at('حزب الله');
    expect(map.span(s, e)).toMatchObject({ startNode: t3, startOffset: 6, endNode: t3, endOffset: 14, nodes: [t3] });
  });

  it('maps a span across nodes, listing each node it covers', () => {
    const [s, e] = at('عين الأسد');
    expect(map.span(s, e)).toMatchObject({ startNode: t1, startOffset: 0, endNode: t2, endOffset: 6, nodes: [t1, t2] });
  });

  it('resolves a start at a node boundary to the node that begins there, an end to the node that ends there', () => {
    const [s] = at('عين');
    expect(map.span(s, s + 3)).toMatchObject({ startNode: t1, startOffset: 0, endNode: t1, endOffset: 3 });
    expect(map.span(0, s)).toMatchObject({ startNode: t0, endNode: t0, endOffset: t0.data.length });
  });

  it('skips block breaks at either end of a span, and a span only in a break is null', () => {
    const brk = page.text.indexOf('\n');
    expect(map.span(brk, brk + 1)).toBeNull();
    expect(map.span(brk, brk + 6)).toMatchObject({ startNode: t3, startOffset: 0, endOffset: 5 });
    expect(map.span(brk - 4, brk + 1)).toMatchObject({ startNode: t2, endNode: t2, endOffset: t2.data.length });
    expect(map.span(5, 5)).toBeNull();
  });

  it('answers in any order (binary search behind the cursor)', () => {
    const a = at('كتائب');
    const b = at('قاعدة');
    expect(map.span(...a)?.startNode).toBe(t3);
    expect(map.span(...b)?.startNode).toBe(t0);
    expect(map.span(...a)?.startNode).toBe(t3);
  });

  it('finds the same nodes as a linear search, for lookups in any order (property)', () => {
    // Text nodes of random lengths (some separated by a block break), and spans
    // looked up in a random order: the cursor's gallop and the binary search agree
    // with the definition.
    fc.assert(
      fc.property(
        fc.array(fc.record({ length: fc.integer({ min: 1, max: 6 }), brk: fc.boolean() }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 })), { minLength: 1, maxLength: 40 }),
        (shape, lookups) => {
          const nodes: Text[] = [];
          const starts: number[] = [];
          let text = '';
          for (const { length, brk } of shape) {
            if (brk && text.length > 0) text += '\n';
            nodes.push(document.createTextNode('x'.repeat(length)));
            starts.push(text.length);
            text += 'x'.repeat(length);
          }
          const page: PageText = { text, nodes, starts, sections: [] };
          const map = new OffsetMap(page);
          const last = (offset: number) => starts.findLastIndex((s) => s <= offset);
          for (const [a, width] of lookups) {
            const start = a % text.length;
            const end = Math.min(text.length, start + width + 1);
            const span = map.span(start, end);
            const first = last(start);
            const final = last(end - 1);
            const s = start - starts[first] >= nodes[first].data.length ? first + 1 : first;
            if (s > final) expect(span).toBeNull();
            else expect(span).toMatchObject({ startNode: nodes[s], endNode: nodes[final], nodes: nodes.slice(s, final + 1) });
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
