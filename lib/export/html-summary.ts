/**
 * The HTML report's summary, first on its first page: the period the clips cover
 * (their publication days, else their capture days), how many clips from how many
 * sites, the entities mentioned with their counts, and the incidents the report
 * cites (those of the entities mentioned, newest first, each linked to its row in
 * the appendix). Escaping rules as html-report.ts.
 */
import type { Clip } from '../clips/types';
import type { Incident } from '../dataset/schema';
import type { ExportedEntity } from './common';
import { entityKindLabel, LABELS } from './report-labels';
import { count, formatDay, formatPeriod } from './report-format';
import { htmlEscape as esc } from './text-escape';

/** Incidents listed in the summary; the others are counted and in the appendix. */
const LISTED_INCIDENTS = 10;

export function reportSummary(clips: readonly Clip[], entities: readonly ExportedEntity[]): string {
  const days = clips.map((c) => (c.published ?? c.captured_at).slice(0, 10)).sort();
  const sites = new Set(clips.map((c) => c.site ?? hostOf(c.url)));
  const incidents = citedIncidents(entities);
  const rows: [string, string][] = [];
  if (days.length > 0) rows.push([LABELS.period, `<bdi>${esc(formatPeriod(days[0]!, days[days.length - 1]!))}</bdi>`]);
  rows.push([LABELS.clips, `<bdi>${esc(count('clips', clips.length))}</bdi>${sites.size > 0 ? ` (<bdi>${esc(count('sites', sites.size))}</bdi>)` : ''}`]);
  rows.push([LABELS.entities, entities.length === 0 ? esc(count('entities', 0)) : entityList(entities)]);
  rows.push([LABELS.incidentsCited, incidentList(incidents)]);
  return [
    '<section class="summary" aria-labelledby="summary-title">',
    `<h2 id="summary-title">${esc(LABELS.overview)}</h2>`,
    `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    '</section>',
  ].join('\n');
}

/** Entities by the number of clips mentioning them, then mentions. */
function entityList(entities: readonly ExportedEntity[]): string {
  const sorted = [...entities].sort((a, b) => b.clips - a.clips || b.mentions - a.mentions);
  const items = sorted.map((e) => {
    const latin = e.name_en && e.name_en !== e.name_ar ? ` <bdi lang="en" dir="ltr">${esc(e.name_en)}</bdi>` : '';
    const counts = `${count('mentions', e.mentions)} — ${count('clips', e.clips)}`;
    return `<li><a href="#entity-${esc(e.id)}">${esc(e.name_ar)}</a>${latin} <span class="kind">(${esc(entityKindLabel(e))})</span>: <bdi>${esc(counts)}</bdi></li>`;
  });
  return `<ul class="entity-counts">${items.join('')}</ul>`;
}

function incidentList(incidents: readonly Incident[]): string {
  const head = `<bdi>${esc(count('incidents', incidents.length))}</bdi>`;
  if (incidents.length === 0) return head;
  const items = incidents.slice(0, LISTED_INCIDENTS).map((i) =>
    `<li><a href="#incident-${esc(i.id)}"><time datetime="${esc(i.date)}">${esc(formatDay(i.date, i.date_precision))}</time></a>: ${esc(i.summary_ar)}</li>`);
  const more = incidents.length > LISTED_INCIDENTS ? `<p class="muted">${esc(LABELS.moreInAppendix)}</p>` : '';
  return `${head}<ul class="incidents-cited">${items.join('')}</ul>${more}`;
}

/** The incidents of the entities, each once, newest first. */
export function citedIncidents(entities: readonly ExportedEntity[]): Incident[] {
  const byId = new Map<string, Incident>();
  for (const e of entities) for (const i of e.incidents) byId.set(i.id, i);
  return [...byId.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
