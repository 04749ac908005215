/**
 * What content scripts ask the background about clips, and the broadcast that
 * tells extension pages the clips changed. Importing this module pulls in no
 * database code, so content scripts can use `askClips` cheaply.
 *
 * - `clips/save` {draft} → SaveClipResult: the background builds the clip with
 *   lib/clips createClip (SHA-256 needs WebCrypto, which a content script on an
 *   http: page lacks) and stores it; unless `draft.again`, a clip of the same text
 *   from the same page is not saved twice: the answer names it (`duplicate`).
 * - `clips/for-page` {urls} → Clip[]: the clips saved from a page (its address and
 *   its canonical URL, without fragments), oldest first, to be re-anchored.
 * - `clips/open` {id} → boolean: opens the library at that clip (`library.html#clip=<id>`),
 *   which a page offers for a clip it already has instead of saving it twice.
 *
 * The library page reads and writes the database itself (adapters/clips/store.ts)
 * and only listens for `clips/changed`.
 */
import { browser } from 'wxt/browser';
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

export type ClipRequest =
  | { readonly type: 'clips/save'; readonly draft: ClipDraft }
  | { readonly type: 'clips/for-page'; readonly urls: readonly string[] }
  | { readonly type: 'clips/open'; readonly id: string };

export interface ClipResponses {
  'clips/save': SaveClipResult;
  'clips/for-page': Clip[];
  'clips/open': boolean;
}

export type ClipRequestType = ClipRequest['type'];
type RequestOf<T extends ClipRequestType> = Extract<ClipRequest, { type: T }>;
export type ClipHandlers = { readonly [T in ClipRequestType]: (request: RequestOf<T>) => Promise<ClipResponses[T]> };

/** A clip id as ClipSchema allows it. */
const CLIP_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The library page at the clip `id` (components/library reads `#clip=<id>`). */
export const libraryPath = (id?: string) => (id === undefined ? '/library.html' : `/library.html#clip=${encodeURIComponent(id)}`);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** True for a well-formed clip request (its contents are validated when the clip is built). */
export function isClipRequest(message: unknown): message is ClipRequest {
  if (!isObject(message)) return false;
  if (message.type === 'clips/open') return typeof message.id === 'string' && CLIP_ID.test(message.id);
  if (message.type === 'clips/for-page') {
    const urls = message.urls;
    return Array.isArray(urls) && urls.length <= 4 && urls.every((u) => typeof u === 'string' && u.length <= 4096);
  }
  if (message.type !== 'clips/save' || !isObject(message.draft)) return false;
  const d = message.draft;
  const page = d.page;
  return typeof d.text === 'string' && Array.isArray(d.mentions) && isObject(d.metadata) && CLIP_ORIGINS.includes(d.via as ClipOrigin)
    && (d.again === undefined || typeof d.again === 'boolean')
    && (page === null || (isObject(page) && typeof page.text === 'string' && typeof page.start === 'number'));
}

export function dispatchClipRequest<R extends ClipRequest>(handlers: ClipHandlers, request: R): Promise<ClipResponses[R['type']]> {
  const handler = handlers[request.type] as unknown as (r: R) => Promise<ClipResponses[R['type']]>;
  return handler(request);
}

/** Sends `request` to the background and resolves with its answer. */
export function askClips<R extends ClipRequest>(request: R): Promise<ClipResponses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<ClipResponses[R['type']]>;
}

/** Broadcast to extension pages after any change to the clips (save, edit, delete, import). Not a request. */
export const CLIPS_CHANGED = 'clips/changed';

export function isClipsChanged(message: unknown): boolean {
  return isObject(message) && message.type === CLIPS_CHANGED;
}

/** Tells open extension pages (the library) that the clips changed; no page open is fine. */
export function notifyClipsChanged(): void {
  try {
    browser.runtime.sendMessage({ type: CLIPS_CHANGED }).catch(() => undefined);
  } catch {
    // No receiver, or no messaging API: nothing to tell.
  }
}
