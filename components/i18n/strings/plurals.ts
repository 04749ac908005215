/**
 * Counted phrases, one form per plural category of the language (CLDR, as
 * `Intl.PluralRules` names them). Arabic has six: zero (0), one (1), two (2), few
 * (3–10, 103–110…), many (11–99, 111–199…), other (100, 101, 102…). `{n}` is the
 * number in the language's digits. A form may leave the number out where Arabic
 * does («مرتان» is "two times").
 *
 *   zero  «لا قتلى»      one  «قتيل واحد»   two  «قتيلان»
 *   few   «٣ قتلى»       many «١١ قتيلاً»   other «١٠٠ قتيل»
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  /** Required: the form for any category not given. */
  readonly other: string;
}

export type PluralCatalog = Readonly<Record<string, { readonly ar: PluralForms; readonly en: PluralForms }>>;

export const pluralStrings = {
  /** How many times an entity is mentioned on the page (popup). */
  times: {
    ar: { zero: 'لا مرة', one: 'مرة واحدة', two: 'مرتان', few: '{n} مرات', many: '{n} مرة', other: '{n} مرة' },
    en: { one: 'once', other: '{n} times' },
  },
  killed: {
    ar: { zero: 'لا قتلى', one: 'قتيل واحد', two: 'قتيلان', few: '{n} قتلى', many: '{n} قتيلاً', other: '{n} قتيل' },
    en: { zero: 'no one killed', other: '{n} killed' },
  },
  injured: {
    ar: { zero: 'لا جرحى', one: 'جريح واحد', two: 'جريحان', few: '{n} جرحى', many: '{n} جريحاً', other: '{n} جريح' },
    en: { zero: 'no one injured', other: '{n} injured' },
  },
  /** The card's heading over its incidents. */
  priorIncidents: {
    ar: { zero: 'لا هجمات سابقة', one: 'هجوم سابق واحد', two: 'هجومان سابقان', few: '{n} هجمات سابقة', many: '{n} هجوماً سابقاً', other: '{n} هجوم سابق' },
    en: { zero: 'No prior incidents', one: 'Prior incidents: 1', other: 'Prior incidents: {n}' },
  },
  /** A count of incidents standing alone (search results, the incident list). */
  incidents: {
    ar: { zero: 'لا هجمات', one: 'هجوم واحد', two: 'هجومان', few: '{n} هجمات', many: '{n} هجوماً', other: '{n} هجوم' },
    en: { zero: 'no incidents', one: '1 incident', other: '{n} incidents' },
  },
  bases: {
    ar: { zero: 'لا قواعد', one: 'قاعدة واحدة', two: 'قاعدتان', few: '{n} قواعد', many: '{n} قاعدةً', other: '{n} قاعدة' },
    en: { one: '1 base', other: '{n} bases' },
  },
  militias: {
    ar: { zero: 'لا فصائل', one: 'فصيل واحد', two: 'فصيلان', few: '{n} فصائل', many: '{n} فصيلاً', other: '{n} فصيل' },
    en: { one: '1 militia', other: '{n} militias' },
  },
  newsSites: {
    ar: { zero: 'لا مواقع إخبارية مدرجة', one: 'موقع إخباري مدرج واحد', two: 'موقعين إخباريين مدرجين', few: '{n} مواقع إخبارية مدرجة', many: '{n} موقعاً إخبارياً مدرجاً', other: '{n} موقع إخباري مدرج' },
    en: { one: '1 listed news site', other: '{n} listed news sites' },
  },
  /** «Later: N more incidents» under the card's latest ones. */
  moreIncidents: {
    ar: { one: 'هجوم آخر', two: 'هجومان آخران', few: '{n} هجمات أخرى', many: '{n} هجوماً آخر', other: '{n} هجوم آخر' },
    en: { one: '1 more incident', other: '{n} more incidents' },
  },
} as const satisfies PluralCatalog;

export type PluralKey = keyof typeof pluralStrings;
