/**
 * Rules that span records, run on records that already passed their schema. Each
 * check is a pure function from the dataset to the problems it finds (empty = the
 * rule holds); `runChecks` runs them all. data:build refuses to ship on any problem.
 */
import { earliestDay, isCalendarDate } from './calendar';
import { COUNTRY_BOUNDS, insideCountry } from './country-bounds';
import { problem, type Problem } from './problems';
import { GAZA_WAR_CAMPAIGN, type DatasetContent, type Incident } from './schema';
import { sourceClass, sourceHost, type SourceHostTable } from './source-hosts';
import { isHttpUrl } from './urls';

/** No incident predates the first one the project covers. */
export const FIRST_INCIDENT_DAY = '2019-01-01';

export interface CheckOptions {
  /** `YYYY-MM-DD`; nothing may be dated after it. */
  readonly today: string;
  /** The engine's folding (`normalizer().fold`), under which two aliases are the same name. */
  readonly fold: (s: string) => string;
  /** data/source-hosts.json; when given, `checkSourceClasses` runs too. */
  readonly sourceHosts?: SourceHostTable;
}

export function runChecks(d: DatasetContent, options: CheckOptions): Problem[] {
  return [
    ...checkUniqueIds(d),
    ...checkReferences(d),
    ...checkDuplicateIncidents(d),
    ...checkDates(d, options.today),
    ...checkCampaigns(d),
    ...checkCoordinates(d),
    ...checkSources(d),
    ...checkAliases(d, options.fold),
    ...checkCasualties(d),
    ...checkAggregates(d, options.today),
    ...checkArabicFields(d),
    ...(options.sourceHosts ? checkSourceClasses(d, options.sourceHosts) : []),
  ];
}

/** Ids are unique among incidents, and among bases and militias together (one gazetteer). */
export function checkUniqueIds(d: DatasetContent): Problem[] {
  const out: Problem[] = [];
  const repeated = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) out.push(problem('unique-ids', id, `id used by more than one ${what}`));
      seen.add(id);
    }
  };
  repeated([...d.bases, ...d.militias].map((r) => r.id), 'base or militia');
  repeated(d.incidents.map((r) => r.id), 'incident');
  return out;
}

/** Every id a record points at exists: incident sites (bases), claimants and attributions (militias), umbrellas. */
export function checkReferences(d: DatasetContent): Problem[] {
  const out: Problem[] = [];
  const bases = new Set(d.bases.map((b) => b.id));
  const militias = new Set(d.militias.map((m) => m.id));
  const need = (set: Set<string>, id: string, where: string, field: string, kind: string) => {
    if (!set.has(id)) out.push(problem('references', where, `${field} "${id}" is not a ${kind} id`));
  };
  for (const m of d.militias) {
    for (const u of m.umbrella) {
      if (u === m.id) out.push(problem('references', m.id, 'umbrella lists the group itself'));
      else need(militias, u, m.id, 'umbrella', 'militia');
    }
  }
  for (const i of d.incidents) {
    for (const s of i.sites) need(bases, s, i.id, 'site', 'base');
    for (const g of i.claimed_by) need(militias, g, i.id, 'claimed_by', 'militia');
    for (const a of i.attributed_to) need(militias, a.group, i.id, 'attributed_to.group', 'militia');
  }
  return out;
}

/**
 * Two incidents at the same site on the same date with the same set of weapons
 * describe the same attack, unless one of them carries an id suffix `-2`, `-3`, …
 * marking it as a deliberate second attack that day.
 */
export function checkDuplicateIncidents(d: DatasetContent): Problem[] {
  const out: Problem[] = [];
  const first = new Map<string, Incident>();
  for (const i of d.incidents) {
    const weapons = [...new Set(i.weapons)].sort().join('+');
    for (const site of new Set(i.sites)) {
      const key = `${site}|${i.date}|${weapons}`;
      const other = first.get(key);
      if (!other) first.set(key, i);
      else if (!isNumberedRepeat(i.id) && !isNumberedRepeat(other.id)) {
        out.push(problem('duplicate-incidents', i.id, `same site (${site}), date and weapons (${weapons}) as ${other.id}; merge them, or suffix the id with -2 if it was a second attack`));
      }
    }
  }
  return out;
}

function isNumberedRepeat(id: string): boolean {
  const m = /-(\d+)$/.exec(id);
  return m !== null && Number(m[1]) >= 2;
}

/**
 * Dates are real calendar dates, none after `today`; incidents are on or after
 * 2019-01-01, a month/year precision date is the period's first day, and an
 * incident id starts with its date.
 */
export function checkDates(d: DatasetContent, today: string): Problem[] {
  const out: Problem[] = [];
  const future = (date: string, where: string, field: string) => {
    if (earliestDay(date) > today) out.push(problem('dates', where, `${field} ${date} is in the future (today is ${today})`));
  };
  for (const i of d.incidents) {
    if (!isCalendarDate(i.date)) out.push(problem('dates', i.id, `date ${i.date} is not a calendar date`));
    if (i.date < FIRST_INCIDENT_DAY) out.push(problem('dates', i.id, `date ${i.date} is before ${FIRST_INCIDENT_DAY}`));
    future(i.date, i.id, 'date');
    if (i.date_precision === 'month' && !i.date.endsWith('-01')) out.push(problem('dates', i.id, 'month precision needs the first day of the month'));
    if (i.date_precision === 'year' && !i.date.endsWith('-01-01')) out.push(problem('dates', i.id, 'year precision needs 1 January'));
    if (!i.id.startsWith(`${i.date}-`) && REDATED_INCIDENTS[i.id] !== i.date) out.push(problem('dates', i.id, `id does not start with the date ${i.date}`));
  }
  for (const b of d.bases) for (const s of b.status) future(s.date, b.id, 'status date');
  for (const m of d.militias) for (const s of m.designations) if (s.since) future(s.since, m.id, 'designation since');
  return out;
}

/**
 * Incidents whose date was corrected after their id was published: ids never
 * change, so these keep the old date in the id. Id → the corrected date.
 */
export const REDATED_INCIDENTS: Readonly<Record<string, string>> = {
  '2023-10-19-al-tanf-garrison-drone': '2023-10-18',
};

/** The Gaza-war campaign label and its date window (SCHEMA.md) agree both ways. */
export function checkCampaigns(d: DatasetContent): Problem[] {
  const out: Problem[] = [];
  const { id, from, to } = GAZA_WAR_CAMPAIGN;
  for (const i of d.incidents) {
    const inside = i.date >= from && i.date <= to;
    if (i.campaign === id && !inside) out.push(problem('campaigns', i.id, `labelled ${id} but dated ${i.date}, outside ${from} – ${to}`));
    if (inside && i.campaign !== id) out.push(problem('campaigns', i.id, `dated ${i.date}, inside ${from} – ${to}, but labelled ${i.campaign ?? '(none)'}`));
  }
  return out;
}

/** Every country code has a bounding box, and base coordinates fall inside their country's. */
export function checkCoordinates(d: DatasetContent): Problem[] {
  const out: Problem[] = [];
  for (const r of [...d.bases, ...d.militias]) {
    if (!COUNTRY_BOUNDS[r.country]) out.push(problem('coordinates', r.id, `no bounding box for country ${r.country} in lib/dataset/country-bounds.ts`));
  }
  for (const b of d.bases) {
    const c = b.coordinates;
    if (c && COUNTRY_BOUNDS[b.country] && !insideCountry(b.country, c.lat, c.lon)) {
      out.push(problem('coordinates', b.id, `${c.lat}, ${c.lon} is outside ${b.country} (lat/lon swapped or wrong country?)`));
    }
  }
  return out;
}

/** Every record has at least one source, no source twice, and every URL (sources and per-fact sources) is well formed. */
export function checkSources(d: DatasetContent): Problem[] {
  const out: Problem[] = [];
  const check = (id: string, sources: readonly string[], facts: readonly string[]) => {
    if (sources.length === 0) out.push(problem('sources', id, 'no source'));
    const seen = new Set<string>();
    for (const s of sources) {
      if (seen.has(s)) out.push(problem('sources', id, `source listed twice: ${s}`));
      seen.add(s);
    }
    for (const u of [...sources, ...facts]) if (!isHttpUrl(u)) out.push(problem('sources', id, `not a well-formed http(s) URL: ${u}`));
  };
  for (const b of d.bases) check(b.id, b.sources, [...(b.coordinates ? [b.coordinates.source] : []), ...b.status.map((s) => s.source)]);
  for (const m of d.militias) check(m.id, m.sources, m.designations.map((s) => s.source));
  for (const i of d.incidents) check(i.id, i.sources, i.attributed_to.map((a) => a.source));
  return out;
}

/**
 * Every URL of the dataset (sources, per-fact and alias sources) is on a host that
 * data/source-hosts.json classifies, and no record rests on aggregators alone: a
 * copy site may be cited beside the original, never instead of it.
 */
export function checkSourceClasses(d: DatasetContent, table: SourceHostTable): Problem[] {
  const out: Problem[] = [];
  const unknown = new Set<string>();
  const check = (id: string, sources: readonly string[], facts: readonly string[]) => {
    for (const u of [...sources, ...facts]) {
      const host = sourceHost(u);
      if (host !== null && !table.has(host) && !unknown.has(`${id} ${host}`)) {
        unknown.add(`${id} ${host}`);
        out.push(problem('source-hosts', id, `host ${host} is not in data/source-hosts.json; add it with its class`));
      }
    }
    if (restsOnAggregators(sources, table)) {
      out.push(problem('source-hosts', id, 'every source is an aggregator (a copy site); cite the original report'));
    }
  };
  for (const b of d.bases) {
    check(b.id, b.sources, [...(b.coordinates ? [b.coordinates.source] : []), ...b.status.map((s) => s.source), ...aliasSources(b.aliases)]);
  }
  for (const m of d.militias) check(m.id, m.sources, [...m.designations.map((s) => s.source), ...aliasSources(m.aliases)]);
  for (const i of d.incidents) check(i.id, i.sources, i.attributed_to.map((a) => a.source));
  return out;
}

function restsOnAggregators(sources: readonly string[], table: SourceHostTable): boolean {
  return sources.length > 0 && sources.every((u) => sourceClass(u, table) === 'aggregator');
}

function aliasSources(aliases: readonly { source?: string }[]): string[] {
  return aliases.flatMap((a) => (a.source ? [a.source] : []));
}

/** Words of a summary that say nobody was hurt (then casualties must be 0/0, not null). */
const NOBODY_HURT = /\b(?:no(?:body| one|-one) was (?:hurt|injured|killed|wounded)|no (?:casualties|injuries) were (?:caused|recorded)|(?:caused|causing|with) no (?:casualties|injuries)|without (?:causing )?(?:any )?(?:casualties|injuries)|no casualties or damage were reported|no casualties were reported)\b/i;

/**
 * Casualties agree with the outcome and the summary: outcome "casualties" needs
 * someone killed or injured (or counts the source did not give), and a summary
 * saying nobody was hurt needs 0/0 rather than null ("not reported").
 */
export function checkCasualties(d: DatasetContent): Problem[] {
  const out: Problem[] = [];
  for (const i of d.incidents) {
    const c = i.casualties;
    if (i.outcome === 'casualties' && (c === null || (c.killed === 0 && c.injured === 0))) {
      out.push(problem('casualties', i.id, `outcome "casualties" but casualties are ${c === null ? 'null' : '0 killed, 0 injured'}`));
    }
    if (c === null && NOBODY_HURT.test(i.summary_en)) {
      out.push(problem('casualties', i.id, 'the summary says nobody was hurt but casualties is null; set killed and injured to 0'));
    }
    if (c !== null && ((c.killed ?? 0) > 0 || (c.injured ?? 0) > 0) && NOBODY_HURT.test(i.summary_en)) {
      out.push(problem('casualties', i.id, 'the summary says nobody was hurt but casualties counts someone'));
    }
  }
  return out;
}

/** Official counts: ids unique, a period that runs forward and is not in the future, a country with a bounding box. */
export function checkAggregates(d: DatasetContent, today: string): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const a of d.aggregates ?? []) {
    if (seen.has(a.id)) out.push(problem('aggregates', a.id, 'id used by more than one aggregate'));
    seen.add(a.id);
    if (a.period_from > a.period_to) out.push(problem('aggregates', a.id, `period_from ${a.period_from} is after period_to ${a.period_to}`));
    if (a.period_to > today) out.push(problem('aggregates', a.id, `period_to ${a.period_to} is in the future (today is ${today})`));
    if (a.period_from < FIRST_INCIDENT_DAY) out.push(problem('aggregates', a.id, `period_from ${a.period_from} is before ${FIRST_INCIDENT_DAY}`));
    if (a.country !== null && !COUNTRY_BOUNDS[a.country]) out.push(problem('aggregates', a.id, `no bounding box for country ${a.country}`));
    if (!isHttpUrl(a.source)) out.push(problem('aggregates', a.id, `not a well-formed http(s) URL: ${a.source}`));
  }
  return out;
}

const ARABIC_LETTER = /[\u0621-\u064A]/;
const blankText = (s: string | null | undefined): boolean => s == null || s.trim() === '';

/**
 * Every English field a view shows has its Arabic beside it (the Arabic UI never
 * falls back to English on shipped data): an attribution's `by` its `by_ar`, a
 * casualties `note` its `note_ar`, an aggregate's `by` its `by_ar`, a base's
 * `hosted` its `hosted_ar` item for item and `admin_area_en` its `_ar`; a base without coordinates says why in
 * both languages (`coordinates_note_en/_ar`), and a note in one language has the
 * other. The Arabic must contain Arabic letters (not the English copied over).
 */
export function checkArabicFields(d: DatasetContent): Problem[] {
  const out: Problem[] = [];
  const pair = (id: string, en: string | null | undefined, ar: string | null | undefined, field: string) => {
    if (blankText(en) && blankText(ar)) return;
    if (blankText(ar)) out.push(problem('arabic-fields', id, `${field} "${en}" has no ${field}_ar; add the Arabic (scripts/fill-arabic-fields.ts has the reviewed table of names)`));
    else if (blankText(en)) out.push(problem('arabic-fields', id, `${field}_ar "${ar}" has no English ${field}`));
    else if (!ARABIC_LETTER.test(ar!)) out.push(problem('arabic-fields', id, `${field}_ar "${ar}" has no Arabic letter`));
  };
  for (const i of d.incidents) {
    i.attributed_to.forEach((a, k) => pair(i.id, a.by, a.by_ar, `attributed_to[${k}].by`));
    if (i.casualties) pair(i.id, i.casualties.note, i.casualties.note_ar, 'casualties.note');
  }
  for (const a of d.aggregates ?? []) pair(a.id, a.by, a.by_ar, 'by');
  for (const b of d.bases) {
    const ar = b.hosted_ar ?? [];
    if (b.hosted.length > 0 && ar.length !== b.hosted.length) {
      out.push(problem('arabic-fields', b.id, `hosted has ${b.hosted.length} item(s) but hosted_ar ${ar.length}; give the Arabic of each, in the same order`));
    } else {
      b.hosted.forEach((h, k) => pair(b.id, h, ar[k], `hosted[${k}]`));
    }
    pair(b.id, b.admin_area_en, b.admin_area_ar, 'admin_area');
    if (b.coordinates === null && (blankText(b.coordinates_note_en) || blankText(b.coordinates_note_ar))) {
      out.push(problem('arabic-fields', b.id, 'coordinates is null without a reason; say why in coordinates_note_en and coordinates_note_ar (a pseudo-site without a place), or find the coordinates'));
    } else {
      pair(b.id, b.coordinates_note_en, b.coordinates_note_ar, 'coordinates_note');
    }
  }
  return out;
}

/**
 * After the engine's folding, a name claimed by two entities must be marked
 * `ambiguous` on both (the engine then matches neither), and one entity lists no
 * name twice (variants that differ only in what folding removes are not aliases).
 */
export function checkAliases(d: DatasetContent, fold: (s: string) => string): Problem[] {
  const out: Problem[] = [];
  const claims = new Map<string, { id: string; text: string; ambiguous: boolean }[]>();
  for (const r of [...d.bases, ...d.militias]) {
    const own = new Map<string, string>();
    for (const a of r.aliases) {
      const form = fold(a.text);
      if (form === '') out.push(problem('aliases', r.id, `alias "${a.text}" folds to nothing`));
      const twin = own.get(form);
      if (twin !== undefined) out.push(problem('aliases', r.id, `"${a.text}" and "${twin}" are the same name after folding; keep one`));
      else own.set(form, a.text);
      if (twin === undefined) (claims.get(form) ?? claims.set(form, []).get(form)!).push({ id: r.id, text: a.text, ambiguous: a.ambiguous === true });
    }
  }
  for (const list of claims.values()) {
    if (list.length > 1 && list.some((c) => !c.ambiguous)) {
      const who = list.map((c) => `${c.id} ("${c.text}"${c.ambiguous ? ', ambiguous' : ''})`).join(', ');
      out.push(problem('aliases', list[0]!.id, `same name after folding claimed by ${who}; mark it "ambiguous": true on all of them`));
    }
  }
  return out;
}
