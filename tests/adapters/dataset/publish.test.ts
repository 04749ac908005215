import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../lib/dataset';
import { PUBLISHED_KEY } from '../../../lib/published';
import { buildPublished, publish, publishedVersion, RECENT_PER_ENTITY } from '../../../adapters/dataset/publish';
import { shipped } from '../../fixtures/shipped-data';

describe('what the background publishes for content scripts', () => {
  beforeEach(() => fakeBrowser.reset());
  const dataset = assembleDataset(shipped().content, '2026.11.21.1-test');

  it('is the whole gazetteer and a summary of every entity, from the shipped data', () => {
    const p = buildPublished(dataset);
    expect(p.version).toBe('2026.11.21.1-test');
    expect(p.gazetteer).toHaveLength(dataset.bases.length + dataset.militias.length);
    const asad = p.gazetteer.find((e) => e.id === 'ain-al-asad');
    expect(asad).toMatchObject({ kind: 'base', name_en: 'Ain al-Asad Air Base' });
    expect(asad?.aliases.some((a) => a.text === 'عين الأسد')).toBe(true);
    expect(Object.keys(p.summaries).sort()).toEqual(p.gazetteer.map((e) => e.id).sort());
    expect(Math.max(...Object.values(p.summaries).map((s) => s.recent.length))).toBe(RECENT_PER_ENTITY);
  });

  it('goes to storage.local in one write, survives structured cloning, and reports its version', async () => {
    expect(await publishedVersion()).toBeNull();
    await publish(dataset);
    const stored = (await fakeBrowser.storage.local.get(PUBLISHED_KEY))[PUBLISHED_KEY];
    expect(structuredClone(stored)).toEqual(buildPublished(dataset));
    expect(await publishedVersion()).toBe('2026.11.21.1-test');
    // Small enough to read once per page: well under a megabyte of JSON.
    expect(JSON.stringify(stored).length).toBeLessThan(1_000_000);
  });
});
