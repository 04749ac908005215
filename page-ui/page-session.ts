/**
 * The content script's life on one page: reads the settings and the published
 * dataset, compiles the engine once, annotates the page in time slices, then
 * follows its changes, hover and the keyboard (reader-parts.ts), marks the page's
 * saved clips again (page-clips.ts), and answers the popup and the context menu
 * (which capture clips). Switching the site off removes every trace; switching it
 * on again starts over; the end of the reader's lifetime (lifetime.ts) switches
 * it off for good.
 */
import { onSettingsChanged, readSettings, type Settings } from '@/adapters/settings';
import { resolveLang, type UiLang } from '@/components/i18n';
import { prepareFormats } from '@/components/popover/format';
import type { MentionFinder } from '@/lib/mentions';
import type { PublishedData } from '@/lib/published';
import { Annotator } from '@/adapters/page/annotator';
import { pageFinderSteps, pageNormalizer } from '@/adapters/page/engine/page-finder';
import { HighlightPainter } from '@/adapters/page/highlight-painter';
import { MentionIndex, type PageMention } from '@/adapters/page/mention-index';
import { listen, type Handlers, type TabType } from '@/adapters/messaging';
import { groupMentions, type PageStatus } from '@/adapters/page/messages';
import { OverlayPainter } from '@/adapters/page/overlay-painter';
import { PageClips } from '@/adapters/page/page-clips';
import { PageEvents } from '@/adapters/page/page-events';
import { hasHighlightApi, type Painter } from '@/adapters/page/painter';
import { loadPublished, onPublished } from '@/adapters/page/published-source';
import { isSwitchedOff } from '@/adapters/page/sites';
import { Slicer, yieldToBrowser } from '@/adapters/page/slicer';
import { forcedOverlay, installBenchHook, report } from '@/adapters/page/test-hooks';
import { CandidateCard } from './candidate-card';
import type { ReaderLifetime } from './lifetime';
import { PopoverController } from './popover-controller';
import { createReaderParts, stopReaderParts, type ReaderParts } from './reader-parts';
import { UiHost } from './ui-host';

/** The engine compiled for a dataset, and what the compile took. */
interface Compiled {
  readonly data: PublishedData;
  readonly finder: MentionFinder;
  /** When the compile began (the fold table's task), and each step's time, for the scan's report. */
  readonly startedAt: number;
  readonly times: { readonly foldsMs: number; readonly compileMs: number; readonly compileLongestSliceMs: number; readonly compileSlices: number };
}

export class PageSession {
  private state: PageStatus['state'] = 'scanning';
  private error: string | undefined;
  private settings: Settings | null = null;
  private published: PublishedData | null = null;
  private running: ReaderParts | null = null;
  /** Serialises switching on and off. */
  private queue: Promise<void> = Promise.resolve();
  /**
   * Counts switch-offs. Switching on takes many tasks (the compile runs in slices):
   * the end of the reader's lifetime (the extension updated or removed) can switch
   * off meanwhile, outside the queue, and switching on must then stop where it is.
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

  constructor(private readonly life: ReaderLifetime) {
    const engine = () => (this.running ? { index: this.index, finder: this.running.finder } : null);
    this.clips = new PageClips({ running: engine, published: async () => (this.published ??= await loadPublished()) });
    this.events = new PageEvents({ running: engine });
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
    this.ui = new UiHost(this.popover, this.radarCard);
  }

  /** Starts listening (the popup may ask at once), then switches on unless the site is off. */
  async start(): Promise<void> {
    const stopListening = listen(this.answers);
    document.addEventListener('keydown', this.onKeyDown, true);
    this.life.onEnd(() => {
      stopListening();
      document.removeEventListener('keydown', this.onKeyDown, true);
      this.switchOff();
    });
    this.life.onEnd(onSettingsChanged((s) => this.apply(s)));
    this.life.onEnd(onPublished((p) => this.republish(p)));
    installBenchHook(document, () => this.running && { unsliced: new Annotator(this.running.finder, this.running.painter, this.index, new Slicer(Infinity)), finder: this.running.finder });
    try {
      this.apply(await readSettings());
    } catch (e) {
      this.fail(e);
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

  /** Compiles the engine, then paints the page's mentions and follows the page. */
  private async switchOn(): Promise<void> {
    const settings = this.settings;
    if (this.running || !settings || isSwitchedOff(this.host, settings.disabledSites)) return;
    this.state = 'scanning';
    const generation = this.generation;
    const stale = () => generation !== this.generation || this.life.ended;
    try {
      const compiled = await this.compile(stale);
      if (!compiled) return;
      const painter = await this.createPainter(settings);
      if (stale()) return painter.dispose();
      const parts = createReaderParts({ finder: compiled.finder, painter, index: this.index, slicer: this.slicer, ui: this.ui, popover: this.popover, radarCard: this.radarCard, rescan: (roots) => this.rescan(roots) });
      this.running = parts;
      const found = await this.scanFirst(parts, compiled);
      if (this.running !== parts) return; // switched off meanwhile
      this.state = 'ready';
      this.afterFirstScan(parts, compiled.data, found.map((f) => f.mention), resolveLang(settings.language));
    } catch (e) {
      this.fail(e);
    }
  }

  /**
   * The fold table in a task of its own (a few ms: decoded, not built), then the
   * lexicon, the longest step of all, in slices of its own; again if a newer
   * dataset was published meanwhile (republish leaves that to us until `running`
   * is set). Null if switched off meanwhile.
   */
  private async compile(stale: () => boolean): Promise<Compiled | null> {
    let data = (this.published ??= await loadPublished());
    if (!document.body) throw new Error('this document has no body to read');
    await yieldToBrowser();
    const startedAt = performance.now();
    pageNormalizer();
    const foldsMs = performance.now() - startedAt;
    await yieldToBrowser();
    const compiling = new Slicer();
    let finder: MentionFinder;
    do {
      data = this.published;
      finder = await compiling.run(pageFinderSteps(data.gazetteer));
      if (stale()) return null;
    } while (this.published !== data);
    compiling.end();
    return { data, finder, startedAt, times: { foldsMs, compileMs: compiling.busy, compileLongestSliceMs: compiling.longest, compileSlices: compiling.slices } };
  }

  /** Highlights where the page has the Highlight API, else boxes in the extension's own layer. */
  private async createPainter(settings: Settings): Promise<Painter> {
    const colours = { base: settings.baseColour, militia: settings.militiaColour };
    return hasHighlightApi() && !forcedOverlay() ? new HighlightPainter(document, colours) : new OverlayPainter(await this.ui.overlayLayer(), colours);
  }

  /** Paints the whole page's mentions, in slices; changes meanwhile are caught by the watcher's first batch. */
  private async scanFirst(parts: ReaderParts, compiled: Compiled) {
    parts.watcher.start();
    await yieldToBrowser();
    this.slicer.begin();
    const scanStartedAt = performance.now();
    const scan = parts.annotator.scan([document.body]);
    this.firstScan = scan;
    const found = await scan;
    this.slicer.end();
    const endedAt = performance.now();
    const slices = { longestSliceMs: this.slicer.longest, slices: this.slicer.slices, busyMs: this.slicer.busy };
    report({ kind: 'scan', ...compiled.times, scanMs: endedAt - scanStartedAt, mentions: found.length, startedAt: compiled.startedAt, endedAt, painter: parts.painter.mode, ...slices });
    return found;
  }

  /**
   * Hover on; then, each in a task of its own, the names of groups not in the data,
   * the card made ready to open at once (its host, formatters and code: a card
   * rendered off the page), and the page's saved clips marked again.
   */
  private afterFirstScan(parts: ReaderParts, data: PublishedData, found: readonly PageMention['mention'][], lang: UiLang): void {
    parts.hover.start();
    const { candidates, candidateHover } = parts;
    if (candidates && candidateHover)
      void yieldToBrowser()
        .then(() => {
          if (this.running?.candidates !== candidates) return;
          candidates.scan([document.body]);
          candidateHover.start();
        })
        .catch((e: unknown) => console.warn('marking new group names:', e));
    void this.ui.prepare();
    void yieldToBrowser()
      .then(() => {
        prepareFormats(lang);
        const first = found[0];
        if (first) this.ui.warmUp({ lang, entity: first.entity, summary: data.summaries[first.entity.id] ?? null, text: first.text, fuzzy: first.match === 'fuzzy' });
      })
      .catch((e: unknown) => console.warn('preparing the card:', e));
    void this.clips.start(parts.painter.mode === 'highlight');
  }

  private fail(e: unknown): void {
    this.state = 'error';
    this.error = e instanceof Error ? e.message : String(e);
  }

  private switchOff(): void {
    this.generation++;
    const r = this.running;
    this.running = null;
    this.state = 'off';
    if (!r) return;
    this.clips.stop();
    this.events.dispose();
    this.popover.close();
    this.radarCard.close();
    stopReaderParts(r);
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
    this.clips.repaint(roots); // only the clips whose passage a change touched, searched in the changed parts (clip-marks.ts)
    report({ kind: 'batch', roots: roots.length, mentions: added.length, ms: performance.now() - t0 });
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.popover.view) this.popover.close();
    if (e.key === 'Escape' && this.radarCard.view) this.radarCard.close();
  };

  /** What the content script answers the popup and the background. */
  private readonly answers: Handlers<TabType> = {
    'page/status': () => ({ state: this.state, host: this.host, groups: groupMentions(this.index.inOrder()), ...(this.error ? { error: this.error } : {}) }),
    // Capturing works with the reader off too: the analyst asked for it.
    'page/clip': ({ via }) => {
      const capture = this.clips.capture(via);
      // The context menu has no place to answer: the page says what became of the selection.
      if (via === 'selection') void capture.then((r) => this.popover.selectionClipped(r)).catch((e: unknown) => console.warn('clip notice:', e));
      return capture;
    },
    'page/events': () => this.events.compute(),
    'page/show-event': ({ index }) => !!this.running && this.events.show(index),
    'page/next-mention': () => {
      if (!this.running) return false;
      this.popover.next();
      return true;
    },
    'page/show': ({ entityId, index }) => {
      if (!this.running) return false;
      const target = this.index.inOrder().filter((x) => x.mention.entity.id === entityId)[index];
      if (target) void this.popover.open(target, 'popup');
      return !!target;
    },
  };
}

/** The article's address for a proposal's source: its canonical URL on the same origin, else the page's, without a fragment. */
function articleUrl(): string {
  const here = location.href.split('#')[0];
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical && new URL(canonical).origin === location.origin ? canonical.split('#')[0] : here;
}
