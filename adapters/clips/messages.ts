/**
 * The clip service's messages (adapters/messaging): what content scripts ask the
 * background about clips, and the notice that tells extension pages the clips
 * changed. Importing this module pulls in no database code.
 *
 * - `clips/save` {draft} → SaveClipResult: the background builds the clip with
 *   lib/clips createClip (SHA-256 needs WebCrypto, which a content script on an
 *   http: page lacks) and stores it; unless `draft.again`, a clip of the same text
 *   from the same page is not saved twice: the answer names it (`duplicate`).
 * - `clips/for-page` {urls} → Clip[]: the clips saved from a page (its address and
 *   its canonical URL, without fragments), oldest first, to be re-anchored.
 * - `clips/open` {id} → boolean: opens the library at that clip (`library.html#clip=<id>`),
 *   which a page offers for a clip it already has instead of saving it twice.
 * - `clips/changed`: a notice after any change to the clips (save, edit, delete, import).
 *
 * The library page reads and writes the database itself (adapters/clips/store.ts)
 * and only listens for `clips/changed`.
 */
import { isObject, toBackground, toPages, type Fields, type Registry, type RequestTypesOf } from '@/adapters/messaging/define';
import type { PageMetadata } from '@/lib/clips/metadata';
import { CLIP_ORIGINS, type Clip, type ClipOrigin } from '@/lib/clips/types';
import type { Mention } from '@/lib/mentions';

/** What a page sends to be saved: createClip's input, as the content script knows it. */
export interface ClipDraft {
  /** The clipped text: the selection, the mention's paragraph, or the article. */
  readonly text: string;
  /** Mentions in `text`, offsets into `text`. */
  readonly mentions: readonly Mention[];
  readonly metadata: PageMetadata;
  readonly via: ClipOrigin;
  /** The page's text and where `text` is in it, when `text` is one span of it. */
  readonly page: { readonly text: string; readonly start: number } | null;
  /** Save even when the page already has a clip of the same text (the analyst chose to). */
  readonly again?: boolean;
}

/** A clip already saved from the same page with the same text: what a page offers to open instead of saving it twice. */
export interface ExistingClip {
  readonly id: string;
  readonly title: string;
  readonly captured_at: string;
}

export type SaveClipResult =
  | { readonly ok: true; readonly clip: Clip }
  | { readonly ok: false; readonly error: string; readonly duplicate?: ExistingClip };

/** A clip id as ClipSchema allows it. */
const CLIP_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The library page at the clip `id` (components/library reads `#clip=<id>`). */
export const libraryPath = (id?: string) => (id === undefined ? '/library.html' : `/library.html#clip=${encodeURIComponent(id)}`);

/** A well-formed draft (its contents are validated when the clip is built). */
function isDraft(d: unknown): boolean {
  if (!isObject(d)) return false;
  const page = d.page;
  return typeof d.text === 'string' && Array.isArray(d.mentions) && isObject(d.metadata) && CLIP_ORIGINS.includes(d.via as ClipOrigin)
    && (d.again === undefined || typeof d.again === 'boolean')
    && (page === null || (isObject(page) && typeof page.text === 'string' && typeof page.start === 'number'));
}

const isPageUrls = ({ urls }: Fields) => Array.isArray(urls) && urls.length <= 4 && urls.every((u) => typeof u === 'string' && u.length <= 4096);

export const clipMessages = {
  'clips/save': toBackground<{ readonly draft: ClipDraft }, SaveClipResult>(({ draft }) => isDraft(draft)),
  'clips/for-page': toBackground<{ readonly urls: readonly string[] }, Clip[]>(isPageUrls),
  'clips/open': toBackground<{ readonly id: string }, boolean>(({ id }) => typeof id === 'string' && CLIP_ID.test(id)),
  'clips/changed': toPages(),
} satisfies Registry;

/** The requests of the clip service. */
export type ClipRequestType = RequestTypesOf<typeof clipMessages>;
