/**
 * The messaging module (adapters/messaging): a request's reply type follows from
 * its type, a listener drops malformed messages and those of other senders, and
 * a type no listener handles gets no answer.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { SaveClipResult } from '../../../adapters/clips/messages';
import { ask, askTab, listen, messageListener, notify, onNotice, parseRequest, type Reply, type Request } from '../../../adapters/messaging';
import { protocol, registries } from '../../../adapters/messaging/protocol';
import type { ClipCaptureResult, PageStatus } from '../../../adapters/page/messages';
import type { Clip } from '../../../lib/clips/types';

const id = fakeBrowser.runtime.id;

describe('reply types follow from the request type', () => {
  it('ask and askTab resolve with the reply declared for the type', () => {
    expectTypeOf(ask<'clips/for-page'>).returns.resolves.toEqualTypeOf<Clip[]>();
    expectTypeOf<Reply<'clips/save'>>().toEqualTypeOf<SaveClipResult>();
    expectTypeOf<Reply<'page/status'>>().toEqualTypeOf<PageStatus>();
    expectTypeOf<Request<'clips/open'>>().toEqualTypeOf<{ readonly type: 'clips/open' } & { readonly id: string }>();
    // Inferred from the literal's type, never chosen by the caller.
    const typed = () => {
      expectTypeOf(ask({ type: 'clips/open', id: 'c1' })).resolves.toEqualTypeOf<boolean>();
      expectTypeOf(askTab(1, { type: 'page/clip', via: 'article' })).resolves.toEqualTypeOf<ClipCaptureResult>();
      // @ts-expect-error a tab's request is not the background's
      void ask({ type: 'page/status' });
      // @ts-expect-error the background's request is not a tab's
      void askTab(1, { type: 'clips/open', id: 'c1' });
      // @ts-expect-error a request without its fields
      void ask({ type: 'clips/open' });
      // @ts-expect-error an unknown type
      void ask({ type: 'clips/delete', id: 'c1' });
    };
    expect(typed).toBeTypeOf('function');
  });

  it('every type is declared once, in one service registry', () => {
    const types = registries.flatMap((r) => Object.keys(r));
    expect(new Set(types).size).toBe(types.length);
    expect(Object.keys(protocol).sort()).toEqual([...types].sort());
    for (const type of types) expect(type).toMatch(/^[a-z-]+\/[a-z-]+$/);
  });
});

describe('listeners', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('answer a well-formed request of this extension with its handler', async () => {
    const handler = vi.fn(async ({ id: clipId }: Request<'clips/open'>) => clipId === 'c1');
    const listener = messageListener({ 'clips/open': handler });
    expect(await listener({ type: 'clips/open', id: 'c1' }, { id })).toBe(true);
    expect(handler).toHaveBeenCalledWith({ type: 'clips/open', id: 'c1' }, { id });
  });

  it('drop a malformed message unanswered, and never call the handler', () => {
    const handler = vi.fn(async () => true);
    const listener = messageListener({ 'clips/open': handler, 'page/show-event': handler });
    for (const message of [
      { type: 'clips/open' },
      { type: 'clips/open', id: '../options.html' },
      { type: 'clips/open', id: 7 },
      { type: 'page/show-event', index: -1 },
      { type: 'page/show-event', index: 1.5 },
      'clips/open',
      null,
      [{ type: 'clips/open', id: 'c1' }],
    ]) {
      expect(listener(message, { id })).toBeUndefined();
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('give no answer to an unknown type, a type they do not handle, a notice, or a prototype key', () => {
    const listener = messageListener({ 'clips/open': async () => true });
    expect(listener({ type: 'clips/erase-all' }, { id })).toBeUndefined();
    expect(listener({ type: 'page/status' }, { id })).toBeUndefined();
    expect(listener({ type: 'clips/changed' }, { id })).toBeUndefined();
    expect(listener({ type: 'constructor' }, { id })).toBeUndefined();
    expect(listener({ type: '__proto__' }, { id })).toBeUndefined();
  });

  it('answer only this extension: another sender gets nothing', () => {
    const handler = vi.fn(async () => true);
    const listener = messageListener({ 'clips/open': handler });
    expect(listener({ type: 'clips/open', id: 'c1' }, { id: 'another-extension' })).toBeUndefined();
    expect(listener({ type: 'clips/open', id: 'c1' }, {})).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('pass a handler that throws on as a rejected answer', async () => {
    const listener = messageListener({
      'clips/open': () => {
        throw new Error('no tabs');
      },
    });
    await expect(listener({ type: 'clips/open', id: 'c1' }, { id })).rejects.toThrow('no tabs');
  });

  it('listen registers with the browser and stops; parseRequest keeps only declared requests', () => {
    const stop = listen({ 'clips/open': async () => true });
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    expect(parseRequest({ type: 'clips/open', id: 'c1' })).toEqual({ type: 'clips/open', id: 'c1' });
    expect(parseRequest({ type: 'clips/changed' })).toBeNull();
  });
});

describe('notices', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('notify sends the bare type; onNotice hears its type from this extension only, and stops', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    notify('clips/changed');
    expect(send).toHaveBeenCalledWith({ type: 'clips/changed' });

    const heard = vi.fn();
    const stop = onNotice('clips/changed', heard);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'clips/changed' }, { id }, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'clips/changed' }, { id: 'another-extension' }, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'clips/open', id: 'c1' }, { id }, () => undefined);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'clips/changed' }, { id }, () => undefined);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('notify with no one listening is fine', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(() => notify('clips/changed')).not.toThrow();
  });
});
