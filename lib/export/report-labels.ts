/**
 * The Arabic wording of the HTML report: headings, field names and the dataset's
 * codes (weapons, outcomes, entity kinds), one entry each, reviewable without
 * reading the report's code.
 */
import type { Incident } from '../dataset/schema';

export const LABELS = {
  title: 'تقرير المقتطفات',
  exportedAt: 'تاريخ التصدير',
  clipCount: 'عدد المقتطفات',
  datasetVersion: 'إصدار البيانات',
  source: 'المصدر',
  author: 'الكاتب',
  published: 'تاريخ النشر',
  captured: 'تاريخ الحفظ',
  tags: 'الوسوم',
  sha256: 'بصمة SHA-256 للنص',
  notes: 'ملاحظات المحلل',
  mentions: 'الإشارات',
  appendix: 'ملحق: الكيانات المذكورة وحوادثها',
  mentionCount: 'عدد الإشارات',
  inClips: 'في مقتطفات عددها',
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
} as const;

export const KIND_LABELS = { base: 'قاعدة', militia: 'فصيل' } as const;

export const WEAPON_LABELS: Record<Incident['weapons'][number], string> = {
  rocket: 'صواريخ',
  drone: 'طائرة مسيّرة',
  'ballistic missile': 'صاروخ باليستي',
  'cruise missile': 'صاروخ كروز',
  mortar: 'قذائف هاون',
  ied: 'عبوة ناسفة',
  'small arms': 'أسلحة خفيفة',
  unknown: 'غير معروف',
};

export const OUTCOME_LABELS: Record<Incident['outcome'], string> = {
  intercepted: 'اعتُرض',
  'no damage': 'دون أضرار',
  damage: 'أضرار',
  casualties: 'إصابات',
  missed: 'أخطأ الهدف',
  unknown: 'غير معروف',
};
