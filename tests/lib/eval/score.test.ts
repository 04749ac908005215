import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError, score, total, type GoldFile } from '../../../lib/eval/score';
import { root } from '../../fixtures/run-cli';

const g = (start: number, end: number, text: string, entity: string, kind: 'base' | 'militia' = 'base') => ({ start, end, text, entity, kind });
const f = (start: number, end: number, text: string, id: string, kind = 'base') => ({ start, end, text, entity: { id, kind } });

describe('scoring mentions against gold (lib/eval/score.ts)', () => {
  it('counts a right span and entity as a hit, another entity on the gold span as both a false hit and a miss, and ignores optional spans', () => {
    const gold: GoldFile = { mentions: [g(0, 9, 'عين الأسد', 'ain-al-asad'), g(20, 24, 'حرير', 'harir-air-base')], optional: [g(30, 35, 'داعش', 'islamic-state', 'militia')] };
    const s = score('a.txt', gold, [f(0, 9, 'عين الأسد', 'ain-al-asad'), f(20, 24, 'حرير', 'erbil-air-base'), f(30, 35, 'داعش', 'islamic-state', 'militia'), f(40, 44, 'بلدة', 'balad-air-base')]);
    expect({ tp: s.tp, fp: s.fp, fn: s.fn, wrong: s.wrongEntity }).toEqual({ tp: 1, fp: 2, fn: 1, wrong: 1 });
    expect(s.errors.map(describeError)).toEqual([
      'a.txt: 20:24 «حرير» is erbil-air-base, gold says harir-air-base',
      'a.txt: 40:44 extra «بلدة» → balad-air-base',
    ]);
    const t = total([s, score('b.txt', { mentions: [g(0, 4, 'حرير', 'harir-air-base')], optional: [] }, [])]);
    expect(t.fn).toBe(2);
    expect(t.precision).toBeCloseTo(1 / 3);
    expect(t.recall).toBeCloseTo(1 / 3);
    expect(t.errors.at(-1)).toMatchObject({ file: 'b.txt', type: 'missed', entity: 'harir-air-base' });
  });

  it('npm run eval: numbers per language and kind, every error, and exit 1 when a gold span is not the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbr-eval-'));
    writeFileSync(join(dir, 'ar-1.txt'), 'استهدف هجوم قاعدة عين الأسد غربي العراق.');
    writeFileSync(join(dir, 'en-1.txt'), 'A drone struck Tower 22 in Jordan.');
    writeFileSync(join(dir, 'trap-1.txt'), 'The silk market reopened after the holiday.');
    const files = {
      'trap-1.txt': { lang: 'en', kind: 'trap', outlet: 'c.example', mentions: [], optional: [] },
      'ar-1.txt': { lang: 'ar', kind: 'conflict', outlet: 'a.example', mentions: [g(18, 27, 'عين الأسد', 'ain-al-asad')], optional: [] },
      'en-1.txt': { lang: 'en', kind: 'conflict', outlet: 'b.example', mentions: [g(15, 23, 'Tower 22', 'tower-22')], optional: [] },
    };
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ files }));
    const run = () => spawnSync('npm', ['run', '-s', 'eval', '--', dir], { cwd: root, encoding: 'utf8' });
    const ok = run();
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('3 passages from 3 outlets, 2 gold mentions');
    // A trap passage read right has nothing to count: n/a, not a precision of 0.
    expect(ok.stdout).toMatch(/^trap +precision +n\/a +recall +n\/a +F1 +n\/a/m);
    expect(ok.stdout).toMatch(/^all +precision 1\.000 +recall 1\.000/m);
    expect(ok.stdout).toMatch(/^en +precision 1\.000/m);
    files['en-1.txt'].mentions = [g(15, 23, 'Tower 23', 'tower-22')];
    writeFileSync(join(dir, 'gold.json'), JSON.stringify({ files }));
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('annotation errors (1)');
  });
});
