/**
 * Counted phrases of the clip library, one form per plural category (see
 * plurals.ts): «تصدير 10 مقتطفات», «تصدير مقتطفين», «Export 1 clip».
 */
import type { PluralForms } from './plurals';

export const libraryCounts = {
  /** The export's heading: how many clips an export writes. */
  exportClips: {
    ar: { zero: 'لا مقتطفات للتصدير', one: 'تصدير مقتطف واحد', two: 'تصدير مقتطفين', few: 'تصدير {n} مقتطفات', many: 'تصدير {n} مقتطفاً', other: 'تصدير {n} مقتطف' },
    en: { zero: 'Nothing to export', one: 'Export 1 clip', other: 'Export {n} clips' },
  },
  /** How many deletions can still be undone. */
  deletions: {
    ar: { one: 'حذف واحد', two: 'حذفان', few: '{n} عمليات حذف', many: '{n} عملية حذف', other: '{n} عملية حذف' },
    en: { one: '1 deletion', other: '{n} deletions' },
  },
} as const satisfies Record<string, { ar: PluralForms; en: PluralForms }>;
