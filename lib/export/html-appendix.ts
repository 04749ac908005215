/**
 * The HTML report's appendix: each entity mentioned, with what the dataset says of
 * it and a table of its incidents (date, weapons, who claimed it and who was
 * blamed, casualties, outcome, summary, sources). An incident of several entities
 * is written in full once, under the first; later entities list it in one line
 * that links to it. Escaping rules as html-report.ts.
 */
import type { Incident } from '../dataset/schema';
import type { ExportedEntity } from './common';
import { count, formatDay } from './report-format';
import { entityKindLabel, LABELS, OUTCOME_LABELS, TYPE_LABELS, WEAPON_LABELS } from './report-labels';
import { htmlEscape as esc, htmlLink as link, isLinkable } from './text-escape';

/** `nameOf` gives a group's Arabic name by id (the id itself when unknown). */
export function entityAppendix(entities: readonly ExportedEntity[], nameOf: (id: string) => string): string {
  if (entities.length === 0) return '';
  const written = new Set<string>();
  return [`<section id="entities" class="appendix"><h2>${esc(LABELS.appendix)}</h2>`, ...entities.map((e) => entitySection(e, nameOf, written)), '</section>'].join('\n');
}

function entitySection(e: ExportedEntity, nameOf: (id: string) => string, written: Set<string>): string {
  const record = e.base ?? e.militia;
  const facts: string[] = [esc(entityKindLabel(e)), `<bdi>${esc(count('mentions', e.mentions))}</bdi> (<bdi>${esc(count('clips', e.clips))}</bdi>)`];
  if (record) facts.push(esc(TYPE_LABELS[record.type] ?? record.type), esc(countryName(record.country)));
  if (e.base?.admin_area_ar) facts.push(esc(e.base.admin_area_ar));
  if (e.base?.coordinates) {
    const how = e.base.coordinates_note_ar ? ` (${esc(e.base.coordinates_note_ar)})` : '';
    facts.push(`${esc(LABELS.coordinates)}: <bdi dir="ltr">${e.base.coordinates.lat}, ${e.base.coordinates.lon}</bdi>${how}`);
  } else if (e.base?.coordinates_note_ar) facts.push(esc(e.base.coordinates_note_ar));
  return [
    `<article class="entity ${esc(e.kind)}" id="entity-${esc(e.id)}">`,
    `<h3>${esc(e.name_ar)} <bdi lang="en" dir="ltr">${esc(e.name_en)}</bdi></h3>`,
    `<p>${facts.join(' · ')}</p>`,
    record ? `<p>${esc(record.description_ar)}</p>` : `<p>${esc(LABELS.notInDataset)}</p>`,
    record && e.incidents.length === 0 ? `<p>${esc(LABELS.noIncidents)}</p>` : '',
    e.incidents.length > 0 ? incidentTable(e.incidents, nameOf, written) : '',
    '</article>',
  ].join('\n');
}

/** `written`: the incidents already written in full; those of this table are added. */
function incidentTable(incidents: readonly Incident[], nameOf: (id: string) => string, written: Set<string>): string {
  const head = [LABELS.date, LABELS.weapons, LABELS.claimedBy, LABELS.attributedTo, LABELS.casualties, LABELS.outcome, LABELS.summary, LABELS.sources];
  const rows = incidents.map((i) => {
    const date = `<time datetime="${esc(i.date)}">${esc(formatDay(i.date, i.date_precision))}</time>`;
    if (written.has(i.id)) return `<tr class="seen"><td>${date}</td><td colspan="${head.length - 1}"><a href="#incident-${esc(i.id)}">${esc(LABELS.seeAbove)}</a>: ${esc(i.summary_ar)}</td></tr>`;
    written.add(i.id);
    const cells = [
      date,
      i.weapons.map((w) => esc(WEAPON_LABELS[w] ?? w)).join('، '),
      i.claimed_by.map((g) => esc(nameOf(g))).join('، '),
      i.attributed_to.map((a) => `${esc(nameOf(a.group))} (<bdi>${esc(a.by_ar ?? a.by)}</bdi>)`).join('، '),
      casualties(i),
      esc(OUTCOME_LABELS[i.outcome] ?? i.outcome),
      esc(i.summary_ar),
      i.sources.map((s, n) => link(s, `[${n + 1}] ${isLinkable(s) ? hostOf(s) : s}`)).join('<br>'),
    ];
    return `<tr id="incident-${esc(i.id)}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Casualties in words: «قتيلان، ١١ جريحاً»; none said as such; a count the sources do not give, unknown. */
function casualties(i: Incident): string {
  const c = i.casualties;
  if (!c || (c.killed === null && c.injured === null)) return esc(LABELS.unknown);
  const text = c.note ? c.note_ar ?? c.note : null; // the English only for a feed that predates note_ar
  const note = text ? ` — <bdi>${esc(text)}</bdi>` : '';
  if (c.killed === 0 && c.injured === 0) return `${esc(LABELS.noCasualties)}${note}`;
  const part = (what: 'killed' | 'injured', n: number | null) => (n === null ? `${LABELS[what]}: ${LABELS.unknown}` : count(what, n));
  return `${esc(part('killed', c.killed))}، ${esc(part('injured', c.injured))}${note}`;
}

const regions = new Intl.DisplayNames('ar', { type: 'region' });

/** A country's Arabic name from its ISO 3166 code; the code when unknown. */
function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
