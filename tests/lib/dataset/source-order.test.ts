/** Sources best first (lib/dataset/source-order.ts), and the summaries that carry their classes. */
import { describe, expect, it } from 'vitest';
import type { SourceClass } from '../../../lib/dataset/source-hosts';
import { rankSources } from '../../../lib/dataset/source-order';

const table = new Map<string, SourceClass>([
  ['reuters.com', 'agency'],
  ['centcom.mil', 'official'],
  ['shafaq.com', 'outlet'],
  ['sabereen.example', 'partisan'],
  ['copies.example', 'aggregator'],
]);

describe('rankSources', () => {
  it('puts official statements and agencies first, partisan outlets and copy sites last, unknown hosts between', () => {
    const urls = ['https://copies.example/a', 'https://sabereen.example/b', 'https://new.example/c', 'https://www.shafaq.com/d', 'https://www.reuters.com/e', 'https://centcom.mil/f'];
    expect(rankSources(urls, table)).toEqual([
      { url: 'https://centcom.mil/f', cls: 'official' },
      { url: 'https://www.reuters.com/e', cls: 'agency' },
      { url: 'https://www.shafaq.com/d', cls: 'outlet' },
      { url: 'https://new.example/c', cls: null },
      { url: 'https://sabereen.example/b', cls: 'partisan' },
      { url: 'https://copies.example/a', cls: 'aggregator' },
    ]);
  });

  it('keeps the dataset’s order within a class', () => {
    expect(rankSources(['https://shafaq.com/2', 'https://reuters.com/1', 'https://shafaq.com/1'], table).map((r) => r.url)).toEqual([
      'https://reuters.com/1', 'https://shafaq.com/2', 'https://shafaq.com/1',
    ]);
  });
});
