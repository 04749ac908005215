/**
 * dataset_install_10k_ms: installing a 10,000-incident synthetic dataset into
 * IndexedDB in Chromium's service worker, the way the extension installs its
 * bundled snapshot or a synced feed — parse and schema-check the file, then one
 * transaction writing every entity and incident. Real bases and militias from
 * data/, synthetic incidents shaped like the real ones. A throwaway extension whose
 * worker runs exactly that code is built with Vite and loaded into Debian's Chromium.
 *
 * dataset_install_10k_ms: into an empty database (first install).
 * dataset_update_10k_ms: replacing a previous 10,000-incident dataset (an update).
 * dataset_install_vs_idb_floor: the first install divided by the floor, the same
 *   rows written with the bare IndexedDB API in one transaction into an empty
 *   database with the same stores and indexes (no parse, no check, no library), in
 *   the same worker, each install run followed by a floor run (medians of each).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { assembleDataset, serializeDataset, validateDataFiles, WEAPONS, OUTCOMES, type Dataset, type Incident } from '../lib/dataset';
import { defaultDataDir, readDataFiles, repoRoot } from '../scripts/data-files';
import { chromiumPath, launchChromium } from '../tests/e2e/harness';
import type { BenchRun } from './dataset-install-sw';
import { round, type Metric, seededRandom } from './measure';

const INCIDENTS = 10_000;
const RUNS = 5;

/** Deterministic incidents over the real sites and groups, 2019–2026. */
export function syntheticDataset(count: number, version: string): Dataset {
  const { content } = validateDataFiles(readDataFiles(defaultDataDir));
  const rand = seededRandom(0x1b873593);
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)];
  const start = Date.UTC(2019, 0, 1);
  const incidents: Incident[] = Array.from({ length: count }, (_, n) => {
    const date = new Date(start + rand(8 * 365) * 86_400_000).toISOString().slice(0, 10);
    const group = pick(content.militias).id;
    const site = pick(content.bases);
    return {
      id: `${date}-synthetic-${n}`, date, date_precision: 'day', sites: [site.id], weapons: [pick(WEAPONS)],
      claimed_by: rand(2) ? [group] : [], attributed_to: rand(3) ? [] : [{ group, by: 'US Department of Defense', source: `https://example.org/attribution/${n}` }],
      casualties: { killed: rand(3) ? 0 : rand(5), injured: rand(4), note: null }, outcome: pick(OUTCOMES),
      summary_en: `Synthetic incident ${n}: an attack on ${site.name_en} reported by several outlets.`,
      summary_ar: `حادثة اصطناعية رقم ${n}: هجوم على ${site.name_ar} أوردته عدة وسائل إعلام.`,
      sources: [`https://example.org/source/${n}`], confidence: pick(['high', 'medium', 'low'] as const),
    };
  });
  return assembleDataset({ bases: content.bases, militias: content.militias, incidents }, version);
}

/** Builds the benchmark extension into a temporary directory. */
async function buildBenchExtension(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dataset-'));
  await build({
    configFile: false, logLevel: 'warn', root: repoRoot, publicDir: false,
    resolve: { alias: { '@': repoRoot.replace(/\/$/, '') } },
    build: { outDir: dir, emptyOutDir: false, minify: true, lib: { entry: join(repoRoot, 'bench/dataset-install-sw.ts'), formats: ['es'], fileName: () => 'sw.js' } },
  });
  const manifest = { manifest_version: 3, name: 'dataset install bench', version: '1.0', permissions: ['unlimitedStorage'], background: { service_worker: 'sw.js', type: 'module' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export async function benchDatasetInstall(log: (line: string) => void): Promise<Metric[]> {
  if (!existsSync(chromiumPath)) {
    log(`dataset_install_10k_ms skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
    return [];
  }
  const texts = Array.from({ length: RUNS + 1 }, (_, r) => serializeDataset(syntheticDataset(INCIDENTS, `2026.1.${r + 1}`)));
  log(`dataset install: ${INCIDENTS} incidents, ${(texts[0].length / 1e6).toFixed(1)} MB file, in Chromium's service worker`);
  const dir = await buildBenchExtension();
  const session = await launchChromium(dir);
  try {
    const install = (text: string, dbName: string) =>
      session.worker.evaluate(([t, name]) => (self as unknown as { benchInstall(t: string, n: string): Promise<BenchRun> }).benchInstall(t, name), [text, dbName] as const);
    // Fresh: each run into a new, empty database (first install). Update: each run replaces the previous run's incidents.
    const floor = (text: string, dbName: string) =>
      session.worker.evaluate(([t, name]) => (self as unknown as { benchFloor(t: string, n: string): Promise<{ writeMs: number; incidents: number }> }).benchFloor(t, name), [text, dbName] as const);
    const fresh: BenchRun[] = [];
    const floors: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      fresh.push(await install(texts[0], `fresh-${r}`));
      const f = await floor(texts[0], `floor-${r}`);
      if (f.incidents !== INCIDENTS) throw new Error('the floor did not write every incident');
      floors.push(f.writeMs);
    }
    const update: BenchRun[] = [];
    for (const text of texts) update.push(await install(text, 'update'));
    update.shift(); // the first filled the empty database
    if ([...fresh, ...update].some((r) => r.incidents !== INCIDENTS)) throw new Error('an install did not leave exactly the new incidents');
    const summary = (runs: BenchRun[]) => {
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      return { parse: median(runs.map((r) => r.parseMs)), write: median(runs.map((r) => r.writeMs)), total: median(runs.map((r) => r.parseMs + r.writeMs)) };
    };
    const f = summary(fresh);
    const u = summary(update);
    const floorMs = [...floors].sort((a, b) => a - b)[floors.length >> 1];
    log(`first install, median of ${RUNS}: parse ${round(f.parse, 0)} ms + write ${round(f.write, 0)} ms = ${round(f.total, 0)} ms (target <= 1500)`);
    log(`floor, bare IndexedDB write of the same rows in one transaction, median of ${RUNS}: ${round(floorMs, 0)} ms (runs: ${floors.map((x) => round(x, 0)).join(', ')}); install runs: ${fresh.map((r) => round(r.parseMs + r.writeMs, 0)).join(', ')}`);
    log(`install / floor: ${round(f.total / floorMs, 2)} (target <= 2)`);
    log(`update replacing all ${INCIDENTS} incidents, median of ${RUNS}: parse ${round(u.parse, 0)} ms + write ${round(u.write, 0)} ms = ${round(u.total, 0)} ms`);
    return [
      { name: 'dataset_install_10k_ms', value: round(f.total, 1), unit: 'ms' },
      { name: 'dataset_update_10k_ms', value: round(u.total, 1), unit: 'ms' },
      { name: 'dataset_install_vs_idb_floor', value: round(f.total / floorMs, 2), unit: 'ratio' },
    ];
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
