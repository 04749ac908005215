/**
 * Every string and array of the dataset schema is bounded (issue 10: one signed
 * alias of 30,000 characters took every tab to 4 GB), and the bounds leave the
 * shipped data room to grow: the shipped data with every string and every array
 * doubled still passes.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { assembleDataset, DatasetSchema, parseDatasetFile, serializeDataset } from '../../../lib/dataset';
import { LIMITS } from '../../../lib/dataset/schema';
import { shipped, validContent } from '../../fixtures/shipped-data';

/** Keys whose values are fixed-form (dates, enums, codes): they cannot grow. */
const FIXED = new Set(['date', 'since', 'period_from', 'period_to', 'lang', 'type', 'confidence', 'outcome', 'date_precision', 'campaign', 'country', 'version', 'weapons']);
/** Keys whose strings (or whose arrays' strings) are ids. */
const IDS = new Set(['id', 'sites', 'claimed_by', 'umbrella', 'group']);

function doubled(x: unknown, key: string): unknown {
  if (typeof x === 'string') {
    if (FIXED.has(key)) return x;
    if (IDS.has(key)) return `${x}-${x}`;
    if (/^https?:\/\//.test(x)) return `${x}#${'x'.repeat(x.length)}`;
    return x + x;
  }
  if (Array.isArray(x)) return [...x, ...x].map((y) => doubled(y, key));
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, doubled(y, k)]));
  return x;
}

describe('schema limits', () => {
  it('leave the shipped data room: every string and array doubled still passes the schema', () => {
    const { content, problems } = shipped();
    expect(problems).toEqual([]);
    const stretched = { version: '2026.1', ...(doubled(content, '') as object) };
    const r = v.safeParse(DatasetSchema, stretched);
    expect(r.success ? [] : r.issues.slice(0, 3).map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
  });

  it('refuse an alias of 30,000 distinct characters', () => {
    const content = validContent();
    const huge = Array.from({ length: 30_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    content.bases[0]!.aliases.push({ text: huge, lang: 'ar' });
    const r = parseDatasetFile(serializeDataset(assembleDataset(content, '2026.1')));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(/aliases\.\d+\.text/);
  });

  it('refuse oversized strings and arrays in every kind of record', () => {
    const parse = (change: (c: ReturnType<typeof validContent>) => void) => {
      const content = validContent();
      change(content);
      return parseDatasetFile(serializeDataset(assembleDataset(content, '2026.1'))).ok;
    };
    expect(parse(() => {})).toBe(true);
    expect(parse((c) => (c.incidents[0]!.summary_en = 'a'.repeat(LIMITS.text + 1)))).toBe(false);
    expect(parse((c) => (c.incidents[0]!.sources = Array.from({ length: LIMITS.sources + 1 }, (_, i) => `https://example.org/${i}`)))).toBe(false);
    expect(parse((c) => (c.incidents[0]!.sources = [`https://example.org/${'a'.repeat(LIMITS.url)}`]))).toBe(false);
    expect(parse((c) => (c.bases[0]!.admin_area_en = 'a'.repeat(LIMITS.name + 1)))).toBe(false);
    expect(parse((c) => (c.bases[0]!.hosted = Array.from({ length: LIMITS.list + 1 }, (_, i) => `Country ${i}`)))).toBe(false);
    expect(parse((c) => (c.militias[0]!.aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => ({ text: `name ${i}`, lang: 'en' as const }))))).toBe(false);
    expect(parse((c) => (c.incidents[0]!.casualties = { killed: 0, injured: 0, note: 'a'.repeat(LIMITS.text + 1) }))).toBe(false);
  });
});
