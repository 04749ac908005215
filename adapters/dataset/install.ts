/**
 * Installing the snapshot bundled with the extension (public/dataset/snapshot.json).
 *
 * The rule: a bundled snapshot replaces the installed dataset only when it is
 * strictly newer — so an extension update never rolls a newer synced dataset back —
 * except that the bundle is the fallback, installed whatever its version, when the
 * installed dataset came from a feed that can no longer be trusted or is no longer
 * configured: its signing key is not pinned any more (a leaked key is removed by an
 * extension release; docs/PUBLISHING.md §6) or the reader removed the feed URL.
 */
import { parseDatasetFile, type PinnedKey } from '@/lib/dataset';
import type { DatasetDb, DatasetMeta } from './db';
import { applyDataset, readInstalled, type ApplyResult } from './store';

export interface BundleContext {
  readonly pinnedKeys: readonly PinnedKey[];
  /** The configured feed URL; empty when none. */
  readonly feedUrl: string;
}

/** Why the bundled snapshot must be installed now, or null when the installed dataset stands. */
export type BundleReason = 'empty' | 'key-not-pinned' | 'feed-removed';

export function bundleNeeded(installed: DatasetMeta | undefined, ctx: BundleContext): BundleReason | null {
  if (!installed) return 'empty';
  if (installed.origin !== 'feed') return null;
  if (!ctx.pinnedKeys.some((k) => k.key_id === installed.keyId)) return 'key-not-pinned';
  if (ctx.feedUrl === '') return 'feed-removed';
  return null;
}

/**
 * Installs the bundled snapshot `text` if it is newer than the installed dataset or
 * `bundleNeeded` says it must replace it. One transaction; clips are never touched.
 * @throws {Error} if the snapshot does not parse (a broken build), or the database's error.
 */
export async function installBundled(db: DatasetDb, text: string, ctx: BundleContext): Promise<ApplyResult> {
  const parsed = parseDatasetFile(text);
  if (!parsed.ok) throw new Error(`the bundled snapshot is invalid: ${parsed.error}`);
  const force = bundleNeeded(await readInstalled(db), ctx) !== null;
  return applyDataset(db, parsed.dataset, { kind: 'bundled' }, { force });
}
