/**
 * Sources as data: data/source-hosts.json names every host that appears in a source
 * URL of the dataset and says what kind of source it is, so that data:build can
 * refuse a record resting only on copy sites and count the records backed by a
 * news agency or an official statement.
 *
 * A host is the URL's host name in lower case without a leading `www.`; the table
 * is matched exactly (a new subdomain is a new host, reviewed on its own).
 */
import * as v from 'valibot';
import { problem, type Problem } from './problems';

export const SOURCE_CLASSES = ['official', 'agency', 'outlet', 'partisan', 'aggregator', 'reference'] as const;
/**
 * - `official`: a government, military or UN statement or site.
 * - `agency`: a news agency (Reuters, AFP, AP, Anadolu, INA, KUNA…).
 * - `outlet`: a newspaper, channel or news site with its own reporting.
 * - `partisan`: an outlet run by or aligned with a party to the conflict (its `note` says whose).
 * - `aggregator`: a scraper, copy or content-farm site republishing others' reporting.
 * - `reference`: encyclopedias and their mirrors, think tanks, trackers, law firms' digests.
 */
export type SourceClass = (typeof SOURCE_CLASSES)[number];

const HOST = /^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

export const SourceHostSchema = v.strictObject({
  host: v.pipe(v.string(), v.regex(HOST, 'must be a lower-case host name without "www."')),
  class: v.picklist(SOURCE_CLASSES),
  /** Why the class: required for `partisan` (whose side), welcome wherever the call is not obvious. */
  note: v.optional(v.pipe(v.string(), v.check((s) => s.trim() !== '', 'must not be blank'))),
});
export const SourceHostsFileSchema = v.array(SourceHostSchema);

export type SourceHost = v.InferOutput<typeof SourceHostSchema>;
/** Host → class, as read from data/source-hosts.json. */
export type SourceHostTable = ReadonlyMap<string, SourceClass>;

/** The path of the table inside data/. */
export const SOURCE_HOSTS_FILE = 'source-hosts.json';

/** The host a URL is filed under in the table: lower case, without `www.`; null if it does not parse. */
export function sourceHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The class of the site a source URL points to; undefined when its host is not in the table. */
export function sourceClass(url: string, table: SourceHostTable): SourceClass | undefined {
  const host = sourceHost(url);
  return host === null ? undefined : table.get(host);
}

/** True when at least one of `urls` is a news agency's or an official source. */
export function hasAgencyOrOfficial(urls: readonly string[], table: SourceHostTable): boolean {
  return urls.some((u) => {
    const c = sourceClass(u, table);
    return c === 'agency' || c === 'official';
  });
}

/**
 * Parses data/source-hosts.json: a JSON array pretty-printed with two spaces and a
 * final newline, sorted by host, each host once, each record valid, and a note on
 * every `partisan` host. Returns the table of the valid records and the problems.
 */
export function parseSourceHosts(text: string, path = SOURCE_HOSTS_FILE): { table: SourceHostTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const table = new Map<string, SourceClass>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { table, problems: [problem('file-format', path, `not valid JSON: ${(e as Error).message}`)] };
  }
  if (!Array.isArray(data)) return { table, problems: [problem('file-format', path, 'must be a JSON array of hosts')] };
  if (text !== JSON.stringify(data, null, 2) + '\n') {
    problems.push(problem('file-format', path, 'not pretty-printed with two spaces and a final newline'));
  }
  let previous = '';
  data.forEach((record, i) => {
    const r = v.safeParse(SourceHostSchema, record);
    if (!r.success) {
      for (const issue of r.issues) problems.push(problem('schema', `${path}[${i}]`, `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`));
      return;
    }
    const { host, class: cls, note } = r.output;
    if (table.has(host)) problems.push(problem('source-hosts', host, 'host listed twice'));
    if (host < previous) problems.push(problem('file-format', path, `hosts not sorted: "${host}" comes after "${previous}"`));
    if (cls === 'partisan' && note === undefined) problems.push(problem('source-hosts', host, 'a partisan host needs a note saying whose side it is on'));
    previous = host;
    table.set(host, cls);
  });
  return { table, problems };
}
