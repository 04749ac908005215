/**
 * Mentions as CSV: one row per mention (a clip without mentions still gets one row,
 * its entity columns empty), for a spreadsheet.
 *
 * - RFC 4180: CRLF between records, every field double-quoted, quotes doubled, so
 *   commas, quotes and line breaks inside a field are data.
 * - UTF-8 with a byte order mark, which Excel needs to read Arabic as UTF-8.
 * - Formula injection (OWASP, "CSV Injection"): a field whose first character —
 *   after any white space or invisible format characters, which spreadsheets skip
 *   — is = + - @ tab or CR, or a full-width ＝ ＋ － ＠, gets a leading apostrophe,
 *   so the spreadsheet shows it as text and never evaluates it. Numbers this file
 *   writes itself (offsets, scores) are never negative, so they are not affected.
 */
import type { Clip } from '../clips/types';
import type { ExportDataset } from './common';
import { entityKinds } from './group-kind';

export const CSV_COLUMNS = [
  'clip_id', 'title', 'url', 'site', 'published', 'captured_at', 'entity_id', 'entity_kind', 'entity_name_ar', 'entity_name_en',
  'exact', 'start', 'end', 'match', 'score', 'prefix', 'suffix', 'tags', 'notes',
  /** 'base', 'armed-group', 'partner-force' or 'state-force' (group-kind.ts), by the dataset. */
  'entity_group_kind',
] as const;

const FORMULA_START = /^[\s\p{Cf}]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u;

/** A field as written: neutralised, then quoted. */
export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
}

export function exportCsv(clips: readonly Clip[], dataset?: ExportDataset): string {
  const kindOf = entityKinds(dataset);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  const fields = (values: readonly (string | number | null)[]) => values.map(csvField).join(',');
  for (const c of clips) {
    // A clip's own fields repeat on each of its rows: written once.
    const clip = fields([c.id, c.title, c.url, c.site, c.published, c.captured_at]);
    const tail = fields([c.tags.join('; '), c.notes]);
    if (c.mentions.length === 0) rows.push(`${clip},${fields([null, null, null, null, null, null, null, null, null, null, null])},${tail},${csvField(null)}`);
    for (const m of c.mentions) {
      const [quote] = m.selectors;
      rows.push(`${clip},${fields([m.entity.id, m.entity.kind, m.entity.name_ar, m.entity.name_en, m.exact, m.start, m.end, m.match, m.score, quote.prefix, quote.suffix])},${tail},${csvField(kindOf(m.entity))}`);
    }
  }
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}
