/**
 * The source-host table bundled with the extension (data/source-hosts.json), for
 * ordering and labelling an incident's sources in what the background publishes
 * and looks up. Only host and class are kept in memory.
 */
import hosts from '@/data/source-hosts.json';
import type { SourceClass, SourceHostTable } from '@/lib/dataset/source-hosts';

let table: SourceHostTable | null = null;

export function bundledSourceTable(): SourceHostTable {
  return (table ??= new Map((hosts as { host: string; class: SourceClass }[]).map((h) => [h.host, h.class])));
}
