/**
 * The Arabic wording of the HTML report: headings, field names and the dataset's
 * codes (weapons, outcomes, entity kinds), one entry each, reviewable without
 * reading the report's code.
 */
import { OUTCOME_NAMES, WEAPON_NAMES } from '../dataset/labels';
import type { Incident, Weapon } from '../dataset/schema';

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

/** The dataset's codes, in the report's Arabic (lib/dataset/labels.ts). */
export const WEAPON_LABELS = Object.fromEntries(Object.entries(WEAPON_NAMES).map(([w, l]) => [w, l.ar])) as Record<Weapon, string>;
export const OUTCOME_LABELS = Object.fromEntries(Object.entries(OUTCOME_NAMES).map(([o, l]) => [o, l.ar])) as Record<Incident['outcome'], string>;
