/**
 * Token buckets per key (a sender tab): a person's pace passes, a script's burst
 * does not. Each key holds up to `capacity` tokens, refilled at `perSecond`; an
 * action takes one or is refused. Pure: the clock is passed in.
 */

export interface RateRule {
  /** The burst allowed at once. */
  readonly capacity: number;
  /** Tokens regained per second. */
  readonly perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Keys beyond which full buckets are forgotten (a closed tab's key, one per tab ever seen). */
const MAX_KEYS = 1000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(readonly rule: RateRule, private readonly now: () => number = Date.now) {}

  /** Takes a token for `key`; false (nothing taken) when its bucket is empty. */
  take(key: string | number): boolean {
    const id = String(key);
    const t = this.now();
    const b = this.buckets.get(id) ?? { tokens: this.rule.capacity, at: t };
    b.tokens = Math.min(this.rule.capacity, b.tokens + (Math.max(0, t - b.at) / 1000) * this.rule.perSecond);
    b.at = t;
    if (b.tokens < 1) {
      this.buckets.set(id, b);
      return false;
    }
    b.tokens -= 1;
    this.buckets.set(id, b);
    if (this.buckets.size > MAX_KEYS) this.forgetFull(t);
    return true;
  }

  private forgetFull(t: number): void {
    for (const [id, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 1000) * this.rule.perSecond >= this.rule.capacity) this.buckets.delete(id);
    }
  }
}
