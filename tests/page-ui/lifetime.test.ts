// @vitest-environment happy-dom
/**
 * The reader's lifetime in a page (page-ui/lifetime.ts): a page's script that
 * dispatches WXT's start-up event (its name is public once the extension's id is)
 * ends WXT's context but not the reader; an older copy left behind by an update
 * (its runtime gone) ends on that event; a newer copy in the same world ends the
 * older one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ReaderLifetime } from '../../page-ui/lifetime';

/** WXT's start-up event's name (`<extension id>:<entrypoint>:wxt:content-script-started`). */
const STARTED = Reflect.get(ContentScriptContext, 'SCRIPT_STARTED_MESSAGE_TYPE') as string;
/** The event a page would forge: WXT's own name and shape, another message id. */
const forgedStartUp = () => new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged-by-the-page' } });

const lives: ReaderLifetime[] = [];
const lifetime = (ctx: ContentScriptContext, runtimeGone?: () => boolean) => {
  const life = new ReaderLifetime(ctx, runtimeGone);
  lives.push(life);
  return life;
};
afterEach(() => {
  for (const life of lives.splice(0)) life.end();
});

describe('the reader lifetime', () => {
  it('outlives a start-up event forged by the page', () => {
    const ctx = new ContentScriptContext('content');
    const life = lifetime(ctx, () => false);
    let ends = 0;
    life.onEnd(() => ends++);
    document.dispatchEvent(forgedStartUp());
    expect(ctx.signal.aborted).toBe(true); // WXT's own context took the bait
    expect(life.ended).toBe(false);
    expect(ends).toBe(0);
  });

  it('ends on that event when the runtime is gone (an older copy after an update)', () => {
    let gone = false;
    const ctx = new ContentScriptContext('content');
    const life = lifetime(ctx, () => gone);
    gone = true;
    document.dispatchEvent(forgedStartUp());
    expect(life.ended).toBe(true);
  });

  it('notices a runtime that is gone when asked', () => {
    let gone = false;
    const life = lifetime(new ContentScriptContext('content'), () => gone);
    expect(life.ended).toBe(false);
    gone = true;
    expect(life.ended).toBe(true);
  });

  it('ends when a newer copy starts in the same world, and only then', () => {
    const older = lifetime(new ContentScriptContext('content'), () => false);
    let ends = 0;
    older.onEnd(() => ends++);
    const newer = lifetime(new ContentScriptContext('content'), () => false);
    expect(older.ended).toBe(true);
    expect(ends).toBe(1);
    expect(newer.ended).toBe(false);
  });
});
