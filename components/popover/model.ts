/**
 * What the popover shows and how it talks back: the content script keeps a
 * `PopoverStore` (adapters/page/popover-controller.ts); the components render it.
 */
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
  readonly pointer: { readonly x: number; readonly y: number } | null;
  /** The card offers "Save clip" (the mention's paragraph). */
  readonly canClip?: boolean;
}

/** Saving the shown mention's paragraph as a clip, for the card on screen. */
export type ClipSaveState = { readonly state: 'idle' | 'saving' | 'saved' } | { readonly state: 'failed'; readonly detail: string };

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
}
