/**
 * The periodic sync alarm. With a feed URL set there is exactly one alarm, repeating
 * every `syncIntervalHours`; without one there is none and nothing is fetched.
 * Browsers may drop alarms on restart (Firefox always does), so the service calls
 * `scheduleSync` on every start: a missing alarm is recreated to fire one interval
 * after the last attempt (at once if that is already past).
 */
import { browser } from 'wxt/browser';
import type { Settings } from '@/adapters/settings';

export const SYNC_ALARM = 'dataset-sync';

/** Alarms fire at most once a minute (Chrome's floor for packed extensions is 30 s). */
const MIN_DELAY_MINUTES = 1;

export interface ScheduleInput {
  readonly settings: Pick<Settings, 'feedUrl' | 'syncIntervalHours'>;
  /** ISO time of the last sync attempt, if any. */
  readonly lastAttemptAt: string | null;
  /** Recreate even if an alarm with the same period exists (the feed URL or interval changed). */
  readonly reset?: boolean;
  readonly now?: number;
}

/** Creates, keeps or clears the alarm; returns when it fires next, or null when cleared. */
export async function scheduleSync(input: ScheduleInput, alarms: typeof browser.alarms = browser.alarms): Promise<number | null> {
  if (input.settings.feedUrl === '') {
    await alarms.clear(SYNC_ALARM);
    return null;
  }
  const period = input.settings.syncIntervalHours * 60;
  const existing = await alarms.get(SYNC_ALARM);
  if (existing && existing.periodInMinutes === period && !input.reset) return existing.scheduledTime;
  const now = input.now ?? Date.now();
  const since = input.lastAttemptAt ? (now - Date.parse(input.lastAttemptAt)) / 60_000 : Number.POSITIVE_INFINITY;
  const delay = input.reset ? period : Math.max(MIN_DELAY_MINUTES, period - since);
  await alarms.create(SYNC_ALARM, { delayInMinutes: delay, periodInMinutes: period });
  return now + delay * 60_000;
}
