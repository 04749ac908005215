import { beforeAll, describe, expect, it } from 'vitest';
import { facetsOf, noQuery, parseTags, queryClips } from '../../../components/library/query';
import { ClipIndex } from '../../../lib/clips/search';
import type { Clip } from '../../../lib/clips/types';
import { sampleClips } from '../../fixtures/clips';

let clips: Clip[];
beforeAll(async () => {
  const s = await sampleClips();
  clips = s.map((c, i) => ({ ...c, captured_at: `2024-01-2${i}T10:00:00.000Z`, updated_at: `2024-01-2${i}T10:00:00.000Z`, site: i === 3 ? 'ب موقع' : c.site }));
});

describe("the library's query (components/library/query.ts)", () => {
  it('offers the entities by how many clips mention them (then by name), and the sites and tags', () => {
    const f = facetsOf(clips, 'ar');
    expect(f.entities.map((e) => [e.id, e.clips])).toEqual([['ain-al-asad', 2], ['nujaba', 2], ['harir', 2], ['kataib-hezbollah', 2], ['victory', 2]]);
    expect(f.sites).toEqual(['أخبار المثال', 'ب موقع']);
    expect(f.tags).toContain('drones');
  });

  it('lists newest first without a search, best match first with one, and in the order chosen', () => {
    const index = new ClipIndex(clips);
    expect(queryClips(clips, index, noQuery, 'en').map((c) => c.id)).toEqual(['clip-hostile', 'clip-empty', 'clip-article', 'clip-selection']);
    expect(queryClips(clips, index, { ...noQuery, sort: 'captured-asc' }, 'en').map((c) => c.id)).toEqual(['clip-selection', 'clip-article', 'clip-empty', 'clip-hostile']);
    expect(queryClips(clips, index, { ...noQuery, sort: 'site' }, 'ar').map((c) => c.id).at(-1)).toBe('clip-hostile');
    expect(queryClips(clips, index, { ...noQuery, text: 'النجبا' }, 'en').map((c) => c.id).sort()).toEqual(['clip-article', 'clip-selection']);
    expect(queryClips(clips, index, { ...noQuery, text: 'النجبا', entity: 'victory', from: '2024-01-21', to: '2024-01-21' }, 'en').map((c) => c.id)).toEqual(['clip-article']);
  });

  it('reads tags separated by Latin or Arabic commas, or lines', () => {
    expect(parseTags(' a, ب،ج\n\n d ,')).toEqual(['a', 'ب', 'ج', 'd']);
  });
});
