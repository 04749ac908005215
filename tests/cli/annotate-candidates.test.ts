import { describe, expect, it } from 'vitest';
import { annotate } from '../fixtures/run-cli';

const parse = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run -s annotate -- --jsonl: candidates', () => {
  it('lists names of groups not in the data beside the mentions, with UTF-16 offsets', () => {
    const text = '😀 قصفت جماعة تطلق على نفسها «سرايا الفجر الأحمر» قاعدة عين الأسد';
    const r = annotate(['--jsonl', '-'], text);
    expect(r.status).toBe(0);
    const [rec] = parse(r.stdout);
    expect(Object.keys(rec)).toEqual(['file', 'mentions', 'candidates']);
    expect(rec.candidates).toEqual([{ start: text.indexOf('سرايا'), end: text.indexOf('»'), text: 'سرايا الفجر الأحمر' }]);
    expect((rec.mentions as { entity: { id: string } }[]).map((m) => m.entity.id)).toEqual(['ain-al-asad']);
  });

  it('leaves the key out when there is none, and never lists a known group', () => {
    const [rec] = parse(annotate(['--jsonl', '-'], 'a group calling itself Ashab al-Kahf claimed the attack').stdout);
    expect(Object.keys(rec)).toEqual(['file', 'mentions']);
  });

  it('lists them for people too, after the mentions', () => {
    const r = annotate(['--no-color', '-'], 'قصفت جماعة تدعى «سرايا الفجر الأحمر» قاعدة عين الأسد');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ain-al-asad .*\n.*new\? +\(not in the data\) +سرايا الفجر الأحمر/);
  });
});
