/** The shipped data/ as the scripts read it, and a small valid dataset to break in tests. */
import { validateDataFiles, type Base, type DatasetContent, type Incident, type Militia } from '../../lib/dataset';
import { normalizer } from '../../lib/mentions';
import { defaultDataDir, readDataFiles } from '../../scripts/data-files';

export const fold = (s: string) => normalizer().fold(s);

let cached: ReturnType<typeof validateDataFiles> | undefined;
/** data/ validated once per test file. */
export function shipped() {
  return (cached ??= validateDataFiles(readDataFiles(defaultDataDir)));
}

const src = (n: number) => `https://example.org/source/${n}`;

const base = (id: string, country: string, lat: number, lon: number, aliases: Base['aliases']): Base => ({
  id, name_en: id, name_ar: 'قاعدة', type: 'air base', country, admin_area_en: '', admin_area_ar: '',
  coordinates: { lat, lon, precision_m: 1000, source: src(1) }, hosted: ['United States'], hosted_ar: ['الولايات المتحدة'],
  description_en: 'A base.', description_ar: 'قاعدة.', status: [{ date: '2024-01', event_en: 'Opened', event_ar: 'افتتحت', source: src(2) }],
  aliases, sources: [src(3)], confidence: 'high',
});

const militia = (id: string, umbrella: string[], aliases: Militia['aliases']): Militia => ({
  id, name_en: id, name_ar: 'فصيل', type: 'militia', umbrella, country: 'IQ',
  designations: [{ by: 'United States', list: 'FTO', since: '2009-07-02', source: src(4) }],
  description_en: 'A group.', description_ar: 'فصيل.', aliases, sources: [src(5)], confidence: 'medium',
});

const incident = (id: string, date: string, sites: string[], weapons: Incident['weapons']): Incident => ({
  id, date, date_precision: 'day', sites, weapons, claimed_by: ['group-a'],
  attributed_to: [{ group: 'umbrella-u', by: 'US Department of Defense', by_ar: 'وزارة الدفاع الأمريكية', source: src(6) }],
  casualties: { killed: 0, injured: 0, note: null }, outcome: 'no damage',
  summary_en: 'An attack.', summary_ar: 'هجوم.', campaign: '2023-2024-gaza-war-campaign', sources: [src(7)], confidence: 'high',
});

/** A fresh, valid dataset that passes every check (mutate it freely). */
export function validContent(): DatasetContent {
  return {
    bases: [
      base('ain-al-asad', 'IQ', 33.7857, 42.4412, [{ text: 'عين الأسد', lang: 'ar' }, { text: 'Ain al-Asad', lang: 'en' }]),
      base('tower-22', 'JO', 33.31417, 38.70333, [{ text: 'البرج 22', lang: 'ar' }]),
    ],
    militias: [
      militia('group-a', ['umbrella-u'], [{ text: 'كتائب حزب الله', lang: 'ar' }]),
      militia('umbrella-u', [], [{ text: 'المقاومة الإسلامية في العراق', lang: 'ar' }]),
    ],
    incidents: [
      incident('2023-10-30-ain-al-asad-rocket', '2023-10-30', ['ain-al-asad'], ['rocket']),
      incident('2024-01-28-tower-22-drone', '2024-01-28', ['tower-22'], ['drone']),
    ],
  };
}
