// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { buildSummaries } from '../../../lib/dataset/summary';
import type { LookupResult } from '../../../adapters/dataset/lookup';
import { IncidentsApp } from '../../../components/incidents/IncidentsApp';
import { newIncident, smallDataset, withNewIncident } from '../../fixtures/dataset';
import { renderRoot } from '../../fixtures/render-root';
import { waitFor } from '../../fixtures/wait';

// The fixtures' small dataset comes from tests/fixtures/shipped-data.ts, whose disk-reading
// helper module cannot load under happy-dom's URL; it is not needed here.
vi.mock('../../../scripts/data-files', () => ({ defaultDataDir: '', readDataFiles: () => [] }));
const ask = vi.hoisted(() => ({ answer: null as null | (() => Promise<unknown>) }));
vi.mock('../../../adapters/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../adapters/messaging')>();
  return { ...real, ask: (r: { type: string }) => (r.type === 'dataset/lookup' ? ask.answer!() : real.ask(r as never)) };
});

function towerLookup(): LookupResult {
  const s = buildSummaries(withNewIncident(smallDataset('2026.1'), '2026.2'), Infinity)['tower-22'];
  const incidents = s.recent.map((i, n) => (n === 1 ? { ...i, sources: [...i.sources, 'javascript:alert(1)'] } : i));
  return { version: '2026.2', entity: s, incidents };
}

describe('incidents.html', () => {
  const host = renderRoot();
  /** Renders the page and, unless told the answer is held back, waits until it has loaded. */
  const show = async (entityId: string | null, { loaded = true } = {}) => {
    await act(async () => render(<IncidentsApp entityId={entityId} />, host.el));
    if (loaded) await waitFor(() => expect(host.el.querySelector('[aria-busy="true"]')).toBeNull());
  };

  it("lists an entity's incidents in Arabic, right to left, with safe source links", async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ar' } });
    ask.answer = async () => towerLookup();
    await show('tower-22');
    expect(document.documentElement.dir).toBe('rtl');
    expect(host.el.querySelector('h1')?.textContent).toBe('الهجمات: قاعدة');
    const cards = host.el.querySelectorAll('.incident');
    expect([...cards].map((c) => c.getAttribute('data-incident-id'))).toEqual([newIncident().id, '2024-01-28-tower-22-drone']);
    expect(cards[0].textContent).toContain('هجوم صاروخي جديد.');
    expect(cards[0].textContent).toContain('عدد القتلى غير معروف، جريحان');
    const links = [...host.el.querySelectorAll('a[target="_blank"]')];
    expect(links.every((a) => a.getAttribute('rel') === 'noopener noreferrer' && /^https?:/.test(a.getAttribute('href')!))).toBe(true);
    expect(host.el.textContent).toContain('javascript:alert(1)'); // shown as text, never as a link
  });

  it('filters by weapon from the keyboard-accessible form, in English', async () => {
    ask.answer = async () => towerLookup();
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    await show('tower-22');
    const weapon = host.el.querySelector<HTMLSelectElement>('select[name="weapon"]')!;
    expect(weapon.closest('label')?.textContent).toContain('Weapon');
    await act(() => {
      weapon.value = 'drone';
      weapon.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(host.el.querySelectorAll('.incident')).toHaveLength(1);
    expect(host.el.querySelector('[role="status"]')?.textContent).toBe('Showing 1 of 2');
  });

  it('shows loading, then an error in plain words when the background fails', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    let fail!: (e: Error) => void;
    ask.answer = () => new Promise((_, reject) => (fail = reject));
    await show(null, { loaded: false });
    await waitFor(() => expect(fail).toBeTypeOf('function'));
    expect(host.el.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    await act(async () => fail(new Error('the service worker is gone')));
    await waitFor(() => expect(host.el.querySelector('[role="alert"]')).not.toBeNull());
    expect(host.el.querySelector('[role="alert"]')?.textContent).toBe('Could not load the incidents: the service worker is gone');
  });

  it('says when an entity is unknown and offers every incident', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    ask.answer = async () => ({ version: '2026.2', entity: null, incidents: [] });
    await show('nowhere');
    expect(host.el.textContent).toContain('Nothing is known about “nowhere”.');
    expect(host.el.querySelector('a[href="?"]')?.textContent).toBe('Show all incidents');
  });
});
