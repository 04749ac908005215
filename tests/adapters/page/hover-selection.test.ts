// @vitest-environment happy-dom
/**
 * Selecting text wins over the card (hover.ts): no card while a button is held, on
 * a double-click or after a press ends on a mention; a drag closes the open card;
 * events a page's script makes never open it. Timers are the test's (fake), so
 * nothing here waits for real time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent, type HoverTarget } from '../../../adapters/page/hover';
import type { PageMention } from '../../../adapters/page/mention-index';

const mentionA = { id: 1 } as PageMention;

/** x < 100 is mention A, beyond is plain text. */
function fakeTarget() {
  const log: string[] = [];
  let shown: { mention: PageMention; how: 'hover' | 'keyboard' | 'popup' } | null = null;
  const target: HoverTarget = {
    hit: (x) => (x < 100 ? mentionA : null),
    isOwnUi: () => false,
    shown: () => shown,
    open: (m) => {
      shown = { mention: m, how: 'hover' };
      log.push(`open ${(m as unknown as { id: number }).id}`);
    },
    close: () => {
      shown = null;
      log.push('close');
    },
  };
  return { target, log };
}

const fire = (type: string, x: number, o: PointerEventInit = {}) =>
  document.body.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: 10, bubbles: true, pointerType: 'mouse', ...o }));
/** Lets the frame and the dwell and leave timers run. */
const later = () => vi.advanceTimersByTime(500);

describe('hover intent while selecting (hover.ts)', () => {
  let hover: HoverIntent | undefined;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    document.body.innerHTML = '<p>text</p>';
  });
  afterEach(() => {
    hover?.stop();
    vi.useRealTimers();
  });

  const start = (trusted: ((e: Event) => boolean) | null = () => true) => {
    const { target, log } = fakeTarget();
    hover = new HoverIntent(document, target, { dwellMs: 100, leaveMs: 100, ...(trusted ? { trusted } : {}) });
    hover.start();
    return log;
  };

  it("ignores events a page's script makes: a synthetic pointer never opens the card", () => {
    const log = start(null); // the default: only isTrusted events
    fire('pointermove', 50);
    later();
    fire('pointerdown', 50, { pointerType: 'touch' });
    fire('pointerup', 50, { pointerType: 'touch' });
    later();
    expect(log).toEqual([]);
  });

  it('opens no card while a button is held across a mention, nor when the press ends on it', () => {
    const log = start();
    fire('pointerdown', 300, { buttons: 1 });
    for (let x = 290; x >= 50; x -= 20) {
      fire('pointermove', x, { buttons: 1 });
      later();
    }
    fire('pointerup', 50);
    later();
    fire('pointermove', 52);
    later();
    expect(log).toEqual([]);
    // Once the pointer has left the mention, resting on it again opens the card.
    fire('pointermove', 300);
    later();
    fire('pointermove', 50);
    later();
    expect(log).toEqual(['open 1']);
  });

  it('opens no card on a double-click on a mention', () => {
    const log = start();
    fire('pointermove', 50);
    fire('pointerdown', 50, { buttons: 1, detail: 1 });
    fire('pointerup', 50, { detail: 1 });
    fire('pointerdown', 50, { buttons: 1, detail: 2 });
    fire('pointerup', 50, { detail: 2 });
    later();
    fire('pointermove', 51);
    later();
    expect(log).toEqual([]);
  });

  it('opens the card on a single still click on a mention, once the time for a double-click has passed', () => {
    const log = start();
    fire('pointermove', 300);
    fire('pointermove', 50);
    fire('pointerdown', 50, { buttons: 1, detail: 1 });
    fire('pointerup', 50, { detail: 1 });
    vi.advanceTimersByTime(200);
    expect(log).toEqual([]);
    later();
    expect(log).toEqual(['open 1']);
  });

  it('closes the open card when a drag starts, and opens none during it', () => {
    const log = start();
    fire('pointermove', 50);
    later();
    expect(log).toEqual(['open 1']);
    fire('pointerdown', 60, { buttons: 1 });
    fire('pointermove', 62, { buttons: 1 }); // a tremor, not a drag
    expect(log).toEqual(['open 1']);
    fire('pointermove', 80, { buttons: 1 });
    expect(log).toEqual(['open 1', 'close']);
    later();
    fire('pointermove', 40, { buttons: 1 });
    later();
    expect(log).toEqual(['open 1', 'close']);
  });

  it('says which way the pointer was heading when it came to rest, so that the card goes the other way', () => {
    const opened: (string | null | undefined)[] = [];
    hover = new HoverIntent(document, {
      hit: (x, y) => (x < 100 && y >= 200 && y < 220 ? mentionA : null),
      isOwnUi: () => false,
      shown: () => null,
      open: (_m, p) => void opened.push(p.heading),
      close: () => undefined,
    }, { dwellMs: 100, leaveMs: 100, trusted: () => true });
    hover.start();
    const at = (x: number, y: number) => document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
    for (const y of [120, 150, 180, 210]) at(50, y); // down the text
    later();
    at(300, 210);
    later();
    for (const x of [250, 200, 150, 50]) at(x, 210); // along the line
    later();
    at(50, 400);
    later();
    for (const y of [300, 250, 210]) at(50, y); // up the text
    later();
    expect(opened).toEqual(['down', null, 'up']);
  });

  it('a still touch tap opens the card; a touch that moved (scrolling, selecting) does not', () => {
    const log = start();
    fire('pointerdown', 50, { pointerType: 'touch' });
    fire('pointermove', 50, { pointerType: 'touch', clientY: 40 } as PointerEventInit);
    fire('pointerup', 50, { pointerType: 'touch' });
    expect(log).toEqual([]);
    fire('pointerdown', 50, { pointerType: 'touch' });
    fire('pointerup', 50, { pointerType: 'touch' });
    expect(log).toEqual(['open 1']);
  });
});
