/**
 * Sources best first: an incident's source URLs ordered by what kind of source
 * each is (data/source-hosts.json, source-hosts.ts), so that the card shows the
 * strongest one and readers see at a glance a news agency from a partisan outlet.
 * Within a class the dataset's order is kept.
 */
import { sourceClass, type SourceClass, type SourceHostTable } from './source-hosts';

/** Best first. A host not yet in the table is ranked after reference works and before partisan outlets and copy sites. */
export const SOURCE_ORDER: readonly (SourceClass | null)[] = ['official', 'agency', 'outlet', 'reference', null, 'partisan', 'aggregator'];

export interface RankedSource {
  readonly url: string;
  /** Null when the host is not in the table. */
  readonly cls: SourceClass | null;
}

/** `urls` best first, each with its class. */
export function rankSources(urls: readonly string[], table: SourceHostTable): RankedSource[] {
  const ranked = urls.map((url, i) => ({ url, cls: sourceClass(url, table) ?? null, i }));
  ranked.sort((a, b) => SOURCE_ORDER.indexOf(a.cls) - SOURCE_ORDER.indexOf(b.cls) || a.i - b.i);
  return ranked.map(({ url, cls }) => ({ url, cls }));
}
