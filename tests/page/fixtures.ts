/**
 * What the page tests share: the shipped dataset as the background publishes it
 * (lib/published.ts), built from data/ the way scripts/data-files.ts reads it (not
 * imported: it resolves paths with `new URL`, which is the DOM's in happy-dom tests).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleDataset, loadDataFiles } from '../../lib/dataset';
import { buildSummaries } from '../../lib/dataset/summary';
import { gazetteerEntries } from '../../lib/gazetteer/types';
import type { PublishedData } from '../../lib/published';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

let cached: PublishedData | undefined;

/** The published data of the shipped dataset (five recent incidents per entity, as the background publishes). */
export function shippedPublished(): PublishedData {
  if (cached) return cached;
  const dir = join(repo, 'data');
  const json = (d: string) => readdirSync(d).filter((f) => f.endsWith('.json') && f !== 'feed-keys.json').sort();
  const files = [...json(dir), ...json(join(dir, 'incidents')).map((f) => `incidents/${f}`)].map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
  const dataset = assembleDataset(loadDataFiles(files).content, 'test');
  return (cached = { version: 'test', gazetteer: gazetteerEntries(dataset.bases, dataset.militias), summaries: buildSummaries(dataset, 5) });
}
