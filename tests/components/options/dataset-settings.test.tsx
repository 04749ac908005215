// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, readSettings, type Settings } from '../../../adapters/settings';
import type { DatasetStatus, SyncNowReport } from '../../../adapters/dataset/messages';
import { DatasetSettings } from '../../../components/options/DatasetSettings';
import { renderRoot } from '../../fixtures/render-root';
import { waitFor } from '../../fixtures/wait';

const bg = vi.hoisted(() => ({
  status: null as unknown as DatasetStatus,
  syncNow: null as unknown as () => Promise<SyncNowReport>,
}));
vi.mock('../../../adapters/messaging', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ask: (r: { type: string }) => (r.type === 'dataset/status' ? Promise.resolve(bg.status) : bg.syncNow()),
}));

const status = (over: Partial<DatasetStatus['sync']> = {}): DatasetStatus => ({
  dataset: { version: '2026.11.21.112012-ccc4c31b', origin: 'bundled', feedUrl: null, keyId: null, installedAt: '2026-11-21T11:30:00.000Z', counts: { bases: 44, militias: 35, incidents: 302 } },
  sync: { lastAttemptAt: null, lastSuccessAt: null, lastError: null, ...over },
  syncing: false, installError: null, nextSyncAt: null, feedStaleSince: null, feedKeys: 1,
});

describe('the dataset section of the options page', () => {
  const host = renderRoot();
  const show = async (settings: Settings) => {
    await act(async () => render(<DatasetSettings lang="en" settings={settings} />, host.el));
    await waitFor(() => expect(host.el.querySelector('[data-field="version"]')).not.toBeNull());
  };
  const text = (sel: string) => host.el.querySelector(sel)?.textContent?.trim();

  it('shows version, records, last sync and the last error in plain words', async () => {
    bg.status = status({ lastSuccessAt: null, lastError: { code: 'bad-signature', detail: 'signature does not verify with key K', at: '2026-11-21T12:00:00.000Z' } });
    await show(defaultSettings);
    expect(text('[data-field="version"]')).toBe('2026.11.21.112012-ccc4c31b');
    expect(host.el.textContent).toContain('44 bases, 35 militias, 302 incidents');
    expect(text('[data-field="last-sync"]')).toBe('Never');
    expect(text('[data-field="last-error"]')).toMatch(/^The feed’s signature is not valid: the data may have been altered\./);
    expect(host.el.querySelector('[data-field="last-error"] details code')?.textContent).toContain('signature does not verify');
  });

  it('says when the feed went stale (the last verified manifest expired), and nothing while it is fresh', async () => {
    bg.status = status();
    await show({ ...defaultSettings, feedUrl: 'https://feed.example/' });
    expect(host.el.querySelector('[data-field="feed-stale"]')).toBeNull();
    bg.status = { ...status(), feedStaleSince: '2026-11-30T00:00:00.000Z' };
    await act(async () => render(null, host.el));
    await show({ ...defaultSettings, feedUrl: 'https://feed.example/' });
    const stale = host.el.querySelector('[data-field="feed-stale"]');
    expect(stale?.getAttribute('role')).toBe('alert');
    expect(stale?.textContent).toMatch(/^Feed stale since .*2026.*: no valid signed description has arrived since/);
  });

  it('says plainly when the build pins no feed key and so can never sync', async () => {
    bg.status = status();
    await show(defaultSettings);
    expect(host.el.querySelector('[data-field="no-feed-key"]')).toBeNull();
    bg.status = { ...status(), feedKeys: 0 };
    await act(async () => render(null, host.el));
    await show(defaultSettings);
    expect(text('[data-field="no-feed-key"]')).toBe('This build of the extension trusts no feed signing key, so it cannot sync and uses only the bundled data.');
  });

  it('disables Sync now without a feed URL, and says why', async () => {
    bg.status = status();
    await show(defaultSettings);
    const button = [...host.el.querySelectorAll('button')].find((b) => b.textContent === 'Sync now')!;
    expect(button.disabled).toBe(true);
    expect(host.el.querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toBe('Set a feed URL to enable syncing.');
  });

  it('runs Sync now with a busy state and reports a failure in plain words', async () => {
    bg.status = status();
    let finish!: (r: SyncNowReport) => void;
    bg.syncNow = () => new Promise((r) => (finish = r));
    await show({ ...defaultSettings, feedUrl: 'https://feed.example/' });
    const button = [...host.el.querySelectorAll('button')].find((b) => b.textContent === 'Sync now')!;
    await act(() => button.click());
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toBe('Syncing…');
    await act(async () => finish({ ok: false, error: { code: 'timeout', detail: 'no answer in 30000 ms' } }));
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(text('[data-field="sync-result"]')).toBe('Sync failed: The feed’s server took too long to answer. The installed data was kept unchanged.');
  });

  it('refuses a feed URL that is not http(s), and saves one once the host permission is granted', async () => {
    bg.status = status();
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as never;
    await show(defaultSettings);
    const input = host.el.querySelector<HTMLInputElement>('#feed-url')!;
    const form = input.closest('form')!;
    const submit = async (value: string) => {
      await act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const before = text('#feed-message');
      await act(async () => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
      // The handler awaits the permission and the write, then says what happened.
      await waitFor(() => expect(text('#feed-message')).not.toBe(before));
    };
    await submit('ftp://feed.example/');
    expect(text('#feed-message')).toBe('Enter an address starting with https://');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await readSettings()).feedUrl).toBe('');
    await submit('http://feed.example/'); // plain http only on the loopback
    expect(text('#feed-message')).toBe('Enter an address starting with https://');
    expect((await readSettings()).feedUrl).toBe('');

    await submit('https://feed.example:8443/data/');
    expect(request).toHaveBeenCalledWith({ origins: ['https://feed.example/*'] });
    expect((await readSettings()).feedUrl).toBe('https://feed.example:8443/data/');
    expect(text('#feed-message')).toBe('Saved');

    request.mockResolvedValueOnce(false);
    await submit('https://other.example/');
    expect(text('#feed-message')).toBe('Access to other.example was not granted, so the feed URL was not saved.');
    expect((await readSettings()).feedUrl).toBe('https://feed.example:8443/data/');
  });
});
