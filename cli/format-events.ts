import type { ArticleEvent } from '../lib/events';
import type { Mention } from '../lib/mentions';
import { jsonlRecord } from './format';

/** An event with the contract's fields only, in the contract's order (README, issue 13). Keep it exactly. */
export function eventRecord(e: ArticleEvent): ArticleEvent {
  return {
    kind: e.kind,
    sites: e.sites,
    target_groups: e.target_groups,
    date: e.date,
    date_precision: e.date_precision,
    weapons: e.weapons,
    claimed_by: e.claimed_by,
    attributed_to: e.attributed_to,
    casualties: e.casualties && { killed: e.casualties.killed, injured: e.casualties.injured },
    outcome: e.outcome,
    role: e.role,
    evidence: { start: e.evidence.start, end: e.evidence.end },
    known_incident: e.known_incident,
  };
}

/** A JSON Lines record of format.ts with an "events" list added at its end. */
export function withEvents(record: string, events: readonly ArticleEvent[]): string {
  return JSON.stringify({ ...(JSON.parse(record) as object), events: events.map(eventRecord) });
}

/** The events of a file, one line each, for people. */
export function humanEvents(events: readonly ArticleEvent[]): string {
  if (events.length === 0) return '  This article reports no attack.\n';
  const lines = events.map((e) => {
    const what = e.kind === 'attack' ? `attack on ${e.sites.join(', ')}` : `US strike on ${e.target_groups.join(', ')}`;
    const who = e.claimed_by.length ? `  claimed by ${e.claimed_by.join(', ')}` : '';
    const blamed = e.attributed_to.length ? `  blamed on ${e.attributed_to.join(', ')}` : '';
    const known = e.known_incident ? `  known: ${e.known_incident}` : '  new';
    return `  ${e.role === 'main' ? '▶' : '·'} ${e.date ?? 'date?'} ${what} (${e.weapons.join(', ')}; ${e.outcome})${who}${blamed}${known}`;
  });
  return ['  This article reports:', ...lines, ''].join('\n');
}

/** The record for one document of --input-jsonl: `{"id", "mentions", "events"}`. */
export function documentRecord(id: unknown, mentions: readonly Mention[], events: readonly ArticleEvent[]): string {
  const { mentions: records } = JSON.parse(jsonlRecord('', mentions)) as { mentions: unknown[] };
  return JSON.stringify({ id, mentions: records, events: events.map(eventRecord) });
}
