/**
 * The dataset's records as valibot schemas, exactly as data/SCHEMA.md defines them,
 * and the TypeScript types derived from them. A record that passes its schema is
 * well formed on its own; what needs several records (ids exist, no duplicates,
 * coordinates inside the country) is in checks.ts.
 *
 * Objects are strict: an unknown key is an error, so a misspelt field is caught
 * instead of silently ignored.
 */
import * as v from 'valibot';
import { isCalendarDate, isPartialDate } from './calendar';
import { isHttpUrl } from './urls';
import { isVersion } from './version';

export const BASE_TYPES = [
  'air base', 'base', 'garrison', 'oil-field base', 'gas-field base', 'airport', 'embassy',
  'consulate', 'diplomatic facility', 'logistics hub', 'outpost', 'naval base', 'camp', 'district',
] as const;
export const MILITIA_TYPES = [
  'militia', 'umbrella', 'front group', 'state force', 'foreign state force', 'party with armed wing', 'partner force', 'jihadist group',
] as const;
export const WEAPONS = ['rocket', 'drone', 'ballistic missile', 'cruise missile', 'mortar', 'ied', 'small arms', 'unknown'] as const;
export const OUTCOMES = ['intercepted', 'no damage', 'damage', 'casualties', 'missed', 'unknown'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export const CAMPAIGNS = [
  '2019-2021-iraq-rocket-campaign', '2021-2023-syria-clashes', '2023-2024-gaza-war-campaign',
  '2024-resumption', '2025', '2026-iran-war',
] as const;

/** The one campaign SCHEMA.md dates: 17 Oct 2023 – 4 Feb 2024, both days included. */
export const GAZA_WAR_CAMPAIGN = { id: '2023-2024-gaza-war-campaign', from: '2023-10-17', to: '2024-02-04' } as const;

/**
 * Bounds on every string and array, so that a signed but hostile dataset cannot
 * make the extension allocate without limit (issue 10). Generous: each is several
 * times the largest value in the shipped data (tests/lib/dataset/schema-limits.test.ts).
 */
export const LIMITS = {
  /** Ids (longest shipped: 53). */
  id: 128,
  /** Names, alias texts and other short labels (longest shipped: 94). */
  name: 300,
  /** Descriptions, summaries, events, notes (longest shipped: 340). */
  text: 3000,
  /** URLs (longest shipped: 560). */
  url: 2048,
  /** Short lists inside a record: sites, weapons, groups, places, designations… (longest shipped: 6). */
  list: 50,
  /** Sources of one record (most shipped: 13). */
  sources: 100,
  /** Aliases of one entity (most shipped: 16). */
  aliases: 200,
  /** Records per kind (shipped: under 500 incidents, under 50 bases or militias). */
  entities: 5_000,
  incidents: 100_000,
  aggregates: 10_000,
} as const;

const blank = v.check((s: string) => s.trim() !== '', 'must not be blank');
const text = v.pipe(v.string(), v.maxLength(LIMITS.text), blank);
const name = v.pipe(v.string(), v.maxLength(LIMITS.name), blank);
const id = v.pipe(v.string(), v.maxLength(LIMITS.id), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case ASCII'));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIMITS.list));
const day = v.pipe(v.string(), v.maxLength(10), v.check(isCalendarDate, 'must be a calendar date YYYY-MM-DD'));
const partialDate = v.pipe(v.string(), v.maxLength(10), v.check(isPartialDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const url = v.pipe(v.string(), v.maxLength(LIMITS.url), v.check(isHttpUrl, 'must be a well-formed http(s) URL'));
const sources = v.pipe(v.array(url), v.minLength(1, 'needs at least one source'), v.maxLength(LIMITS.sources));
const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'));

export const AliasSchema = v.strictObject({
  text: name,
  lang: v.picklist(['ar', 'en']),
  ordinary: v.optional(text),
  ordinary_with: v.optional(v.pipe(list(name), v.minLength(1))),
  ambiguous: v.optional(v.boolean()),
  /** A page where the press writes the name this way (see SCHEMA.md). */
  source: v.optional(url),
  /** A generic name («السفارة الأمريكية»): the places it may be said to stand in; placed elsewhere it is another building. */
  places: v.optional(v.pipe(list(name), v.minLength(1))),
});

export const CoordinatesSchema = v.strictObject({
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  precision_m: v.pipe(v.number(), v.gtValue(0)),
  source: url,
});

export const StatusChangeSchema = v.strictObject({ date: partialDate, event_en: text, event_ar: text, source: url });

const entity = {
  id,
  name_en: name,
  name_ar: name,
  country: countryCode,
  description_en: text,
  description_ar: text,
  /** May be empty for a site the press never names (coalition-supply-convoys-iraq). */
  aliases: v.pipe(v.array(AliasSchema), v.maxLength(LIMITS.aliases)),
  sources,
  confidence: v.picklist(CONFIDENCE),
};

export const BaseSchema = v.strictObject({
  ...entity,
  type: v.picklist(BASE_TYPES),
  admin_area_en: v.pipe(v.string(), v.maxLength(LIMITS.name)),
  admin_area_ar: v.pipe(v.string(), v.maxLength(LIMITS.name)),
  coordinates: v.nullable(CoordinatesSchema),
  /**
   * Why `coordinates` is null (a pseudo-site without a place), or how an estimated
   * point was obtained ("45 km south-east of Baghdad"); both languages together.
   * Optional in the schema so that older feeds still parse; data:build requires
   * them when `coordinates` is null (checks.ts, checkArabicFields).
   */
  coordinates_note_en: v.optional(text),
  coordinates_note_ar: v.optional(text),
  hosted: list(name),
  /** `hosted` in Arabic, item for item (data:build requires it; older feeds lack it). */
  hosted_ar: v.optional(list(name)),
  status: list(StatusChangeSchema),
});

export const DesignationSchema = v.strictObject({ by: name, list: name, since: v.optional(partialDate), source: url });

export const MilitiaSchema = v.strictObject({
  ...entity,
  type: v.picklist(MILITIA_TYPES),
  umbrella: list(id),
  designations: list(DesignationSchema),
});

/**
 * `by_ar` and `note_ar` are the Arabic of `by` and `note`: optional in the schema so
 * that a feed built before they existed still parses, required by data:build
 * whenever the English is there (checks.ts, checkArabicFields).
 */
export const AttributionSchema = v.strictObject({ group: id, by: name, by_ar: v.optional(name), source: url });

const note = v.optional(v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.text))));
export const CasualtiesSchema = v.strictObject({ killed: count, injured: count, note, note_ar: note });

export const IncidentSchema = v.strictObject({
  id,
  date: day,
  date_precision: v.picklist(DATE_PRECISIONS),
  sites: v.pipe(list(id), v.minLength(1, 'needs at least one site')),
  weapons: v.pipe(list(v.picklist(WEAPONS)), v.minLength(1, 'needs at least one weapon (or "unknown")')),
  claimed_by: list(id),
  attributed_to: list(AttributionSchema),
  casualties: v.nullable(CasualtiesSchema),
  outcome: v.picklist(OUTCOMES),
  summary_en: text,
  summary_ar: text,
  campaign: v.optional(v.picklist(CAMPAIGNS)),
  sources,
  confidence: v.picklist(CONFIDENCE),
});

/**
 * An official count given without the individual attacks ("X attacks on US forces
 * since 17 October", a ministry's running total of missiles intercepted): kept
 * apart from the incidents, which it never adds to. `country` is where the count
 * applies, null for a count over several countries.
 */
export const AggregateSchema = v.strictObject({
  id,
  period_from: day,
  period_to: day,
  country: v.nullable(countryCode),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  what_en: text,
  what_ar: text,
  by: name,
  /** `by` in Arabic (data:build requires it; older feeds lack it). */
  by_ar: v.optional(name),
  source: url,
});

/** The files of data/: each a JSON array of records. */
export const BasesFileSchema = v.pipe(v.array(BaseSchema), v.maxLength(LIMITS.entities));
export const MilitiasFileSchema = v.pipe(v.array(MilitiaSchema), v.maxLength(LIMITS.entities));
export const IncidentsFileSchema = v.pipe(v.array(IncidentSchema), v.maxLength(LIMITS.incidents));
export const AggregatesFileSchema = v.pipe(v.array(AggregateSchema), v.maxLength(LIMITS.aggregates));

export const VersionSchema = v.pipe(v.string(), v.maxLength(LIMITS.id), v.check(isVersion, 'must be a dataset version (see version.ts)'));

/**
 * Everything the extension knows, in one file: the bundled snapshot
 * (public/dataset/snapshot.json) and each feed's dataset-<version>.json.
 */
export const DatasetSchema = v.strictObject({
  version: VersionSchema,
  bases: BasesFileSchema,
  militias: MilitiasFileSchema,
  incidents: IncidentsFileSchema,
  /** Optional: datasets built before aggregates.json existed have none. */
  aggregates: v.optional(AggregatesFileSchema),
});
/** The schema a dataset file (snapshot or feed) is parsed with. */
export const DatasetFileSchema = DatasetSchema;

export type Alias = v.InferOutput<typeof AliasSchema>;
export type Coordinates = v.InferOutput<typeof CoordinatesSchema>;
export type Base = v.InferOutput<typeof BaseSchema>;
export type Militia = v.InferOutput<typeof MilitiaSchema>;
export type Incident = v.InferOutput<typeof IncidentSchema>;
export type Aggregate = v.InferOutput<typeof AggregateSchema>;
export type Weapon = (typeof WEAPONS)[number];
export type Campaign = (typeof CAMPAIGNS)[number];
export type Dataset = v.InferOutput<typeof DatasetSchema>;
/** A dataset before data:build gives it a version. */
export type DatasetContent = Omit<Dataset, 'version'>;
