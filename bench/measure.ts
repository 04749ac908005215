/** One result line of `npm run bench`. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
}

/** Runs `fn` `warmups` times, then `runs` times, and returns the median time in milliseconds. */
export function medianMs(fn: () => unknown, runs: number, warmups = 2): number {
  for (let i = 0; i < warmups; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/**
 * A deterministic pseudo-random integer in [0, n) (xorshift32 from `seed`), so that
 * synthetic data is the same on every run.
 */
export function seededRandom(seed: number): (n: number) => number {
  let x = seed | 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}
