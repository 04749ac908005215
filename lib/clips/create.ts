/**
 * Building and editing Clip records. The page side supplies the clipped text, the
 * mentions the engine found in it and the page's metadata (metadata.ts); the
 * result is a valid Clip (types.ts), ready for Dexie.
 */
import * as v from 'valibot';
import { codePointOffset, describeSpan } from '../anchoring/selectors';
import { sha256Hex, utf8 } from '../dataset/digest';
import type { Mention } from '../mentions';
import type { PageMetadata } from './metadata';
import { isSameSite } from './same-site';
import { CLIP_LIMITS, ClipSchema, type Clip, type ClipMention, type ClipOrigin } from './types';

export interface ClipInput {
  /** The clipped text: a selection, or the article's text as extracted. */
  readonly text: string;
  /** Mentions in `text`, offsets into `text` (MentionFinder.find(text), or page mentions shifted). */
  readonly mentions: readonly Mention[];
  readonly metadata: PageMetadata;
  readonly via: ClipOrigin;
  /** The page's text and the offset of `text` in it, when `text` is one span of it. */
  readonly page?: { readonly text: string; readonly start: number } | null;
  readonly notes?: string;
  readonly tags?: readonly string[];
  /** Defaults to a random UUID. */
  readonly id?: string;
  /** Capture time; defaults to now. */
  readonly now?: Date;
}

/** The SHA-256 (hex) of a clip's text, as `text_sha256` records it: UTF-8 bytes, no normalisation. */
export function textSha256(text: string): Promise<string> {
  return sha256Hex(utf8(text));
}

/**
 * A new clip. Mentions are sorted by position, exact duplicates dropped; a
 * canonical URL not on the page's own site (same-site.ts) is dropped.
 * @throws {RangeError} if a mention is not a span of `text`, `page` does not contain
 * `text` at `start`, or the result breaks a rule of ClipSchema (non-http(s) URL, a
 * limit of CLIP_LIMITS, …); the message says which.
 */
export async function createClip(input: ClipInput): Promise<Clip> {
  const { text, metadata: meta } = input;
  const now = (input.now ?? new Date()).toISOString();
  const clip: Clip = {
    id: input.id ?? globalThis.crypto.randomUUID(),
    url: meta.url,
    // Where the text was read is `url`; a canonical URL on another site is the page's claim only.
    canonical_url: meta.canonical_url !== null && isSameSite(meta.canonical_url, meta.url) ? meta.canonical_url : null,
    title: meta.title.slice(0, CLIP_LIMITS.field),
    site: meta.site?.slice(0, CLIP_LIMITS.field) ?? null,
    author: meta.author?.slice(0, CLIP_LIMITS.field) ?? null,
    published: meta.published,
    lang: meta.lang,
    via: input.via,
    captured_at: now,
    updated_at: now,
    text,
    text_sha256: await textSha256(text),
    passage: input.page ? passageOf(input.page, text) : null,
    mentions: clipMentions(text, input.mentions),
    notes: input.notes ?? '',
    tags: normalizeTags(input.tags ?? []),
  };
  return checked(clip);
}

/**
 * The clip with new notes and/or tags and `updated_at` set to `now` (never earlier
 * than `captured_at`). @throws {RangeError} as createClip.
 */
export function editClip(clip: Clip, changes: { readonly notes?: string; readonly tags?: readonly string[] }, now = new Date()): Clip {
  const at = now.toISOString();
  return checked({
    ...clip,
    notes: changes.notes ?? clip.notes,
    tags: changes.tags ? normalizeTags(changes.tags) : clip.tags,
    updated_at: at < clip.captured_at ? clip.captured_at : at,
  });
}

/** Tags as stored: white space collapsed and trimmed, control characters removed, empty and repeated ones dropped, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out = tags.map((t) => t.replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, CLIP_LIMITS.tag).trim()).filter((t) => t !== '');
  return [...new Set(out)];
}

function clipMentions(text: string, mentions: readonly Mention[]): ClipMention[] {
  const seen = new Set<string>();
  const out: ClipMention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length) || text.slice(m.start, m.end) !== m.text) {
      throw new RangeError(`mention of ${m.entity.id} at [${m.start}, ${m.end}) is not in the clipped text`);
    }
    const key = `${m.start}:${m.end}:${m.entity.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { id, kind, name_en, name_ar } = m.entity;
    const [quote, position] = describeSpan(text, m.start, m.end);
    out.push({ entity: { id, kind, name_en, name_ar }, start: m.start, end: m.end, exact: m.text, match: m.match, score: m.score, selectors: [quote, position] });
  }
  return out;
}

function passageOf(page: { readonly text: string; readonly start: number }, text: string): Clip['passage'] {
  const end = page.start + text.length;
  if (!(Number.isInteger(page.start) && page.start >= 0 && end <= page.text.length) || page.text.slice(page.start, end) !== text) {
    throw new RangeError(`the clipped text is not the page's text at ${page.start}`);
  }
  const [quote, position] = describeSpan(page.text, page.start, end);
  return { selectors: [quote, position], code_point_start: codePointOffset(page.text, page.start) };
}

function checked(clip: Clip): Clip {
  const r = v.safeParse(ClipSchema, clip);
  if (r.success) return r.output;
  const first = r.issues[0];
  throw new RangeError(`invalid clip: ${v.getDotPath(first) ?? '(clip)'}: ${first.message}`);
}
