import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFoldTable, encodeFoldTable } from '../../../../adapters/page/engine/fold-table-codec';
import folds from '../../../../adapters/page/engine/folds.generated.json';
import { createPageFinder, pageFinderSteps, pageNormalizer } from '../../../../adapters/page/engine/page-finder';
import { gazetteer } from '../../../../data/gazetteer';
import { arabicFolds } from '../../../../lib/language/ar';
import { createMentionFinder, normalizer } from '../../../../lib/mentions';
import { buildFoldTable } from '../../../../lib/text/fold-table';
import { root } from '../../../fixtures/run-cli';

const texts = () => [
  ...readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'samples', f), 'utf8')),
  ...readdirSync(join(root, 'tests/fixtures/heldout')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'tests/fixtures/heldout', f), 'utf8')),
];

describe('the engine as pages build it (adapters/page/engine)', () => {
  const built = buildFoldTable(arabicFolds);

  it('decodes exactly the table lib/ builds', () => {
    const decoded = decodeFoldTable(encodeFoldTable(built));
    for (const k of ['action', 'fold', 'emit', 'wordChar'] as const) expect(Buffer.from(decoded[k].buffer).equals(Buffer.from(built[k].buffer))).toBe(true);
    expect([...decoded.expansions]).toEqual([...built.expansions].sort((a, b) => a[0] - b[0]));
  });

  it('ships an up-to-date folds.generated.json (else run `npx tsx scripts/page-folds.ts`)', () => {
    expect(folds).toEqual(JSON.parse(JSON.stringify(encodeFoldTable(built))));
  });

  it('folds like lib/mentions.ts normalizer()', () => {
    for (const s of ['قاعدة عين الأسد', 'الأمريكيّة', 'كتائب  حزب الله', 'ﻻ', 'Kata’ib Ḥezbollah', '\ufeffإِيران']) expect(pageNormalizer().fold(s)).toBe(normalizer().fold(s));
  });

  it('finds the same mentions as createMentionFinder on the seeds and the 40 held-out passages', () => {
    const page = createPageFinder(gazetteer);
    const lib = createMentionFinder(gazetteer);
    const all = texts();
    expect(all.length).toBe(45);
    for (const text of all) expect(page.find(text)).toEqual(lib.find(text));
  });

  it('compiles in steps to the same finder: many short steps, not one long task', () => {
    const steps = pageFinderSteps(gazetteer);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // A step per 8 entries, then per 256 patterns and states of the automaton (4,000+).
    expect(yields).toBeGreaterThan(gazetteer.length / 8 + 4000 / 256);
    const lib = createMentionFinder(gazetteer);
    for (const text of texts()) expect(r.value.find(text)).toEqual(lib.find(text));
  });
});
