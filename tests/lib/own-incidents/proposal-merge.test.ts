import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { IncidentSchema, type Incident } from '../../../lib/dataset/schema';
import { applyMerge, planMerge, proposalRecords } from '../../../lib/own-incidents/merge';
import { datasetIdFor, proposalFileName, proposalOf, proposalText } from '../../../lib/own-incidents/proposal';
import type { OwnIncident } from '../../../lib/own-incidents/types';
import { checkOwnIncident } from '../../../lib/own-incidents/validate';
import { readDataFiles } from '../../../scripts/data-files';
import { root } from '../../fixtures/run-cli';
import { draft } from '../../fixtures/own-incidents';

/** The real data's ids this test leans on (a base, a group, and an incident at that base). */
const REAL = { bases: new Set(['ain-al-asad', 'al-tanf-garrison']), militias: new Set(['kataib-hezbollah', 'islamic-resistance-in-iraq']) };
const TODAY = '2026-11-20';
const NOW = new Date(`${TODAY}T09:00:00.000Z`);

function own(over: Record<string, unknown> = {}): OwnIncident {
  const r = checkOwnIncident(
    draft({ claimed_by: ['islamic-resistance-in-iraq'], article_url: 'https://www.reuters.com/world/middle-east/drones-2026-11-18/', ...over }),
    REAL,
    NOW,
  );
  if (!r.ok) throw new Error(r.error);
  return r.incident;
}

const tmp = mkdtempSync(join(tmpdir(), 'own-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
/** A fresh copy of data/ (never data/ itself). */
function dataCopy(name: string): string {
  const dir = join(tmp, name);
  cpSync(join(root, 'data'), dir, { recursive: true });
  return dir;
}

describe('the proposal file', () => {
  it('is { incidents } in the dataset schema: own fields dropped, the article first, dataset ids, campaign filled', () => {
    const a = own();
    const b = own({ date: '2024-01-10', campaign: undefined, weapons: ['rocket'], sources: ['https://apnews.com/article/x'], casualties: null, outcome: 'unknown' });
    const file = proposalOf([a, b]);
    expect(Object.keys(file)).toEqual(['incidents']);
    expect(file.incidents.map((i) => i.id)).toEqual(['2024-01-10-ain-al-asad-rocket', '2026-11-18-ain-al-asad-drone']);
    for (const i of file.incidents) {
      expect(v.safeParse(IncidentSchema, i).success).toBe(true);
      for (const k of ['own', 'article_url', 'article_title', 'clip_id', 'evidence', 'kept_at', 'corrected']) expect(i).not.toHaveProperty(k);
    }
    expect(file.incidents[0]).toMatchObject({
      campaign: '2023-2024-gaza-war-campaign',
      sources: ['https://www.reuters.com/world/middle-east/drones-2026-11-18/', 'https://apnews.com/article/x'],
    });
    expect(file.incidents[1].campaign).toBe('2026-iran-war');
    expect(JSON.parse(proposalText([a]))).toEqual(proposalOf([a]));
    expect(proposalText([a]).endsWith('}\n')).toBe(true);
    expect(proposalFileName(NOW)).toBe('incidents-proposal-2026-11-20.json');
  });

  it('numbers two records that would share an id, and refuses a record without summaries', () => {
    const a = own();
    const b = { ...own(), kept_at: '2026-11-20T10:00:00.000Z' };
    expect(proposalOf([a, b]).incidents.map((i) => i.id)).toEqual(['2026-11-18-ain-al-asad-drone', '2026-11-18-ain-al-asad-drone-2']);
    expect(() => proposalOf([{ ...a, summary_ar: '' }])).toThrow(/summary_ar: must not be blank/);
    expect(proposalOf([]).incidents).toEqual([]);
    expect(datasetIdFor({ date: '2024-01-10', sites: ['tower-22'], weapons: ['ballistic missile'] })).toBe('2024-01-10-tower-22-ballistic-missile');
  });
});

describe('planning a merge (on a copy of data/)', () => {
  const dir = dataCopy('plan');
  const files = readDataFiles(dir);
  const existing: Incident = JSON.parse(readFileSync(join(dir, 'incidents/2025.json'), 'utf8')).find((i: Incident) => i.sites.includes('ain-al-asad'));

  it('accepts a new incident into its campaign file, sorted, with the other records unchanged', () => {
    const plan = planMerge(proposalText([own()]), files, TODAY);
    expect(plan.refused).toEqual([]);
    expect(plan.accepted.map((a) => [a.incident.id, a.from, a.file])).toEqual([['2026-11-18-ain-al-asad-drone', '2026-11-18-ain-al-asad-drone', 'incidents/2026-iran-war.json']]);
    const [changed] = applyMerge(files, plan);
    const before = JSON.parse(files.find((f) => f.path === changed.path)!.text) as Incident[];
    const after = JSON.parse(changed.text) as Incident[];
    expect(after).toHaveLength(before.length + 1);
    expect(after.map((i) => i.id)).toEqual([...after.map((i) => i.id)].sort());
    expect(after.filter((i) => i.id !== '2026-11-18-ain-al-asad-drone')).toEqual(before);
    expect(changed.text).toBe(`${JSON.stringify(after, null, 2)}\n`);
  });

  it("files an incident of a year without a campaign in that year's file, and renames own ids", () => {
    const text = JSON.stringify({ incidents: [{ ...proposalOf([own({ date: '2022-03-03', campaign: undefined })]).incidents[0], id: 'own-2022-03-03-ain-al-asad-x' }] });
    const plan = planMerge(text, files, TODAY);
    expect(plan.accepted.map((a) => [a.incident.id, a.from, a.file])).toEqual([['2022-03-03-ain-al-asad-drone', 'own-2022-03-03-ain-al-asad-x', 'incidents/2022.json']]);
    expect(applyMerge(files, plan).map((f) => f.path)).toEqual(['incidents/2022.json']);
  });

  it('refuses a duplicate of the dataset (same site, date, compatible weapon) naming the existing id', () => {
    const dup = { ...proposalOf([own()]).incidents[0], id: 'x', date: existing.date, weapons: ['unknown'], campaign: existing.campaign };
    const plan = planMerge(JSON.stringify({ incidents: [dup] }), files, TODAY);
    expect(plan.accepted).toEqual([]);
    expect(plan.refused).toEqual([expect.objectContaining({ id: 'x', existing: existing.id })]);
    // A different weapon family the same day is another attack.
    const other = { ...dup, weapons: existing.weapons.includes('drone') ? ['mortar'] : ['drone'] };
    expect(planMerge(JSON.stringify({ incidents: [other] }), files, TODAY).refused).toEqual([]);
  });

  it('refuses a duplicate within the file, keeping the first', () => {
    const [a] = proposalOf([own()]).incidents;
    const plan = planMerge(JSON.stringify({ incidents: [a, { ...a, id: `${a.id}-2` }] }), files, TODAY);
    expect(plan.accepted.map((x) => x.incident.id)).toEqual([a.id]);
    expect(plan.refused).toEqual([expect.objectContaining({ id: `${a.id}-2`, existing: a.id })]);
  });

  it.each([
    ['an unknown site', { sites: ['camp-nowhere'] }, 'sites: "camp-nowhere" is not a site'],
    ['an unknown group', { claimed_by: ['nobody'] }, 'claimed_by: "nobody" is not a group'],
    ['an own-only field', { own: true }, 'schema'],
    ['no summary', { summary_en: '' }, 'summary_en: must not be blank'],
    ['no source', { sources: [] }, 'needs at least one source'],
    ['a source twice', { sources: ['https://www.reuters.com/a', 'https://www.reuters.com/a'] }, 'source listed twice'],
    ['a future date', { date: '2026-12-25', id: '2026-12-25-ain-al-asad-drone' }, 'in the future'],
    ['a wrong campaign', { campaign: '2025' }, 'labelled 2025'],
  ])('refuses %s', (_what, over, reason) => {
    const record = { ...proposalOf([own()]).incidents[0], ...over };
    const plan = planMerge(JSON.stringify({ incidents: [record] }), files, TODAY);
    expect(plan.accepted).toEqual([]);
    expect(plan.refused[0].reason).toContain(reason);
  });

  it('refuses a file that is not a proposal', () => {
    expect(planMerge('{', files, TODAY).refused[0]).toMatchObject({ id: '(file)', reason: expect.stringContaining('not valid JSON') });
    expect(proposalRecords('{"incidents": [], "more": 1}')).toContain('unknown top-level field "more"');
    expect(proposalRecords('{"bases": []}')).toContain('expected { "incidents": [...] }');
    expect(proposalRecords('[]')).toEqual([]);
  });

  it('warns about a source host the reviewer must classify, without refusing', () => {
    const plan = planMerge(proposalText([own({ article_url: 'https://unclassified-news.example.net/a' })]), files, TODAY);
    expect(plan.refused).toEqual([]);
    expect(plan.warnings).toEqual([expect.stringContaining('host unclassified-news.example.net is not in data/source-hosts.json')]);
  });
});

describe('npm run data:build -- --merge FILE (on a copy of data/)', () => {
  const run = (args: string[]) => {
    const r = spawnSync('npm', ['run', '-s', 'data:build', '--', ...args], { cwd: root, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
  };

  it('writes the accepted records, prints what it merged and refused, and exits 1 when anything was refused', () => {
    const dir = dataCopy('cli');
    const file = join(tmp, 'proposal.json');
    const [good] = proposalOf([own()]).incidents;
    writeFileSync(file, JSON.stringify({ incidents: [good, { ...good, id: 'bad', sites: ['camp-nowhere'] }] }, null, 2));
    const r = run(['--merge', file, '--data', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`merged ${good.id} into incidents/2026-iran-war.json`);
    expect(r.stderr).toContain('refused bad: sites: "camp-nowhere" is not a site');
    const merged = JSON.parse(readFileSync(join(dir, 'incidents/2026-iran-war.json'), 'utf8')) as Incident[];
    expect(merged.some((i) => i.id === good.id)).toBe(true);

    // The same file again: now a duplicate of what was merged.
    const again = run(['--merge', file, '--data', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`[existing: ${good.id}]`);

    // A proposal with nothing wrong exits 0.
    const clean = join(tmp, 'clean.json');
    writeFileSync(clean, proposalText([own({ date: '2026-11-10', weapons: ['rocket'] })]));
    const ok = run(['--merge', clean, '--data', dir]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('1 merged, 0 refused');
  }, 120_000);

  it('exits 2 for a missing file', () => {
    const r = run(['--merge', join(tmp, 'none.json'), '--data', dataCopy('missing')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such file');
  }, 60_000);
});
