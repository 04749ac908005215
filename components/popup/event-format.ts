/** How an event's fields read in the popup, in the UI language. Pure. */
import type { EntityNames, PageEvent } from '@/adapters/page/messages';
import { t, type StringKey, type UiLang } from '@/components/i18n';
import { casualtiesPhrase } from '@/components/i18n/plural';
import { formatDate, labelOf } from '@/components/popover/format';
import type { EntitySummary } from '@/lib/dataset/summary';
import type { Contradiction } from '@/lib/events';

/** Where names come from: the page's mentions first, then the installed dataset. */
export interface NameSources {
  readonly names: EntityNames;
  readonly entities: Readonly<Record<string, Pick<EntitySummary, 'name_ar' | 'name_en'>>>;
}

export function entityName(lang: UiLang, id: string, from: NameSources): string {
  const n = from.names[id] ?? from.entities[id];
  return n ? (lang === 'ar' ? n.name_ar : n.name_en) : id;
}

/** A list in the language's way («أ، ب و ج» / "a, b and c"). */
export function listOf(lang: UiLang, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(lang === 'ar' ? '، ' : ', ');
  }
}

export const namesOf = (lang: UiLang, ids: readonly string[], from: NameSources): string | null => (ids.length > 0 ? listOf(lang, ids.map((id) => entityName(lang, id, from))) : null);

/** «هجوم على قاعدة حرير الجوية» / "Attack on Harir Air Base". */
export function eventTitle(lang: UiLang, e: PageEvent, from: NameSources): string {
  const targets = namesOf(lang, e.kind === 'attack' ? e.sites : e.target_groups, from) ?? t(lang, 'eventNoTarget');
  return t(lang, 'eventOn', { kind: t(lang, e.kind === 'attack' ? 'eventAttack' : 'eventStrike'), targets });
}

/** The date at its precision, and the precision in words; null when the article gives none. */
export function eventDate(lang: UiLang, date: string | null, precision: PageEvent['date_precision']): string | null {
  if (!date) return null;
  const p = precision ?? 'day';
  return `${formatDate(lang, date, p)} (${t(lang, `eventPrecision_${p}`)})`;
}

export const weaponsText = (lang: UiLang, weapons: readonly string[]): string | null => (weapons.length > 0 ? listOf(lang, weapons.map((w) => labelOf(lang, 'weapon', w))) : null);

export const casualtiesText = (lang: UiLang, c: PageEvent['casualties']): string | null => (c ? casualtiesPhrase(lang, c.killed, c.injured) : null);

/** A contradicting value (match.ts: a date, casualties or claimant ids) in words. */
export function contradictionValue(lang: UiLang, c: Contradiction, side: 'article' | 'dataset', from: NameSources): string {
  const v = c[side];
  if (c.field === 'date') return typeof v === 'string' ? formatDate(lang, v, 'day') : t(lang, 'eventNoDate');
  if (c.field === 'casualties') {
    const k = v as { killed: number | null; injured: number | null } | null;
    return (k && casualtiesPhrase(lang, k.killed, k.injured)) ?? t(lang, 'eventNoDate');
  }
  return namesOf(lang, Array.isArray(v) ? (v as string[]) : [], from) ?? t(lang, 'eventNoDate');
}

export const contradictionLabel = (lang: UiLang, c: Contradiction): string =>
  t(lang, c.field === 'date' ? 'eventDate' : c.field === 'casualties' ? 'eventCasualties' : 'eventClaimedBy');

/** The summaries an own incident starts with, written from the event's fields, for the analyst to edit. */
export function draftSummaries(e: PageEvent, from: NameSources, source: string): { en: string; ar: string } {
  const of = (lang: UiLang) => {
    const base = t(lang, 'eventSummaryTemplate', {
      kind: t(lang, e.kind === 'attack' ? 'eventAttack' : 'eventStrike'),
      sites: namesOf(lang, e.kind === 'attack' ? e.sites : e.target_groups, from) ?? t(lang, 'eventNoTarget'),
      weapons: weaponsText(lang, e.weapons) ?? labelOf(lang, 'weapon', 'unknown'),
      source,
    });
    const claimed = namesOf(lang, e.claimed_by, from);
    return claimed ? base + t(lang, 'eventSummaryClaimed', { groups: claimed }) : base;
  };
  return { en: of('en'), ar: of('ar') };
}

const FIELD_LABELS: Readonly<Record<string, StringKey>> = {
  sites: 'editSites', date: 'editDate', date_precision: 'editPrecision', weapons: 'editWeapons', claimed_by: 'editClaimedBy', attributed_to: 'editBlamedOn',
  casualties: 'eventCasualties', outcome: 'editOutcome', summary_en: 'editSummaryEn', summary_ar: 'editSummaryAr', confidence: 'editConfidence',
};

/** A corrected field's name in the UI language (its name in the dataset's schema where it has no label). */
export const fieldLabel = (lang: UiLang, field: string): string => (FIELD_LABELS[field] ? t(lang, FIELD_LABELS[field]) : field);
