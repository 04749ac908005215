/**
 * Publishing for content scripts (lib/published.ts): after install and after each
 * sync the background writes the gazetteer and per-entity summaries of the installed
 * dataset to `browser.storage.local`, so a page is annotated and a popover filled
 * without waking the service worker.
 */
import { browser } from 'wxt/browser';
import type { Dataset } from '@/lib/dataset';
import { buildSummaries } from '@/lib/dataset/summary';
import { gazetteerEntries } from '@/lib/gazetteer/types';
import { PUBLISHED_KEY, type PublishedData } from '@/lib/published';
import { bundledSourceTable } from './source-table';

/** How many recent incidents each summary carries for the popover; the full list is on incidents.html. */
export const RECENT_PER_ENTITY = 5;

export function buildPublished(dataset: Dataset): PublishedData {
  return {
    version: dataset.version,
    gazetteer: gazetteerEntries(dataset.bases, dataset.militias),
    summaries: buildSummaries(dataset, RECENT_PER_ENTITY, bundledSourceTable()),
  };
}

/** Writes what content scripts read; replaces the previous publication in one storage write. */
export async function publish(dataset: Dataset): Promise<PublishedData> {
  const data = buildPublished(dataset);
  await browser.storage.local.set({ [PUBLISHED_KEY]: data });
  return data;
}

/** The version currently published, or null when nothing is. */
export async function publishedVersion(): Promise<string | null> {
  const got = await browser.storage.local.get(PUBLISHED_KEY);
  const data = got[PUBLISHED_KEY] as Partial<PublishedData> | undefined;
  return typeof data?.version === 'string' ? data.version : null;
}
