// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changedRoots, coalesce } from '../../../adapters/page/changed-roots';
import { OWN_UI_TAG } from '../../../adapters/page/skip';
import { macrotask } from '../../fixtures/wait';

/** Runs `change` and returns the roots its mutation records give. */
async function rootsOf(change: () => void): Promise<Element[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  change();
  await macrotask();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return changedRoots(records, document.body);
}

const page = () => {
  document.body.innerHTML = `<main><article id="art"><h1 id="h">عنوان</h1><div id="body"><p id="p1">أول <b id="b">عين</b> الأسد</p><p id="p2">ثان</p><p id="p3">ثالث</p></div></article>
    <ol id="feed">${Array.from({ length: 10 }, (_, i) => `<li>خبر ${i}</li>`).join('')}</ol><div contenteditable="true" id="ed"><p>مسودة</p></div></main>`;
};
const $ = (id: string) => document.getElementById(id)!;

describe('what to scan again after the page changed (changed-roots.ts)', () => {
  it('scans a new paragraph alone', async () => {
    page();
    const p = document.createElement('p');
    expect(await rootsOf(() => $('body').append(p))).toEqual([p]);
  });

  it('scans the block of changed text, or of an inline element added or removed', async () => {
    page();
    expect(await rootsOf(() => ($('b').firstChild!.nodeValue = 'حرير'))).toEqual([$('p1')]);
    expect(await rootsOf(() => $('b').remove())).toEqual([$('p1')]);
    expect(await rootsOf(() => $('p2').append(document.createElement('span')))).toEqual([$('p2')]);
  });

  it('does not rescan anything when whole blocks are only removed', async () => {
    page();
    expect(await rootsOf(() => $('p3').remove())).toEqual([]);
  });

  it('scans an article re-rendered from scratch as one text', async () => {
    page();
    const roots = await rootsOf(() => {
      $('h').replaceWith(Object.assign(document.createElement('h1'), { textContent: 'جديد' }));
      $('body').replaceChildren(...['أ', 'ب', 'ج'].map((t) => Object.assign(document.createElement('p'), { textContent: t })));
    });
    expect(roots).toEqual([$('art')]);
  });

  it('scans a few entries appended to a long list alone, not the list', async () => {
    page();
    const added = [document.createElement('li'), document.createElement('li')];
    expect(await rootsOf(() => $('feed').append(...added))).toEqual(added);
  });

  it('scans an element whose hidden attribute went away', async () => {
    page();
    $('p2').hidden = true;
    expect(await rootsOf(() => ($('p2').hidden = false))).toEqual([$('p2')]);
  });

  it('ignores editable regions, the extension’s own host and anything outside the body', async () => {
    page();
    expect(await rootsOf(() => $('ed').querySelector('p')!.append('x'))).toEqual([]);
    expect(await rootsOf(() => document.documentElement.append(document.createElement(OWN_UI_TAG)))).toEqual([]);
    expect(await rootsOf(() => $('body').append(document.createElement(OWN_UI_TAG)))).toEqual([]);
  });

  it('keeps only outermost roots', () => {
    page();
    expect(coalesce([$('p1'), $('art'), $('b')], document.body)).toEqual([$('art')]);
  });
});
