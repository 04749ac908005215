import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../cli/read-text';
import { annotate, records } from '../fixtures/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('npm run -s annotate -- --jsonl', () => {
  it('prints one record per file, in input order, with the contract fields only', () => {
    const a = file('a.txt', 'قصف قاعدة عين الأسد');
    const b = file('b.txt', 'لا شيء هنا');
    const r = annotate(['--jsonl', b, a]);
    expect(r.status).toBe(0);
    const [rb, ra] = records(r.stdout);
    expect(rb).toEqual({ file: b, mentions: [] });
    expect(ra.file).toBe(a);
    expect(ra.mentions).toHaveLength(1);
    expect(Object.keys(ra.mentions[0]).sort()).toEqual(['end', 'entity', 'match', 'start', 'text']);
    expect(Object.keys(ra.mentions[0].entity).sort()).toEqual(['id', 'kind', 'name_ar', 'name_en']);
    expect(ra.mentions[0]).toMatchObject({ start: 10, end: 19, text: 'عين الأسد', match: 'exact', entity: { id: 'ain-al-asad', kind: 'base' } });
  });

  it('reads standard input for -', () => {
    const r = annotate(['--jsonl', '-'], 'وقالت كتائب حزب الله');
    expect(r.status).toBe(0);
    const [rec] = records(r.stdout);
    expect(rec.file).toBe('-');
    expect(rec.mentions.map((m) => [m.start, m.end, m.entity.id])).toEqual([[6, 20, 'kataib-hezbollah']]);
  });

  it('names an unreadable or non-UTF-8 file on standard error, annotates the rest, and exits 1', () => {
    const good = file('good.txt', 'حزب الله');
    const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]));
    const missing = join(dir, 'missing.txt');
    const r = annotate(['--jsonl', latin1, good, missing]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${latin1} is not UTF-8 text (invalid byte at offset 3)`);
    expect(r.stderr).toContain(`cannot read ${missing}: no such file`);
    const out = records(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].file).toBe(good);
    expect(out[0].mentions[0].entity.id).toBe('lebanese-hezbollah');
  });

  it('counts offsets in UTF-16 code units, with emoji and a byte-order mark', () => {
    const p = file('bom.txt', '\ufeff😀 حزب الله');
    const [rec] = records(annotate(['--jsonl', p]).stdout);
    expect(rec.mentions[0]).toMatchObject({ start: 4, end: 12, text: 'حزب الله' });
  });

  it('prints the marked text for people by default', () => {
    const r = annotate([file('h.txt', 'ضربة على قاعدة عين الأسد')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('قاعدة ⟦عين الأسد⟧');
    expect(r.stdout).toMatch(/ain-al-asad/);
  });

  it('rejects unknown options and a call without files with usage and status 2', () => {
    expect(annotate(['--bogus', 'x']).status).toBe(2);
    const r = annotate([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage:');
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x80], 1],
    [[0xc0, 0x80], 0],
    [[0xe0, 0x80, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0xe2, 0x82], 0],
    [[0xd8, 0xb9, 0xe2, 0x82, 0xac], 5],
  ])('%j → %i', (bytes, at) => expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at));
});
