/** Strings of «This article reports»: the attacks of the page in the popup, and keeping one as the analyst's own incident. */
import type { PluralForms } from './plurals';

export const eventStrings = {
  eventsTitle: { ar: 'يذكر هذا المقال', en: 'This article reports' },
  eventsLoading: { ar: 'جارٍ قراءة الهجمات في المقال…', en: 'Reading the attacks in the article…' },
  eventsNone: { ar: 'لا هجمات في هذا المقال.', en: 'No attacks in this article.' },
  eventsError: { ar: 'تعذّرت قراءة الهجمات: {message}', en: 'Could not read the attacks: {message}' },
  eventsPublished: { ar: 'تاريخ النشر: {date}', en: 'Published {date}' },
  eventsPublishedToday: { ar: 'لا تذكر الصفحة تاريخ نشرها: قُرئت التواريخ («أمس»، «فجر اليوم») على أنه اليوم، {date}.', en: 'The page does not say when it was published: dates such as “yesterday” were read from today, {date}.' },

  // One event
  eventAttack: { ar: 'هجوم', en: 'Attack' },
  eventStrike: { ar: 'ضربة أمريكية أو للتحالف', en: 'US or coalition strike' },
  eventOn: { ar: '{kind} على {targets}', en: '{kind} on {targets}' },
  eventNoTarget: { ar: 'هدف غير محدد', en: 'an unnamed target' },
  eventShow: { ar: 'أظهره في المقال', en: 'show it in the article' },
  eventNotOnPage: { ar: 'لم يُعثر على هذا المقطع في الصفحة.', en: 'This passage could not be found on the page.' },
  eventSites: { ar: 'المواقع', en: 'Sites' },
  eventTargetGroups: { ar: 'الفصائل المستهدفة', en: 'Groups targeted' },
  eventDate: { ar: 'التاريخ', en: 'Date' },
  eventNoDate: { ar: 'غير مذكور', en: 'not given' },
  eventPrecision_day: { ar: 'باليوم', en: 'to the day' },
  eventPrecision_month: { ar: 'بالشهر', en: 'to the month' },
  eventPrecision_year: { ar: 'بالسنة', en: 'to the year' },
  eventWeapons: { ar: 'السلاح', en: 'Weapons' },
  eventClaimedBy: { ar: 'تبنّاه', en: 'Claimed by' },
  eventBlamedOn: { ar: 'اتُّهم به', en: 'Blamed on' },
  eventCasualties: { ar: 'الضحايا', en: 'Casualties' },
  eventOutcome: { ar: 'النتيجة', en: 'Outcome' },
  eventEvidence: { ar: 'النص', en: 'Passage' },

  // Status against the dataset
  eventStatusKnown: { ar: 'معروف في البيانات', en: 'Known in the dataset' },
  eventStatusNew: { ar: 'جديد: ليس في البيانات', en: 'New: not in the dataset' },
  eventStatusContradicting: { ar: 'يخالف سجلّ البيانات', en: 'Contradicts the dataset' },
  eventStatusMine: { ar: 'في سجلّي', en: 'In my record' },
  eventStatusOwn: { ar: 'سجلّي، {date}: {summary}', en: 'My record, {date}: {summary}' },
  eventStatusIncident: { ar: 'سجلّ البيانات، {date}: {summary}', en: 'The dataset’s record, {date}: {summary}' },
  eventStatusIncidentsPage: { ar: 'الهجمات على {name} في صفحة الهجمات', en: 'Incidents at {name}, on the incidents page' },
  eventContradictionField: { ar: 'الحقل', en: 'Field' },
  eventContradictionArticle: { ar: 'في المقال', en: 'This article' },
  eventContradictionDataset: { ar: 'في البيانات', en: 'The dataset' },
  eventContradictionCaption: { ar: 'ما يختلف فيه المقال عن سجلّ البيانات', en: 'Where the article differs from the dataset’s record' },

  // Correct and keep
  correctAndKeep: { ar: 'تصحيح وحفظ', en: 'Correct and keep' },
  eventEditorTitle: { ar: 'تصحيح الهجوم وحفظه في سجلّي', en: 'Correct the attack and keep it as my record' },
  eventEditorHint: { ar: 'اختر عدة عناصر بالضغط على Ctrl (أو ⌘) مع النقر أو بمفتاح المسافة.', en: 'Choose several with Ctrl (or ⌘) and click, or with the space bar.' },
  editSites: { ar: 'المواقع المستهدفة', en: 'Sites attacked' },
  editDate: { ar: 'التاريخ', en: 'Date' },
  editPrecision: { ar: 'دقّة التاريخ', en: 'Date precision' },
  editWeapons: { ar: 'السلاح', en: 'Weapons' },
  editClaimedBy: { ar: 'تبنّاه', en: 'Claimed by' },
  editBlamedOn: { ar: 'اتُّهم به', en: 'Blamed on' },
  editBlamedBy: { ar: 'الجهة التي اتّهمت', en: 'Blamed by' },
  editKilled: { ar: 'القتلى (فارغ: غير معروف)', en: 'Killed (blank: unknown)' },
  editInjured: { ar: 'الجرحى (فارغ: غير معروف)', en: 'Injured (blank: unknown)' },
  editOutcome: { ar: 'النتيجة', en: 'Outcome' },
  editSummaryAr: { ar: 'الملخّص بالعربية', en: 'Summary in Arabic' },
  editSummaryEn: { ar: 'الملخّص بالإنجليزية', en: 'Summary in English' },
  editConfidence: { ar: 'درجة الثقة', en: 'Confidence' },
  eventConfidence_high: { ar: 'عالية', en: 'high' },
  eventConfidence_medium: { ar: 'متوسطة', en: 'medium' },
  eventConfidence_low: { ar: 'منخفضة', en: 'low' },
  eventKeep: { ar: 'حفظ في سجلّي', en: 'Keep as my record' },
  eventKeeping: { ar: 'جارٍ الحفظ…', en: 'Keeping…' },
  eventCancel: { ar: 'إلغاء', en: 'Cancel' },
  eventProblemsTitle: { ar: 'صحّح ما يلي قبل الحفظ:', en: 'Fix these before keeping it:' },
  eventProblem_needSite: { ar: 'اختر موقعاً واحداً على الأقل: البيانات تسجّل الهجمات على المواقع.', en: 'Choose at least one site: the dataset records attacks on sites.' },
  eventProblem_needDate: { ar: 'أدخل تاريخاً صحيحاً.', en: 'Enter a valid date.' },
  eventProblem_futureDate: { ar: 'التاريخ في المستقبل.', en: 'The date is in the future.' },
  eventProblem_needWeapon: { ar: 'اختر سلاحاً واحداً على الأقل (أو «غير معروف»).', en: 'Choose at least one weapon (or “unknown”).' },
  eventProblem_badCount: { ar: 'العدد عدد صحيح غير سالب، أو فارغ إن لم يكن معروفاً.', en: 'A count is a whole number, or blank when unknown.' },
  eventProblem_needBlamer: { ar: 'من الذي اتّهم؟', en: 'Who blamed them?' },
  eventProblem_needSummary: { ar: 'اكتب ملخّصاً.', en: 'Write a summary.' },
  eventKeptTitle: { ar: 'حُفظ في سجلّي.', en: 'Kept as my record.' },
  eventKeptCorrected: { ar: 'الحقول المصحّحة: {fields}', en: 'Corrected: {fields}' },
  eventKeptLink: { ar: 'افتح صفحة الهجمات', en: 'Open the incidents page' },
  eventKeepFailed: { ar: 'لم يُحفظ: {message}', en: 'Not kept: {message}' },

  // Summaries written from the fields, for the analyst to edit
  eventSummaryTemplate: { ar: '{kind} على {sites} ({weapons})، بحسب {source}.', en: '{kind} on {sites} ({weapons}), as reported by {source}.' },
  eventSummaryClaimed: { ar: ' تبنّته {groups}.', en: ' Claimed by {groups}.' },
} as const;

/** Counted phrases of the panel (components/i18n/plural.ts `pluralize`). */
export const eventPlurals = {
  /** The folded list of earlier events the article recalls. */
  eventBackground: {
    ar: { zero: 'لا أحداث سابقة', one: 'حدث سابق يستذكره المقال', two: 'حدثان سابقان يستذكرهما المقال', few: '{n} أحداث سابقة يستذكرها المقال', many: '{n} حدثاً سابقاً يستذكرها المقال', other: '{n} حدث سابق يستذكرها المقال' },
    en: { one: '1 earlier event the article recalls', other: '{n} earlier events the article recalls' },
  },
} satisfies Record<string, { ar: PluralForms; en: PluralForms }>;
