// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent, type HoverTarget } from '../../../adapters/page/hover';
import type { PageMention } from '../../../adapters/page/mention-index';

/**
 * Time is the fake clock's: the test moves it, so a busy machine cannot make a dwell
 * or a quiet time run out early or late.
 */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
/** The events below are made by the test, so untrusted: these tests take them as the user's. */
const trusted = () => true;
const mentionA = { id: 1 } as PageMention;
const mentionB = { id: 2 } as PageMention;

/** A page where x < 100 is mention A, 100 ≤ x < 200 mention B, beyond is plain text; the card is an element. */
function fakeTarget(card: Element) {
  const log: string[] = [];
  let shown: { mention: PageMention; how: 'hover' | 'keyboard' | 'popup' } | null = null;
  const target: HoverTarget = {
    hit: (x) => (x < 100 ? mentionA : x < 200 ? mentionB : null),
    isOwnUi: (t) => t === card,
    shown: () => shown,
    open: (m) => {
      shown = { mention: m, how: 'hover' };
      log.push(`open ${m.id}`);
    },
    close: () => {
      shown = null;
      log.push('close');
    },
  };
  return { target, log, openByKeyboard: (m: PageMention) => (shown = { mention: m, how: 'keyboard' }) };
}

const move = (x: number, on: EventTarget = document.body) => on.dispatchEvent(new MouseEvent('pointermove', { clientX: x, clientY: 10, bubbles: true, composed: true }));

describe('hover intent (hover.ts)', () => {
  let card: HTMLElement;
  let hover: HoverIntent | undefined;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    document.body.innerHTML = '<div id="card"></div>';
    card = document.getElementById('card')!;
  });
  afterEach(() => {
    hover?.stop();
    vi.useRealTimers();
  });

  it('opens a card once the pointer rests on a mention, not when it only crosses one', async () => {
    const { target, log } = fakeTarget(card);
    hover = new HoverIntent(document, target, { dwellMs: 40, leaveMs: 60, trusted });
    hover.start();
    move(50);
    await wait(20);
    move(150);
    await wait(20);
    move(250);
    await wait(80);
    expect(log).toEqual([]);
    move(150);
    await wait(80);
    expect(log).toEqual(['open 2']);
  });

  it('keeps the card open while the pointer is in it, and closes it after the pointer left both', async () => {
    const { target, log } = fakeTarget(card);
    hover = new HoverIntent(document, target, { dwellMs: 20, leaveMs: 50, trusted });
    hover.start();
    move(50);
    await wait(50);
    move(250);
    await wait(20);
    move(300, card);
    await wait(100);
    expect(log).toEqual(['open 1']);
    move(260);
    await wait(100);
    expect(log).toEqual(['open 1', 'close']);
  });

  it('does not close a card opened from the keyboard when the pointer moves', async () => {
    const { target, log, openByKeyboard } = fakeTarget(card);
    hover = new HoverIntent(document, target, { dwellMs: 20, leaveMs: 20, trusted });
    hover.start();
    openByKeyboard(mentionA);
    move(260);
    await wait(80);
    expect(log).toEqual([]);
  });

  it('opens on a still touch tap when it ends, not on a mouse press', async () => {
    const { target, log } = fakeTarget(card);
    hover = new HoverIntent(document, target, { dwellMs: 20, leaveMs: 20, trusted });
    hover.start();
    const at = { clientX: 120, clientY: 10, bubbles: true };
    document.body.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'mouse' }));
    expect(log).toEqual([]);
    document.body.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'mouse' }));
    expect(log).toEqual([]);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch' }));
    expect(log).toEqual([]);
    document.body.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'touch' }));
    expect(log).toEqual(['open 2']);
  });
});
