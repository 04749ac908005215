/**
 * Messages of the page features. The popup and the background talk to the content
 * script of a tab with `PageRequest`s; the content script answers with the types
 * below. The content script and the popup ask the background with
 * `PageRequestToBackground`s.
 */
import type { ExistingClip } from '@/adapters/clips/messages';
import type { ArticleEvent } from '@/lib/events';

/** One entity mentioned on the page, for the popup. */
export interface MentionGroup {
  readonly entityId: string;
  readonly kind: 'base' | 'militia';
  readonly name_ar: string;
  readonly name_en: string;
  /** Number of mentions, in document order. */
  readonly count: number;
  /** True if any of them is a near-miss. */
  readonly fuzzy: boolean;
}

export interface PageStatus {
  /** 'scanning': reading the page; 'ready': annotated; 'off': switched off on this site; 'error': could not start. */
  readonly state: 'scanning' | 'ready' | 'off' | 'error';
  readonly host: string;
  readonly groups: readonly MentionGroup[];
  readonly error?: string;
}

export type PageRequest =
  | { readonly type: 'page/status' }
  /** Scrolls to the `index`-th mention (0-based, document order) of the entity and opens its card. */
  | { readonly type: 'page/show'; readonly entityId: string; readonly index: number }
  /** The keyboard command: the next mention after the current one, card open, focus in it. */
  | { readonly type: 'page/next-mention' }
  /** Captures and saves a clip: the selection (context menu) or the article (popup) → ClipCaptureResult. */
  | { readonly type: 'page/clip'; readonly via: 'selection' | 'article' }
  /** The attacks the article reports (computed now, not when the page loads) → PageEventsResult. */
  | { readonly type: 'page/events' }
  /** Scrolls to the evidence of the `index`-th event of the last `page/events` answer and marks it for a while → boolean. */
  | { readonly type: 'page/show-event'; readonly index: number };

/** An event of the article (lib/events), with what the popup shows of it without asking again. */
export interface PageEvent extends ArticleEvent {
  /** The sentence that reports it (its `evidence` span of the article's text), cut to MAX_EVIDENCE_CHARS. */
  readonly evidence_text: string;
}

/** The longest evidence passage sent to the popup. */
export const MAX_EVIDENCE_CHARS = 1000;

/** The names of the entities an event refers to, by id. */
export type EntityNames = Readonly<Record<string, { readonly kind: 'base' | 'militia'; readonly name_ar: string; readonly name_en: string }>>;

export type PageEventsResult =
  | {
      readonly ok: true;
      readonly events: readonly PageEvent[];
      readonly names: EntityNames;
      /** The date relative dates were read from, YYYY-MM-DD: the page's publication date, or else today. */
      readonly published: string;
      /** 'page': the page says when it was published; 'today': it does not, and today was assumed. */
      readonly publishedFrom: 'page' | 'today';
      /** The article's address (its canonical URL on the same origin, else the page's), without a fragment. */
      readonly url: string;
      readonly title: string;
      /** How long the content script took to compute this answer, in milliseconds. */
      readonly ms: number;
    }
  /** 'off': the reader is off on this site; 'failed': `detail` says why. */
  | { readonly ok: false; readonly reason: 'off' | 'failed'; readonly detail?: string };

/**
 * How a capture ended. `reason` says what the analyst can do: select text, try
 * another page, or open the clip already saved of this text of this page
 * ('duplicate': nothing was saved, `existing` names it).
 */
export type ClipCaptureResult =
  | { readonly ok: true; readonly id: string; readonly title: string }
  | { readonly ok: false; readonly reason: 'duplicate'; readonly existing: ExistingClip; readonly detail?: string }
  | { readonly ok: false; readonly reason: 'no-selection' | 'no-article' | 'failed'; readonly detail?: string };

export type PageRequestToBackground =
  | { readonly type: 'page/open-incidents'; readonly entityId: string }
  | { readonly type: 'page/insert-css'; readonly css: string }
  | { readonly type: 'page/remove-css'; readonly css: string };

const TYPES = new Set(['page/status', 'page/show', 'page/next-mention', 'page/events']);

export function isPageRequest(m: unknown): m is PageRequest {
  if (typeof m !== 'object' || m === null) return false;
  const { type, via } = m as { type?: unknown; via?: unknown };
  if (type === 'page/clip') return via === 'selection' || via === 'article';
  if (type === 'page/show-event') {
    const index = (m as { index?: unknown }).index;
    return typeof index === 'number' && Number.isInteger(index) && index >= 0;
  }
  return typeof type === 'string' && TYPES.has(type);
}

export function isPageRequestToBackground(m: unknown): m is PageRequestToBackground {
  const type = typeof m === 'object' && m !== null ? (m as { type?: unknown }).type : undefined;
  return type === 'page/open-incidents' || type === 'page/insert-css' || type === 'page/remove-css';
}

/** Groups mentions by entity, in order of first mention. */
export function groupMentions(mentions: readonly { readonly mention: { readonly match: 'exact' | 'fuzzy'; readonly entity: { readonly id: string; readonly kind: 'base' | 'militia'; readonly name_ar: string; readonly name_en: string } } }[]): MentionGroup[] {
  const groups = new Map<string, { entityId: string; kind: 'base' | 'militia'; name_ar: string; name_en: string; count: number; fuzzy: boolean }>();
  for (const { mention } of mentions) {
    const e = mention.entity;
    const g = groups.get(e.id) ?? { entityId: e.id, kind: e.kind, name_ar: e.name_ar, name_en: e.name_en, count: 0, fuzzy: false };
    g.count++;
    g.fuzzy ||= mention.match === 'fuzzy';
    groups.set(e.id, g);
  }
  return [...groups.values()];
}
