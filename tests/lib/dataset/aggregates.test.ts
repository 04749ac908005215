import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AggregateSchema, assembleDataset, formatProblem, loadDataFiles, parseDatasetFile, serializeDataset, type Aggregate,
} from '../../../lib/dataset';
import { checkAggregates, checkCasualties } from '../../../lib/dataset/checks';
import { shipped, validContent } from '../../fixtures/shipped-data';

const pretty = (x: unknown) => JSON.stringify(x, null, 2) + '\n';
const aggregate = (over: Partial<Aggregate> = {}): Aggregate => ({
  id: '2026-03-09-ae-ballistic-missiles-detected', period_from: '2026-02-28', period_to: '2026-03-09', country: 'AE', count: 253,
  what_en: 'Ballistic missiles detected', what_ar: 'صواريخ باليستية رُصدت', by: 'UAE Ministry of Defence', source: 'https://example.org/wam', ...over,
});

describe('aggregates (official counts)', () => {
  it('the schema takes a count with a country or null, and refuses a negative or fractional count', () => {
    expect(v.safeParse(AggregateSchema, aggregate()).success).toBe(true);
    expect(v.safeParse(AggregateSchema, aggregate({ country: null })).success).toBe(true);
    expect(v.safeParse(AggregateSchema, aggregate({ count: -1 })).success).toBe(false);
    expect(v.safeParse(AggregateSchema, aggregate({ count: 1.5 })).success).toBe(false);
    expect(v.safeParse(AggregateSchema, { ...aggregate(), extra: 1 }).success).toBe(false);
  });

  it('aggregates.json is a dataset file, loaded beside the others', () => {
    const d = validContent();
    const { content, problems } = loadDataFiles([
      { path: 'bases.json', text: pretty(d.bases) }, { path: 'militias.json', text: pretty(d.militias) },
      { path: 'incidents/2023.json', text: pretty(d.incidents) }, { path: 'aggregates.json', text: pretty([aggregate()]) },
    ]);
    expect(problems).toEqual([]);
    expect(content.aggregates).toEqual([aggregate()]);
  });

  it('checkAggregates finds a period running backwards, a future end and a repeated id', () => {
    const d = validContent();
    d.aggregates = [aggregate({ period_from: '2026-03-10' }), aggregate({ period_to: '2027-01-01', period_from: '2026-01-01' })];
    expect(checkAggregates(d, '2026-11-21').map((p) => p.message)).toEqual([
      'period_from 2026-03-10 is after period_to 2026-03-09',
      'id used by more than one aggregate',
      'period_to 2027-01-01 is in the future (today is 2026-11-21)',
    ]);
  });

  it('a dataset with aggregates round-trips; one without (an older feed) still parses and serializes as before', () => {
    const d = validContent();
    const without = serializeDataset(assembleDataset(d, '2026.1.1'));
    expect(without).not.toContain('aggregates');
    const parsed = parseDatasetFile(without);
    expect(parsed.ok && parsed.dataset.aggregates).toBe(undefined);
    const withAgg = parseDatasetFile(serializeDataset(assembleDataset({ ...d, aggregates: [aggregate()] }, '2026.1.1')));
    expect(withAgg.ok && withAgg.dataset.aggregates).toEqual([aggregate()]);
  });

  it('the shipped aggregates pass their schema and checks', () => {
    const { content, problems } = shipped();
    expect(problems.filter((p) => p.check === 'aggregates' || p.where.startsWith('aggregates.json')).map(formatProblem)).toEqual([]);
    expect(content.aggregates?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('checkCasualties', () => {
  const found = (breakIt: (i: ReturnType<typeof validContent>['incidents'][number]) => void) => {
    const d = validContent();
    breakIt(d.incidents[0]!);
    return checkCasualties(d).map((p) => p.message);
  };
  it('passes the valid dataset', () => expect(found(() => {})).toEqual([]));
  it('outcome "casualties" needs someone hurt or counts not given', () => {
    expect(found((i) => Object.assign(i, { outcome: 'casualties' }))).toEqual(['outcome "casualties" but casualties are 0 killed, 0 injured']);
    expect(found((i) => Object.assign(i, { outcome: 'casualties', casualties: null }))).toEqual(['outcome "casualties" but casualties are null']);
    expect(found((i) => Object.assign(i, { outcome: 'casualties', casualties: { killed: null, injured: null, note: 'not given' } }))).toEqual([]);
  });
  it('a summary saying nobody was hurt needs 0/0, not null or a count', () => {
    expect(found((i) => Object.assign(i, { casualties: null, summary_en: 'Rockets fell nearby; no casualties were reported.' }))).toEqual([
      'the summary says nobody was hurt but casualties is null; set killed and injured to 0',
    ]);
    expect(found((i) => Object.assign(i, { casualties: { killed: 1, injured: 0, note: null }, summary_en: 'A drone hit; nobody was hurt.' }))).toHaveLength(1);
    expect(found((i) => Object.assign(i, { casualties: null, summary_en: 'There were no immediate reports of casualties.' }))).toEqual([]);
  });
});
