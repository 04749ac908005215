/**
 * A standalone HTML report of clips: one right-to-left Arabic page (dir=rtl,
 * lang=ar) with each clip's metadata, its text with the mentions marked, the
 * analyst's notes, and an appendix of the entities mentioned with their incidents.
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
import { LABELS } from './report-labels';
import { htmlEscape as esc, htmlLink as link } from './text-escape';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;line-height:1.8;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#1d1d1f;background:#fff}
header{border-bottom:2px solid #333;margin-bottom:1.5rem}
article.clip{border:1px solid #ccc;border-radius:6px;padding:1rem 1.5rem;margin:1.5rem 0;page-break-inside:avoid}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;font-size:.9rem;color:#444}
dl.meta dt{font-weight:bold}
.text,.notes-text{white-space:pre-wrap}
mark.mention{padding:0 .15em;border-radius:3px}
mark.base{background:#ffe08a}
mark.militia{background:#ffb3b3}
.fuzzy{outline:1px dashed #888}
.notes{background:#f4f7fb;border-right:4px solid #5b7db1;padding:.5rem 1rem;margin-top:1rem}
.sha{font-family:monospace;font-size:.8rem;direction:ltr;unicode-bidi:isolate}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:start}
[lang=en]{font-family:"Segoe UI",Arial,sans-serif}
@media print{a{color:inherit}}
`;

export function exportHtmlReport(clips: readonly Clip[], options: ExportOptions): string {
  const entities = entitiesOf(clips, options.dataset);
  const names = new Map<string, string>();
  for (const r of [...(options.dataset?.bases ?? []), ...(options.dataset?.militias ?? [])]) names.set(r.id, r.name_ar);
  const meta = [
    `${esc(LABELS.exportedAt)}: <time>${esc(options.exportedAt.toISOString())}</time>`,
    `${esc(LABELS.clipCount)}: ${clips.length}`,
    ...(options.dataset?.version ? [`${esc(LABELS.datasetVersion)}: <bdi>${esc(options.dataset.version)}</bdi>`] : []),
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
    '<main>',
    ...clips.map(clipSection),
    '</main>',
    entityAppendix([...entities.values()], (id) => names.get(id) ?? id),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function clipSection(clip: Clip): string {
  const rows: [string, string][] = [[LABELS.source, link(clip.canonical_url ?? clip.url, clip.site ?? clip.url)]];
  if (clip.author) rows.push([LABELS.author, `<bdi>${esc(clip.author)}</bdi>`]);
  if (clip.published) rows.push([LABELS.published, `<time>${esc(clip.published)}</time>`]);
  rows.push([LABELS.captured, `<time>${esc(clip.captured_at)}</time>`]);
  if (clip.tags.length > 0) rows.push([LABELS.tags, clip.tags.map((t) => `<bdi>${esc(t)}</bdi>`).join('، ')]);
  rows.push([LABELS.sha256, `<span class="sha">${esc(clip.text_sha256)}</span>`]);
  const lang = clip.lang ? ` lang="${esc(clip.lang)}"` : '';
  return [
    `<article class="clip" id="clip-${esc(clip.id)}">`,
    `<h2 dir="auto"${lang}>${esc(clip.title)}</h2>`,
    `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<div class="text" dir="auto"${lang}>${highlighted(clip)}</div>`,
    clip.notes.trim() !== '' ? `<section class="notes"><h3>${esc(LABELS.notes)}</h3><div class="notes-text" dir="auto">${esc(clip.notes)}</div></section>` : '',
    '</article>',
  ].join('\n');
}

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
