import { beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../lib/clips/types';
import { exportMarkdown, markdownNote } from '../../../lib/export/markdown';
import { markdownText, yamlString } from '../../../lib/export/text-escape';
import { clipOf, HOSTILE, meta, sampleClips } from '../../fixtures/clips';

/** Reads a YAML 1.2 double-quoted scalar (the escapes yamlString writes and the others of §5.7). */
function readYamlString(s: string): string {
  expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
  const named: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };
  let out = '';
  const body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') throw new Error('unescaped quote');
    if (c === '\n' || c === '\r') throw new Error('raw line break');
    if (c !== '\\') { out += c; continue; }
    const e = body[++i]!;
    if (e in named) out += named[e];
    else if (e === 'x') { out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; }
    else if (e === 'u') { out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16)); i += 4; }
    else throw new Error(`bad escape \\${e}`);
  }
  return out;
}

/** The front matter as key → raw value lines (lists as arrays of raw items). */
function frontMatter(note: string): Record<string, string | string[]> {
  const [first, ...rest] = note.split('\n');
  expect(first).toBe('---');
  const end = rest.indexOf('---');
  const out: Record<string, string | string[]> = {};
  let key = '';
  for (const line of rest.slice(0, end)) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item) { (out[key] as string[]).push(item[1]!); continue; }
    const kv = /^([a-z0-9_]+):(?: (.*))?$/.exec(line);
    if (!kv) throw new Error(`not a front-matter line: ${line}`);
    key = kv[1]!;
    out[key] = kv[2] === undefined ? [] : kv[2] === '[]' ? [] : kv[2];
  }
  return out;
}

let clips: Clip[];
beforeAll(async () => {
  clips = await sampleClips();
});

describe('YAML front matter', () => {
  it('round-trips quotes, colons, newlines, Arabic, controls and bidi marks', () => {
    for (const s of ['عنوان: "مقتبس" \\ وسطر\nثانٍ', 'a: b # c', '- [x] {y}', '\u0000\u0007\u007f\u0085\u2028\u2029\ufeff\u202e', 'tab\there\r', '😀 ok', "'single'", 'null', 'true', '']) {
      expect(readYamlString(yamlString(s))).toBe(s);
    }
    expect(yamlString('\ud800x')).toBe('"\ufffdx"');
  });

  it('carries the clip metadata, tags and entity ids', () => {
    const fm = frontMatter(markdownNote(clips[0]!));
    const read = (k: string) => readYamlString(fm[k] as string);
    expect([read('title'), read('url'), read('canonical_url'), read('site'), read('author'), read('published'), read('lang'), read('captured'), read('clip_id'), read('text_sha256')]).toEqual([
      clips[0]!.title, clips[0]!.url, clips[0]!.canonical_url, clips[0]!.site, clips[0]!.author, clips[0]!.published, 'ar', clips[0]!.captured_at, clips[0]!.id, clips[0]!.text_sha256,
    ]);
    expect((fm.tags as string[]).map(readYamlString)).toEqual(clips[0]!.tags);
    expect((fm.entities as string[]).map(readYamlString)).toEqual(['nujaba', 'victory', 'harir']);
    expect(frontMatter(markdownNote(clips[2]!)).entities).toEqual([]);
  });

  it('writes null for absent values', async () => {
    const clip = await clipOf('نص', { metadata: meta({ author: null, published: null, canonical_url: null }) });
    const fm = frontMatter(markdownNote(clip));
    expect([fm.author, fm.published, fm.canonical_url]).toEqual(['null', 'null', 'null']);
  });
});

describe('Markdown notes', () => {
  it('highlight each mention in the text and list them', () => {
    const note = markdownNote(clips[1]!);
    expect(note).toContain('==كتائب حزب الله==');
    expect(note).toContain('- ==قاعدة حرير== → قاعدة حرير / Harir Air Base (base, `harir`)');
    expect(note).toContain('## Notes\n\nملاحظة: تحقق من "المصدر" ثانيةً');
    // Where the text was read, and the page's canonical URL beside it.
    expect(note).toContain('Source: [أخبار المثال (news.example.com)](<https://news.example.com/2024/01/20/article?id=7>)');
    expect(note).toContain('Canonical: <https://news.example.com/2024/01/20/article>');
  });

  it('escape every page and analyst string so nothing becomes HTML, a link or markup', () => {
    const note = markdownNote(clips[3]!);
    const body = note.slice(note.indexOf('\n---\n') + 5);
    expect(body).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(body).not.toMatch(/\]\(javascript:/);
    expect(body).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(markdownText('[x](javascript:alert(1)) ![i](x) `c` *e* # h | t ==m== $x$ %%c%% &amp;')).toBe('\\[x\\](javascript:alert(1)) !\\[i\\](x) \\`c\\` \\*e\\* \\# h \\| t \\=\\=m\\=\\= \\$x\\$ \\%\\%c\\%\\% \\&amp;');
    expect(markdownText('- item\n1. one\n+ plus')).toBe('\\- item\n1\\. one\n\\+ plus');
    // The hostile URL is linked only as the URL parser serialises it: no raw < > or quotes.
    expect(body).toContain('Source: [javascript:alert(1) (evil.example.com)](<https://evil.example.com/a?q=%3Cscript%3Ealert(1)%3C/script%3E%22%27>)');
    // Apart from that link's destination, no raw < or [ is left in the body.
    const rest = body.replace(/^Source: .*$/m, '');
    expect(rest).not.toMatch(/(^|[^\\])[<[]/);
    for (const h of HOSTILE.slice(0, 2)) expect(rest).not.toContain(h);
    expect(rest).not.toContain('](javascript:');
  });

  it('are named by capture date, title and id, safely and uniquely', async () => {
    const files = exportMarkdown([...clips, await clipOf('x', { id: 'clip-selection-2', metadata: meta({ title: clips[0]!.title }) })]);
    expect(files[0]!.name).toBe('2024-01-21 هجوم بطائرة مسيرة على عين الأسد (clip-sel).md');
    expect(files[4]!.name).toBe('2024-01-21 هجوم بطائرة مسيرة على عين الأسد (clip-sel 2).md');
    expect(files[3]!.name).toBe('2024-01-21 script alert(1) script img src=x onerror=alert(1) (clip-hos).md');
    for (const f of files) expect(f.name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
  });
});
