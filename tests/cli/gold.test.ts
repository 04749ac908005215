import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, score, total } from '../fixtures/gold';
import { annotate, records, root } from '../fixtures/run-cli';

const samples = join(root, 'samples');

describe('the CLI on the seed articles (samples/)', () => {
  it('finds every gold mention with the right entity and nothing else: precision and recall 1.0', () => {
    const gold = loadGold(join(samples, 'gold.json'));
    const files = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(5);
    const r = annotate(['--jsonl', ...files.map((f) => `samples/${f}`)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => o.file)).toEqual(files.map((f) => `samples/${f}`));
    const t = total(out.map((o, i) => score(files[i], gold[files[i]], o.mentions)));
    expect(t.errors).toEqual([]);
    expect(t.tp).toBe(40);
    expect(t.precision).toBe(1);
    expect(t.recall).toBe(1);
  });

  it('reports the misspelt «خراب الجبير» as a near-miss of Kharab al-Jir, and exact names as exact', () => {
    const [rec] = records(annotate(['--jsonl', 'samples/000_89e4897c99b6aa39.txt']).stdout);
    const kharab = rec.mentions.filter((m) => m.entity.id === 'kharab-al-jir');
    expect(kharab).toHaveLength(5);
    expect(kharab.every((m) => m.match === 'fuzzy' && m.text === 'خراب الجبير')).toBe(true);
    expect(rec.mentions.filter((m) => m.entity.id !== 'kharab-al-jir').every((m) => m.match === 'exact')).toBe(true);
  });
});
