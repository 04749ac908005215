/** Strings shared by every page of the extension. */
export const commonStrings = {
  appName: { ar: 'قارئ القواعد والفصائل', en: 'Bases & Militias Reader' },
  language: { ar: 'اللغة', en: 'Language' },
  languageAuto: { ar: 'لغة المتصفح', en: 'Browser language' },
  loading: { ar: 'جارٍ التحميل…', en: 'Loading…' },
  save: { ar: 'حفظ', en: 'Save' },
  saved: { ar: 'حُفظ', en: 'Saved' },
  close: { ar: 'إغلاق', en: 'Close' },
  errorPrefix: { ar: 'خطأ: {message}', en: 'Error: {message}' },
  base: { ar: 'قاعدة', en: 'Base' },
  militia: { ar: 'فصيل', en: 'Militia' },
  shownOfTotal: { ar: 'المعروض: {shown} من {total}', en: 'Showing {shown} of {total}' },
} as const;
