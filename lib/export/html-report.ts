/**
 * A standalone HTML report of clips: one right-to-left Arabic page (dir=rtl,
 * lang=ar) that opens with a summary (html-summary.ts), then each clip (its text
 * with the mentions marked first, then the analyst's notes, then where it came
 * from), and ends with an appendix of the entities mentioned with their incidents.
 * Dates are written for people (report-format.ts), with the machine-readable value
 * in `<time datetime>`; every run of Latin text (names, URLs, hashes) is isolated
 * (`<bdi>`) so the bidi algorithm cannot reorder it into the Arabic around it.
 * Printed, clips flow on from one another, a short clip is never split across pages,
 * and the appendix starts on a new page.
 *
 * Safe to open whatever the clips contain:
 * - every piece of text from a page, a clip or the dataset is HTML-escaped
 *   (text-escape.ts), in text and in attribute values alike;
 * - the only links are http(s) URLs, written as the URL parser serialises them;
 * - no script and no event-handler attributes are ever written, and the Content
 *   Security Policy `default-src 'none'; style-src 'unsafe-inline'; img-src data:`
 *   forbids scripts, frames, fetches and remote images even if a browser saw some;
 * - no referrer is sent when a link is followed.
 */
import type { Clip } from '../clips/types';
import { entitiesOf, TOOL_NAME, type ExportOptions } from './common';
import { entityAppendix } from './html-appendix';
import { reportSummary } from './html-summary';
import { count, formatDay, formatMoment } from './report-format';
import { LABELS } from './report-labels';
import { sourceLabel } from '../clips/citation';
import { htmlEscape as esc, htmlLink as link } from './text-escape';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;line-height:1.8;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#1d1d1f;background:#fff}
header{border-bottom:2px solid #333;margin-bottom:1rem}
header p{margin:.3rem 0 .8rem;color:#444}
.summary{background:#f6f6f4;border:1px solid #ddd;border-radius:6px;padding:.5rem 1.5rem;margin-bottom:1.5rem}
.summary dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:.5rem 0}
.summary dt{font-weight:bold}
.summary dd{margin:0}
.summary ul{margin:0;padding-inline-start:1.2rem}
.summary .kind,.muted{color:#555}
article.clip{border:1px solid #ccc;border-radius:6px;padding:1rem 1.5rem;margin:1.5rem 0}
article.clip.short{break-inside:avoid;page-break-inside:avoid}
article.clip h2{margin:0 0 .5rem;font-size:1.25rem;break-after:avoid;page-break-after:avoid}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font-size:.85rem;color:#444;margin:.8rem 0 0;border-top:1px dotted #bbb;padding-top:.5rem}
dl.meta dt{font-weight:bold}
dl.meta dd{margin:0;overflow-wrap:anywhere}
time{unicode-bidi:isolate}
.text,.notes-text{white-space:pre-wrap}
mark.mention{padding:0 .15em;border-radius:3px}
mark.base{background:#ffe08a}
mark.militia{background:#ffb3b3}
mark.mention a{color:inherit;text-decoration:none}
.fuzzy{outline:1px dashed #888}
.notes{background:#f4f7fb;border-inline-start:4px solid #5b7db1;padding:.5rem 1rem;margin-top:1rem}
.notes h3{margin:0;font-size:1rem}
.sha{font-family:monospace;font-size:.8rem;direction:ltr;unicode-bidi:isolate}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:start;overflow-wrap:break-word}
.appendix table{table-layout:fixed}
.appendix th:nth-child(1){width:10%}.appendix th:nth-child(2){width:9%}.appendix th:nth-child(3){width:10%}.appendix th:nth-child(4){width:9%}
.appendix th:nth-child(5){width:9%}.appendix th:nth-child(6){width:7%}.appendix th:nth-child(7){width:29%}.appendix th:nth-child(8){width:17%}
tr.seen td{color:#555;font-size:.85em}
[lang=en]{font-family:"Segoe UI",Arial,sans-serif}
@page{size:A4;margin:14mm 12mm}
@media print{
body{max-width:none;padding:0;font-size:10.5pt;line-height:1.55}
a{color:inherit;text-decoration:none}
.summary{background:none;border:0;border-bottom:1px solid #999;border-radius:0;padding:0 0 .5rem}
article.clip{border:0;border-bottom:1px solid #999;border-radius:0;padding:0 0 .6rem;margin:0 0 .8rem}
article.clip h2{font-size:12pt}
dl.meta{display:flex;flex-wrap:wrap;font-size:8pt;gap:0 .4rem;margin-top:.3rem;padding-top:.1rem;border:0}
dl.meta dt::after{content:":"}
dl.meta dd:not(:last-child)::after{content:" ·"}
.sha{font-size:7pt}
.notes{padding:.2rem .6rem;margin-top:.4rem}
.appendix{break-before:page;page-break-before:always}
article.entity{break-inside:auto}
table{font-size:8pt}
tr{break-inside:avoid;page-break-inside:avoid}
}
`;

export function exportHtmlReport(clips: readonly Clip[], options: ExportOptions): string {
  const entities = entitiesOf(clips, options.dataset);
  const names = new Map<string, string>();
  for (const r of [...(options.dataset?.bases ?? []), ...(options.dataset?.militias ?? [])]) names.set(r.id, r.name_ar);
  const meta = [
    `${esc(LABELS.exportedAt)}: <bdi><time datetime="${esc(options.exportedAt.toISOString())}">${esc(formatMoment(options.exportedAt))}</time></bdi>`,
    `<bdi>${esc(count('clips', clips.length))}</bdi>`,
    ...(options.dataset?.version ? [`${esc(LABELS.datasetVersion)}: <bdi dir="ltr">${esc(options.dataset.version)}</bdi>`] : []),
  ];
  return [
    '<!DOCTYPE html>',
    '<html dir="rtl" lang="ar">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(LABELS.title)} — ${esc(TOOL_NAME)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${esc(LABELS.title)}</h1><p>${meta.join(' · ')}</p></header>`,
    reportSummary(clips, [...entities.values()]),
    '<main>',
    ...clips.map(clipSection),
    '</main>',
    entityAppendix([...entities.values()], (id) => names.get(id) ?? id),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A clip shorter than this is kept on one printed page. */
const SHORT_CLIP = 1500;

/** A clip: its title, its text, the analyst's notes, then where it came from. */
function clipSection(clip: Clip): string {
  // Cited where the text was read; the page's canonical URL (same site only, lib/clips/same-site.ts) beside it.
  const rows: [string, string][] = [[LABELS.source, `<bdi>${link(clip.url, sourceLabel(clip))}</bdi>`]];
  if (clip.canonical_url && clip.canonical_url !== clip.url) rows.push([LABELS.canonical, `<bdi>${link(clip.canonical_url, clip.canonical_url)}</bdi>`]);
  if (clip.author) rows.push([LABELS.author, `<bdi>${esc(clip.author)}</bdi>`]);
  if (clip.published) rows.push([LABELS.published, dateOf(clip.published)]);
  rows.push([LABELS.captured, `<time datetime="${esc(clip.captured_at)}">${esc(formatMoment(new Date(clip.captured_at)))}</time>`]);
  if (clip.tags.length > 0) rows.push([LABELS.tags, clip.tags.map((t) => `<bdi>${esc(t)}</bdi>`).join('، ')]);
  rows.push([LABELS.sha256, `<span class="sha">${esc(clip.text_sha256)}</span>`]);
  const lang = clip.lang ? ` lang="${esc(clip.lang)}"` : '';
  const short = clip.text.length + clip.notes.length < SHORT_CLIP ? ' short' : '';
  return [
    `<article class="clip${short}" id="clip-${esc(clip.id)}">`,
    `<h2 dir="auto"${lang}>${esc(clip.title)}</h2>`,
    `<div class="text" dir="auto"${lang}>${highlighted(clip)}</div>`,
    clip.notes.trim() !== '' ? `<section class="notes"><h3>${esc(LABELS.notes)}</h3><div class="notes-text" dir="auto">${esc(clip.notes)}</div></section>` : '',
    `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    '</article>',
  ].join('\n');
}

/** A publication or capture time: the day for people, the value as written for machines. */
const dateOf = (value: string) => `<time datetime="${esc(value)}">${esc(formatDay(value))}</time>`;

/** The text escaped, each mention a <mark> (a mention overlapping an earlier one is left plain). */
function highlighted(clip: Clip): string {
  let out = '';
  let at = 0;
  for (const m of clip.mentions) {
    if (m.start < at) continue;
    const cls = `mention ${m.entity.kind}${m.match === 'fuzzy' ? ' fuzzy' : ''}`;
    const title = `${m.entity.name_ar} — ${m.entity.name_en}`;
    out += esc(clip.text.slice(at, m.start));
    out += `<mark class="${esc(cls)}" data-entity="${esc(m.entity.id)}" title="${esc(title)}"><a href="#entity-${esc(m.entity.id)}">${esc(m.exact)}</a></mark>`;
    at = m.end;
  }
  return out + esc(clip.text.slice(at));
}
