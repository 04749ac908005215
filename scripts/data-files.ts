/**
 * The Node side of the dataset scripts: reading data/ from disk and deriving the
 * version from git. Everything else is in lib/dataset (pure, shared with the
 * extension).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVersion, versionAt, type DataFile } from '../lib/dataset';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const defaultDataDir = join(repoRoot, 'data');

/** bases.json, militias.json, incidents/*.json and any other top-level *.json except feed-keys.json. */
export function readDataFiles(dataDir: string): DataFile[] {
  const json = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);
  const top = json(dataDir).filter((f) => f !== 'feed-keys.json');
  const incidents = json(join(dataDir, 'incidents')).map((f) => `incidents/${f}`);
  return [...top, ...incidents].map((path) => ({ path, text: readFileSync(join(dataDir, path), 'utf8') }));
}

/** The parsed data/feed-keys.json, or [] when the file does not exist. */
export function readFeedKeysJson(dataDir: string): unknown {
  const file = join(dataDir, 'feed-keys.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}

/**
 * The dataset version and where it came from: DATASET_VERSION if set; otherwise
 * `versionAt(time, contentSha)` with the commit time of the newest commit touching
 * `dataDir` when git knows it and the directory has no uncommitted changes, else
 * the current time (a local build of edited data is newer than anything committed).
 * @throws {Error} if DATASET_VERSION is set but is not a version.
 */
export function datasetVersion(dataDir: string, contentSha: string, now = new Date()): { version: string; from: string } {
  const env = process.env.DATASET_VERSION;
  if (env !== undefined && env !== '') {
    if (!isVersion(env)) throw new Error(`DATASET_VERSION="${env}" is not a version (digits and dots, optional -label, e.g. 2026.11.21.1)`);
    return { version: env, from: 'DATASET_VERSION' };
  }
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-C', dataDir, ...args], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  };
  const dirty = git('status', '--porcelain', '--', '.');
  const committed = dirty === '' ? git('log', '-1', '--format=%ct', '--', '.') : null;
  if (committed) return { version: versionAt(new Date(Number(committed) * 1000), contentSha), from: 'last commit touching the data' };
  return { version: versionAt(now, contentSha), from: dirty === null ? 'build time (no git history)' : 'build time (uncommitted data changes)' };
}

/** True when `path` is inside the repository (resolving symlinks of the part that exists). */
export function insideRepo(path: string): boolean {
  let abs = resolve(path);
  let probe = abs;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  abs = join(realpathSync(probe), relative(probe, abs));
  const rel = relative(realpathSync(repoRoot), abs);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
