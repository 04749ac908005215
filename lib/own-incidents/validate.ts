/**
 * Checking an incident the analyst keeps: the dataset's rules for an incident
 * (lib/dataset/schema.ts IncidentSchema, and the one-record rules of checks.ts:
 * dates, campaign window, casualties against outcome) plus the own record's fields,
 * and every site and group it names must exist in the installed dataset. Pure: the
 * store passes the ids it knows.
 */
import * as v from 'valibot';
import { checkCampaigns, checkCasualties, FIRST_INCIDENT_DAY } from '../dataset/checks';
import { utcToday } from '../dataset/calendar';
import { IncidentSchema, LIMITS, type Incident } from '../dataset/schema';
import { isHttpUrl } from '../dataset/urls';
import { campaignFor } from './campaign';
import { isOwnId, ownIncidentId, type OwnIncident } from './types';

/** The ids an own incident may refer to: the installed dataset's bases and militias. */
export interface KnownEntities {
  readonly bases: ReadonlySet<string>;
  readonly militias: ReadonlySet<string>;
}

/**
 * What a page or the popup sends to be kept: an own incident whose `id`, `own`,
 * `kept_at` and `corrected` may be left out (the store fills them; an `id` given
 * must be an own id, which replaces that record). The article's URL is added to
 * `sources` when missing.
 */
export type OwnIncidentDraft = Omit<OwnIncident, 'id' | 'own' | 'kept_at' | 'corrected' | 'sources'> & {
  readonly id?: string;
  readonly own?: true;
  readonly kept_at?: string;
  readonly corrected?: readonly string[];
  readonly sources?: readonly string[];
};

export type OwnCheck = { readonly ok: true; readonly incident: OwnIncident } | { readonly ok: false; readonly error: string };

/** Fields of an own incident that are not a dataset incident's. */
export const OWN_FIELDS = ['own', 'article_url', 'article_title', 'clip_id', 'evidence', 'kept_at', 'corrected'] as const;

/** The fields `corrected` may name: the incident's own fields an analyst can change. */
export const CORRECTABLE_FIELDS = [
  'date',
  'date_precision',
  'sites',
  'weapons',
  'claimed_by',
  'attributed_to',
  'casualties',
  'outcome',
  'summary_en',
  'summary_ar',
  'campaign',
  'sources',
  'confidence',
] as const;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const CLIP_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const fail = (error: string): OwnCheck => ({ ok: false, error });

/**
 * Validates `input` as an own incident: the dataset's incident schema and rules,
 * the own fields, and references to `known` sites and groups. Fills `id` (from the
 * date, first site and `now`), `own`, `kept_at` (now), `corrected` ([]) and the
 * campaign the date implies (campaign.ts) when absent, and puts the article's URL
 * first among the sources when it is missing.
 */
export function checkOwnIncident(input: unknown, known: KnownEntities, now: Date = new Date()): OwnCheck {
  if (!isObject(input)) return fail('the incident is not an object');
  const { own, article_url, article_title, clip_id, evidence, kept_at, corrected, ...rest } = input;
  if (own !== undefined && own !== true) return fail('own: must be true');
  if (typeof article_url !== 'string' || !isHttpUrl(article_url) || article_url.length > LIMITS.url) return fail("article_url: must be the article's http(s) URL");
  if (article_title !== undefined && (typeof article_title !== 'string' || article_title.length > LIMITS.text))
    return fail(`article_title: must be text of at most ${LIMITS.text} characters`);
  if (clip_id !== undefined && (typeof clip_id !== 'string' || !CLIP_ID.test(clip_id))) return fail('clip_id: not a clip id');
  const ev = checkEvidence(evidence);
  if (typeof ev === 'string') return fail(ev);
  if (kept_at !== undefined && (typeof kept_at !== 'string' || !ISO_INSTANT.test(kept_at) || Number.isNaN(Date.parse(kept_at))))
    return fail('kept_at: must be an ISO 8601 instant (…Z)');
  const fields = corrected ?? [];
  if (!Array.isArray(fields) || fields.length > CORRECTABLE_FIELDS.length || !fields.every((f) => (CORRECTABLE_FIELDS as readonly unknown[]).includes(f))) {
    return fail(`corrected: must list field names among ${CORRECTABLE_FIELDS.join(', ')}`);
  }

  const id = rest.id;
  if (id !== undefined && (typeof id !== 'string' || !isOwnId(id))) return fail('id: an own incident\'s id starts with "own-"; a dataset incident cannot be replaced');
  if (rest.sources !== undefined && !Array.isArray(rest.sources)) return fail('sources: must be a list of http(s) URLs');
  const sources = (rest.sources as unknown[] | undefined) ?? [];
  const record = {
    ...rest,
    id: id ?? ownIncidentId(typeof rest.date === 'string' ? rest.date : null, Array.isArray(rest.sites) ? rest.sites.filter((s): s is string => typeof s === 'string') : [], now),
    sources: sources.includes(article_url) ? sources : [article_url, ...sources],
    ...(rest.campaign === undefined && typeof rest.date === 'string' && campaignFor(rest.date) ? { campaign: campaignFor(rest.date) } : {}),
  };
  const parsed = v.safeParse(IncidentSchema, record);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return fail(`${v.getDotPath(issue) ?? '(incident)'}: ${issue.message}`);
  }
  const rules = incidentRules(parsed.output, known, utcToday(now));
  if (rules.length > 0) return fail(rules[0]);

  const incident: OwnIncident = {
    ...parsed.output,
    own: true,
    article_url,
    ...(article_title !== undefined && article_title.trim() !== '' ? { article_title: article_title as string } : {}),
    ...(clip_id !== undefined ? { clip_id: clip_id as string } : {}),
    ...(ev ? { evidence: ev } : {}),
    kept_at: (kept_at as string | undefined) ?? now.toISOString(),
    corrected: [...new Set(fields as string[])],
  };
  return { ok: true, incident };
}

function checkEvidence(evidence: unknown): OwnIncident['evidence'] | string {
  if (evidence === undefined) return undefined;
  if (!isObject(evidence)) return 'evidence: must be {text, start, end}';
  const { text, start, end, ...extra } = evidence;
  if (Object.keys(extra).length > 0) return `evidence: unknown field ${Object.keys(extra)[0]}`;
  if (typeof text !== 'string' || text.trim() === '' || text.length > LIMITS.text) return `evidence.text: must be the passage, at most ${LIMITS.text} characters`;
  const offset = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!offset(start) || !offset(end) || (end as number) < (start as number)) return 'evidence: start and end must be offsets with start ≤ end';
  return { text, start: start as number, end: end as number };
}

/**
 * The dataset's rules for one incident that the schema alone does not express:
 * known sites (bases) and groups (militias), the date's range and precision, the
 * campaign periods (campaign.ts; the Gaza-war window both ways), and casualties against the outcome and the summary.
 * Messages name the field and say what to do.
 */
export function incidentRules(i: Incident, known: KnownEntities, today: string): string[] {
  const out: string[] = [];
  for (const s of i.sites) if (!known.bases.has(s)) out.push(`sites: "${s}" is not a site of the installed dataset`);
  for (const g of i.claimed_by) if (!known.militias.has(g)) out.push(`claimed_by: "${g}" is not a group of the installed dataset`);
  for (const a of i.attributed_to) if (!known.militias.has(a.group)) out.push(`attributed_to: "${a.group}" is not a group of the installed dataset`);
  if (i.date < FIRST_INCIDENT_DAY) out.push(`date: ${i.date} is before ${FIRST_INCIDENT_DAY}, the first day the dataset covers`);
  if (i.date > today) out.push(`date: ${i.date} is in the future (today is ${today})`);
  if (i.date_precision === 'month' && !i.date.endsWith('-01')) out.push('date: a month-precise date is the first day of the month');
  if (i.date_precision === 'year' && !i.date.endsWith('-01-01')) out.push('date: a year-precise date is 1 January');
  const period = campaignFor(i.date);
  if (i.campaign !== undefined && period !== undefined && i.campaign !== period) {
    out.push(`campaign: labelled ${i.campaign} but dated ${i.date}, in the period of ${period}`);
  }
  const one = { bases: [], militias: [], incidents: [i] };
  for (const p of [...checkCampaigns(one), ...checkCasualties(one)]) out.push(`${p.check}: ${p.message}`);
  return out;
}
