import { beforeAll, describe, expect, it } from 'vitest';
import { editClip } from '../../../lib/clips/create';
import { ClipIndex } from '../../../lib/clips/search';
import type { Clip } from '../../../lib/clips/types';
import { clipOf, meta } from '../../fixtures/clips';

let clips: Clip[];
beforeAll(async () => {
  clips = [
    await clipOf('قصفت كتائب حزب الله قاعدة عين الأسد بطائرة مسيرة.', { id: 'asad', metadata: meta({ title: 'هجوم على القاعدة' }), notes: 'تأكيد من مصدرين', tags: ['طائرات'] }),
    await clipOf('أعلنت حركة النجباء استهداف قاعدة فكتوريا.', { id: 'victory', metadata: meta({ title: 'النجباء تتبنى' }), notes: '', tags: ['rockets'], now: new Date('2024-02-01T00:00:00.000Z') }),
    await clipOf('Harir Air Base was not hit, officials said.', { id: 'english', metadata: meta({ title: 'Officials deny strike', lang: 'en' }), notes: 'Follow up with the Pentagon statement', tags: [] }),
  ];
});
const ids = (hits: { clip: Clip }[]) => hits.map((h) => h.clip.id);

describe('ClipIndex', () => {
  it('finds clips by title, text, notes, tags and entity names', () => {
    const index = new ClipIndex(clips);
    expect(ids(index.search('تتبنى'))).toEqual(['victory']);
    expect(ids(index.search('بطائرة'))).toEqual(['asad']);
    expect(ids(index.search('مصدرين'))).toEqual(['asad']);
    expect(ids(index.search('rockets'))).toEqual(['victory']);
    expect(ids(index.search("Kata'ib Hezbollah"))).toEqual(['asad']);
    expect(ids(index.search('Harakat al-Nujaba'))).toEqual(['victory']);
    expect(ids(index.search('pentagon'))).toEqual(['english']);
  });

  it('is Arabic-normalised: diacritics, hamza and alef forms, ta marbuta do not matter', () => {
    const index = new ClipIndex(clips);
    expect(ids(index.search('عَيْن الاسد'))).toEqual(['asad']);
    expect(ids(index.search('قاعده فكتوريا'))).toEqual(['victory']);
    expect(ids(index.search('إعلنت'))).toContain('victory');
  });

  it('tolerates typos', () => {
    const index = new ClipIndex(clips);
    expect(ids(index.search('النجبا'))).toEqual(['victory']);
    expect(ids(index.search('Pentagin'))).toEqual(['english']);
    expect(ids(index.search('كتايب حزب'))).toEqual(['asad']);
  });

  it('needs every word of the query to match', () => {
    const index = new ClipIndex(clips);
    expect(ids(index.search('قاعدة فكتوريا'))).toEqual(['victory']);
    expect(index.search('فكتوريا Pentagon')).toEqual([]);
  });

  it('lists every clip, newest first, for a blank query', () => {
    expect(ids(new ClipIndex(clips).search('  '))).toEqual(['victory', 'asad', 'english']);
  });

  it('finds entities by extra names given for them', () => {
    const index = new ClipIndex(clips, { names: (id) => (id === 'ain-al-asad' ? ['Al Asad Airbase'] : []) });
    expect(ids(index.search('Al Asad Airbase'))).toEqual(['asad']);
  });

  it('follows additions, edits and removals', () => {
    const index = new ClipIndex(clips);
    index.put(editClip(clips[2]!, { notes: 'ملاحظة عن الحرير' }));
    expect(ids(index.search('pentagon'))).toEqual([]);
    expect(ids(index.search('الحرير'))).toEqual(['english']);
    index.remove('english');
    expect(index.size).toBe(2);
    expect(ids(index.search('الحرير'))).toEqual([]);
  });
});
