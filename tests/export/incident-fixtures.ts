/** Incidents for the incident exports: the clip tests' small dataset, plus own incidents the analyst kept. */
import type { ExportIncident } from '../../lib/export/incident-common';
import type { OwnIncident } from '../../lib/own-incidents/types';
import { dataset, HOSTILE } from '../clips/fixtures';

export { dataset };
export const exportedAt = new Date('2024-03-01T12:00:00.000Z');

/** Kept from an article, with a corrected weapon, on a base with coordinates; its summary is hostile. */
export const ownDrone: OwnIncident = {
  id: 'own-2024-02-10-victory-lsu8x0', date: '2024-02-10', date_precision: 'day', sites: ['victory'], weapons: ['drone'],
  claimed_by: ['nujaba'], attributed_to: [{ group: 'kataib-hezbollah', by: 'US Department of Defense', source: 'https://example.org/dod/1' }],
  casualties: { killed: null, injured: 3, note: null }, outcome: 'casualties',
  summary_en: `${HOSTILE[3]} A drone hit Victory Base.`, summary_ar: 'استهدفت مسيّرة قاعدة فكتوريا.',
  sources: ['https://news.example.com/2024/02/10/victory'], confidence: 'medium',
  own: true, article_url: 'https://news.example.com/2024/02/10/victory', article_title: 'Drone hits Victory Base', kept_at: '2024-02-11T08:30:00Z', corrected: ['weapons'],
};

/** Known only to the month, at a base without coordinates and a site the dataset lacks. */
export const ownMonth: OwnIncident = {
  id: 'own-2024-01-01-harir-lsu8x1', date: '2024-01-01', date_precision: 'month', sites: ['harir', 'gone-base'], weapons: ['unknown'],
  claimed_by: [], attributed_to: [], casualties: null, outcome: 'unknown',
  summary_en: 'Rockets were reported near Harir in January.', summary_ar: 'صواريخ قرب حرير في كانون الثاني.',
  sources: ['https://news.example.com/2024/01/harir'], confidence: 'low',
  own: true, article_url: 'https://news.example.com/2024/01/harir', kept_at: '2024-02-12T09:00:00.000Z', corrected: [],
};

/** The dataset's incidents and the two own ones. */
export const incidents: ExportIncident[] = [...dataset.incidents, ownDrone, ownMonth];
