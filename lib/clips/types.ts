/**
 * The Clip record: a passage an analyst saved, with where it came from, the
 * mentions in it and the analyst's notes and tags. What Dexie stores, what the
 * JSON export carries, and what every other export is derived from.
 *
 * Offsets are UTF-16 code units. A mention's `start`/`end` and its selectors are
 * relative to the clip's `text`; `passage` (when the clip is one span of the page's
 * text) locates `text` in the page's text, so the page side can re-anchor it.
 *
 * Absent values are `null`, never missing keys, so a clip survives JSON unchanged.
 * Objects are strict: an unknown key fails validation (lib/import/parse.ts relies on it).
 */
import * as v from 'valibot';
import { isHttpUrl } from '../dataset/urls';

/** The JSON export envelope: `{format, version, exported_at, clips}` (see lib/export/json.ts). */
export const CLIP_EXPORT_FORMAT = 'militia-base-reader/clips';
export const CLIP_EXPORT_VERSION = 1;

/** Limits a stored or imported clip must respect (an import larger than these is hostile or corrupt). */
export const CLIP_LIMITS = { text: 1_000_000, mentions: 10_000, notes: 100_000, tags: 100, tag: 100, field: 2_000, context: 256, mention: 1_000 } as const;

/** Where the analyst saved it: the mention popover, the selection's context menu, the toolbar (whole article). */
export const CLIP_ORIGINS = ['popover', 'selection', 'article'] as const;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** UTC time as `Date.toISOString()` writes it (RFC 3339 with milliseconds). */
export const isTimestamp = (s: string) => TIMESTAMP.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s;
/** A publication date: a calendar day `YYYY-MM-DD` or a timestamp. */
export const isPublished = (s: string) => isTimestamp(s) || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isTimestamp(`${s}T00:00:00.000Z`));

const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const httpUrl = v.pipe(v.string(), v.maxLength(CLIP_LIMITS.field), v.check(isHttpUrl, 'must be an http(s) URL'));
const timestamp = v.pipe(v.string(), v.check(isTimestamp, 'must be a UTC timestamp YYYY-MM-DDTHH:MM:SS.sssZ'));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const tag = v.pipe(v.string(), v.minLength(1), v.maxLength(CLIP_LIMITS.tag), v.regex(/^[^\p{Cc}]+$/u, 'must not contain control characters'), v.check((s) => s.trim() === s, 'must be trimmed'));

/**
 * A quote and its context. Selectors record 32 code units of context; an import
 * with more than CLIP_LIMITS.context is refused (re-anchoring compares context by
 * edit distance: an unbounded one froze the page, issue 10).
 */
export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: bounded(CLIP_LIMITS.text),
  prefix: bounded(CLIP_LIMITS.context),
  suffix: bounded(CLIP_LIMITS.context),
});
export const TextPositionSelectorSchema = v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset });
const spanSelectors = v.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]);

/**
 * Where `text` lies in the page's text: its selectors (UTF-16, what re-anchoring
 * uses) and its start counted in code points, which W3C exports need (Web
 * Annotation Data Model §4.2.5 counts code points) and which needs the whole page
 * text to compute, so it is recorded at capture.
 */
export const PassageSchema = v.strictObject({ selectors: spanSelectors, code_point_start: offset });

export const EntityRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case ASCII'), v.maxLength(200)),
  kind: v.picklist(['base', 'militia']),
  name_en: bounded(500),
  name_ar: bounded(500),
});

export const ClipMentionSchema = v.strictObject({
  entity: EntityRefSchema,
  start: offset,
  end: offset,
  /** The mention's text, `text.slice(start, end)`. */
  exact: bounded(CLIP_LIMITS.mention),
  match: v.picklist(['exact', 'fuzzy']),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** In the clip's text: the quote with ±32 code units of context, and the position. */
  selectors: spanSelectors,
});

const ClipFieldsSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be 1–64 letters, digits, _ or -')),
  url: httpUrl,
  canonical_url: v.nullable(httpUrl),
  title: bounded(CLIP_LIMITS.field),
  site: v.nullable(bounded(CLIP_LIMITS.field)),
  author: v.nullable(bounded(CLIP_LIMITS.field)),
  published: v.nullable(v.pipe(v.string(), v.check(isPublished, 'must be YYYY-MM-DD or a UTC timestamp'))),
  lang: v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag'))),
  via: v.picklist(CLIP_ORIGINS),
  captured_at: timestamp,
  updated_at: timestamp,
  text: bounded(CLIP_LIMITS.text),
  /** SHA-256 of the UTF-8 bytes of `text`, 64 lowercase hex digits: provenance, checked on import. */
  text_sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
  /** `text` located in the page's text when it is one span of it; null for an extracted article. */
  passage: v.nullable(PassageSchema),
  mentions: v.pipe(v.array(ClipMentionSchema), v.maxLength(CLIP_LIMITS.mentions)),
  notes: bounded(CLIP_LIMITS.notes),
  tags: v.pipe(v.array(tag), v.maxLength(CLIP_LIMITS.tags)),
});

export const ClipSchema = v.pipe(
  ClipFieldsSchema,
  v.rawCheck<v.InferOutput<typeof ClipFieldsSchema>>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const message of consistencyProblems(dataset.value)) addIssue({ message });
  }),
);

export type ClipMention = v.InferOutput<typeof ClipMentionSchema>;
export type Passage = v.InferOutput<typeof PassageSchema>;
export type Clip = v.InferOutput<typeof ClipFieldsSchema>;
export type ClipOrigin = (typeof CLIP_ORIGINS)[number];

/**
 * What a well-typed clip must also satisfy: every mention and selector describes
 * `text` exactly (so exports and re-anchoring can trust them), tags are unique, and
 * it was not updated before it was captured.
 */
export function consistencyProblems(clip: Clip): string[] {
  const out: string[] = [];
  const { text } = clip;
  if (clip.updated_at < clip.captured_at) out.push('updated_at is before captured_at');
  if (new Set(clip.tags).size !== clip.tags.length) out.push('tags has duplicates');
  if (clip.passage) {
    const [quote, position] = clip.passage.selectors;
    const cp = clip.passage.code_point_start;
    if (quote.exact !== text || position.end - position.start !== text.length) out.push('passage does not describe text');
    else if (cp > position.start || cp < Math.ceil(position.start / 2)) out.push('passage code_point_start does not fit its position');
  }
  clip.mentions.forEach((m, i) => {
    const [quote, position] = m.selectors;
    const at = `mentions[${i}]`;
    if (!(m.start < m.end && m.end <= text.length)) out.push(`${at}: [${m.start}, ${m.end}) is not a span of text`);
    else if (text.slice(m.start, m.end) !== m.exact) out.push(`${at}: exact is not the text at [${m.start}, ${m.end})`);
    else if (position.start !== m.start || position.end !== m.end) out.push(`${at}: TextPositionSelector differs from start/end`);
    else if (quote.exact !== m.exact || m.start < quote.prefix.length || !text.startsWith(quote.prefix, m.start - quote.prefix.length) || !text.startsWith(quote.suffix, m.end)) {
      out.push(`${at}: TextQuoteSelector does not match text`);
    }
  });
  return out;
}
