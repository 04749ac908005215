/**
 * The HTML report's appendix: each entity mentioned, with what the dataset says of
 * it and a table of its incidents (date, weapons, who claimed it and who was
 * blamed, casualties, outcome, summary, sources). Escaping rules as html-report.ts.
 */
import type { Incident } from '../dataset/schema';
import type { ExportedEntity } from './common';
import { KIND_LABELS, LABELS, OUTCOME_LABELS, WEAPON_LABELS } from './report-labels';
import { htmlEscape as esc, htmlLink as link, isLinkable } from './text-escape';

/** `nameOf` gives a group's Arabic name by id (the id itself when unknown). */
export function entityAppendix(entities: readonly ExportedEntity[], nameOf: (id: string) => string): string {
  if (entities.length === 0) return '';
  return [`<section id="entities" class="appendix"><h2>${esc(LABELS.appendix)}</h2>`, ...entities.map((e) => entitySection(e, nameOf)), '</section>'].join('\n');
}

function entitySection(e: ExportedEntity, nameOf: (id: string) => string): string {
  const record = e.base ?? e.militia;
  const facts: string[] = [`${esc(KIND_LABELS[e.kind])}`, `${esc(LABELS.mentionCount)}: ${e.mentions} (${esc(LABELS.inClips)} ${e.clips})`];
  if (record) facts.push(`<bdi>${esc(record.type)}</bdi>`, `<bdi>${esc(record.country)}</bdi>`);
  if (e.base?.admin_area_ar) facts.push(esc(e.base.admin_area_ar));
  if (e.base?.coordinates) facts.push(`${esc(LABELS.coordinates)}: <bdi dir="ltr">${e.base.coordinates.lat}, ${e.base.coordinates.lon}</bdi>`);
  return [
    `<article class="entity ${esc(e.kind)}" id="entity-${esc(e.id)}">`,
    `<h3>${esc(e.name_ar)} <bdi lang="en" dir="ltr">${esc(e.name_en)}</bdi></h3>`,
    `<p>${facts.join(' · ')}</p>`,
    record ? `<p>${esc(record.description_ar)}</p>` : `<p>${esc(LABELS.notInDataset)}</p>`,
    record && e.incidents.length === 0 ? `<p>${esc(LABELS.noIncidents)}</p>` : '',
    e.incidents.length > 0 ? incidentTable(e.incidents, nameOf) : '',
    '</article>',
  ].join('\n');
}

function incidentTable(incidents: readonly Incident[], nameOf: (id: string) => string): string {
  const head = [LABELS.date, LABELS.weapons, LABELS.claimedBy, LABELS.attributedTo, LABELS.casualties, LABELS.outcome, LABELS.summary, LABELS.sources];
  const rows = incidents.map((i) => {
    const cells = [
      `<time>${esc(i.date)}</time>`,
      i.weapons.map((w) => esc(WEAPON_LABELS[w] ?? w)).join('، '),
      i.claimed_by.map((g) => esc(nameOf(g))).join('، '),
      i.attributed_to.map((a) => `${esc(nameOf(a.group))} (<bdi>${esc(a.by)}</bdi>)`).join('، '),
      casualties(i),
      esc(OUTCOME_LABELS[i.outcome] ?? i.outcome),
      esc(i.summary_ar),
      i.sources.map((s, n) => link(s, `[${n + 1}] ${isLinkable(s) ? hostOf(s) : s}`)).join('<br>'),
    ];
    return `<tr id="incident-${esc(i.id)}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function casualties(i: Incident): string {
  if (!i.casualties) return esc(LABELS.unknown);
  const n = (x: number | null) => (x === null ? '؟' : String(x));
  const note = i.casualties.note ? ` — ${esc(i.casualties.note)}` : '';
  return `${esc(LABELS.killed)}: ${n(i.casualties.killed)}، ${esc(LABELS.injured)}: ${n(i.casualties.injured)}${note}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
