/**
 * Reads the source files of data/ (given as text; the caller does the I/O) into
 * typed records. A record that fails its schema is reported and left out, so the
 * cross-record checks still run on the rest and one bad record does not hide others.
 */
import * as v from 'valibot';
import { problem, type Problem } from './problems';
import { resolveEntityId } from './retired-ids';
import { AggregateSchema, BaseSchema, IncidentSchema, MilitiaSchema, type DatasetContent, type Incident, type Militia } from './schema';

/** One file of data/: `path` relative to data/, with `/` (`bases.json`, `incidents/2025.json`). */
export interface DataFile {
  readonly path: string;
  readonly text: string;
}

export interface Loaded {
  readonly content: DatasetContent;
  readonly problems: Problem[];
}

const INCIDENTS = /^incidents\/[a-z0-9][a-z0-9-]*\.json$/;

/** True for the paths that hold dataset records (not feed-keys.json, SCHEMA.md, …). */
export function isDataFilePath(path: string): boolean {
  return path === 'bases.json' || path === 'militias.json' || path === 'aggregates.json' || INCIDENTS.test(path);
}

/**
 * Parses and validates every file. Besides the schema, enforces the file format of
 * SCHEMA.md: a JSON array, pretty-printed with two spaces and a final newline,
 * records sorted by id.
 */
export function loadDataFiles(files: readonly DataFile[]): Loaded {
  const problems: Problem[] = [];
  const content = { bases: [], militias: [], incidents: [], aggregates: [] } as { -readonly [K in keyof DatasetContent]: DatasetContent[K] };
  for (const name of ['bases.json', 'militias.json']) {
    if (!files.some((f) => f.path === name)) problems.push(problem('file-format', name, 'missing'));
  }
  if (!files.some((f) => INCIDENTS.test(f.path))) problems.push(problem('file-format', 'incidents/', 'no incident files'));
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (!isDataFilePath(file.path)) {
      problems.push(problem('file-format', file.path, 'not a dataset file (expected bases.json, militias.json, aggregates.json or incidents/<name>.json)'));
      continue;
    }
    const records = parseArray(file, problems);
    if (file.path === 'bases.json') content.bases = validRecords(file.path, records, BaseSchema, problems);
    else if (file.path === 'militias.json') content.militias = validRecords(file.path, records, MilitiaSchema, problems).map(withCurrentUmbrellas);
    else if (file.path === 'aggregates.json') content.aggregates = validRecords(file.path, records, AggregateSchema, problems);
    else content.incidents.push(...validRecords(file.path, records, IncidentSchema, problems).map(withCurrentGroups));
  }
  return { content, problems };
}

/** A militia whose umbrellas name retired ids (retired-ids.ts) points at their replacements. */
export function withCurrentUmbrellas(m: Militia): Militia {
  return m.umbrella.some((u) => resolveEntityId(u) !== u) ? { ...m, umbrella: m.umbrella.map(resolveEntityId) } : m;
}

/** An incident whose claimants or attributions name retired ids points at their replacements. */
export function withCurrentGroups(i: Incident): Incident {
  const stale = [...i.claimed_by, ...i.attributed_to.map((a) => a.group)].some((g) => resolveEntityId(g) !== g);
  if (!stale) return i;
  return {
    ...i,
    claimed_by: [...new Set(i.claimed_by.map(resolveEntityId))],
    attributed_to: i.attributed_to.map((a) => ({ ...a, group: resolveEntityId(a.group) })),
  };
}

function parseArray(file: DataFile, problems: Problem[]): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (e) {
    problems.push(problem('file-format', file.path, `not valid JSON: ${(e as Error).message}`));
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push(problem('file-format', file.path, 'must be a JSON array of records'));
    return [];
  }
  if (file.text !== JSON.stringify(data, null, 2) + '\n') {
    problems.push(problem('file-format', file.path, 'not pretty-printed with two spaces and a final newline (rewrite with JSON.stringify(records, null, 2))'));
  }
  const ids = data.map((r) => (isRecord(r) && typeof r.id === 'string' ? r.id : ''));
  const unsorted = ids.findIndex((id, i) => i > 0 && id < ids[i - 1]!);
  if (unsorted > 0) problems.push(problem('file-format', file.path, `records not sorted by id: "${ids[unsorted]}" comes after "${ids[unsorted - 1]}"`));
  return data;
}

function validRecords<S extends v.GenericSchema>(path: string, records: unknown[], schema: S, problems: Problem[]): v.InferOutput<S>[] {
  const valid: v.InferOutput<S>[] = [];
  records.forEach((record, i) => {
    const result = v.safeParse(schema, record);
    if (result.success) {
      valid.push(result.output);
      return;
    }
    const id = isRecord(record) && typeof record.id === 'string' ? ` ${record.id}` : '';
    for (const issue of result.issues) {
      const field = v.getDotPath(issue);
      problems.push(problem('schema', `${path}[${i}]${id}`, `${field ?? '(record)'}: ${issue.message}`));
    }
  });
  return valid;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
