/**
 * The whole gate data:build applies: every file parsed and schema-checked
 * (load.ts), then every cross-record rule (checks.ts) with the engine's folding and
 * the source-host table (data/source-hosts.json, source-hosts.ts).
 */
import { normalizer } from '../mentions';
import { utcToday } from './calendar';
import { runChecks } from './checks';
import { loadDataFiles, type DataFile } from './load';
import { problem, type Problem } from './problems';
import type { DatasetContent } from './schema';
import { parseSourceHosts, SOURCE_HOSTS_FILE, type SourceHostTable } from './source-hosts';

export interface Validated {
  /** The records that passed their schema (all of them when `problems` is empty). */
  readonly content: DatasetContent;
  /** The source-host table (empty when the file is missing, which is itself a problem). */
  readonly sourceHosts: SourceHostTable;
  readonly problems: Problem[];
}

/** `files` are those of data/, source-hosts.json included; `today` defaults to the current UTC date. */
export function validateDataFiles(files: readonly DataFile[], today: string = utcToday()): Validated {
  const hostsFile = files.find((f) => f.path === SOURCE_HOSTS_FILE);
  const { content, problems } = loadDataFiles(files.filter((f) => f !== hostsFile));
  const hosts = hostsFile ? parseSourceHosts(hostsFile.text) : { table: new Map(), problems: [problem('file-format', SOURCE_HOSTS_FILE, 'missing')] };
  const fold = (s: string) => normalizer().fold(s);
  return {
    content,
    sourceHosts: hosts.table,
    problems: [...problems, ...hosts.problems, ...runChecks(content, { today, fold, sourceHosts: hostsFile ? hosts.table : undefined })],
  };
}
