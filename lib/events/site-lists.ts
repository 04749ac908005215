/**
 * Site names in a list («قاعدتي "عين الأسد" و"حرير"», "the Conoco gas field and the
 * al-Omar oil field") name as many attacks: one record per site, as the dataset keeps
 * them. A site named with another as its place («قاعدة فكتوريا داخل مطار بغداد») is
 * the same attack. The list words are data in lib/language/*\/event-words.ts.
 */
import type { EventWords } from './rules';

/** A site's mention in a sentence, in folded offsets. */
interface Placed {
  readonly id: string;
  readonly at: number;
  readonly end: number;
}

/** Where a sentence opens another clause («فيما», `breaks`) or names another attack («الهجمات»), in folded offsets. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly breaks?: boolean;
}

/** How many words an attack word may stand before the site it names as another attack («الهجمات على قاعدة عين الأسد»). */
const ATTACK_REACH = 3;
const wordsBetween = (folded: string, from: number, to: number) => folded.slice(from, to).match(WORD)?.length ?? 0;

export interface SiteListReader {
  /** Whether the folded text between two site names joins them as a list («" و"», " gas field and the "). */
  listed(between: string): boolean;
}

const WORD = /[\p{L}\p{N}.]+/gu;

export function createSiteListReader(languages: readonly EventWords[], fold: (s: string) => string): SiteListReader {
  const joins = new Set<string>();
  const siteWords = new Set<string>();
  for (const w of languages) {
    for (const r of w.listJoins) for (const f of r.forms) joins.add(fold(f));
    for (const r of w.siteWords) for (const f of r.forms) siteWords.add(fold(f));
  }
  const isSiteWord = (t: string) => siteWords.has(t) || siteWords.has(t.replace(/^ال/, '')) || siteWords.has('ال' + t) || siteWords.has(t.replace(/^لل/, 'ال'));
  return {
    listed(between) {
      if (between.length > 60) return false;
      let joined = /[,،]/.test(between);
      for (const token of between.match(WORD) ?? []) {
        const t = token.replace(/\.$/, '');
        if (t === '') continue;
        if (joins.has(t)) joined = true;
        else if (isSiteWord(t)) continue;
        // «وقاعدة»: the conjunction glued to the next site's noun.
        else if (/^[وف]/.test(t) && t.length > 2 && isSiteWord(t.slice(1))) joined = true;
        else return false;
      }
      return joined;
    },
  };
}

/**
 * The sites of one event, grouped into the attacks they name: sites a sentence lists
 * go apart, and so do sites with another clause or another attack word on the second
 * between them («أصيب جندي في الهجوم على تل بيدر، فيما لم تسفر الهجمات على عين الأسد …»); two sites
 * named next to each other otherwise («فكتوريا داخل مطار بغداد») stay one attack.
 * Without either, one group (the event as read).
 */
export function siteGroups(sites: readonly string[], sentences: readonly { folded: string; sites: readonly Placed[]; apart?: readonly Span[] }[], reader: SiteListReader): string[][] {
  if (sites.length < 2) return [[...sites]];
  const parent = new Map(sites.map((s) => [s, s]));
  const find = (s: string): string => (parent.get(s) === s ? s : find(parent.get(s)!));
  let lists = 0;
  for (const s of sentences) {
    for (let i = 1; i < s.sites.length; i++) {
      const a = s.sites[i - 1];
      const b = s.sites[i];
      if (a.id === b.id || !parent.has(a.id) || !parent.has(b.id)) continue;
      if (reader.listed(s.folded.slice(a.end, b.at)) || s.apart?.some((x) => x.start >= a.end && x.end <= b.at && (x.breaks || wordsBetween(s.folded, x.end, b.at) <= ATTACK_REACH))) lists++;
      else parent.set(find(a.id), find(b.id));
    }
  }
  if (lists === 0) return [[...sites]];
  const groups = new Map<string, string[]>();
  for (const site of sites) (groups.get(find(site)) ?? groups.set(find(site), []).get(find(site))!).push(site);
  return [...groups.values()];
}
