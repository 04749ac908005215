// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_BREAK, TextReader, readText } from '../../../adapters/page/page-text';
import { OWN_UI_TAG, blockOf, isInSkipped } from '../../../adapters/page/skip';

const body = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

describe('reading the text of a page (page-text.ts)', () => {
  beforeEach(() => void (document.designMode = 'off'));

  it('joins text of inline elements into one run and puts a break between blocks and around <br>', () => {
    const p = readText(body('<h1>قاعدة <b>عين</b> الأسد</h1><p>كتائب <a href="#">حزب <i>الله</i></a></p><div>قبل<br>بعد</div>'));
    expect(p.text).toBe(['قاعدة عين الأسد', 'كتائب حزب الله', 'قبل', 'بعد'].join(BLOCK_BREAK));
    expect(p.nodes.map((n) => n.data)).toEqual(['قاعدة ', 'عين', ' الأسد', 'كتائب ', 'حزب ', 'الله', 'قبل', 'بعد']);
    p.nodes.forEach((n, i) => expect(p.text.slice(p.starts[i], p.starts[i] + n.data.length)).toBe(n.data));
  });

  it('notes where sectioning elements begin, for cutting long text', () => {
    const p = readText(body('<h1>عنوان</h1><section><p>أول</p></section><ul><li>ثان</li><li>ثالث</li></ul>'));
    expect(p.sections.map((o) => p.text.slice(o, o + 3))).toEqual(['أول', 'ثان', 'ثال']);
  });

  it('separates text before, inside and after a nested block', () => {
    expect(readText(body('<div>foo<p>bar</p>baz</div>')).text).toBe(`foo${BLOCK_BREAK}bar${BLOCK_BREAK}baz`);
  });

  it('never reads scripts, styles, form fields, editable regions, hidden elements or its own UI', () => {
    const p = readText(
      body(`<p>نص</p><script>var a = "عين الأسد";</script><style>p{}</style><noscript>x</noscript>
        <textarea>قاعدة حرير</textarea><select><option>حرير</option></select><input value="حرير">
        <div contenteditable="true">مسودة <b>حرير</b></div><div contenteditable="false">مقروء</div>
        <div hidden>مخفي</div><svg><text>حرير</text></svg><${OWN_UI_TAG}>بطاقة</${OWN_UI_TAG}><p>آخر</p>`),
    );
    expect(p.text.split(BLOCK_BREAK).map((s) => s.trim()).filter(Boolean)).toEqual(['نص', 'مقروء', 'آخر']);
  });

  it('reads in slices that end at a deadline, with the same result as at once', () => {
    const html = Array.from({ length: 600 }, (_, i) => `<p>فقرة ${i} عن <b>قاعدة</b> عين الأسد</p>`).join('');
    const whole = readText(body(html));
    const reader = new TextReader(document.body);
    let slices = 1;
    while (!reader.read(0)) slices++;
    expect(slices).toBeGreaterThan(2);
    const sliced = reader.result();
    expect(sliced.text).toBe(whole.text);
    expect(sliced.starts).toEqual(whole.starts);
    expect(sliced.nodes).toEqual(whole.nodes);
  });

  it('knows what is inside a skipped element, and in design mode everything is', () => {
    body('<div contenteditable><p id="in">x</p></div><p id="out">y</p>');
    expect(isInSkipped(document.getElementById('in')!)).toBe(true);
    expect(isInSkipped(document.getElementById('out')!)).toBe(false);
    document.designMode = 'on';
    expect(isInSkipped(document.getElementById('out')!)).toBe(true);
  });

  it('finds the block of a text node through inline ancestors', () => {
    body('<p id="p">a <span><b>b</b></span></p>');
    const b = document.querySelector('b')!.firstChild!;
    expect(blockOf(b)).toBe(document.getElementById('p'));
  });
});
