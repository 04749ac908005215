/**
 * What one tab's content script may ask of the background per unit of time
 * (issue 10: a page's script clicked «Save clip» once per mention and «All
 * incidents» 25 times, opening 25 tabs). Counted per sender tab; extension pages
 * (no tab) are the analyst's own and are not limited.
 */
import { RateLimiter, type RateRule } from '@/lib/rate-limit';

/** Saves: five at once, then one every two seconds. Tab opens (a clip, an entity's incidents): three at once, then one every three seconds. */
export const SENDER_RULES = {
  save: { capacity: 5, perSecond: 0.5 },
  open: { capacity: 3, perSecond: 1 / 3 },
} as const satisfies Record<string, RateRule>;

export type SenderAction = keyof typeof SENDER_RULES;

/** The refusal a page shows when it saves too fast. */
export const TOO_FAST_ERROR = 'too many clips saved from this tab in a short time: wait a few seconds and save again';

export class SenderLimits {
  private readonly limiters: Record<SenderAction, RateLimiter>;

  constructor(now: () => number = Date.now) {
    this.limiters = { save: new RateLimiter(SENDER_RULES.save, now), open: new RateLimiter(SENDER_RULES.open, now) };
  }

  /** True when `sender` may do `action` now (and it is counted); always for extension pages. */
  allow(action: SenderAction, sender: { readonly tab?: { readonly id?: number } }): boolean {
    if (!sender.tab) return true;
    const allowed = this.limiters[action].take(sender.tab.id ?? -1);
    if (!allowed) console.warn(`refused: ${action} from tab ${sender.tab.id ?? '?'} over its rate`);
    return allowed;
  }
}

/** The background's limits, shared by every service that opens tabs or saves clips. */
export const senderLimits = new SenderLimits();
