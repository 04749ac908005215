/**
 * The content script's life on one page: reads the settings and the published
 * dataset, compiles the engine once, annotates the page in time slices, then
 * follows its changes, hover and the keyboard, marks the page's saved clips
 * again (page-clips.ts), and answers the popup and the context menu (which capture
 * clips). Switching the site off removes every trace; switching it on again
 * starts over.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onSettingsChanged, readSettings, type Settings } from '@/adapters/settings';
import { resolveLang } from '@/components/i18n';
import { prepareFormats } from '@/components/popover/format';
import type { MentionFinder } from '@/lib/mentions';
import type { PublishedData } from '@/lib/published';
import { createCandidateFinder } from '@/lib/candidates';
import { Annotator } from './annotator';
import { CandidateCard } from './candidate-card';
import { candidateHover } from './candidate-hover';
import { CandidateMarks, type PageCandidate } from './candidate-marks';
import { installBenchHook } from './bench-hook';
import { pageFinderSteps, pageNormalizer } from './engine/page-finder';
import { HighlightPainter } from './highlight-painter';
import { mentionAt } from './hit-test';
import { HoverIntent } from './hover';
import { MentionIndex } from './mention-index';
import { groupMentions, isPageRequest, type ClipCaptureResult, type PageEventsResult, type PageRequest, type PageStatus } from './messages';
import { OverlayPainter } from './overlay-painter';
import { PageClips } from './page-clips';
import { PageEvents } from './page-events';
import { hasHighlightApi, type Painter } from './painter';
import { PopoverController } from './popover-controller';
import { report } from './probe';
import { loadPublished, onPublished } from './published-source';
import { isSwitchedOff } from './sites';
import { Slicer, yieldToBrowser } from './slicer';
import { UiHost } from './ui-host';
import { PageWatcher } from './watcher';

/** Parts that exist while the reader is on. */
interface Running {
  readonly painter: Painter;
  readonly annotator: Annotator;
  /** Never yields: for the bench hook. */
  readonly unsliced: Annotator;
  readonly finder: MentionFinder;
  readonly watcher: PageWatcher;
  readonly hover: HoverIntent;
  /** Names of groups not in the data, and their hover (only where mentions are painted as highlights). */
  readonly candidates: CandidateMarks | null;
  readonly candidateHover: HoverIntent<PageCandidate> | null;
}

export interface SessionOptions {
  /** Paint with overlay boxes even where the Highlight API exists (tests of the fallback). */
  readonly forceOverlay?: boolean;
}

export class PageSession {
  private state: PageStatus['state'] = 'scanning';
  private error: string | undefined;
  private settings: Settings | null = null;
  private published: PublishedData | null = null;
  private running: Running | null = null;
  /** Serialises switching on and off. */
  private queue: Promise<void> = Promise.resolve();
  /**
   * Counts switch-offs. Switching on takes many tasks (the compile runs in slices):
   * an invalidation (the extension updated or removed) can switch off meanwhile,
   * outside the queue, and switching on must then stop where it is.
   */
  private generation = 0;
  private firstScan: Promise<unknown> = Promise.resolve();
  private readonly index = new MentionIndex();
  private readonly slicer = new Slicer(8);
  private readonly popover: PopoverController;
  private readonly radarCard: CandidateCard;
  private readonly clips: PageClips;
  /** The attacks the article reports, computed when the popup asks. */
  private readonly events: PageEvents;
  private readonly ui: UiHost;
  private readonly host = location.hostname;

  constructor(private readonly ctx: ContentScriptContext, private readonly options: SessionOptions = {}) {
    this.clips = new PageClips({
      running: () => (this.running ? { index: this.index, finder: this.running.finder } : null),
      published: async () => (this.published ??= await loadPublished()),
    });
    this.events = new PageEvents({ running: () => (this.running ? { index: this.index, finder: this.running.finder } : null) });
    this.popover = new PopoverController({
      index: this.index,
      summaries: () => this.published?.summaries ?? {},
      mountUi: () => this.ui.mount(),
      setCurrent: (m) => this.running?.painter.setCurrent(m),
      onPainted: (ms) => report({ kind: 'popover', ms }),
      saveClip: (m) => this.clips.saveMention(m),
      dataVersion: () => this.published?.version ?? null,
    });
    this.radarCard = new CandidateCard({ mountUi: () => this.ui.mount(), articleUrl });
    this.ui = new UiHost(ctx, this.popover, this.radarCard);
  }

  /** Starts listening (the popup may ask at once), then switches on unless the site is off. */
  async start(): Promise<void> {
    browser.runtime.onMessage.addListener(this.onMessage);
    document.addEventListener('keydown', this.onKeyDown, true);
    this.ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onMessage);
      document.removeEventListener('keydown', this.onKeyDown, true);
      this.switchOff();
    });
    this.ctx.onInvalidated(onSettingsChanged((s) => this.apply(s)));
    this.ctx.onInvalidated(onPublished((p) => this.republish(p)));
    installBenchHook(document, () => this.running ?? null);
    try {
      this.apply(await readSettings());
    } catch (e) {
      this.state = 'error';
      this.error = e instanceof Error ? e.message : String(e);
    }
    await this.queue;
  }

  private apply(settings: Settings): void {
    this.settings = settings;
    const colours = { base: settings.baseColour, militia: settings.militiaColour };
    this.popover.setLang(resolveLang(settings.language), colours);
    this.radarCard.setLang(resolveLang(settings.language));
    this.running?.painter.setColours(colours);
    if (isSwitchedOff(this.host, settings.disabledSites)) {
      if (this.state !== 'off') this.queue = this.queue.then(() => this.switchOff());
    } else if (!this.running) this.queue = this.queue.then(() => this.switchOn());
  }

  private async switchOn(): Promise<void> {
    if (this.running || !this.settings || isSwitchedOff(this.host, this.settings.disabledSites)) return;
    this.state = 'scanning';
    const generation = this.generation;
    const stale = () => generation !== this.generation || this.ctx.isInvalid;
    try {
      this.published ??= await loadPublished();
      if (!document.body) throw new Error('this document has no body to read');
      // The fold table in a task of its own (a few ms: decoded, not built).
      await yieldToBrowser();
      const t0 = performance.now();
      pageNormalizer();
      const foldsMs = performance.now() - t0;
      // Then the lexicon, the longest step of all, in slices of its own; again if a
      // newer dataset was published meanwhile (republish leaves that to us until
      // `running` is set).
      await yieldToBrowser();
      const compiling = new Slicer();
      let compiled: PublishedData;
      let finder: MentionFinder;
      do {
        compiled = this.published;
        finder = await compiling.run(pageFinderSteps(compiled.gazetteer));
        if (stale()) return;
      } while (this.published !== compiled);
      compiling.end();
      const compile = { compileMs: compiling.busy, compileLongestSliceMs: compiling.longest, compileSlices: compiling.slices };
      const colours = { base: this.settings.baseColour, militia: this.settings.militiaColour };
      const painter = hasHighlightApi() && !this.options.forceOverlay ? new HighlightPainter(document, colours) : new OverlayPainter(await this.ui.overlayLayer(), colours);
      if (stale()) {
        painter.dispose();
        return;
      }
      const annotator = new Annotator(finder, painter, this.index, this.slicer);
      const watcher = new PageWatcher(document, (roots) => this.rescan(roots));
      const hover = new HoverIntent(document, {
        hit: (x, y) => mentionAt(this.index, document, x, y, painter.mode),
        isOwnUi: (t) => this.ui.isOwn(t),
        shown: () => (this.popover.mention && this.popover.view ? { mention: this.popover.mention, how: this.popover.view.how } : null),
        open: (m, pointer, at) => {
          this.radarCard.close();
          void this.popover.open(m, 'hover', pointer, at);
        },
        close: () => this.popover.close(),
      });
      const candidates = painter.mode === 'highlight' ? new CandidateMarks(createCandidateFinder(pageNormalizer()), finder) : null;
      const radarHover = candidates && candidateHover(document, {
        hit: (x, y) => candidates.at(document, x, y),
        isOwnUi: (t) => this.ui.isOwn(t),
        shown: () => this.radarCard.candidate,
        open: (c, pointer) => {
          this.popover.close();
          void this.radarCard.open(c, 'hover', { x: pointer.x, y: pointer.y });
        },
        close: () => this.radarCard.close(),
      });
      this.running = { painter, annotator, unsliced: new Annotator(finder, painter, this.index, new Slicer(Infinity)), finder, watcher, hover, candidates, candidateHover: radarHover };
      // Changes during the first scan are caught by the watcher's first batch.
      watcher.start();
      await yieldToBrowser();
      this.slicer.begin();
      const startedAt = performance.now();
      const scan = annotator.scan([document.body]);
      this.firstScan = scan;
      const found = await scan;
      this.slicer.end();
      const endedAt = performance.now();
      if (this.running?.annotator !== annotator) return; // switched off meanwhile
      this.state = 'ready';
      report({ kind: 'scan', foldsMs, ...compile, scanMs: endedAt - startedAt, mentions: found.length, startedAt: t0, endedAt, painter: painter.mode, longestSliceMs: this.slicer.longest, slices: this.slicer.slices, busyMs: this.slicer.busy });
      hover.start();
      // Names of groups not in the data: a pass of their own, in a task of its own, after the mentions.
      if (candidates && radarHover)
        void yieldToBrowser()
          .then(() => {
            if (this.running?.candidates !== candidates) return;
            candidates.scan([document.body]);
            radarHover.start();
          })
          .catch((e: unknown) => console.warn('marking new group names:', e));
      // So that the first card opens at once: its host, then in a task of their own
      // its formatters and its code (a card rendered off the page).
      void this.ui.prepare();
      const lang = resolveLang(this.settings.language);
      const summaries = compiled.summaries;
      void yieldToBrowser()
        .then(() => {
          prepareFormats(lang);
          const first = found[0]?.mention;
          if (first) this.ui.warmUp({ lang, entity: first.entity, summary: summaries[first.entity.id] ?? null, text: first.text, fuzzy: first.match === 'fuzzy' });
        })
        .catch((e: unknown) => console.warn('preparing the card:', e));
      void this.clips.start(painter.mode === 'highlight'); // the page's saved clips, marked again
    } catch (e) {
      this.state = 'error';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private switchOff(): void {
    this.generation++;
    const r = this.running;
    this.running = null;
    this.state = 'off';
    if (!r) return;
    r.watcher.stop();
    r.hover.stop();
    r.candidateHover?.stop();
    this.clips.stop();
    this.events.dispose();
    this.popover.close();
    this.radarCard.close();
    r.candidates?.dispose();
    r.annotator.reset();
    r.painter.dispose();
    this.ui.remove();
  }

  /** A new dataset: compile it and annotate the page again. */
  private republish(p: PublishedData): void {
    if (p.version === this.published?.version) return;
    this.published = p;
    if (!this.running) return;
    this.queue = this.queue.then(async () => {
      this.switchOff();
      this.state = 'scanning';
      await this.switchOn();
    });
  }

  /** Rescans after changes; waits for the first scan, which may have read the changed parts before they changed. */
  private async rescan(roots: Element[]): Promise<void> {
    await this.firstScan.catch(() => undefined);
    const r = this.running;
    if (!r) return;
    const t0 = performance.now();
    r.annotator.sweep();
    this.popover.closeIfGone();
    r.candidates?.sweep();
    this.radarCard.closeIfGone();
    this.slicer.begin();
    const added = await r.annotator.scan(roots);
    this.slicer.end();
    if (this.running === r) r.candidates?.scan(roots);
    this.clips.repaint();
    report({ kind: 'batch', roots: roots.length, mentions: added.length, ms: performance.now() - t0 });
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.popover.view) this.popover.close();
    if (e.key === 'Escape' && this.radarCard.view) this.radarCard.close();
  };

  private readonly onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isPageRequest(message)) return undefined;
    return Promise.resolve(this.answer(message));
  };

  private answer(m: PageRequest): PageStatus | boolean | PageEventsResult | Promise<ClipCaptureResult> {
    if (m.type === 'page/status') {
      return { state: this.state, host: this.host, groups: groupMentions(this.index.inOrder()), ...(this.error ? { error: this.error } : {}) };
    }
    // Capturing works with the reader off too: the analyst asked for it.
    if (m.type === 'page/clip') {
      const capture = this.clips.capture(m.via);
      // The context menu has no place to answer: the page says what became of the selection.
      if (m.via === 'selection') void capture.then((r) => this.popover.selectionClipped(r)).catch((e: unknown) => console.warn('clip notice:', e));
      return capture;
    }
    if (m.type === 'page/events') return this.events.compute();
    if (!this.running) return false;
    if (m.type === 'page/show-event') return this.events.show(m.index);
    if (m.type === 'page/next-mention') {
      this.popover.next();
      return true;
    }
    const target = this.index.inOrder().filter((x) => x.mention.entity.id === m.entityId)[m.index];
    if (target) void this.popover.open(target, 'popup');
    return !!target;
  }
}

/** The article's address for a proposal's source: its canonical URL on the same origin, else the page's, without a fragment. */
function articleUrl(): string {
  const here = location.href.split('#')[0];
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical && new URL(canonical).origin === location.origin ? canonical.split('#')[0] : here;
}
