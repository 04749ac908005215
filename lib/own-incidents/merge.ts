/**
 * Merging a proposal file (proposal.ts, or one a maintainer wrote by hand in the
 * same form) into data/: every record is checked as data:build would check it
 * (schema, references to sites and groups, dates, campaign window, casualties,
 * sources) and against the dataset for duplicates (the same site and date with a
 * compatible weapon: refused, naming the incident already there); the accepted
 * records are filed in data/incidents/<campaign>.json (else <year>.json), sorted
 * by id, for review. Pure: the caller reads and writes the files.
 */
import * as v from 'valibot';
import { checkSources } from '../dataset/checks';
import { utcToday } from '../dataset/calendar';
import { validateDataFiles } from '../dataset/validate';
import { loadDataFiles, withCurrentGroups, type DataFile } from '../dataset/load';
import { IncidentSchema, type Incident } from '../dataset/schema';
import { parseSourceHosts, sourceHost, SOURCE_HOSTS_FILE } from '../dataset/source-hosts';
import { campaignFor, incidentFileFor } from './campaign';
import { datasetIdFor } from './proposal';
import { isOwnId } from './types';
import { duplicateOf } from './duplicates';
import { incidentRules } from './validate';

export { compatibleWeapons, duplicateOf } from './duplicates';

export interface MergeAccepted {
  /** The record as it will be written (its id possibly changed to the dataset's form). */
  readonly incident: Incident;
  /** Its id in the proposal. */
  readonly from: string;
  /** `incidents/<name>.json`, relative to data/. */
  readonly file: string;
}

export interface MergeRefused {
  /** The record's id in the proposal, or `#<index>` when it has none. */
  readonly id: string;
  readonly reason: string;
  /** The dataset's (or the proposal's) incident it duplicates. */
  readonly existing?: string;
}

export interface MergePlan {
  readonly accepted: readonly MergeAccepted[];
  readonly refused: readonly MergeRefused[];
  /** What a reviewer must still do before data:build passes (a source host to classify). */
  readonly warnings: readonly string[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The records of a proposal's text: `{ "incidents": [...] }` or a bare array, as data/incidents/*.json. */
export function proposalRecords(text: string): unknown[] | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `not valid JSON: ${(e as Error).message}`;
  }
  if (Array.isArray(data)) return data;
  if (isObject(data) && Array.isArray(data.incidents)) {
    const extra = Object.keys(data).filter((k) => k !== 'incidents');
    return extra.length > 0 ? `unknown top-level field "${extra[0]}" (expected { "incidents": [...] })` : data.incidents;
  }
  return 'expected { "incidents": [...] } or a JSON array of incident records';
}

/**
 * What merging the proposal `text` into the data files `files` (those of data/,
 * as readDataFiles gives them) would accept and refuse. A file that cannot be read
 * at all is one refusal with id `(file)`.
 */
export function planMerge(text: string, files: readonly DataFile[], today: string = utcToday()): MergePlan {
  const records = proposalRecords(text);
  if (typeof records === 'string') return { accepted: [], refused: [{ id: '(file)', reason: records }], warnings: [] };
  const hostsFile = files.find((f) => f.path === SOURCE_HOSTS_FILE);
  const { content } = loadDataFiles(files.filter((f) => f !== hostsFile));
  const hosts = hostsFile ? parseSourceHosts(hostsFile.text).table : new Map();
  const known = { bases: new Set(content.bases.map((b) => b.id)), militias: new Set(content.militias.map((m) => m.id)) };
  const taken = new Set(content.incidents.map((i) => i.id));
  const accepted: MergeAccepted[] = [];
  const refused: MergeRefused[] = [];
  const warnings: string[] = [];

  for (const [k, raw] of records.entries()) {
    const from = isObject(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : `#${k}`;
    const refuse = (reason: string, existing?: string) => void refused.push({ id: from, reason, ...(existing ? { existing } : {}) });
    const parsed = v.safeParse(IncidentSchema, raw);
    if (!parsed.success) {
      refuse(`schema: ${v.getDotPath(parsed.issues[0]) ?? '(record)'}: ${parsed.issues[0].message}`);
      continue;
    }
    let incident = withCurrentGroups(parsed.output);
    if (incident.campaign === undefined) {
      const campaign = campaignFor(incident.date);
      if (campaign) incident = { ...incident, campaign };
    }
    const rules = incidentRules(incident, known, today);
    if (rules.length > 0) {
      refuse(rules.join('; '));
      continue;
    }
    const sources = checkSources({ bases: [], militias: [], incidents: [incident] });
    if (sources.length > 0) {
      refuse(`sources: ${sources.map((p) => p.message).join('; ')}`);
      continue;
    }
    const inData = duplicateOf(incident, content.incidents);
    if (inData) {
      refuse(`same site, date and a compatible weapon as the dataset's ${inData.id}; add what is new to that record instead`, inData.id);
      continue;
    }
    const inFile = duplicateOf(
      incident,
      accepted.map((a) => a.incident),
    );
    if (inFile) {
      refuse(`same site, date and a compatible weapon as ${inFile.id}, earlier in this file`, inFile.id);
      continue;
    }

    // Own ids and ids not starting with the date become the dataset's form; a taken id gets -2, -3…
    const base = isOwnId(incident.id) || !incident.id.startsWith(`${incident.date}-`) ? datasetIdFor(incident) : incident.id;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    incident = { ...incident, id };
    accepted.push({ incident, from, file: incidentFileFor(incident) });
  }
  // Last, every check data:build runs, on the data as merged: a record it would
  // fail (a rule added to checks.ts since, say) is refused too; an unclassified
  // source host is the reviewer's to classify, so only a warning.
  const merged = mergedFiles(files, accepted);
  const problems = validateDataFiles(merged, today).problems;
  const idOf = (where: string) => accepted.find((a) => where === a.incident.id || where.endsWith(` ${a.incident.id}`));
  const late = new Map<MergeAccepted, string[]>();
  for (const p of problems) {
    const a = idOf(p.where);
    if (!a || p.check === 'source-hosts') continue;
    (late.get(a) ?? late.set(a, []).get(a)!).push(`${p.check}: ${p.message}`);
  }
  for (const [a, reasons] of late) refused.push({ id: a.from, reason: reasons.join('; ') });
  const kept = accepted.filter((a) => !late.has(a));
  for (const { incident } of kept) {
    for (const u of new Set([...incident.sources, ...incident.attributed_to.map((a) => a.source)])) {
      const host = sourceHost(u);
      if (host !== null && !hosts.has(host)) warnings.push(`${incident.id}: host ${host} is not in data/source-hosts.json; add it with its class before data:build`);
    }
  }
  return { accepted: kept, refused, warnings: [...new Set(warnings)] };
}

function mergedFiles(files: readonly DataFile[], accepted: readonly MergeAccepted[]): DataFile[] {
  const changed = applyMerge(files, { accepted });
  return [...files.filter((f) => !changed.some((c) => c.path === f.path)), ...changed];
}

/**
 * The data files the accepted records change or create: each target file's
 * records plus the new ones, sorted by id, written as data/ is (two-space JSON,
 * final newline, non-ASCII as is).
 */
export function applyMerge(files: readonly DataFile[], plan: Pick<MergePlan, 'accepted'>): DataFile[] {
  const byFile = new Map<string, Incident[]>();
  for (const a of plan.accepted) (byFile.get(a.file) ?? byFile.set(a.file, []).get(a.file)!).push(a.incident);
  return [...byFile].map(([path, added]) => {
    const existing = files.find((f) => f.path === path);
    const records = existing ? (JSON.parse(existing.text) as { id: string }[]) : [];
    const all = [...records, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { path, text: `${JSON.stringify(all, null, 2)}\n` };
  });
}
