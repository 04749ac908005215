/**
 * Scores the radar (lib/candidates.ts) on real passages kept outside the repository:
 *
 *   npx tsx scripts/radar-eval.ts FILE.jsonl [-v]
 *
 * Each line of FILE is {"url", "text", "gold": [names a reader would want flagged]}.
 * A candidate whose text is in its passage's gold is right, any other is wrong; a gold
 * name not found is missed. Prints every wrong candidate (with -v, every right and
 * missed one too), then the counts.
 */
import { readFileSync } from 'node:fs';
import { gazetteer } from '../data/gazetteer';
import { createCandidateFinder } from '../lib/candidates';
import { createMentionFinder } from '../lib/mentions';

interface Passage {
  readonly url: string;
  readonly text: string;
  readonly gold: readonly string[];
}

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npx tsx scripts/radar-eval.ts FILE.jsonl [-v]\n');
  process.exit(2);
}
const verbose = flags.includes('-v');
const mentions = createMentionFinder(gazetteer);
const radar = createCandidateFinder();
const passages = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Passage);

let right = 0;
let wrong = 0;
let missed = 0;
let gold = 0;
for (const p of passages) {
  const found = radar.find(p.text, () => mentions.find(p.text)).map((c) => c.text);
  const want = new Set(p.gold);
  gold += want.size;
  for (const name of found) {
    if (want.has(name)) {
      right++;
      if (verbose) console.log(`right   ${name}`);
    } else {
      wrong++;
      console.log(`WRONG   ${name}   ${p.url}`);
    }
  }
  for (const name of want) {
    if (found.includes(name)) continue;
    missed++;
    if (verbose) console.log(`missed  ${name}   ${p.url}`);
  }
}
const precision = right + wrong === 0 ? 1 : right / (right + wrong);
console.log(`${passages.length} passages, ${gold} names to flag: ${right} right, ${wrong} wrong, ${missed} missed; precision ${precision.toFixed(3)}, recall ${(gold === 0 ? 1 : (gold - missed) / gold).toFixed(3)}`);
