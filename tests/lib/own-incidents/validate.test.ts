import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { IncidentSchema } from '../../../lib/dataset/schema';
import { campaignFor, incidentFileFor } from '../../../lib/own-incidents/campaign';
import { isOwnId, isOwnIncident, ownIncidentId } from '../../../lib/own-incidents/types';
import { checkOwnIncident } from '../../../lib/own-incidents/validate';
import { mergeListed, ownIncidentSummary } from '../../../lib/own-incidents/listing';
import { draft, KNOWN, NOW } from '../../fixtures/own-incidents';

describe('own incident ids', () => {
  it('start with own-, are kebab-case ASCII under the dataset limit, and differ by time', () => {
    const id = ownIncidentId('2026-11-18', ['ain-al-asad'], NOW);
    expect(id).toMatch(/^own-2026-11-18-ain-al-asad-[a-z0-9]+$/);
    expect(v.safeParse(IncidentSchema.entries.id, id).success).toBe(true);
    expect(ownIncidentId('2026-11-18', ['ain-al-asad'], NOW.getTime() + 1)).not.toBe(id);
    const long = ownIncidentId('2026-11-18', ['x'.repeat(300)], NOW);
    expect(long.length).toBeLessThanOrEqual(128);
    expect(ownIncidentId(null, [], 0)).toBe('own-undated-site-0');
    expect(ownIncidentId('not a date', ['Ain Al Asad!'], 35)).toBe('own-undated-ain-al-asad-z');
  });

  it('never look like a dataset id (those start with their date)', () => {
    expect(isOwnId('2024-01-28-tower-22-drone')).toBe(false);
    expect(isOwnId(ownIncidentId('2024-01-28', ['tower-22'], NOW))).toBe(true);
  });
});

describe('checkOwnIncident', () => {
  it('accepts a draft, filling id, own, kept_at, the article as first source and the campaign its date implies', () => {
    const r = checkOwnIncident(draft(), KNOWN, NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.incident).toMatchObject({
      own: true,
      kept_at: NOW.toISOString(),
      corrected: ['date'],
      campaign: '2026-iran-war',
      sources: ['https://news.example.org/2026/11/18/drones'],
    });
    expect(isOwnIncident(r.incident)).toBe(true);
    expect(r.incident.id.startsWith('own-2026-11-18-ain-al-asad-')).toBe(true);
    // The dataset part passes the dataset's own schema.
    const { own: _o, article_url: _a, article_title: _t, evidence: _e, kept_at: _k, corrected: _c, ...dataset } = r.incident;
    expect(v.safeParse(IncidentSchema, dataset).success).toBe(true);
  });

  it('keeps other sources after the article and an own id given (an edit)', () => {
    const r = checkOwnIncident(draft({ id: 'own-2026-11-18-ain-al-asad-abc', sources: ['https://other.example.com/a', 'https://news.example.org/2026/11/18/drones'] }), KNOWN, NOW);
    expect(r.ok && r.incident.id).toBe('own-2026-11-18-ain-al-asad-abc');
    expect(r.ok && r.incident.sources).toEqual(['https://other.example.com/a', 'https://news.example.org/2026/11/18/drones']);
  });

  it.each([
    [{ sites: ['camp-nowhere'] }, 'sites: "camp-nowhere" is not a site of the installed dataset'],
    [{ sites: ['group-a'] }, 'sites: "group-a" is not a site'],
    [{ claimed_by: ['ain-al-asad'] }, 'claimed_by: "ain-al-asad" is not a group'],
    [{ attributed_to: [{ group: 'nobody', by: 'US officials', source: 'https://example.org/x' }] }, 'attributed_to: "nobody" is not a group'],
    [{ sites: [] }, 'needs at least one site'],
    [{ weapons: ['slingshot'] }, 'weapons.0'],
    [{ summary_en: '  ' }, 'summary_en: must not be blank'],
    [{ summary_ar: undefined }, 'summary_ar'],
    [{ date: '2026-02-30' }, 'must be a calendar date'],
    [{ date: '2026-12-01' }, 'is in the future'],
    [{ date: '2018-05-01', campaign: undefined }, 'is before 2019-01-01'],
    [{ date: '2026-11-05', date_precision: 'month' }, 'first day of the month'],
    [{ date: '2023-11-01', campaign: '2025' }, 'labelled 2025'],
    [{ date: '2026-11-01', campaign: '2025' }, 'campaign: labelled 2025 but dated 2026-11-01, in the period of 2026-iran-war'],
    [{ outcome: 'casualties', casualties: { killed: 0, injured: 0 } }, 'outcome "casualties"'],
    [{ article_url: 'javascript:alert(1)' }, "article_url: must be the article's http(s) URL"],
    [{ article_url: undefined }, 'article_url'],
    [{ id: '2026-11-18-ain-al-asad-drone' }, 'a dataset incident cannot be replaced'],
    [{ own: false }, 'own: must be true'],
    [{ evidence: { text: 'x', start: 5, end: 2 } }, 'start ≤ end'],
    [{ evidence: { text: 'x', start: 0, end: 1, html: '<b>' } }, 'unknown field html'],
    [{ corrected: ['article_url'] }, 'corrected: must list field names'],
    [{ kept_at: 'yesterday' }, 'kept_at'],
    [{ clip_id: '../x' }, 'clip_id'],
    [{ confidence: 'certain' }, 'confidence'],
    [{ extra: 1 }, 'extra'],
    [{ sources: 'https://example.org/a' }, 'sources: must be a list'],
    [{ sources: ['ftp://example.org/a'] }, 'sources.1: must be a well-formed http(s) URL'],
  ])('refuses %j with a clear error', (over, message) => {
    const r = checkOwnIncident(draft(over as never), KNOWN, NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(message);
  });

  it('refuses what is not an object', () => {
    expect(checkOwnIncident(null, KNOWN, NOW)).toEqual({ ok: false, error: 'the incident is not an object' });
    expect(checkOwnIncident([draft()], KNOWN, NOW).ok).toBe(false);
  });
});

describe('campaigns and files', () => {
  it('follow the dated periods and leave the mixed years to the analyst', () => {
    expect(campaignFor('2023-10-17')).toBe('2023-2024-gaza-war-campaign');
    expect(campaignFor('2024-02-04')).toBe('2023-2024-gaza-war-campaign');
    expect(campaignFor('2024-02-05')).toBe('2024-resumption');
    expect(campaignFor('2025-03-01')).toBe('2025');
    expect(campaignFor('2026-03-01')).toBe('2026-iran-war');
    expect(campaignFor('2022-06-01')).toBeUndefined();
    expect(campaignFor('2026-01-15')).toBeUndefined();
    expect(campaignFor('2027-01-01')).toBeUndefined();
    expect(incidentFileFor({ date: '2022-06-01' })).toBe('incidents/2022.json');
    expect(incidentFileFor({ date: '2025-06-01', campaign: '2025' })).toBe('incidents/2025.json');
  });
});

describe('listing', () => {
  it("marks own incidents, resolves names and sorts them by date with the dataset's", () => {
    const r = checkOwnIncident(draft(), KNOWN, NOW);
    if (!r.ok) throw new Error(r.error);
    const names = new Map([['ain-al-asad', { id: 'ain-al-asad', name_en: 'Ain al-Asad Air Base', name_ar: 'قاعدة عين الأسد' }]]);
    const own = ownIncidentSummary(r.incident, names);
    expect(own).toMatchObject({
      own: true,
      article_url: r.incident.article_url,
      sites: [{ name_en: 'Ain al-Asad Air Base' }],
      claimed_by: [{ id: 'group-a', name_en: 'group-a' }],
      killed: 0,
      injured: 0,
    });
    const older = { ...own, id: '2024-01-28-tower-22-drone', date: '2024-01-28', own: undefined };
    const newer = { ...own, id: '2026-11-19-tower-22-drone', date: '2026-11-19', own: undefined };
    expect(mergeListed([older, newer], [own]).map((i) => i.id)).toEqual([newer.id, own.id, older.id]);
    expect(mergeListed([], [])).toEqual([]);
  });
});
