/**
 * Filtering the incident list. Pure: the page keeps an IncidentFilter in its state
 * and shows `filterIncidents(incidents, filter)`.
 *
 * An empty field does not filter. `site` and `group` are entity ids (a group matches
 * an incident it claimed or was blamed for); `from`/`to` are `YYYY-MM-DD`, both days
 * included; `record` keeps the analyst's own incidents (`own`) or the dataset's
 * (`dataset`); `text` matches, after the engine's Arabic and Latin folding (hamza
 * seats, alef forms, diacritics, case), any of the summaries, names and ids.
 */
import type { IncidentSummary, NameRef } from '@/lib/dataset/summary';
import { normalizer } from '@/lib/mentions';

export interface IncidentFilter {
  readonly site: string;
  readonly group: string;
  readonly weapon: string;
  readonly from: string;
  readonly to: string;
  readonly text: string;
  /** '' (both), 'own' (the analyst's record) or 'dataset'; absent in filters made before it existed. */
  readonly record?: '' | 'own' | 'dataset';
}

export const noFilter: IncidentFilter = { site: '', group: '', weapon: '', from: '', to: '', text: '', record: '' };

export const isFiltering = (f: IncidentFilter) => Object.values(f).some((v) => typeof v === 'string' && v.trim() !== '');

const fold = (s: string) => normalizer().fold(s);
const groupsOf = (i: IncidentSummary): readonly NameRef[] => [...i.claimed_by, ...i.attributed_to];

function searchText(i: IncidentSummary): string {
  const names = [...i.sites, ...groupsOf(i)].flatMap((n) => [n.id, n.name_en, n.name_ar]);
  return fold([i.id, i.summary_en, i.summary_ar, ...names, ...i.weapons].join('\n'));
}

export function filterIncidents(incidents: readonly IncidentSummary[], f: IncidentFilter): IncidentSummary[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  return incidents.filter((i) => {
    if (f.site && !i.sites.some((s) => s.id === f.site)) return false;
    if (f.group && !groupsOf(i).some((g) => g.id === f.group)) return false;
    if (f.weapon && !i.weapons.includes(f.weapon)) return false;
    if (f.from && i.date < f.from) return false;
    if (f.to && i.date > f.to) return false;
    if (f.record && ((i as { own?: true }).own === true) !== (f.record === 'own')) return false;
    if (words.length > 0) {
      const hay = searchText(i);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** The distinct sites, groups and weapons of `incidents`: the choices the filters offer. */
export function filterChoices(incidents: readonly IncidentSummary[]): { sites: NameRef[]; groups: NameRef[]; weapons: string[] } {
  const sites = new Map<string, NameRef>();
  const groups = new Map<string, NameRef>();
  const weapons = new Set<string>();
  for (const i of incidents) {
    for (const s of i.sites) sites.set(s.id, { id: s.id, name_en: s.name_en, name_ar: s.name_ar });
    for (const g of groupsOf(i)) groups.set(g.id, { id: g.id, name_en: g.name_en, name_ar: g.name_ar });
    for (const w of i.weapons) weapons.add(w);
  }
  return { sites: [...sites.values()], groups: [...groups.values()], weapons: [...weapons] };
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is never rendered as one. */
export function safeSourceUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}
