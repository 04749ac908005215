/**
 * Time slices: long work runs in tasks of at most `budgetMs`, yielding to the
 * browser in between, so that no task of ours comes near the 50 ms of a long task
 * and input stays responsive.
 */

import type { Steps } from '@/lib/mentions';

interface Scheduler {
  yield(): Promise<void>;
}

/** Lets the browser run input, rendering and other tasks; resumes soon after. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Slicer {
  private sliceStart: number;
  /** The longest slice so far (ms), from `begin` or a yield to the next yield or `end`. */
  longest = 0;
  /** Number of slices ended so far, and their total length (ms). */
  slices = 0;
  busy = 0;

  /** `now` is the clock (ms); tests pass their own. */
  constructor(
    readonly budgetMs = 8,
    private readonly yieldFn: () => Promise<void> = yieldToBrowser,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sliceStart = now();
  }

  /** Starts a slice now (at the start of a task that was not started by `yield`). */
  begin(): void {
    this.sliceStart = this.now();
  }

  /** When the current slice should end (a time of `now`). */
  deadline(): number {
    return this.sliceStart + this.budgetMs;
  }

  /** Time left in the current slice, in ms (may be negative). */
  left(): number {
    return this.deadline() - this.now();
  }

  /** Ends the current slice (the work is done), noting its length. */
  end(): void {
    const length = this.now() - this.sliceStart;
    this.longest = Math.max(this.longest, length);
    this.slices++;
    this.busy += length;
  }

  async yield(): Promise<void> {
    this.end();
    await this.yieldFn();
    this.sliceStart = this.now();
  }

  /** Runs `steps` to the end, yielding to the browser whenever the slice is used up. */
  async run<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (this.left() <= 0) await this.yield();
    }
  }

  /** Yields if less than `needMs` is left in the slice. */
  async yieldIfShort(needMs = 0): Promise<void> {
    if (this.left() < needMs) await this.yield();
  }
}
