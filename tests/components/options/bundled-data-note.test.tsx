// @vitest-environment happy-dom
/** The options page dates the bundled data and says how to add a feed (issue 11, item 9). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../adapters/settings';
import type { DatasetStatus } from '../../../adapters/dataset/messages';
import { DatasetSettings } from '../../../components/options/DatasetSettings';
import { renderRoot } from '../../fixtures/render-root';
import { waitFor } from '../../fixtures/wait';

const bg = vi.hoisted(() => ({ status: null as unknown as DatasetStatus }));
vi.mock('../../../adapters/messaging', async (importOriginal) => ({ ...(await importOriginal<object>()), ask: () => Promise.resolve(bg.status) }));

const status = (origin: 'bundled' | 'feed'): DatasetStatus => ({
  dataset: { version: '2026.11.21.112012-ccc4c31b', origin, feedUrl: origin === 'feed' ? 'https://feed.example/' : null, keyId: null, installedAt: '2026-11-21T11:30:00.000Z', counts: { bases: 44, militias: 35, incidents: 302 } },
  sync: { lastAttemptAt: null, lastSuccessAt: null, lastError: null },
  syncing: false, installError: null, nextSyncAt: null, feedStaleSince: null, feedKeys: 1,
});

describe('the options page on the bundled data', () => {
  const host = renderRoot();
  const show = async (lang: 'ar' | 'en', settings: Settings) => {
    await act(async () => render(<DatasetSettings lang={lang} settings={settings} />, host.el));
    await waitFor(() => expect(host.el.querySelector('[data-field="version"]')).not.toBeNull());
  };
  const text = (sel: string) => host.el.querySelector(sel)?.textContent?.trim();

  it('says the bundled data dates from the build and does not update by itself, and how to add a feed', async () => {
    bg.status = status('bundled');
    await show('en', defaultSettings);
    expect(text('[data-field="bundled-note"]')).toBe('The bundled data dates from 21 Nov 2026, when this copy of the extension was built; it does not update by itself.');
    expect(text('[data-field="add-feed"]')).toMatch(/^To receive updates: enter below the address of a signed data feed/);
  });

  it('says it in Arabic too', async () => {
    bg.status = status('bundled');
    await show('ar', defaultSettings);
    expect(text('[data-field="bundled-note"]')).toMatch(/^البيانات المرفقة تعود إلى .*2026، تاريخ بناء هذه النسخة من الإضافة، ولا تتحدّث وحدها\.$/);
    expect(text('[data-field="add-feed"]')).toMatch(/^لتلقّي التحديثات/);
  });

  it('says neither once a feed is set and its data installed', async () => {
    bg.status = status('feed');
    await show('en', { ...defaultSettings, feedUrl: 'https://feed.example/' });
    expect(host.el.querySelector('[data-field="bundled-note"]')).toBeNull();
    expect(host.el.querySelector('[data-field="add-feed"]')).toBeNull();
  });
});
