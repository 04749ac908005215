/** Clips and a small dataset for the clip tests, built with the real engine and createClip. */
import type { Base, Incident, Militia } from '../../lib/dataset/schema';
import type { ExportDataset } from '../../lib/export/common';
import { createClip, type ClipInput } from '../../lib/clips/create';
import type { Clip } from '../../lib/clips/types';
import type { PageMetadata } from '../../lib/clips/metadata';
import { createMentionFinder } from '../../lib/mentions';
import { gazetteerEntries } from '../../lib/gazetteer/types';

const src = (n: number) => `https://example.org/source/${n}`;

const base = (id: string, name_en: string, name_ar: string, aliases: string[], coords: [number, number] | null): Base => ({
  id, name_en, name_ar, type: 'air base', country: 'IQ', admin_area_en: 'Anbar Governorate', admin_area_ar: 'محافظة الأنبار',
  coordinates: coords && { lat: coords[0], lon: coords[1], precision_m: 1000, source: src(1) }, hosted: ['United States'],
  description_en: `${name_en}, a base.`, description_ar: 'قاعدة.', status: [], aliases: aliases.map((text) => ({ text, lang: 'ar' as const })),
  sources: [src(2)], confidence: 'high',
});

const militia = (id: string, name_en: string, name_ar: string): Militia => ({
  id, name_en, name_ar, type: 'militia', umbrella: [], country: 'IQ', designations: [],
  description_en: `${name_en}, a group.`, description_ar: 'فصيل.', aliases: [{ text: name_ar, lang: 'ar' }], sources: [src(3)], confidence: 'medium',
});

const incident = (id: string, date: string, sites: string[], claimed: string[], attributed: string[]): Incident => ({
  id, date, date_precision: 'day', sites, weapons: ['rocket', 'drone'], claimed_by: claimed,
  attributed_to: attributed.map((group) => ({ group, by: 'US Department of Defense', source: src(4) })),
  casualties: { killed: 0, injured: 2, note: null }, outcome: 'damage', summary_en: `Attack on ${sites.join(', ')}.`, summary_ar: 'هجوم.',
  sources: [src(5), 'javascript:alert(1)' as string], confidence: 'high',
});

/** Bases (one without coordinates), militias and incidents linking them. */
export const dataset: ExportDataset = {
  version: '2026.03.01.120000-abcdef12',
  bases: [
    base('ain-al-asad', 'Ain al-Asad Air Base', 'قاعدة عين الأسد', ['عين الأسد'], [33.7857, 42.4412]),
    base('harir', 'Harir Air Base', 'قاعدة حرير', ['قاعدة حرير'], null),
    base('victory', 'Victory Base', 'قاعدة فكتوريا', ['فكتوريا'], [33.2617, 44.2383]),
  ],
  militias: [
    militia('kataib-hezbollah', "Kata'ib Hezbollah", 'كتائب حزب الله'),
    militia('nujaba', 'Harakat al-Nujaba', 'حركة النجباء'),
  ],
  incidents: [
    incident('2024-01-20-ain-al-asad-rocket', '2024-01-20', ['ain-al-asad'], ['kataib-hezbollah'], []),
    incident('2023-10-25-ain-al-asad-drone', '2023-10-25', ['ain-al-asad'], [], ['kataib-hezbollah', 'nujaba']),
    incident('2023-11-02-victory-rocket', '2023-11-02', ['victory'], ['nujaba'], []),
  ],
};

export const finder = createMentionFinder(gazetteerEntries(dataset.bases, dataset.militias));

export const ARTICLE = [
  'قصفت كتائب حزب الله قاعدة عين الأسد في محافظة الأنبار بطائرة مسيرة فجر اليوم.',
  'وقالت حركة النجباء إنها استهدفت قاعدة فكتوريا قرب مطار بغداد، فيما لم تُسجل إصابات في قاعدة حرير.',
  'وأضاف المصدر أن "الهجوم على عين الأسد هو الثالث هذا الأسبوع".',
].join('\n');

export const meta = (over: Partial<PageMetadata> = {}): PageMetadata => ({
  url: 'https://news.example.com/2024/01/20/article?id=7',
  canonical_url: 'https://news.example.com/2024/01/20/article',
  title: 'هجوم بطائرة مسيرة على عين الأسد',
  site: 'أخبار المثال',
  author: 'مراسل الأنبار',
  published: '2024-01-20T06:30:00.000Z',
  lang: 'ar',
  ...over,
});

/** A clip of `text` (a span of `page` at `start` when given) with the engine's mentions. */
export async function clipOf(text: string, over: Partial<ClipInput> = {}, page?: { text: string; start: number }): Promise<Clip> {
  return createClip({
    text,
    mentions: finder.find(text),
    metadata: meta(),
    via: page ? 'selection' : 'article',
    page: page ?? null,
    notes: 'ملاحظة: تحقق من "المصدر" ثانيةً',
    tags: ['عين الأسد', 'drones'],
    now: new Date('2024-01-21T10:00:00.000Z'),
    ...over,
  });
}

/** A few clips: a selection, a whole article, one without mentions, one with hostile content. */
export async function sampleClips(): Promise<Clip[]> {
  const page = `العنوان\n${ARTICLE}\nاقرأ أيضاً`;
  const selection = ARTICLE.split('\n')[1]!;
  return [
    await clipOf(selection, { id: 'clip-selection' }, { text: page, start: page.indexOf(selection) }),
    await clipOf(ARTICLE, { id: 'clip-article' }),
    await clipOf('لا ذكر لأي قاعدة هنا.', { id: 'clip-empty', notes: '', tags: [] }),
    await hostileClip(),
  ];
}

export const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '=HYPERLINK("http://evil.example","x")'];

/** Every field an analyst or a page controls carries script, handlers, javascript: URLs and formulas. */
export async function hostileClip(): Promise<Clip> {
  const text = `${HOSTILE.join(' ')} قصفت كتائب حزب الله قاعدة عين الأسد ${HOSTILE[1]}`;
  return clipOf(text, {
    id: 'clip-hostile',
    metadata: meta({
      url: 'https://evil.example.com/a?q=<script>alert(1)</script>"\'',
      canonical_url: null,
      title: `${HOSTILE[0]} ${HOSTILE[1]}`,
      site: 'javascript:alert(1)',
      author: '<img src=x onerror=alert(1)>',
    }),
    notes: HOSTILE.join('\n'),
    tags: ['<script>alert(1)</script>', '=1+1', '@SUM(A1)'],
  });
}
