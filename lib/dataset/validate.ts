/**
 * The whole gate data:build applies: every file parsed and schema-checked
 * (load.ts), then every cross-record rule (checks.ts) with the engine's folding.
 */
import { normalizer } from '../mentions';
import { utcToday } from './calendar';
import { runChecks } from './checks';
import { loadDataFiles, type DataFile } from './load';
import type { Problem } from './problems';
import type { DatasetContent } from './schema';

export interface Validated {
  /** The records that passed their schema (all of them when `problems` is empty). */
  readonly content: DatasetContent;
  readonly problems: Problem[];
}

/** `today` defaults to the current UTC date. */
export function validateDataFiles(files: readonly DataFile[], today: string = utcToday()): Validated {
  const { content, problems } = loadDataFiles(files);
  const fold = (s: string) => normalizer().fold(s);
  return { content, problems: [...problems, ...runChecks(content, { today, fold })] };
}
