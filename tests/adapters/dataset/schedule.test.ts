import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { scheduleSync, SYNC_ALARM } from '../../../adapters/dataset/schedule';
import { manifestUrlOf, originPattern } from '../../../adapters/dataset/feed-url';

const feed = { feedUrl: 'https://feed.example/data/', syncIntervalHours: 12 };
const now = Date.parse('2026-11-21T12:00:00Z');

describe('the periodic sync alarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not exist without a feed URL, so nothing is ever fetched', async () => {
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: 720 });
    expect(await scheduleSync({ settings: { feedUrl: '', syncIntervalHours: 12 }, lastAttemptAt: null, now })).toBeNull();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });

  it('repeats every syncIntervalHours; first run soon when never synced', async () => {
    const at = await scheduleSync({ settings: feed, lastAttemptAt: null, now });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 720 });
    expect(at).toBe(now + 60_000);
  });

  it('recreated after a restart, fires one interval after the last attempt', async () => {
    const at = await scheduleSync({ settings: feed, lastAttemptAt: '2026-11-21T10:00:00Z', now });
    expect(at).toBe(Date.parse('2026-11-21T22:00:00Z'));
  });

  it('is kept when unchanged, and replaced when the interval changes', async () => {
    await scheduleSync({ settings: feed, lastAttemptAt: '2026-11-21T10:00:00Z', now });
    const first = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(await scheduleSync({ settings: feed, lastAttemptAt: null, now: now + 5000 })).toBe(first?.scheduledTime);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toEqual(first);
    await scheduleSync({ settings: { ...feed, syncIntervalHours: 24 }, lastAttemptAt: null, reset: true, now });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 1440 });
  });
});

describe('feed URLs', () => {
  it('name the feed directory or its manifest; only http(s)', () => {
    expect(manifestUrlOf('https://feed.example/data/')).toBe('https://feed.example/data/manifest.json');
    expect(manifestUrlOf('https://feed.example/data')).toBe('https://feed.example/data/manifest.json');
    expect(manifestUrlOf(' https://feed.example/data/manifest.json ')).toBe('https://feed.example/data/manifest.json');
    expect(manifestUrlOf('https://feed.example/custom.json#x')).toBe('https://feed.example/custom.json');
    expect(manifestUrlOf('ftp://feed.example/')).toBeNull();
    expect(manifestUrlOf('javascript:alert(1)')).toBeNull();
    expect(manifestUrlOf('feed.example')).toBeNull();
  });

  it('give a host permission pattern for any port of the origin', () => {
    expect(originPattern('http://127.0.0.1:8123/feed/')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://feed.example/a/b.json')).toBe('https://feed.example/*');
  });
});
