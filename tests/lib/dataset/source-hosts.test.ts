import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSourceClasses } from '../../../lib/dataset/checks';
import { parseSourceHosts, sourceClass, sourceHost, type SourceClass } from '../../../lib/dataset/source-hosts';
import { defaultDataDir } from '../../../scripts/data-files';
import { shipped, validContent } from '../../fixtures/shipped-data';

const table = (entries: Record<string, SourceClass>) => new Map(Object.entries(entries));
const messages = (problems: { where: string; message: string }[]) => problems.map((p) => `${p.where}: ${p.message}`);

describe('sourceClass', () => {
  const t = table({ 'reuters.com': 'agency', 'newsylist.com': 'aggregator' });
  it('files a URL under its lower-case host without www.', () => {
    expect(sourceHost('https://WWW.Reuters.com/world/x')).toBe('reuters.com');
    expect(sourceClass('https://www.reuters.com/world/x', t)).toBe('agency');
    expect(sourceClass('http://newsylist.com/a', t)).toBe('aggregator');
  });
  it('matches hosts exactly: a subdomain is a host of its own', () => {
    expect(sourceClass('https://uk.reuters.com/x', t)).toBeUndefined();
    expect(sourceClass('not a url', t)).toBeUndefined();
  });
});

describe('parseSourceHosts', () => {
  const file = (x: unknown) => JSON.stringify(x, null, 2) + '\n';
  it('reads a sorted, pretty-printed table', () => {
    const r = parseSourceHosts(file([{ host: 'a.com', class: 'outlet' }, { host: 'b.com', class: 'partisan', note: 'whose side' }]));
    expect(r.problems).toEqual([]);
    expect([...r.table]).toEqual([['a.com', 'outlet'], ['b.com', 'partisan']]);
  });
  it('refuses an unknown class, a www. host, a repeat, disorder and a partisan host without a note', () => {
    const r = parseSourceHosts(file([
      { host: 'b.com', class: 'blog' }, { host: 'www.c.com', class: 'outlet' }, { host: 'd.com', class: 'outlet' },
      { host: 'a.com', class: 'partisan' }, { host: 'd.com', class: 'outlet' },
    ]));
    expect(r.problems.map((p) => p.check).sort()).toEqual(['file-format', 'schema', 'schema', 'source-hosts', 'source-hosts']);
  });
});

describe('checkSourceClasses', () => {
  const t = table({ 'example.org': 'outlet', 'copy.example': 'aggregator' });
  it('passes the valid fixture', () => {
    expect(checkSourceClasses(validContent(), t)).toEqual([]);
  });
  it('fails a record whose sources are all aggregators, not one that also cites an original', () => {
    const d = validContent();
    d.incidents[0]!.sources = ['https://copy.example/a', 'https://www.copy.example/b'];
    d.incidents[1]!.sources = ['https://copy.example/c', 'https://example.org/original'];
    expect(messages(checkSourceClasses(d, t))).toEqual([
      '2023-10-30-ain-al-asad-rocket: every source is an aggregator (a copy site); cite the original report',
    ]);
  });
  it('fails a host missing from the table, in sources and in per-fact and alias sources, once per record', () => {
    const d = validContent();
    d.incidents[0]!.sources.push('https://unknown.example/a', 'https://unknown.example/b');
    d.bases[0]!.aliases[0]!.source = 'https://alias.example/x';
    d.militias[0]!.designations[0]!.source = 'https://designation.example/y';
    expect(messages(checkSourceClasses(d, t))).toEqual([
      'ain-al-asad: host alias.example is not in data/source-hosts.json; add it with its class',
      'group-a: host designation.example is not in data/source-hosts.json; add it with its class',
      '2023-10-30-ain-al-asad-rocket: host unknown.example is not in data/source-hosts.json; add it with its class',
    ]);
  });
});

describe('the shipped table', () => {
  const text = readFileSync(join(defaultDataDir, 'source-hosts.json'), 'utf8');
  const { table: hosts, problems } = parseSourceHosts(text);
  it('is well formed and classifies every host the dataset cites', () => {
    expect(problems).toEqual([]);
    expect(checkSourceClasses(shipped().content, hosts)).toEqual([]);
  });
  it('leaves no record resting on copy sites alone (no exemption list any more)', () => {
    const { content } = shipped();
    const all = [...content.bases, ...content.militias, ...content.incidents];
    expect(all.filter((r) => r.sources.every((u) => sourceClass(u, hosts) === 'aggregator')).map((r) => r.id)).toEqual([]);
  });
});
