/**
 * A signed feed on 127.0.0.1 for the sync tests (Chromium and Firefox): the bundled
 * snapshot plus one incident at Ain al-Asad, signed with the throwaway key that the
 * e2e builds trust (global-setup.ts), a tampered copy, and a news page that
 * mentions the base.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { assembleDataset, createManifest, datasetFileName, importSigningKey, parseDatasetFile, serializeDataset, type Dataset, type Incident, type SigningKey } from '../../lib/dataset';
import { serve, type Route, type TestServer } from './server';

const today = new Date().toISOString().slice(0, 10);

/** What the feed adds. */
export const added: Incident = {
  id: `${today}-ain-al-asad-drone-e2e`, date: today, date_precision: 'day', sites: ['ain-al-asad'], weapons: ['drone'],
  claimed_by: ['islamic-resistance-in-iraq'], attributed_to: [], casualties: { killed: 0, injured: 0, note: null }, outcome: 'no damage',
  summary_en: 'End-to-end test: a drone attack added by the feed.', summary_ar: 'اختبار شامل: هجوم بطائرة مسيّرة أضافه المصدر.',
  sources: ['https://example.org/e2e-source'], confidence: 'low',
};

async function feedFiles(dataset: Dataset, key: SigningKey, tamper = false) {
  const text = serializeDataset(dataset);
  const manifest = await createManifest({ version: dataset.version, bytes: new TextEncoder().encode(text), created: new Date(), key });
  const served = tamper ? text.replace('drone attack added', 'drone attack ADDED') : text;
  return { '/manifest.json': { body: JSON.stringify(manifest) }, [`/${datasetFileName(dataset.version)}`]: { body: served } };
}

/**
 * The datasets (`bundled` read from the built extension at `extensionDir`, `next`
 * with the added incident) and a server on 127.0.0.1 with the feed under /feed/, a
 * tampered one under /tampered/, and /news.html.
 */
export async function feedServer(extensionDir: string): Promise<{ bundled: Dataset; next: Dataset; server: TestServer }> {
  const parsed = parseDatasetFile(readFileSync(join(extensionDir, 'dataset/snapshot.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const bundled = parsed.dataset;
  const next = assembleDataset({ ...bundled, incidents: [...bundled.incidents, added] }, `${bundled.version.split('-')[0]}.1`);
  const key = await importSigningKey(inject('feedSigningKey'));
  const good = await feedFiles(next, key);
  const bad = await feedFiles(assembleDataset(next, `${bundled.version.split('-')[0]}.2`), key, true);
  const routes: Record<string, Route> = Object.fromEntries([
    ...Object.entries(good).map(([p, r]) => [`/feed${p}`, r]),
    ...Object.entries(bad).map(([p, r]) => [`/tampered${p}`, r]),
  ]);
  routes['/news.html'] = '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head><body><article id="article">'
    + '<p>استهدفت طائرة مسيّرة قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، بحسب مصادر أمنية.</p></article></body></html>';
  return { bundled, next, server: await serve(routes) };
}

export { datasetFileName };
