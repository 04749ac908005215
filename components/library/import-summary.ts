/**
 * What the library says after an import: the counts, then by title every clip the
 * import replaced and every clip of the file it did not import because the
 * library's is newer (issue 10: an import never replaces a clip silently).
 */
import type { ImportReport } from '@/adapters/clips/store';
import { formatNumber, t, type UiLang } from '@/components/i18n';

/** Titles named in full up to this many; the rest counted. */
const NAMED = 5;

export function importSummary(lang: UiLang, report: Extract<ImportReport, { ok: true }>): string {
  const n = (x: number) => formatNumber(lang, x);
  const parts = [t(lang, 'importDone', { added: n(report.added), updated: n(report.updated), unchanged: n(report.unchanged) })];
  const titles = (clips: readonly { readonly title: string }[]) => {
    const shown = clips.slice(0, NAMED).map((c) => `«${c.title}»`);
    if (clips.length > NAMED) shown.push(`+${n(clips.length - NAMED)}`);
    return shown.join(lang === 'ar' ? '، ' : ', ');
  };
  const { replaced = [], kept = [] } = report;
  if (replaced.length > 0) parts.push(t(lang, 'importReplaced', { titles: titles(replaced) }));
  if (kept.length > 0) parts.push(t(lang, 'importKept', { titles: titles(kept) }));
  return parts.join(' ');
}
