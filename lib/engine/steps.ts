/**
 * Long computations written as generators that yield between small steps: a
 * caller with a deadline (a content script must not hold the page for 50 ms) can
 * spread them over several tasks, and any other caller runs them at once with
 * `runSteps`. A step is kept to well under a millisecond of optimised code.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end and returns their result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
