import { describe, expect, it } from 'vitest';
import { createDatasetSearch } from '../../../components/popup/search';
import { normalizer } from '../../../lib/mentions';
import { shippedPublished } from '../../fixtures/page-fixtures';

const search = createDatasetSearch(shippedPublished().summaries, (s) => normalizer().fold(s));
const first = (q: string) => search.search(q)[0]?.name_en;

describe('searching the dataset from the popup (components/popup/search.ts)', () => {
  it('finds an entity by its Arabic name in any common spelling, with or without the article', () => {
    for (const q of ['عين الأسد', 'عين الاسد', 'قاعده عين الاسد', 'عين أسد', 'عَيْن الأَسَد']) expect(first(q)).toBe('Ain al-Asad Air Base');
    expect(first('كتائب حزب اللة')).toBe("Kata'ib Hezbollah");
  });

  it('finds an entity by its English name or alias, with typos and in any case', () => {
    expect(first('ain al asad')).toBe('Ain al-Asad Air Base');
    expect(first('Ain al-Asd')).toBe('Ain al-Asad Air Base');
    expect(first('kataib hezbolah')).toBe("Kata'ib Hezbollah");
  });

  it('returns nothing for a query too short to mean anything, and at most the limit', () => {
    expect(search.search('ع')).toEqual([]);
    expect(search.search(' ')).toEqual([]);
    expect(search.search('قاعدة', 3).length).toBeLessThanOrEqual(3);
  });

  it('gives each result its kind and number of incidents', () => {
    const [r] = search.search('Islamic Resistance in Iraq');
    expect(r).toMatchObject({ id: 'islamic-resistance-in-iraq', kind: 'militia' });
    expect(r.incident_count).toBeGreaterThan(0);
  });
});
