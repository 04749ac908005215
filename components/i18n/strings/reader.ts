/**
 * Strings of the reader's path added with issue 11: the card's header row and
 * footer, the selection-clip notice, the options page's note on the bundled data,
 * and the Arabic names of the forces a base hosts (the dataset's `hosted` field is
 * English only).
 */
export const readerStrings = {
  cardActions: { ar: 'إجراءات البطاقة', en: 'Card actions' },
  latestIncidents: { ar: 'آخر الهجمات', en: 'Latest incidents' },
  bestSource: { ar: 'المصدر', en: 'Source' },
  moreSources: { ar: '(+{count})', en: '(+{count})' },
  noClaim: { ar: 'لم تتبنّه جهة', en: 'no claim' },
  dataAsOf: { ar: 'البيانات حتى {date}', en: 'Data as of {date}' },
  dataVersionLabel: { ar: 'إصدار البيانات {version}', en: 'Dataset version {version}' },

  selectionClipSaved: { ar: 'حُفظ النص المحدَّد مقتطفاً في المكتبة.', en: 'The selected text was saved as a clip.' },
  selectionClipFailed: { ar: 'تعذّر حفظ النص المحدَّد: {detail}', en: 'The selected text could not be saved: {detail}' },
  selectionClipDuplicate: { ar: 'هذا النص محفوظ مقتطفاً منذ {date}، ولم يُحفظ مرة ثانية.', en: 'This text was already saved as a clip on {date}; it was not saved again.' },
  selectionClipEmpty: { ar: 'لا نص محدَّد لحفظه.', en: 'No text is selected to save.' },
  dismiss: { ar: 'إخفاء', en: 'Dismiss' },
  goToFirstMention: { ar: '، اذهب إلى أول ذكر', en: ', go to the first mention' },
  showNthMention: { ar: '{index}: الذكر {index} من {count} لـ«{name}»', en: '{index}: mention {index} of {count} of {name}' },
  noAttribution: { ar: 'لم يُنسب إلى جهة', en: 'not attributed' },
  newsSitesNoteCounted: { ar: 'يعمل تلقائياً على {sites}؛ وفي غيرها عند النقر على زر الإضافة.', en: 'Runs by itself on {sites}; elsewhere when you click the toolbar button.' },

  bundledDataNote: {
    ar: 'البيانات المرفقة تعود إلى {date}، تاريخ بناء هذه النسخة من الإضافة، ولا تتحدّث وحدها.',
    en: 'The bundled data dates from {date}, when this copy of the extension was built; it does not update by itself.',
  },
  addFeedHowTo: {
    ar: 'لتلقّي التحديثات: أدخل أدناه رابط مصدر بيانات موقَّع ينشره من يحرّر البيانات (ملف manifest.json أو المجلد الذي يضمه)، ثم «حفظ» ووافق على إذن الوصول إلى موقعه.',
    en: 'To receive updates: enter below the address of a signed data feed published by whoever maintains the data (its manifest.json or the folder holding it), press “Save” and allow access to its site.',
  },

  // What kind of source a link is (data/source-hosts.json, lib/dataset/source-hosts.ts).
  sourceClass_official: { ar: 'جهة رسمية', en: 'official' },
  sourceClass_agency: { ar: 'وكالة أنباء', en: 'news agency' },
  sourceClass_outlet: { ar: 'وسيلة إعلام', en: 'news outlet' },
  sourceClass_reference: { ar: 'مرجع', en: 'reference' },
  sourceClass_partisan: { ar: 'إعلام منحاز لطرف', en: 'partisan outlet' },
  sourceClass_aggregator: { ar: 'موقع ناقل', en: 'aggregator' },

  // The dataset's `hosted` values (data/bases.json), which are English only.
  'hosted_United States': { ar: 'الولايات المتحدة', en: 'United States' },
  'hosted_United States (contractors)': { ar: 'الولايات المتحدة (متعاقدون)', en: 'United States (contractors)' },
  'hosted_Global Coalition against Daesh': { ar: 'التحالف الدولي ضد داعش', en: 'Global Coalition against Daesh' },
  'hosted_NATO Mission Iraq': { ar: 'بعثة الناتو في العراق', en: 'NATO Mission Iraq' },
  'hosted_United Kingdom': { ar: 'المملكة المتحدة', en: 'United Kingdom' },
  hosted_Canada: { ar: 'كندا', en: 'Canada' },
  hosted_Spain: { ar: 'إسبانيا', en: 'Spain' },
  hosted_France: { ar: 'فرنسا', en: 'France' },
  hosted_Italy: { ar: 'إيطاليا', en: 'Italy' },
  hosted_Australia: { ar: 'أستراليا', en: 'Australia' },
  hosted_Romania: { ar: 'رومانيا', en: 'Romania' },
  hosted_Poland: { ar: 'بولندا', en: 'Poland' },
  hosted_Germany: { ar: 'ألمانيا', en: 'Germany' },
  hosted_Netherlands: { ar: 'هولندا', en: 'Netherlands' },
  hosted_Norway: { ar: 'النرويج', en: 'Norway' },
  hosted_Denmark: { ar: 'الدنمارك', en: 'Denmark' },
} as const;
