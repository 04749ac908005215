/**
 * What the popover shows and how it talks back: the content script keeps a
 * `PopoverStore` (page-ui/popover-controller.ts); the components render it.
 */
import type { ExistingClip } from '@/adapters/clips/messages';
import type { UiLang } from '@/components/i18n';
import type { EntitySummary } from '@/lib/dataset/summary';
import type { EntityRef } from '@/lib/mentions';

/** Something with line boxes to place the popover next to (a floating-ui virtual element). */
export interface PopoverAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
  readonly contextElement?: Element;
}

export interface PopoverView {
  /** Changes with each mention shown. */
  readonly key: number;
  readonly entity: EntityRef;
  /** Null while the dataset has no summary for the entity. */
  readonly summary: EntitySummary | null;
  /** The text as written on the page. */
  readonly text: string;
  readonly fuzzy: boolean;
  /** 1-based position among the page's mentions, and their number. */
  readonly index: number;
  readonly total: number;
  /** 'hover' leaves focus where it is; 'keyboard' and 'popup' move it into the popover. */
  readonly how: 'hover' | 'keyboard' | 'popup';
  readonly anchor: PopoverAnchor;
  /** Pointer position when opened by hover, for multi-line mentions. */
  readonly pointer: PointerAt | null;
  /** The card offers "Save clip" (the mention's paragraph). */
  readonly canClip?: boolean;
  /** The page's look at the mention: the card follows its scheme and is never in smaller type. */
  readonly look?: { readonly scheme: 'light' | 'dark'; readonly fontPx: number };
  /** The dataset's version (`YYYY.MM.DD.HHMMSS-hash`), for the card's footer. */
  readonly dataVersion?: string | null;
}

/** Where the pointer was when a card opened by hover, and which way it was going (the card goes the other way). */
export interface PointerAt {
  readonly x: number;
  readonly y: number;
  readonly heading?: 'up' | 'down' | null;
}

/** Saving the shown mention's paragraph as a clip, for the card on screen. */
export type ClipSaveState =
  | { readonly state: 'idle' | 'saving' | 'saved' }
  | { readonly state: 'failed'; readonly detail: string }
  /** Nothing saved: this passage of this page is already a clip, which the card offers to open. */
  | { readonly state: 'duplicate'; readonly existing: ExistingClip };

/** What became of «Save selection as clip» (the context menu), said on the page until dismissed. */
export type SelectionClipNotice = (
  | { readonly state: 'saved' | 'empty' }
  | { readonly state: 'failed'; readonly detail: string }
  | { readonly state: 'duplicate'; readonly existing: ExistingClip }
) & {
  readonly key: number;
  /** The page's scheme, which the notice follows. */
  readonly scheme: 'light' | 'dark';
};

export interface PopoverStore {
  readonly lang: UiLang;
  /** Highlight colours (CSS), for the kind badge. */
  readonly colours: { readonly base: string; readonly militia: string };
  readonly view: PopoverView | null;
  subscribe(listener: () => void): () => void;
  close(): void;
  next(): void;
  previous(): void;
  openIncidents(entityId: string): void;
  /** The "Save clip" of the card shown, and where it stands. */
  readonly clip: ClipSaveState;
  saveClip(): void;
  /** Called once the popover of `key` is positioned and painted. */
  painted(key: number): void;
  /** The notice about the last selection saved as a clip, if not dismissed. */
  readonly notice?: SelectionClipNotice | null;
  dismissNotice?(): void;
  /** Opens the clip library at a saved clip (offered instead of saving the same passage twice). */
  openClip?(id: string): void;
}
