/**
 * Messages of the page features (adapters/messaging). The popup and the
 * background ask the content script of a tab (`askTab`):
 *
 * - `page/status` → PageStatus.
 * - `page/show` {entityId, index} → boolean: scrolls to the `index`-th mention
 *   (0-based, document order) of the entity and opens its card.
 * - `page/next-mention` → boolean: the keyboard command, the next mention after
 *   the current one, card open, focus in it.
 * - `page/clip` {via} → ClipCaptureResult: captures and saves a clip, the
 *   selection (context menu) or the article (popup).
 * - `page/events` → PageEventsResult: the attacks the article reports (computed
 *   now, not when the page loads).
 * - `page/show-event` {index} → boolean: scrolls to the evidence of the
 *   `index`-th event of the last `page/events` answer and marks it for a while.
 *
 * The content script asks the background (`ask`):
 *
 * - `page/open-incidents` {entityId} → boolean: opens the entity's incidents page.
 * - `page/insert-css`, `page/remove-css` {css} → boolean: where a content script
 *   cannot adopt a style sheet, the background inserts it into the asking frame.
 */
import type { ExistingClip } from '@/adapters/clips/messages';
import { isId, isIndex, toBackground, toTab, type Fields, type NoFields, type Registry } from '@/adapters/messaging/define';
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

const hasCss = ({ css }: Fields) => typeof css === 'string';

export const pageMessages = {
  'page/status': toTab<NoFields, PageStatus>(),
  'page/show': toTab<{ readonly entityId: string; readonly index: number }, boolean>(({ entityId, index }) => isId(entityId) && isIndex(index)),
  'page/next-mention': toTab<NoFields, boolean>(),
  'page/clip': toTab<{ readonly via: 'selection' | 'article' }, ClipCaptureResult>(({ via }) => via === 'selection' || via === 'article'),
  'page/events': toTab<NoFields, PageEventsResult>(),
  'page/show-event': toTab<{ readonly index: number }, boolean>(({ index }) => isIndex(index)),
  'page/open-incidents': toBackground<{ readonly entityId: string }, boolean>(({ entityId }) => isId(entityId)),
  'page/insert-css': toBackground<{ readonly css: string }, boolean>(hasCss),
  'page/remove-css': toBackground<{ readonly css: string }, boolean>(hasCss),
} satisfies Registry;

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
