/**
 * A Dataset as one file: the bundled snapshot and each feed's dataset-<version>.json
 * have exactly these bytes. Serialization is deterministic (records in a fixed
 * order, compact JSON, final newline), so the same content always hashes the same.
 */
import * as v from 'valibot';
import { sha256Hex, utf8 } from './digest';
import { DatasetFileSchema, type Dataset, type DatasetContent } from './schema';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The dataset with `version`, bases, militias and aggregates sorted by id, incidents
 * by date then id. Content without aggregates gives a dataset without the key, so
 * its bytes (and hash) are those of a dataset built before aggregates existed.
 */
export function assembleDataset(content: DatasetContent, version: string): Dataset {
  return {
    version,
    bases: [...content.bases].sort(byId),
    militias: [...content.militias].sort(byId),
    incidents: [...content.incidents].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a, b))),
    ...(content.aggregates && content.aggregates.length > 0 ? { aggregates: [...content.aggregates].sort(byId) } : {}),
  };
}

/** The file text of a dataset. */
export function serializeDataset(dataset: Dataset): string {
  return JSON.stringify(dataset) + '\n';
}

/**
 * SHA-256 (hex) of the content alone, as the file would be with an empty version:
 * the same records give the same hash whatever version they are later given.
 */
export function contentSha256(content: DatasetContent): Promise<string> {
  return sha256Hex(utf8(serializeDataset(assembleDataset(content, ''))));
}

export type ParsedDataset = { ok: true; dataset: Dataset } | { ok: false; error: string };

/** Parses a dataset file (snapshot or feed) and checks it against the schema. Never throws. */
export function parseDatasetFile(text: string): ParsedDataset {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  const r = v.safeParse(DatasetFileSchema, data);
  if (r.success) return { ok: true, dataset: r.output };
  const first = r.issues[0];
  return { ok: false, error: `${v.getDotPath(first) ?? '(root)'}: ${first.message} (${r.issues.length} issue(s))` };
}
