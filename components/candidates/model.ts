/**
 * What the radar's card shows and how it talks back: the content script keeps a
 * `CandidateStore` (adapters/page/candidate-card.ts); CandidateLayer renders it.
 */
import type { UiLang } from '@/components/i18n';
import type { PopoverAnchor } from '@/components/popover/model';

export interface CandidateView {
  /** Changes with each candidate shown. */
  readonly key: number;
  /** The name as written on the page, and its script's language. */
  readonly name: string;
  readonly nameLang: 'ar' | 'en';
  /** The cue phrase that introduced it, as written. */
  readonly cue: string;
  /** The proposed record (data/SCHEMA.md's militia fields), as JSON. */
  readonly proposal: string;
  readonly how: 'hover' | 'click';
  readonly anchor: PopoverAnchor;
  readonly pointer: { readonly x: number; readonly y: number } | null;
  readonly look?: { readonly scheme: 'light' | 'dark'; readonly fontPx: number };
}

/** Copying the proposal, for the card on screen. */
export type ProposalCopyState = { readonly state: 'idle' | 'copied' } | { readonly state: 'failed'; readonly detail: string };

export interface CandidateStore {
  readonly lang: UiLang;
  readonly view: CandidateView | null;
  readonly copy: ProposalCopyState;
  subscribe(listener: () => void): () => void;
  close(): void;
  /** Copies the proposal; `fallback` copies text another way (a selection in the card) and says if it did. */
  copyProposal(fallback: (text: string) => boolean): void;
}
