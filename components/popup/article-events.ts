/**
 * What the popup's «This article reports» panel does with the events of the page
 * (adapters/page/page-events.ts), pure: each event against the dataset's incidents
 * at its sites (lib/events/match.ts: known, contradicting with both values, new),
 * the form an analyst corrects, the fields they changed, and the own incident that
 * is kept (lib/own-incidents). No browser API here: the panel asks and sends.
 */
import type { PageEvent } from '@/adapters/page/messages';
import type { Incident, Weapon } from '@/lib/dataset/schema';
import { WEAPONS } from '@/lib/dataset/schema';
import type { IncidentSummary } from '@/lib/dataset/summary';
import { compareWithDataset, type Contradiction } from '@/lib/events';
import type { OwnIncident } from '@/lib/own-incidents/types';
import type { CORRECTABLE_FIELDS, OwnIncidentDraft } from '@/lib/own-incidents/validate';

export type EventStatus =
  | { readonly kind: 'known'; readonly incident: IncidentSummary }
  | { readonly kind: 'contradicting'; readonly incident: IncidentSummary; readonly contradictions: readonly Contradiction[] }
  /** Not in the dataset, but already kept by the analyst: keeping it again replaces that record. */
  | { readonly kind: 'mine'; readonly own: OwnIncident }
  | { readonly kind: 'new' };

/** An incident of the lookup as the matcher reads it (the fields it compares). */
export function incidentOfSummary(s: IncidentSummary): Incident {
  return {
    id: s.id,
    date: s.date,
    date_precision: s.date_precision,
    sites: s.sites.map((x) => x.id),
    weapons: s.weapons.filter((w): w is Weapon => (WEAPONS as readonly string[]).includes(w)),
    claimed_by: s.claimed_by.map((x) => x.id),
    attributed_to: s.attributed_to.map((x) => ({ group: x.id, by: x.by, source: s.sources[0] ?? '' })),
    casualties: s.killed === null && s.injured === null ? null : { killed: s.killed, injured: s.injured },
    outcome: s.outcome,
    summary_en: s.summary_en,
    summary_ar: s.summary_ar,
    sources: [...s.sources],
    confidence: s.confidence,
  };
}

/**
 * The event against the incidents at its sites: known, contradicting (what differs),
 * else already in the analyst's own record (`own`: same site, a day apart, a
 * compatible weapon, as match.ts), else new.
 */
export function statusOf(event: PageEvent, incidents: readonly IncidentSummary[], own: readonly OwnIncident[] = []): EventStatus {
  const byId = new Map(incidents.map((s) => [s.id, s]));
  const match = compareWithDataset(event, incidents.map(incidentOfSummary));
  const incident = match && byId.get(match.incident.id);
  if (!match || !incident) {
    const mine = compareWithDataset(event, own)?.incident;
    const record = mine && own.find((o) => o.id === mine.id);
    return record ? { kind: 'mine', own: record } : { kind: 'new' };
  }
  return match.contradictions.length > 0 ? { kind: 'contradicting', incident, contradictions: match.contradictions } : { kind: 'known', incident };
}

/** What the editor edits: an incident's fields, counts as text (blank: not known). */
export interface EventForm {
  readonly sites: readonly string[];
  readonly date: string;
  readonly date_precision: Incident['date_precision'];
  readonly weapons: readonly Weapon[];
  readonly claimed_by: readonly string[];
  readonly attributed_to: readonly string[];
  /** Who blames `attributed_to` (the dataset's `attributed_to[].by`). */
  readonly attributed_by: string;
  readonly killed: string;
  readonly injured: string;
  readonly outcome: Incident['outcome'];
  readonly summary_en: string;
  readonly summary_ar: string;
  readonly confidence: Incident['confidence'];
}

export type FormField = keyof EventForm;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The form as extracted: the event's fields, today's date where it has none, summaries written from its fields. */
export function formOf(event: PageEvent, summaries: { readonly en: string; readonly ar: string }, fallbackDate: string, blamer: string): EventForm {
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    sites: [...event.sites],
    date: event.date ?? fallbackDate,
    date_precision: event.date_precision ?? 'day',
    weapons: event.weapons.length > 0 ? [...event.weapons] : ['unknown'],
    claimed_by: [...event.claimed_by],
    attributed_to: [...event.attributed_to],
    attributed_by: blamer,
    killed: count(event.casualties?.killed),
    injured: count(event.casualties?.injured),
    outcome: event.outcome,
    summary_en: summaries.en,
    summary_ar: summaries.ar,
    confidence: 'low',
  };
}

/** The form of a record the analyst already kept (to correct it again). */
export function formOfOwn(own: OwnIncident): EventForm {
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    sites: [...own.sites],
    date: own.date,
    date_precision: own.date_precision,
    weapons: [...own.weapons],
    claimed_by: [...own.claimed_by],
    attributed_to: own.attributed_to.map((a) => a.group),
    attributed_by: own.attributed_to[0]?.by ?? '',
    killed: count(own.casualties?.killed),
    injured: count(own.casualties?.injured),
    outcome: own.outcome,
    summary_en: own.summary_en,
    summary_ar: own.summary_ar,
    confidence: own.confidence,
  };
}

/** A field's problem, in words the panel can name (string keys of the catalog). */
export interface FormProblem {
  readonly field: FormField;
  readonly key: 'needSite' | 'needDate' | 'needWeapon' | 'badCount' | 'needBlamer' | 'needSummary' | 'futureDate';
}

const COUNT = /^\d{1,6}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What must be fixed before the form can be kept (the store checks the dataset's rules again). */
export function problemsOf(f: EventForm, today: string): FormProblem[] {
  const out: FormProblem[] = [];
  if (f.sites.length === 0) out.push({ field: 'sites', key: 'needSite' });
  if (!DAY.test(f.date) || Number.isNaN(Date.parse(`${f.date}T00:00:00Z`))) out.push({ field: 'date', key: 'needDate' });
  else if (f.date > today) out.push({ field: 'date', key: 'futureDate' });
  if (f.weapons.length === 0) out.push({ field: 'weapons', key: 'needWeapon' });
  for (const k of ['killed', 'injured'] as const) if (f[k].trim() !== '' && !COUNT.test(f[k].trim())) out.push({ field: k, key: 'badCount' });
  if (f.attributed_to.length > 0 && f.attributed_by.trim() === '') out.push({ field: 'attributed_by', key: 'needBlamer' });
  for (const k of ['summary_en', 'summary_ar'] as const) if (f[k].trim() === '') out.push({ field: k, key: 'needSummary' });
  return out;
}

const countOf = (s: string): number | null => (s.trim() === '' ? null : Number(s.trim()));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The dataset's casualties of a form: null when neither count is known. */
function casualtiesOf(f: EventForm): Incident['casualties'] {
  const killed = countOf(f.killed);
  const injured = countOf(f.injured);
  return killed === null && injured === null ? null : { killed, injured };
}

/**
 * The incident fields the analyst changed from what was extracted (CORRECTABLE_FIELDS
 * names). Summaries and confidence are the analyst's in every case: changed only
 * when they differ from what the form first proposed.
 */
export function correctedFields(extracted: EventForm, f: EventForm): CorrectableField[] {
  const out: CorrectableField[] = [];
  if (!sameSet(extracted.sites, f.sites)) out.push('sites');
  if (extracted.date !== f.date) out.push('date');
  if (extracted.date_precision !== f.date_precision) out.push('date_precision');
  if (!sameSet(extracted.weapons, f.weapons)) out.push('weapons');
  if (!sameSet(extracted.claimed_by, f.claimed_by)) out.push('claimed_by');
  if (!sameSet(extracted.attributed_to, f.attributed_to) || (f.attributed_to.length > 0 && extracted.attributed_by.trim() !== f.attributed_by.trim())) out.push('attributed_to');
  if (JSON.stringify(casualtiesOf(extracted)) !== JSON.stringify(casualtiesOf(f))) out.push('casualties');
  if (extracted.outcome !== f.outcome) out.push('outcome');
  if (extracted.summary_en.trim() !== f.summary_en.trim()) out.push('summary_en');
  if (extracted.summary_ar.trim() !== f.summary_ar.trim()) out.push('summary_ar');
  if (extracted.confidence !== f.confidence) out.push('confidence');
  return out;
}

/** Where the event was read: the article and the passage that reports it. */
export interface ArticleSource {
  readonly url: string;
  readonly title: string;
}

/**
 * The own incident to keep (`own-incidents/save`); the store gives it its id and
 * checks it. `replaces`: the id of the analyst's record of the same event, kept again.
 */
export function draftOf(f: EventForm, extracted: EventForm, event: PageEvent, article: ArticleSource, replaces?: string): OwnIncidentDraft {
  return {
    ...(replaces ? { id: replaces } : {}),
    date: f.date,
    date_precision: f.date_precision,
    sites: [...f.sites],
    weapons: [...f.weapons],
    claimed_by: [...f.claimed_by],
    attributed_to: f.attributed_to.map((group) => ({ group, by: f.attributed_by.trim(), source: article.url })),
    casualties: casualtiesOf(f),
    outcome: f.outcome,
    summary_en: f.summary_en.trim(),
    summary_ar: f.summary_ar.trim(),
    sources: [article.url],
    confidence: f.confidence,
    article_url: article.url,
    ...(article.title.trim() ? { article_title: article.title.trim().slice(0, 2000) } : {}),
    evidence: { text: event.evidence_text, start: event.evidence.start, end: event.evidence.end },
    corrected: correctedFields(extracted, f),
  };
}
