import { describe, expect, it } from 'vitest';
import { Slicer, yieldToBrowser } from '../../../adapters/page/slicer';

describe('time slices (slicer.ts)', () => {
  it('yields only when the slice is short of time, and notes the longest slice', async () => {
    let clock = 100;
    let yields = 0;
    const slicer = new Slicer(5, async () => void yields++, () => clock);
    slicer.begin();
    await slicer.yieldIfShort(1);
    expect(yields).toBe(0);
    clock += 4.5; // 0.5 ms left: short of the 1 ms needed
    await slicer.yieldIfShort(1);
    expect(yields).toBe(1);
    expect(slicer.longest).toBe(4.5);
    expect(slicer.left()).toBe(5); // a new slice started at the yield
    clock += 2;
    slicer.end();
    expect(slicer.slices).toBe(2);
    expect(slicer.busy).toBe(6.5);
    expect(slicer.longest).toBe(4.5);
  });

  it('runs work in steps, yielding only when a slice is used up', async () => {
    let clock = 0;
    const yieldsAt: number[] = [];
    const slicer = new Slicer(5, async () => void yieldsAt.push(clock), () => clock);
    function* work() {
      for (let i = 0; i < 10; i++) {
        clock += 2; // each step takes 2 ms
        yield;
      }
      return 'done';
    }
    slicer.begin();
    await expect(slicer.run(work())).resolves.toBe('done');
    // 2, 4, 6 ms: the slice of 5 is used up after the third step, and so on.
    expect(yieldsAt).toEqual([6, 12, 18]);
    expect(slicer.longest).toBe(6);
  });

  it('yields to the event loop without a scheduler', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await yieldToBrowser();
    expect(ran).toBe(true);
  });
});
