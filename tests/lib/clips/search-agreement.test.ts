/**
 * The library's search and the popup's search agree (lib/text/search-key.ts): the
 * same folding, the article dropped in Arabic and Latin script, the same tolerance;
 * a typo finds Ain al-Asad in English as it does in Arabic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDatasetSearch } from '../../../components/popup/search';
import { ClipIndex } from '../../../lib/clips/search';
import type { Clip } from '../../../lib/clips/types';
import type { EntitySummary } from '../../../lib/dataset/summary';
import { normalizer } from '../../../lib/mentions';
import { searchKey } from '../../../lib/text/search-key';
import { clipOf, dataset, meta } from '../../fixtures/clips';

const fold = (s: string) => normalizer().fold(s);
let clips: Clip[];
beforeAll(async () => {
  clips = [
    await clipOf('قصفت كتائب حزب الله قاعدة عين الأسد بطائرة مسيرة.', { id: 'asad', metadata: meta({ title: 'هجوم على القاعدة' }), tags: [], notes: '' }),
    await clipOf('أعلنت حركة النجباء استهداف قاعدة فكتوريا.', { id: 'victory', metadata: meta({ title: 'النجباء تتبنى' }), tags: [], notes: '' }),
  ];
});

const TYPOS = ['Ain al Asd', 'ain al-asad', 'Ain Asad', 'عين الاسدد', 'عين اسد', 'عين الأسد'];

describe('one search key for the popup and the library', () => {
  it('drops the article in both scripts and folds the rest', () => {
    expect(searchKey(fold, 'Ain al-Asad Air Base')).toBe('ain asad air base');
    expect(searchKey(fold, 'Ain al Asd')).toBe('ain asd');
    expect(searchKey(fold, 'قاعدة عين الأسد')).toBe('قاعده عين اسد');
    expect(searchKey(fold, 'al')).toBe('al');
    expect(searchKey(fold, 'attack at al')).toBe('attack at al');
  });

  it('finds Ain al-Asad in the library from English and Arabic typos alike', () => {
    const names = new Map(dataset.bases.map((b) => [b.id, b.aliases.map((a) => a.text)]));
    const index = new ClipIndex(clips, { names: (id) => names.get(id) ?? [] });
    for (const q of TYPOS) expect(index.search(q).map((h) => h.clip.id), q).toEqual(['asad']);
  });

  it('finds the same entity in the popup for the same typed words', () => {
    const summaries: Record<string, EntitySummary> = {};
    for (const b of dataset.bases) summaries[b.id] = { id: b.id, kind: 'base', name_ar: b.name_ar, name_en: b.name_en, aliases: b.aliases.map((a) => a.text), incident_count: 0 } as unknown as EntitySummary;
    const popup = createDatasetSearch(summaries, fold);
    for (const q of TYPOS) expect(popup.search(q)[0]?.id, q).toBe('ain-al-asad');
  });
});
