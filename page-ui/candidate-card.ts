/**
 * The radar's card in the content script: which candidate it shows, the proposed
 * record for it (lib/candidate-proposal.ts, with the article's address as source),
 * and copying that record to the clipboard, with the outcome kept for the card.
 */
import type { UiLang } from '@/components/i18n';
import type { CandidateStore, CandidateView, ProposalCopyState } from '@/components/candidates/model';
import { militiaProposal, proposalJson } from '@/lib/candidate-proposal';
import { liveRange, type PageCandidate } from '@/adapters/page/candidate-marks';
import { pageLook } from '@/adapters/page/page-look';

export interface CandidateCardDeps {
  /** Puts the UI host in the page (first time: creates it). */
  readonly mountUi: () => Promise<void>;
  /** The article's address, the proposal's source. */
  readonly articleUrl: () => string;
  /** Writes text to the clipboard (default: the async Clipboard API). */
  readonly writeClipboard?: (text: string) => Promise<void>;
}

export class CandidateCard implements CandidateStore {
  lang: UiLang = 'en';
  view: CandidateView | null = null;
  copy: ProposalCopyState = { state: 'idle' };
  private shown: PageCandidate | null = null;
  private nextKey = 1;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: CandidateCardDeps) {}

  /** The candidate whose card is open. */
  get candidate(): PageCandidate | null {
    return this.shown;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async open(c: PageCandidate, how: CandidateView['how'], pointer: { x: number; y: number } | null): Promise<void> {
    await this.deps.mountUi();
    this.shown = c;
    this.copy = { state: 'idle' };
    const proposal = militiaProposal(c.candidate, this.deps.articleUrl());
    this.view = {
      key: this.nextKey++,
      name: c.candidate.text,
      nameLang: c.candidate.lang,
      cue: c.cue,
      proposal: proposalJson(proposal),
      how,
      anchor: {
        getBoundingClientRect: () => liveRange(c).getBoundingClientRect(),
        getClientRects: () => liveRange(c).getClientRects(),
        contextElement: c.startNode.parentElement ?? undefined,
      },
      pointer,
      look: c.startNode.parentElement ? pageLook(c.startNode.parentElement) : undefined,
    };
    this.notify();
  }

  close(): void {
    if (!this.view) return;
    this.view = null;
    this.shown = null;
    this.notify();
  }

  /** Closes the card if its candidate left the page. */
  closeIfGone(): void {
    if (this.shown && !this.shown.startNode.isConnected) this.close();
  }

  copyProposal(fallback: (text: string) => boolean): void {
    const view = this.view;
    if (!view) return;
    const done = (copy: ProposalCopyState) => {
      if (this.view?.key !== view.key) return;
      this.copy = copy;
      this.notify();
    };
    const write = this.deps.writeClipboard ?? ((text: string) => navigator.clipboard.writeText(text));
    let pending: Promise<void>;
    try {
      pending = write(view.proposal);
    } catch (e) {
      pending = Promise.reject(e);
    }
    pending.then(
      () => done({ state: 'copied' }),
      (e: unknown) => done(fallback(view.proposal) ? { state: 'copied' } : { state: 'failed', detail: e instanceof Error ? e.message : String(e) }),
    );
  }

  setLang(lang: UiLang): void {
    this.lang = lang;
    this.notify();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
