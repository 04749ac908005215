import { describe, expect, it } from 'vitest';
import { Slicer, yieldToBrowser } from '../../adapters/page/slicer';

describe('time slices (slicer.ts)', () => {
  it('yields only when the slice is short of time, and notes the longest slice', async () => {
    let yields = 0;
    const slicer = new Slicer(5, async () => void yields++);
    slicer.begin();
    await slicer.yieldIfShort(1);
    expect(yields).toBe(0);
    const until = performance.now() + 7;
    while (performance.now() < until);
    await slicer.yieldIfShort(1);
    expect(yields).toBe(1);
    expect(slicer.longest).toBeGreaterThanOrEqual(7);
    expect(slicer.left()).toBeGreaterThan(3);
    slicer.end();
    expect(slicer.slices).toBe(2);
  });

  it('yields to the event loop without a scheduler', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await yieldToBrowser();
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toBe(true);
  });
});
