import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataFiles, type DataFile } from '../../../lib/dataset/load';
import { WEAPONS, type Incident } from '../../../lib/dataset/schema';
import { applyMerge, compatibleWeapons, planMerge } from '../../../lib/own-incidents/merge';
import { validContent } from '../../fixtures/shipped-data';

const TODAY = '2026-11-20';

/** The small valid dataset as the files of a data directory. */
function dataFiles(): DataFile[] {
  const c = validContent();
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  const byId = <T extends { id: string }>(r: T[]) => [...r].sort((a, b) => (a.id < b.id ? -1 : 1));
  return [
    { path: 'bases.json', text: json(byId(c.bases)) },
    { path: 'militias.json', text: json(byId(c.militias)) },
    { path: 'incidents/2023-2024-gaza-war-campaign.json', text: json(byId(c.incidents)) },
  ];
}

const record = fc.record({
  date: fc.constantFrom('2023-10-30', '2024-01-28', '2024-03-01', '2022-05-05', '2026-11-18'),
  sites: fc.subarray(['ain-al-asad', 'tower-22'], { minLength: 1 }),
  weapons: fc.subarray([...WEAPONS], { minLength: 1, maxLength: 2 }),
  own: fc.boolean(),
  n: fc.nat(999),
});

const toIncident = (r: { date: string; sites: string[]; weapons: string[]; own: boolean; n: number }): Incident => ({
  id: r.own ? `own-${r.date}-${r.sites[0]}-${r.n.toString(36)}` : `${r.date}-${r.sites[0]}-x${r.n}`,
  date: r.date,
  date_precision: 'day',
  sites: r.sites,
  weapons: r.weapons as Incident['weapons'],
  claimed_by: [],
  attributed_to: [],
  casualties: null,
  outcome: 'unknown',
  summary_en: 'An attack reported by an article.',
  summary_ar: 'هجوم أورده مقال.',
  sources: [`https://news.example.org/${r.n}`],
  confidence: 'low',
});

describe('merging proposals (property)', () => {
  it('accounts for every record, never files two records of one attack, writes valid files, and a second merge adds nothing', () => {
    const files = dataFiles();
    const existing = validContent().incidents;
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (records) => {
        const text = JSON.stringify({ incidents: records.map(toIncident) });
        const plan = planMerge(text, files, TODAY);
        expect(plan.accepted.length + plan.refused.length).toBe(records.length);
        const all = [...existing, ...plan.accepted.map((a) => a.incident)];
        for (const [k, a] of all.entries()) {
          expect(a.id.startsWith(`${a.date}-`)).toBe(true);
          for (const b of all.slice(k + 1)) {
            expect(a.id).not.toBe(b.id);
            const same = a.date === b.date && a.sites.some((s) => b.sites.includes(s)) && compatibleWeapons(a.weapons, b.weapons);
            expect(same).toBe(false);
          }
        }
        const changed = applyMerge(files, plan);
        const merged = [...files.filter((f) => !changed.some((c) => c.path === f.path)), ...changed];
        expect(loadDataFiles(merged).problems).toEqual([]);
        expect(planMerge(text, merged, TODAY).accepted).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
