import type { Mention } from '../lib/mentions';
import type { Candidate } from '../lib/candidates';

/**
 * The JSON Lines record for one file: the CLI's contract with other tools. Keep it exactly.
 * `candidates` (names of groups not in the data, lib/candidates.ts) is added only when there are some.
 */
export function jsonlRecord(file: string, mentions: readonly Mention[], candidates: readonly Candidate[] = []): string {
  return JSON.stringify({
    file,
    mentions: mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      match: m.match,
      entity: { id: m.entity.id, kind: m.entity.kind, name_en: m.entity.name_en, name_ar: m.entity.name_ar },
    })),
    ...(candidates.length > 0 && { candidates: candidates.map((c) => ({ start: c.start, end: c.end, text: c.text })) }),
  });
}

const colour = { base: '\x1b[30;43m', militia: '\x1b[30;46m', reset: '\x1b[0m' };

/**
 * The text with each mention marked, then one line per mention, then one per name of a
 * group not in the data (`candidates`). With `ansi`, bases are painted on yellow and
 * militias on cyan; without, marked ⟦like this⟧.
 */
export function humanReport(file: string, text: string, mentions: readonly Mention[], ansi: boolean, candidates: readonly Candidate[] = []): string {
  let marked = '';
  let at = 0;
  for (const m of mentions) {
    const open = ansi ? colour[m.entity.kind] : '⟦';
    const close = ansi ? colour.reset : '⟧';
    marked += text.slice(at, m.start) + open + text.slice(m.start, m.end) + close;
    at = m.end;
  }
  marked += text.slice(at);
  const lines = mentions.map((m) => {
    const fuzzy = m.match === 'fuzzy' ? `  ≈ near-miss, score ${m.score.toFixed(2)}` : '';
    return `  ${String(m.start).padStart(6)}–${String(m.end).padEnd(6)} ${m.entity.kind.padEnd(7)} ${m.entity.id.padEnd(34)} ${m.text}${fuzzy}`;
  });
  for (const c of candidates) lines.push(`  ${String(c.start).padStart(6)}–${String(c.end).padEnd(6)} ${'new?'.padEnd(7)} ${'(not in the data)'.padEnd(34)} ${c.text}`);
  const count = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
  return [`══ ${file} (${count})`, marked.trimEnd(), '', ...lines, ''].join('\n');
}
