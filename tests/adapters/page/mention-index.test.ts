// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MentionIndex, compareMentions, type PageMention } from '../../../adapters/page/mention-index';

document.body.innerHTML = '<p>قاعدة <b>عين</b> الأسد</p><p>كتائب حزب الله وحزب الله</p>';
const [p1, p2] = document.querySelectorAll('p');
const [a, b, c] = [...p1.childNodes].flatMap((n) => (n.nodeType === 3 ? [n as Text] : [n.firstChild as Text]));
const d = p2.firstChild as Text;

let id = 0;
const mention = (startNode: Text, startOffset: number, endNode: Text, endOffset: number, entity: string, nodes: Text[]): PageMention => {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return { id: ++id, startNode, startOffset, endNode, endOffset, nodes, range, mention: { start: 0, end: 0, text: range.toString(), match: 'exact', score: 1, entity: { id: entity, kind: 'base', name_ar: '', name_en: '' } } };
};

describe('the mentions on a page (mention-index.ts)', () => {
  const ain = mention(b, 0, c, 6, 'ain-al-asad', [b, c]);
  const kataib = mention(d, 0, d, 14, 'kataib-hezbollah', [d]);
  const hezbollah = mention(d, 16, d, 24, 'lebanese-hezbollah', [d]);

  it('keeps them in document order whatever the order they came in', () => {
    const index = new MentionIndex();
    index.add([hezbollah]);
    index.add([ain, kataib]);
    expect(index.inOrder()).toEqual([ain, kataib, hezbollah]);
    expect(compareMentions(kataib, hezbollah)).toBeLessThan(0);
    expect(compareMentions(hezbollah, ain)).toBeGreaterThan(0);
  });

  it('finds a mention from a caret position in any node it covers, boundaries included', () => {
    const index = new MentionIndex();
    index.add([ain, kataib, hezbollah]);
    expect(index.at(b, 0)).toEqual([ain]);
    expect(index.at(c, 6)).toEqual([ain]);
    expect(index.at(a, 2)).toEqual([]);
    expect(index.at(d, 15)).toEqual([]);
    expect(index.at(d, 20)).toEqual([hezbollah]);
    expect(index.ofRange(kataib.range)).toBe(kataib);
  });

  it('removes mentions and forgets them everywhere', () => {
    const index = new MentionIndex();
    index.add([ain, kataib, hezbollah]);
    expect(index.removeWhere((m) => m.startNode === d)).toEqual([kataib, hezbollah]);
    expect(index.at(d, 20)).toEqual([]);
    expect(index.ofRange(kataib.range)).toBeUndefined();
    expect(index.size).toBe(1);
    expect(index.clear()).toEqual([ain]);
    expect(index.at(b, 1)).toEqual([]);
  });

  it('keeps its lookups up to date once a hit-test has built them', () => {
    const index = new MentionIndex();
    index.add([ain]);
    expect(index.at(d, 20)).toEqual([]); // builds the lookups
    index.add([kataib, hezbollah]);
    expect(index.at(d, 20)).toEqual([hezbollah]);
    expect(index.ofRange(kataib.range)).toBe(kataib);
    index.removeWhere((m) => m === hezbollah);
    expect(index.at(d, 20)).toEqual([]);
    expect(index.at(d, 3)).toEqual([kataib]);
    index.clear();
    expect(index.ofRange(ain.range)).toBeUndefined();
    index.add([ain]);
    expect(index.at(c, 6)).toEqual([ain]);
  });
});
