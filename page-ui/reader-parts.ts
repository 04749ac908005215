/**
 * What runs while the reader is on in a page, once the engine is compiled: the
 * painter, the annotator, the watcher of the page's changes, the hover over
 * mentions and, where mentions are painted as highlights, the names of groups not
 * in the data and their hover. Created together, stopped together.
 */
import { createCandidateFinder } from '@/lib/candidates';
import type { MentionFinder } from '@/lib/mentions';
import { Annotator } from '@/adapters/page/annotator';
import { candidateHover } from '@/adapters/page/candidate-hover';
import { CandidateMarks, type PageCandidate } from '@/adapters/page/candidate-marks';
import { pageNormalizer } from '@/adapters/page/engine/page-finder';
import { mentionAt } from '@/adapters/page/hit-test';
import { HoverIntent } from '@/adapters/page/hover';
import type { MentionIndex } from '@/adapters/page/mention-index';
import type { Painter } from '@/adapters/page/painter';
import type { Slicer } from '@/adapters/page/slicer';
import { PageWatcher } from '@/adapters/page/watcher';
import type { CandidateCard } from './candidate-card';
import type { PopoverController } from './popover-controller';
import type { UiHost } from './ui-host';

export interface ReaderParts {
  readonly painter: Painter;
  readonly annotator: Annotator;
  readonly finder: MentionFinder;
  readonly watcher: PageWatcher;
  readonly hover: HoverIntent;
  /** Names of groups not in the data, and their hover (only where mentions are painted as highlights). */
  readonly candidates: CandidateMarks | null;
  readonly candidateHover: HoverIntent<PageCandidate> | null;
}

export interface ReaderPartsDeps {
  readonly finder: MentionFinder;
  readonly painter: Painter;
  readonly index: MentionIndex;
  readonly slicer: Slicer;
  readonly ui: UiHost;
  readonly popover: PopoverController;
  readonly radarCard: CandidateCard;
  /** Called with the roots of each batch of the page's changes. */
  readonly rescan: (roots: Element[]) => Promise<void>;
}

/** The parts, none of them started yet. */
export function createReaderParts(d: ReaderPartsDeps): ReaderParts {
  const { finder, painter, ui, popover, radarCard } = d;
  const hover = new HoverIntent(document, {
    hit: (x, y) => mentionAt(d.index, document, x, y, painter.mode),
    isOwnUi: (t) => ui.isOwn(t),
    shown: () => (popover.mention && popover.view ? { mention: popover.mention, how: popover.view.how } : null),
    open: (m, pointer, at) => {
      radarCard.close();
      void popover.open(m, 'hover', pointer, at);
    },
    close: () => popover.close(),
  });
  const candidates = painter.mode === 'highlight' ? new CandidateMarks(createCandidateFinder(pageNormalizer()), finder) : null;
  const radarHover =
    candidates &&
    candidateHover(document, {
      hit: (x, y) => candidates.at(document, x, y),
      isOwnUi: (t) => ui.isOwn(t),
      shown: () => radarCard.candidate,
      open: (c, pointer) => {
        popover.close();
        void radarCard.open(c, 'hover', { x: pointer.x, y: pointer.y });
      },
      close: () => radarCard.close(),
    });
  return {
    painter,
    annotator: new Annotator(finder, painter, d.index, d.slicer),
    finder,
    watcher: new PageWatcher(document, d.rescan),
    hover,
    candidates,
    candidateHover: radarHover,
  };
}

/** Stops listening to the page and removes every mark the parts painted. */
export function stopReaderParts(r: ReaderParts): void {
  r.watcher.stop();
  r.hover.stop();
  r.candidateHover?.stop();
  r.candidates?.dispose();
  r.annotator.reset();
  r.painter.dispose();
}
