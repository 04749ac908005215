/**
 * Annotates files of article text with their mentions of bases and militias.
 *
 *   npm run -s annotate -- [--jsonl] FILE...     (- reads standard input)
 *
 * With --jsonl, prints one JSON object per file, in input order (see format.ts).
 * A file that cannot be read or is not UTF-8 is named on standard error, the others
 * are still annotated, and the exit status is 1.
 */
import { gazetteer } from '../data/gazetteer';
import { createCandidateFinder } from '../lib/candidates';
import { createMentionFinder } from '../lib/mentions';
import { humanReport, jsonlRecord } from './format';
import { readText } from './read-text';

const usage = `usage: npm run -s annotate -- [--jsonl] [--color|--no-color] FILE...
  FILE     a UTF-8 text file; - reads standard input
  --jsonl  one JSON object per file: {"file", "mentions": [{"start", "end", "text", "match", "entity"}]}
           with start/end in UTF-16 code units of the decoded text, and where the text names
           groups not in the data, "candidates": [{"start", "end", "text"}]`;

async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let jsonl = false;
  let ansi = process.stdout.isTTY === true;
  for (const arg of argv) {
    if (arg === '--jsonl') jsonl = true;
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
  if (files.length === 0) {
    process.stderr.write(`annotate: no input files\n${usage}\n`);
    return 2;
  }

  const finder = createMentionFinder(gazetteer);
  const radar = createCandidateFinder();
  let status = 0;
  for (const file of files) {
    const read = await readText(file);
    if (!read.ok) {
      process.stderr.write(`annotate: ${read.error}\n`);
      status = 1;
      continue;
    }
    const mentions = finder.find(read.text);
    process.stdout.write((jsonl ? jsonlRecord(file, mentions, radar.find(read.text, mentions)) : humanReport(file, read.text, mentions, ansi)) + '\n');
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
