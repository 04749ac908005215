import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../fixtures/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'annotate-events-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const EVENT_KEYS = ['kind', 'sites', 'target_groups', 'date', 'date_precision', 'weapons', 'claimed_by', 'attributed_to', 'casualties', 'outcome', 'role', 'evidence', 'known_incident'];

describe('npm run -s annotate -- --events (issue 13 contract)', () => {
  it('--jsonl --events adds "events" to each line, with the contract fields only; --published dates plain files', () => {
    const a = file('a.txt', 'أمس الاثنين قصف قاعدة عين الأسد بصواريخ كاتيوشا');
    const r = annotate(['--jsonl', '--events', '--published', '2024-01-23', a]);
    expect(r.status).toBe(0);
    const [rec] = lines(r.stdout);
    expect(Object.keys(rec)).toEqual(['file', 'mentions', 'events']);
    expect(rec.events).toHaveLength(1);
    expect(Object.keys(rec.events[0])).toEqual(EVENT_KEYS);
    expect(rec.events[0]).toMatchObject({ kind: 'attack', sites: ['ain-al-asad'], date: '2024-01-22', date_precision: 'day', weapons: ['rocket'], role: 'main' });
  });

  it('without --events, the line is the mentions contract as before', () => {
    const r = annotate(['--jsonl', file('b.txt', 'قصف قاعدة عين الأسد')]);
    expect(Object.keys(lines(r.stdout)[0])).toEqual(['file', 'mentions']);
  });

  it('--input-jsonl reads {id, text, published?} and prints {id, mentions, events} per line in input order', () => {
    const input = file(
      'in.jsonl',
      [
        JSON.stringify({ id: 'x', text: 'Three US soldiers were killed in a drone attack on Tower 22 on Sunday', published: '2024-01-29' }),
        JSON.stringify({ id: 7, text: 'لا شيء هنا' }),
      ].join('\n') + '\n',
    );
    const r = annotate(['--input-jsonl', input]);
    expect(r.status).toBe(0);
    const [x, seven] = lines(r.stdout);
    expect(Object.keys(x)).toEqual(['id', 'mentions', 'events']);
    expect(x.id).toBe('x');
    expect(x.events[0]).toMatchObject({ sites: ['tower-22'], date: '2024-01-28', known_incident: '2024-01-28-tower-22-drone' });
    expect(seven).toEqual({ id: 7, mentions: [], events: [] });
  });

  it('a bad line is named on standard error with its line number; the others are still annotated; exit 1', () => {
    const input = file('bad.jsonl', '{"id": 1, "text": "قصف قاعدة حرير"}\nnot json\n{"id": 3, "text": "x", "published": "2024/01/01"}\n');
    const r = annotate(['--input-jsonl', input]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((l) => l.id)).toEqual([1]);
    expect(r.stderr).toMatch(/bad\.jsonl:2: not a JSON document/);
    expect(r.stderr).toMatch(/bad\.jsonl:3: "published" must be YYYY-MM-DD/);
  });

  it('--published needs a date', () => {
    expect(annotate(['--published', 'yesterday', file('c.txt', 'x')]).status).toBe(2);
  });
});
