/**
 * Clips in the content script: capturing (a selection, a mention's paragraph, the
 * article), saving through the background (`clips/save`), and marking the page's
 * saved clips again. Marks exist only while the reader is on (`start` … `stop`);
 * capturing works even where the reader is switched off (the engine is then
 * compiled for the capture alone, and nothing is painted).
 */
import { mayHaveClips } from '@/adapters/clips/clipped-pages';
import type { ClipDraft, SaveClipResult } from '@/adapters/clips/messages';
import { ask } from '@/adapters/messaging';
import type { Clip } from '@/lib/clips/types';
import type { MentionFinder } from '@/lib/mentions';
import type { PublishedData } from '@/lib/published';
import { articleDraft, CapturedPage, extractArticle, pageAddress, pageMetadata, spanDraft } from './clip-capture';
import { ClipMarks, type ClipMark } from './clip-marks';
import { createPageFinder } from './engine/page-finder';
import type { MentionIndex, PageMention } from './mention-index';
import type { ClipCaptureResult } from './messages';
import { report, REPORTING } from './test-hooks';

export interface PageClipsDeps {
  /** The reader's painted mentions and engine while it runs; null when it is off. */
  readonly running: () => { readonly index: MentionIndex; readonly finder: MentionFinder } | null;
  readonly published: () => Promise<PublishedData>;
  /** Defaults: the background's `clips/save` and `clips/for-page`, asked only where `mayHaveClips` (clipped-pages.ts). */
  readonly save?: (draft: ClipDraft) => Promise<SaveClipResult>;
  readonly forPage?: (urls: readonly string[]) => Promise<Clip[]>;
  readonly mayHaveClips?: (urls: readonly string[]) => Promise<boolean>;
  readonly doc?: Document;
}

export class PageClips {
  private clips: Clip[] = [];
  private marks: ClipMarks | null = null;
  private ownFinder: MentionFinder | null = null;
  private readonly doc: Document;

  constructor(private readonly deps: PageClipsDeps) {
    this.doc = deps.doc ?? document;
  }

  /** Starts marking: loads the page's saved clips and paints their passages (`paint` false: anchors only). */
  async start(paint = true): Promise<ClipMark[]> {
    this.marks ??= new ClipMarks(paint);
    const urls = this.pageUrls();
    const forPage = this.deps.forPage ?? ((u: readonly string[]) => ask({ type: 'clips/for-page', urls: u }));
    const mayHave = this.deps.mayHaveClips ?? mayHaveClips;
    this.clips = urls.length > 0 && (await mayHave(urls)) ? await forPage(urls).catch(() => []) : [];
    return this.paintAll();
  }

  /**
   * After the page changed (`roots`: the parts that changed, when known): marks
   * again the passages the change touched, in idle time (clip-marks.ts); nothing
   * while stopped.
   */
  repaint(roots?: readonly Element[]): Promise<ClipMark[]> {
    if (!this.marks || !this.doc.body) return Promise.resolve([]);
    return this.marks.refresh(this.doc.body, roots).then(reported);
  }

  /** Anchors and paints every clip of the page anew. */
  private paintAll(): Promise<ClipMark[]> {
    if (!this.marks || !this.doc.body) return Promise.resolve([]);
    return this.marks.paint(this.doc.body, this.clips).then(reported);
  }

  stop(): void {
    this.marks?.dispose();
    this.marks = null;
  }

  /** Saves the selection (context menu) or the article (popup). */
  async capture(via: 'selection' | 'article'): Promise<ClipCaptureResult> {
    try {
      const body = this.doc.body;
      if (!body) return { ok: false, reason: via === 'article' ? 'no-article' : 'no-selection' };
      const metadata = pageMetadata(this.doc, this.doc.location.href);
      const page = new CapturedPage(body);
      if (via === 'article') {
        const article = extractArticle(this.doc);
        if (!article) return { ok: false, reason: 'no-article' };
        const finder = await this.finder();
        return await this.save(articleDraft(page, article, metadata, (text) => finder.find(text)));
      }
      const selection = this.doc.getSelection();
      const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      const span = range && page.spanOfRange(range);
      if (!span) return { ok: false, reason: 'no-selection' };
      const draft = spanDraft(page, span, this.painted(), metadata, 'selection');
      // Where the reader is off, nothing is painted: the engine reads the selection.
      const mentions = this.deps.running() ? draft.mentions : (await this.finder()).find(draft.text);
      return await this.save({ ...draft, mentions });
    } catch (e) {
      return { ok: false, reason: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Saves the paragraph of a painted mention (the popover's "Save clip"). */
  async saveMention(m: PageMention): Promise<ClipCaptureResult> {
    try {
      const page = new CapturedPage(this.doc.body);
      const at = page.spanOfMention(m);
      if (!at) return { ok: false, reason: 'failed', detail: 'the mention is no longer on the page' };
      const metadata = pageMetadata(this.doc, this.doc.location.href);
      return await this.save(spanDraft(page, page.paragraphAround(at), this.painted(), metadata, 'popover'));
    } catch (e) {
      return { ok: false, reason: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
  }

  private async save(draft: ClipDraft): Promise<ClipCaptureResult> {
    const save = this.deps.save ?? ((d: ClipDraft) => ask({ type: 'clips/save', draft: d }));
    const r = await save(draft);
    if (!r.ok) return r.duplicate ? { ok: false, reason: 'duplicate', existing: r.duplicate, detail: r.error } : { ok: false, reason: 'failed', detail: r.error };
    this.clips = [...this.clips.filter((c) => c.id !== r.clip.id), r.clip];
    void this.paintAll();
    return { ok: true, id: r.clip.id, title: r.clip.title };
  }

  private painted(): readonly PageMention[] {
    return this.deps.running()?.index.inOrder() ?? [];
  }

  private async finder(): Promise<MentionFinder> {
    const running = this.deps.running();
    if (running) return running.finder;
    return (this.ownFinder ??= createPageFinder((await this.deps.published()).gazetteer));
  }

  /**
   * The page's address and its canonical URL when on the same origin (the background
   * refuses others), without fragments; none for a page that is not http(s).
   */
  private pageUrls(): string[] {
    try {
      const meta = pageMetadata(this.doc, this.doc.location.href);
      const canonical = meta.canonical_url && new URL(meta.canonical_url).origin === new URL(meta.url).origin ? [pageAddress(meta.canonical_url)] : [];
      return [...new Set([meta.url, ...canonical])];
    } catch {
      return [];
    }
  }
}

/** The marks, reported to the e2e tests' probe. */
function reported(marks: ClipMark[]): ClipMark[] {
  if (REPORTING && marks.length > 0) report({ kind: 'clips', marks: marks.map((m) => ({ id: m.clipId, text: m.range ? rangeText(m.range) : null, score: m.score })) });
  return marks;
}

function rangeText(r: AbstractRange): string {
  const live = r.startContainer.ownerDocument!.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
}
