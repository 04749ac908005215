/**
 * Scores event extraction on hand-coded articles.
 *
 *   npm run -s eval:events -- DIR [--json]
 *
 * DIR holds docs.jsonl (`{"id", "text", "published"?}` per line, the input of
 * `annotate --input-jsonl`) and gold.jsonl (`{"id", "events": [...]}` per line, the
 * events in the CLI's contract without evidence and known_incident). Prints
 * main-event precision, recall and F1, date accuracy where gold fixes a day,
 * claimant accuracy, other fields, then every miss, spurious event and field error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteer } from '../data/gazetteer';
import { createEventExtractor } from '../lib/events';
import { SCORED_FIELDS, sameClaimant, scoreDocument, totalEvents, type DocumentScore, type EventPair, type GoldEvent } from '../lib/events/score';
import { createMentionFinder } from '../lib/mentions';
import { readIncidents } from './incidents';
import { parseInputJsonl } from './input-jsonl';

const usage = 'usage: npm run -s eval:events -- DIR [--json]';

function main(argv: string[]): number {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const json = argv.includes('--json');
  if (dirs.length !== 1) {
    process.stderr.write(`eval:events: one corpus folder\n${usage}\n`);
    return 2;
  }
  const dir = dirs[0];
  const docs = parseInputJsonl(readFileSync(join(dir, 'docs.jsonl'), 'utf8'), 'docs.jsonl');
  const gold = new Map<unknown, GoldEvent[]>();
  for (const line of readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim())) {
    const g = JSON.parse(line) as { id: unknown; events: GoldEvent[] };
    gold.set(g.id, g.events);
  }
  const finder = createMentionFinder(gazetteer);
  const extractor = createEventExtractor({ incidents: readIncidents() });
  const scores: DocumentScore[] = [];
  const report: string[] = [];
  let elapsed = 0;
  for (const line of docs) {
    if (!line.ok) throw new Error(line.error);
    const { id, text, published } = line.doc;
    const t0 = performance.now();
    const found = extractor.extract(text, finder.find(text), published);
    elapsed += performance.now() - t0;
    const score = scoreDocument(gold.get(id) ?? [], found);
    scores.push(score);
    const what = (e: { kind: string; sites: string[]; target_groups: string[]; date: string | null }) =>
      `${e.kind} ${(e.kind === 'attack' ? e.sites : e.target_groups).join('+') || '?'} ${e.date ?? 'no date'}`;
    for (const m of score.missed) report.push(`${id}  missed    ${what(m)}`);
    for (const s of score.spurious) report.push(`${id}  spurious  ${what(s)}  «${text.slice(s.evidence?.start ?? 0, s.evidence?.end ?? 0).slice(0, 90)}»`);
    for (const p of score.pairs) {
      if (p.gold.date_precision === 'day' && p.found.date !== p.gold.date) report.push(`${id}  date      ${what(p.gold)}: found ${p.found.date ?? 'none'}`);
      if (p.gold.kind === 'attack' && !sameClaimant(p)) report.push(`${id}  claimant  ${what(p.gold)}: gold [${p.gold.claimed_by}] found [${p.found.claimed_by}]`);
      for (const [field, same] of Object.entries(SCORED_FIELDS)) {
        if (same(p)) continue;
        const shown = (e: EventPair['gold']) => JSON.stringify(e[field as keyof typeof SCORED_FIELDS]);
        report.push(`${id}  ${field.padEnd(9)} ${what(p.gold)}: gold ${shown(p.gold)} found ${shown(p.found)}`);
      }
    }
  }
  const t = totalEvents(scores);
  if (json) {
    process.stdout.write(JSON.stringify({ documents: docs.length, ...t, extract_ms: elapsed, errors: report }) + '\n');
    return 0;
  }
  const acc = (a: { right: number; total: number }) => `${a.total ? (a.right / a.total).toFixed(3) : '-'} (${a.right}/${a.total})`;
  const lines = [
    `${docs.length} documents, ${t.tp + t.fn} main events in gold`,
    `main events  precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}  F1 ${t.f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
    `date         accuracy ${acc(t.date)}  (matched events whose gold date is a day)`,
    `claimant     accuracy ${acc(t.claimant)}  (matched attacks)`,
    `weapons      accuracy ${acc(t.weapons)}`,
    `casualties   accuracy ${acc(t.casualties)}`,
    `outcome      accuracy ${acc(t.outcome)}`,
    `extraction   ${elapsed.toFixed(1)} ms in all`,
    '',
    ...report,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
