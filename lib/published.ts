/**
 * What the background publishes in `browser.storage.local` after install and after
 * every sync, for content scripts: enough to annotate a page and fill a popover
 * without waking the service worker. Content scripts read it once per page.
 */
import type { EntitySummary } from './dataset/summary';
import type { GazetteerEntry } from './gazetteer/types';

export const PUBLISHED_KEY = 'published';

export interface PublishedData {
  /** The dataset version this was built from. */
  readonly version: string;
  /** Every base and militia with its aliases: what the mention engine compiles. */
  readonly gazetteer: readonly GazetteerEntry[];
  /** Popover contents, by entity id. */
  readonly summaries: Readonly<Record<string, EntitySummary>>;
}
