/**
 * Hostile selectors cost little (issue 10, audit: a 120 KB import froze the page
 * it names for 89 s): context is compared over at most MAX_CONTEXT code units,
 * a long quote is searched by its head and tail, and imports refuse selectors
 * longer than CLIP_LIMITS allows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { anchor, TextAnchorer } from '../../../lib/anchoring';
import { CLIP_LIMITS, type Clip } from '../../../lib/clips/types';
import { exportJson } from '../../../lib/export';
import { parseClipExport } from '../../../lib/import';
import { sampleClips } from '../../fixtures/clips';

/** A text of distinct-looking words, so that no long run repeats. */
const words = (n: number, seed = 1) => {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out.push(['قاعدة', 'عين', 'الأسد', 'هجوم', 'صاروخ', 'فصيل', 'مسيرة', 'بغداد', 'أربيل', 'الحرير'][x % 10]! + (x % 97));
  }
  return out.join(' ');
};

const timed = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
};

describe('anchoring with hostile selectors', () => {
  it('compares a 60 KB prefix and suffix in bounded time', () => {
    const text = words(6000) + ' QUOTE ' + words(6000, 7);
    const at = text.indexOf('QUOTE');
    // Not at the recorded position (no fast path), context that matches nothing.
    const selectors = [{ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'ب'.repeat(60_000), suffix: 'ت'.repeat(60_000) }, { type: 'TextPositionSelector', start: 3, end: 8 }] as const;
    const [a, ms] = timed(() => anchor(text, selectors));
    expect(a && text.slice(a.start, a.end)).toBe('QUOTE');
    expect(a!.start).toBe(at);
    expect(ms).toBeLessThan(500);
  });

  it('finds a long passage with edits by its head and tail, in bounded time', () => {
    const passage = words(8000, 3); // ~60 KB
    const edited = passage.slice(0, 20_000) + ' خبر عاجل ' + passage.slice(20_010, 40_000) + passage.slice(40_020);
    const page = words(20_000, 5) + ' ' + edited + ' ' + words(20_000, 9);
    const anchorer = new TextAnchorer(page);
    const [a, ms] = timed(() => anchorer.anchor([{ type: 'TextQuoteSelector', exact: passage, prefix: '', suffix: '' }]));
    expect(a?.method).toBe('fuzzy');
    expect(a!.start).toBe(page.indexOf(edited));
    expect(a!.end).toBe(page.indexOf(edited) + edited.length);
    expect(ms).toBeLessThan(1500);
  });

  it('still finds a short passage with a typo', () => {
    const page = words(3000);
    const passage = page.slice(5000, 5400);
    const typo = passage.slice(0, 200) + 'xx' + passage.slice(202);
    const a = anchor(page.slice(0, 5000) + typo + page.slice(5400), [{ type: 'TextQuoteSelector', exact: passage, prefix: '', suffix: '' }]);
    expect(a).toMatchObject({ start: 5000, end: 5400, method: 'fuzzy' });
  });
});

describe('imports with oversized selectors', () => {
  let clips: Clip[];
  beforeAll(async () => {
    clips = await sampleClips();
  });

  it('refuse a prefix or suffix longer than CLIP_LIMITS.context, and an overlong mention', async () => {
    const withMention = clips.find((c) => c.mentions.length > 0)!;
    const file = JSON.parse(exportJson([withMention], { exportedAt: new Date('2024-03-01T00:00:00.000Z') }));
    const m = file.clips[0].mentions[0];
    const pad = 'ا'.repeat(CLIP_LIMITS.context + 1);
    // A consistent clip: the text grows, the prefix still describes it.
    file.clips[0].text = pad + file.clips[0].text;
    const shift = pad.length;
    for (const x of file.clips[0].mentions) {
      x.start += shift;
      x.end += shift;
      x.selectors[1].start += shift;
      x.selectors[1].end += shift;
    }
    m.selectors[0].prefix = file.clips[0].text.slice(0, m.start);
    file.clips[0].passage = null;
    const r = await parseClipExport(JSON.stringify(file));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/prefix: must be at most 256 characters/);
  });
});

describe('anchoring where the page changed elsewhere', () => {
  it('finds the quote with its context verbatim without folding the page (a long page folds in hundreds of ms)', () => {
    const text = words(2000) + ' QUOTE ' + words(2000, 7);
    const at = text.indexOf('QUOTE');
    const never = { normalize: () => { throw new Error('folded'); } } as unknown as ConstructorParameters<typeof TextAnchorer>[1];
    const selectors = [{ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: text.slice(at - 32, at), suffix: text.slice(at + 5, at + 37) }, { type: 'TextPositionSelector', start: at, end: at + 5 }] as const;
    const moved = 'آخر تحديث 12:00\n' + text;
    const a = new TextAnchorer(moved, never).anchor(selectors);
    expect(a).toMatchObject({ start: at + 16, end: at + 21, method: 'quote' });
    expect(a!.score).toBeGreaterThan(0.99);
    // The same as the folded search finds.
    expect(new TextAnchorer(moved).anchor([selectors[0], { type: 'TextPositionSelector', start: 0, end: 5 }])).toMatchObject({ start: at + 16, end: at + 21 });
  });
});
