/**
 * Annotates files of article text with their mentions of bases and militias.
 *
 *   npm run -s annotate -- [--jsonl] FILE...     (- reads standard input)
 *
 * With --jsonl, prints one JSON object per file, in input order (see format.ts);
 * --events adds the attacks each reports (lib/events), --published dates the files,
 * and --input-jsonl reads documents {"id", "text", "published"?} one per line.
 * A file that cannot be read or is not UTF-8 is named on standard error, the others
 * are still annotated, and the exit status is 1.
 */
import { gazetteer } from '../data/gazetteer';
import { createCandidateFinder } from '../lib/candidates';
import { createMentionFinder } from '../lib/mentions';
import { createEventExtractor, type EventExtractor } from '../lib/events';
import { humanReport, jsonlRecord } from './format';
import { documentRecord, humanEvents, withEvents } from './format-events';
import { readIncidents } from './incidents';
import { parseInputJsonl } from './input-jsonl';
import { readText } from './read-text';

const usage = `usage: npm run -s annotate -- [--jsonl] [--color|--no-color] FILE...
  FILE     a UTF-8 text file; - reads standard input
  --jsonl  one JSON object per file: {"file", "mentions": [{"start", "end", "text", "match", "entity"}]}
           with start/end in UTF-16 code units of the decoded text, and where the text names
           groups not in the data, "candidates": [{"start", "end", "text"}]
  --events adds "events": the attacks each file reports (see README)
  --published YYYY-MM-DD   the publication date of the files, for «أمس», "on Sunday"
  --input-jsonl FILE       reads {"id", "text", "published"?} per line and prints
           {"id", "mentions", "events"} per line, in input order`;

async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let jsonl = false;
  let events = false;
  let published: string | null = null;
  let inputJsonl: string | null = null;
  let ansi = process.stdout.isTTY === true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--events') events = true;
    else if (arg === '--published' || arg === '--input-jsonl') {
      const value = argv[++i];
      if (value === undefined || (arg === '--published' && !/^\d{4}-\d{2}-\d{2}$/.test(value))) {
        process.stderr.write(`annotate: ${arg} needs ${arg === '--published' ? 'a date YYYY-MM-DD' : 'a file'}\n${usage}\n`);
        return 2;
      }
      if (arg === '--published') published = value;
      else inputJsonl = value;
    }
    else if (arg === '--color') ansi = true;
    else if (arg === '--no-color') ansi = false;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(usage + '\n');
      return 0;
    } else if (arg.startsWith('--')) {
      process.stderr.write(`annotate: unknown option ${arg}\n${usage}\n`);
      return 2;
    } else files.push(arg);
  }
  if (inputJsonl !== null) return annotateDocuments(inputJsonl);
  if (files.length === 0) {
    process.stderr.write(`annotate: no input files\n${usage}\n`);
    return 2;
  }

  const finder = createMentionFinder(gazetteer);
  const radar = createCandidateFinder();
  const extractor: EventExtractor | null = events ? createEventExtractor({ incidents: readIncidents() }) : null;
  let status = 0;
  for (const file of files) {
    const read = await readText(file);
    if (!read.ok) {
      process.stderr.write(`annotate: ${read.error}\n`);
      status = 1;
      continue;
    }
    const mentions = finder.find(read.text);
    const found = extractor?.extract(read.text, mentions, published);
    const candidates = radar.find(read.text, mentions);
    const line = jsonl ? jsonlRecord(file, mentions, candidates) : humanReport(file, read.text, mentions, ansi, candidates);
    process.stdout.write((found ? (jsonl ? withEvents(line, found) : line + humanEvents(found)) : line) + '\n');
  }
  return status;
}

/** --input-jsonl: one {"id", "mentions", "events"} line per document, in input order. */
async function annotateDocuments(path: string): Promise<number> {
  const read = await readText(path);
  if (!read.ok) {
    process.stderr.write(`annotate: ${read.error}\n`);
    return 1;
  }
  const finder = createMentionFinder(gazetteer);
  const extractor = createEventExtractor({ incidents: readIncidents() });
  let status = 0;
  for (const line of parseInputJsonl(read.text, path)) {
    if (!line.ok) {
      process.stderr.write(`annotate: ${line.error}\n`);
      status = 1;
      continue;
    }
    const { id, text, published } = line.doc;
    const mentions = finder.find(text);
    process.stdout.write(documentRecord(id, mentions, extractor.extract(text, mentions, published)) + '\n');
  }
  return status;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`annotate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
