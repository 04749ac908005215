import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { editClip } from '../../../lib/clips/create';
import { CLIP_EXPORT_FORMAT, type Clip } from '../../../lib/clips/types';
import { exportArchive, exportJson } from '../../../lib/export';
import { IMPORT_LIMITS, mergeClips, parseClipExport, planImport } from '../../../lib/import';
import { unicodeText } from '../../fixtures/arbitraries';
import { clipOf, dataset, meta, sampleClips } from '../../fixtures/clips';

const exportedAt = new Date('2024-03-01T00:00:00.000Z');
let clips: Clip[];
beforeAll(async () => {
  clips = await sampleClips();
});

/** The export as a mutable object, to corrupt. */
const exported = () => JSON.parse(exportJson(clips, { exportedAt }));
const refused = async (file: unknown) => {
  const r = await parseClipExport(typeof file === 'string' ? file : JSON.stringify(file));
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
};

describe('JSON export → import', () => {
  it('loses nothing', async () => {
    const r = await parseClipExport(exportJson(clips, { exportedAt }));
    expect(r).toEqual({ ok: true, clips, exported_at: exportedAt.toISOString() });
  });

  it('loses nothing through the zip either', async () => {
    const zip = unzipSync(await exportArchive(clips, ['json', 'csv'], { exportedAt, dataset }));
    const r = await parseClipExport(strFromU8(zip['clips.json']!));
    expect(r.ok && r.clips).toEqual(clips);
  });

  it('loses nothing for random texts, notes, tags and metadata (property)', async () => {
    await fc.assert(
      fc.asyncProperty(unicodeText(), unicodeText(), fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 5 }), unicodeText(), async (text, notes, tags, title) => {
        const clip = await clipOf(`قاعدة عين الأسد ${text}`, { id: 'p', notes, tags, metadata: meta({ title, author: text.slice(0, 10) || null }) });
        const r = await parseClipExport(exportJson([clip], { exportedAt }));
        expect(r).toEqual({ ok: true, clips: [clip], exported_at: exportedAt.toISOString() });
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a BOM and an empty export', async () => {
    expect(await parseClipExport('\ufeff' + exportJson([], { exportedAt }))).toEqual({ ok: true, clips: [], exported_at: exportedAt.toISOString() });
  });
});

describe('a corrupt or hostile file', () => {
  it('is refused when it is not JSON or not a clips export', async () => {
    expect(await refused('{"format": "militia-base-reader/clips", "clips": [')).toMatch(/not valid JSON/);
    expect(await refused([])).toMatch(/not a clips export/);
    expect(await refused({ format: 'something-else', version: 1, clips: [] })).toMatch(/not a clips export/);
    expect(await refused({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' })).toMatch(/not a clips export/);
  });

  it('is refused when made by a newer version, or with a damaged envelope', async () => {
    expect(await refused({ ...exported(), version: 2 })).toMatch(/newer version .*format version 2/);
    expect(await refused({ ...exported(), version: '1' })).toMatch(/damaged: version/);
    expect(await refused({ ...exported(), extra: true })).toMatch(/damaged/);
    expect(await refused({ ...exported(), exported_at: 'yesterday' })).toMatch(/exported_at/);
  });

  it('is refused when it carries prototype-pollution keys, even escaped', async () => {
    const file = exportJson(clips, { exportedAt });
    const polluted = file.replace('"notes":', '"__proto__":{"isAdmin":true},"notes":');
    expect(await refused(polluted)).toMatch(/key "__proto__"/);
    expect(await refused(file.replace('"notes":', '"\\u005f_proto__":{"x":1},"notes":'))).toMatch(/key "__proto__"/);
    expect(await refused(file.replace('"entity":{', '"entity":{"constructor":{"prototype":{"x":1}},'))).toMatch(/key "(constructor|prototype)"/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('is refused for wrong types, unknown fields, non-http(s) URLs and broken mentions', async () => {
    const cases: [(f: any) => void, RegExp][] = [
      [(f) => (f.clips[0].url = 'javascript:alert(1)'), /Clip 1 \(id "clip-selection"\) is invalid: url: must be an http\(s\) URL/],
      [(f) => (f.clips[1].canonical_url = 'data:text/html,<script>alert(1)</script>'), /Clip 2 .*canonical_url: must be an http\(s\) URL/],
      [(f) => (f.clips[0].mentions[0].start = '3'), /mentions\.0\.start/],
      [(f) => (f.clips[0].tags = 'a,b'), /tags/],
      [(f) => (f.clips[0].onload = 'alert(1)'), /onload/],
      [(f) => (f.clips[0].mentions[0].exact = 'غير ذلك'), /mentions\[0\]: exact is not the text/],
      [(f) => (f.clips[0].mentions[0].selectors[0].prefix = 'xyz'), /TextQuoteSelector does not match text/],
      [(f) => (f.clips[0].mentions[0].end = 1e9), /not a span of text/],
      [(f) => (f.clips[0].mentions[0].entity.kind = 'city'), /kind/],
      [(f) => (f.clips[0].captured_at = '2024-01-21'), /captured_at/],
      [(f) => (f.clips[0].updated_at = '2000-01-01T00:00:00.000Z'), /updated_at is before captured_at/],
      [(f) => (f.clips[0].id = '../../etc'), /id/],
      [(f) => (f.clips[0].passage.selectors[0].exact = 'x'), /passage does not describe text/],
      [(f) => (f.clips[1].text += ' '), /text does not match its SHA-256/],
      [(f) => f.clips.push(f.clips[0]), /Clip 5 .* appears twice/],
      [(f) => (f.clips[0].notes = 'x'.repeat(100_001)), /notes: must be at most 100000 characters/],
    ];
    for (const [corrupt, message] of cases) {
      const f = exported();
      corrupt(f);
      expect(await refused(f)).toMatch(message);
    }
  });

  it('is refused when too large or with too many clips', async () => {
    expect(await refused(' '.repeat(IMPORT_LIMITS.chars + 1))).toMatch(/too large/);
    const many = `{"format":"${CLIP_EXPORT_FORMAT}","version":1,"exported_at":"2024-01-01T00:00:00.000Z","clips":[${'0,'.repeat(IMPORT_LIMITS.clips)}0]}`;
    expect(await refused(many)).toMatch(/more than 50000 clips/);
  });

  it('changes nothing: no plan at all', async () => {
    const library = [clips[0]!];
    const before = JSON.stringify(library);
    const r = await planImport(exportJson(clips, { exportedAt }).replace('"https://news.example.com', '"ftp://news.example.com'), library);
    expect(r.ok).toBe(false);
    expect('plan' in r).toBe(false);
    expect(JSON.stringify(library)).toBe(before);
  });
});

describe('mergeClips', () => {
  it('adds new ids, replaces older clips, keeps the library on ties and when it is newer', async () => {
    const [a, b, c] = clips as [Clip, Clip, Clip];
    const bNewer = editClip(b, { notes: 'أحدث' }, new Date('2024-05-01T00:00:00.000Z'));
    const cEdited = editClip(c, { notes: 'محلي' }, new Date('2024-05-01T00:00:00.000Z'));
    const cSameTime = { ...cEdited, notes: 'مستورد' };
    const plan = mergeClips([b, cEdited], [a, bNewer, c, cSameTime]);
    expect(plan.added).toEqual([a.id]);
    expect(plan.updated).toEqual([b.id]);
    // Never silently: the file's older or as-new-but-different copies are named as kept.
    expect(plan.unchanged).toEqual([]);
    expect(plan.kept).toEqual([c.id, c.id]);
    expect(plan.put).toEqual([a, bNewer]);
    // The same clip, whatever its key order, is unchanged.
    const reordered = Object.fromEntries(Object.entries(cEdited).reverse()) as Clip;
    expect(mergeClips([cEdited], [reordered])).toMatchObject({ unchanged: [c.id], kept: [], put: [] });
  });

  it('plans an import end to end', async () => {
    const r = await planImport(exportJson(clips, { exportedAt }), clips.slice(0, 2));
    expect(r.ok && [r.plan.added, r.plan.unchanged]).toEqual([clips.slice(2).map((c) => c.id), clips.slice(0, 2).map((c) => c.id)]);
  });
});
