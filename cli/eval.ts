/**
 * Scores the mention engine on annotated corpora (docs/ANNOTATION.md).
 *
 *   npm run -s eval -- DIR [DIR...] [--json]
 *
 * Each DIR holds text files and a gold.json. Prints precision, recall and F1 overall,
 * per language, per kind of passage and per kind of entity, then every error. A gold
 * span whose text is not the file's text at its offsets is an annotation error: it is
 * named and the exit status is 1 (the numbers would not mean anything).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteer } from '../data/gazetteer';
import { describeError, score, total, type GoldFile, type Score, type Totals } from '../lib/eval/score';
import { createMentionFinder } from '../lib/mentions';

const usage = `usage: npm run -s eval -- DIR [DIR...] [--json]
  DIR     a folder with text files and gold.json (docs/ANNOTATION.md)
  --json  one JSON object with every number and error, instead of the report`;

interface Scored {
  file: string;
  gold: GoldFile;
  lang: 'ar' | 'en';
  score: Score;
}

/** A passage's language when gold.json does not say: Latin letters outnumbering Arabic ones. */
function guessLang(text: string): 'ar' | 'en' {
  const arabic = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return latin > arabic ? 'en' : 'ar';
}

function annotationErrors(file: string, text: string, gold: GoldFile): string[] {
  return [...gold.mentions, ...(gold.optional ?? [])]
    .filter((m) => text.slice(m.start, m.end) !== m.text)
    .map((m) => `${file}: ${m.start}:${m.end} is «${text.slice(m.start, m.end)}», gold says «${m.text}»`);
}

/** A ratio with nothing to count (no gold and nothing found: a trap passage read right) is printed as «n/a», not 0. */
const ratio = (v: number, counted: number) => (counted === 0 ? '  n/a' : v.toFixed(3));
const fmt = (t: Totals) =>
  `precision ${ratio(t.precision, t.tp + t.fp)}  recall ${ratio(t.recall, t.tp + t.fn)}  F1 ${ratio(t.f1, t.tp + t.fp + t.fn)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, wrong entity ${t.wrongEntity})`;

function main(argv: string[]): number {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (dirs.length === 0 || unknown.length > 0) {
    process.stderr.write(`eval: ${unknown.length ? `unknown option ${unknown[0]}` : 'no corpus folder'}\n${usage}\n`);
    return 2;
  }

  const finder = createMentionFinder(gazetteer);
  const scored: Scored[] = [];
  const badGold: string[] = [];
  for (const dir of dirs) {
    let files: Record<string, GoldFile>;
    try {
      files = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')).files;
    } catch (e) {
      process.stderr.write(`eval: cannot read ${join(dir, 'gold.json')}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    for (const name of Object.keys(files).sort()) {
      const gold = files[name]!;
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      badGold.push(...annotationErrors(file, text, gold));
      scored.push({ file, gold, lang: gold.lang ?? guessLang(text), score: score(file, gold, finder.find(text)) });
    }
  }

  const all = total(scored.map((s) => s.score));
  const by = <K extends string>(key: (s: Scored) => K | undefined) => {
    const groups = new Map<K, Scored[]>();
    for (const s of scored) {
      const k = key(s);
      if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, ss]) => ({ key: k, passages: ss.length, totals: total(ss.map((s) => s.score)) }));
  };
  const byEntityKind = (['base', 'militia'] as const).map((kind) => {
    const only = (s: Scored): Score => {
      const gold = { ...s.gold, mentions: s.gold.mentions.filter((m) => m.kind === kind), optional: s.gold.optional ?? [] };
      const found = finder.find(readFileSync(s.file, 'utf8')).filter((m) => m.entity.kind === kind);
      return score(s.file, gold, found);
    };
    return { key: kind, totals: total(scored.map(only)) };
  });
  const outlets = new Set(scored.map((s) => s.gold.outlet ?? s.gold.source_url?.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]).filter(Boolean));
  const gold = scored.reduce((n, s) => n + s.gold.mentions.length, 0);
  const errorsByType = { missed: 0, extra: 0, 'wrong-entity': 0 };
  for (const e of all.errors) errorsByType[e.type]++;

  if (json) {
    const strip = ({ errors: _e, ...t }: Totals) => t;
    process.stdout.write(JSON.stringify({
      passages: scored.length, outlets: outlets.size, gold_mentions: gold,
      all: strip(all),
      by_lang: by((s) => s.lang).map((g) => ({ ...g, totals: strip(g.totals) })),
      by_passage_kind: by((s) => s.gold.kind).map((g) => ({ ...g, totals: strip(g.totals) })),
      by_entity_kind: byEntityKind.map((g) => ({ ...g, totals: strip(g.totals) })),
      errors: all.errors, annotation_errors: badGold,
    }) + '\n');
  } else {
    const lines = [
      `${scored.length} passages from ${outlets.size} outlets, ${gold} gold mentions`,
      `all          ${fmt(all)}`,
      ...by((s) => s.lang).map((g) => `${g.key.padEnd(12)} ${fmt(g.totals)}  [${g.passages} passages]`),
      ...by((s) => s.gold.kind).map((g) => `${g.key.padEnd(12)} ${fmt(g.totals)}  [${g.passages} passages]`),
      ...byEntityKind.map((g) => `${g.key.padEnd(12)} ${fmt(g.totals)}`),
      `errors: ${errorsByType.missed} missed, ${errorsByType.extra} extra, ${errorsByType['wrong-entity']} wrong entity`,
      ...all.errors.map((e) => '  ' + describeError(e)),
    ];
    if (badGold.length) lines.push(`annotation errors (${badGold.length}): the gold text is not the file's text there`, ...badGold.map((l) => '  ' + l));
    process.stdout.write(lines.join('\n') + '\n');
  }
  return badGold.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
