/** Own incidents for the tests: a draft as the popup sends it, against the small dataset of tests/data/shipped.ts. */
import type { OwnIncidentDraft } from '../../lib/own-incidents/validate';

export const KNOWN = { bases: new Set(['ain-al-asad', 'tower-22']), militias: new Set(['group-a', 'umbrella-u']) };

/** Fixed "now" of the tests: after every date used. */
export const NOW = new Date('2026-11-20T09:30:00.000Z');

export function draft(over: Partial<Record<keyof OwnIncidentDraft, unknown>> = {}): OwnIncidentDraft {
  return {
    date: '2026-11-18',
    date_precision: 'day',
    sites: ['ain-al-asad'],
    weapons: ['drone'],
    claimed_by: ['group-a'],
    attributed_to: [],
    casualties: { killed: 0, injured: 0 },
    outcome: 'intercepted',
    summary_en: 'Two drones launched at the base were shot down.',
    summary_ar: 'أُسقطت طائرتان مسيّرتان أُطلقتا نحو القاعدة.',
    sources: [],
    confidence: 'low',
    article_url: 'https://news.example.org/2026/11/18/drones',
    article_title: 'Drones shot down near Ain al-Asad',
    evidence: { text: 'استهدفت المقاومة قاعدة عين الأسد بطائرتين مسيرتين', start: 10, end: 60 },
    corrected: ['date'],
    ...over,
  } as OwnIncidentDraft;
}
