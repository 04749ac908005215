/**
 * The Arabic wording of the HTML report: headings, field names and the dataset's
 * codes (weapons, outcomes, entity kinds), one entry each, reviewable without
 * reading the report's code.
 */
import { OUTCOME_NAMES, WEAPON_NAMES } from '../dataset/labels';
import type { Incident, Weapon } from '../dataset/schema';
import type { ExportedEntity } from './common';
import { groupKind, type GroupKind } from './group-kind';

export const LABELS = {
  title: 'تقرير المقتطفات',
  exportedAt: 'تاريخ التصدير',
  overview: 'الملخص',
  period: 'الفترة',
  clips: 'المقتطفات',
  entities: 'الكيانات المذكورة',
  incidentsCited: 'الحوادث المذكورة في الملحق',
  moreInAppendix: 'والبقية في الملحق.',
  datasetVersion: 'إصدار البيانات',
  source: 'المصدر',
  canonical: 'الرابط المعتمد',
  author: 'الكاتب',
  published: 'تاريخ النشر',
  captured: 'تاريخ الحفظ',
  tags: 'الوسوم',
  sha256: 'بصمة SHA-256 للنص',
  notes: 'ملاحظات المحلل',
  mentions: 'الإشارات',
  appendix: 'ملحق: الكيانات المذكورة وحوادثها',
  coordinates: 'الإحداثيات',
  noIncidents: 'لا حوادث مسجلة في البيانات.',
  notInDataset: 'غير موجود في البيانات الحالية.',
  date: 'التاريخ',
  weapons: 'السلاح',
  claimedBy: 'تبنّته',
  attributedTo: 'نُسب إلى',
  casualties: 'الضحايا',
  outcome: 'النتيجة',
  summary: 'الملخص',
  sources: 'المصادر',
  killed: 'قتلى',
  injured: 'جرحى',
  unknown: 'غير معروف',
  noCasualties: 'لا قتلى ولا جرحى',
  seeAbove: 'مذكورة أعلاه',
} as const;

export const KIND_LABELS = { base: 'قاعدة', militia: 'فصيل' } as const;

/** The kinds of armed group (group-kind.ts). */
export const GROUP_KIND_LABELS: Readonly<Record<GroupKind, string>> = { 'armed-group': 'فصيل مسلّح', 'partner-force': 'قوة شريكة', 'state-force': 'قوة حكومية' };

/** What an entity is, in a word: a base, or the kind of armed group. */
export const entityKindLabel = (e: Pick<ExportedEntity, 'kind' | 'militia'>): string => (e.kind === 'base' ? KIND_LABELS.base : GROUP_KIND_LABELS[groupKind(e.militia)]);

/** The dataset's entity types (data/SCHEMA.md), in Arabic; a type not listed is shown as written. */
export const TYPE_LABELS: Readonly<Record<string, string>> = {
  'air base': 'قاعدة جوية', 'base': 'قاعدة', 'garrison': 'حامية', 'oil-field base': 'قاعدة في حقل نفطي', 'gas-field base': 'قاعدة في حقل غاز',
  'airport': 'مطار', 'embassy': 'سفارة', 'consulate': 'قنصلية', 'diplomatic facility': 'منشأة دبلوماسية', 'logistics hub': 'مركز إمداد',
  'outpost': 'موقع متقدّم', 'naval base': 'قاعدة بحرية', 'camp': 'معسكر', 'district': 'منطقة',
  'militia': 'فصيل مسلّح', 'umbrella': 'مظلّة فصائل', 'front group': 'واجهة', 'state force': 'قوة حكومية', 'foreign state force': 'قوة دولة أجنبية',
  'party with armed wing': 'حزب له جناح مسلّح', 'partner force': 'قوة شريكة', 'jihadist group': 'جماعة جهادية',
};

/** The dataset's codes, in the report's Arabic (lib/dataset/labels.ts). */
export const WEAPON_LABELS = Object.fromEntries(Object.entries(WEAPON_NAMES).map(([w, l]) => [w, l.ar])) as Record<Weapon, string>;
export const OUTCOME_LABELS = Object.fromEntries(Object.entries(OUTCOME_NAMES).map(([o, l]) => [o, l.ar])) as Record<Incident['outcome'], string>;
