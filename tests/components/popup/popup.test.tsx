// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../../adapters/page/messages';
import { defaultSettings, readSettings } from '../../../adapters/settings';
import { ReadingSettings } from '../../../components/options/ReadingSettings';
import { DatasetSearch } from '../../../components/popup/DatasetSearch';
import { PageMentions } from '../../../components/popup/PageMentions';
import { SiteControls } from '../../../components/popup/SiteControls';
import type { PageState } from '../../../components/popup/use-page';
import { PUBLISHED_KEY } from '../../../lib/published';
import { shippedPublished } from '../../fixtures/page-fixtures';
import { renderRoot } from '../../fixtures/render-root';
import { waitFor } from '../../fixtures/wait';

const status = (over: Partial<PageStatus>): PageState => ({ kind: 'status', status: { state: 'ready', host: 'example.com', groups: [], ...over } });

describe('the toolbar popup and the reading settings', () => {
  const host = renderRoot();
  afterEach(() => vi.restoreAllMocks());

  it('says what the page is doing: loading, cannot run, off, reading, error, nothing found', () => {
    const cases: [PageState, string][] = [
      [{ kind: 'loading' }, 'Loading…'],
      [{ kind: 'unavailable' }, 'The extension cannot run on this kind of page.'],
      [status({ state: 'off' }), 'The reader is off on example.com.'],
      [status({ state: 'scanning' }), 'Reading the page…'],
      [status({ state: 'error', error: 'boom' }), 'Error: boom'],
      [status({}), 'No base or militia is mentioned on this page.'],
    ];
    for (const [page, text] of cases) {
      act(() => render(<PageMentions lang="en" tabId={1} page={page} />, host.el));
      expect(host.el.textContent).toContain(text);
    }
  });

  it('lists the mentions by entity with their counts; a click shows one in the page and closes the popup', async () => {
    const groups = [
      { entityId: 'ain-al-asad', kind: 'base' as const, name_ar: 'قاعدة عين الأسد الجوية', name_en: 'Ain al-Asad Air Base', count: 3, fuzzy: false },
      { entityId: 'kataib-hezbollah', kind: 'militia' as const, name_ar: 'كتائب حزب الله', name_en: "Kata'ib Hezbollah", count: 1, fuzzy: false },
    ];
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    act(() => render(<PageMentions lang="ar" tabId={4} page={status({ groups })} />, host.el));
    expect([...host.el.querySelectorAll('li .name')].map((e) => e.textContent)).toEqual(['قاعدة عين الأسد الجوية', 'كتائب حزب الله']);
    expect(host.el.querySelectorAll('li')[0].querySelectorAll('button.nth').length).toBe(2);
    act(() => (host.el.querySelectorAll('li')[0].querySelectorAll('button.nth')[1] as HTMLButtonElement).click());
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith(4, { type: 'page/show', entityId: 'ain-al-asad', index: 2 });
  });

  it('switches the reader off on the site in one click, and on again', async () => {
    act(() => render(<SiteControls lang="en" host="news.example.com" url="https://news.example.com/a" settings={defaultSettings} />, host.el));
    expect(host.el.textContent).toContain('Always on this site');
    act(() => (host.el.querySelector('button') as HTMLButtonElement).click());
    await waitFor(async () => expect((await readSettings()).disabledSites).toEqual(['news.example.com']));
    const off = await readSettings();
    act(() => render(<SiteControls lang="en" host="news.example.com" url="https://news.example.com/a" settings={off} />, host.el));
    expect(host.el.querySelector('button')!.textContent).toBe('Turn on on this site');
    expect(host.el.querySelector('button')!.getAttribute('aria-pressed')).toBe('true');
    act(() => (host.el.querySelector('button') as HTMLButtonElement).click());
    await waitFor(async () => expect((await readSettings()).disabledSites).toEqual([]));
  });

  it('offers no "always on" on a listed news page, and offers it outside a multilingual site\'s Arabic section', () => {
    act(() => render(<SiteControls lang="en" host="www.aljazeera.net" url="https://www.aljazeera.net/news/1" settings={defaultSettings} />, host.el));
    expect(host.el.textContent).not.toContain('Always on this site');
    act(() => render(<SiteControls lang="en" host="www.bbc.com" url="https://www.bbc.com/arabic/articles/x" settings={defaultSettings} />, host.el));
    expect(host.el.textContent).not.toContain('Always on this site');
    act(() => render(<SiteControls lang="en" host="www.bbc.com" url="https://www.bbc.com/news/world" settings={defaultSettings} />, host.el));
    expect(host.el.textContent).toContain('Always on this site');
  });

  it('searches the published dataset, typos and Arabic spellings included', async () => {
    act(() => render(<DatasetSearch lang="en" />, host.el));
    await waitFor(() => expect(host.el.textContent).toContain('The dataset is not loaded yet.'));
    await act(() => fakeBrowser.storage.local.set({ [PUBLISHED_KEY]: shippedPublished() }));
    const input = host.el.querySelector('input[type=search]') as HTMLInputElement;
    await waitFor(() => expect(input.disabled).toBe(false));
    for (const q of ['عين الاسد', 'Ain al-Asd']) {
      input.value = q;
      act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
      expect(host.el.querySelector('ul.results .name')!.textContent).toBe('Ain al-Asad Air Base');
    }
    input.value = 'zzzzzz';
    act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    expect(host.el.textContent).toContain('No results.');
  });

  it('holds the language, colours and sites in the options page', async () => {
    const settings = { ...defaultSettings, disabledSites: ['a.com', 'b.com'], alwaysOnSites: ['c.org'] };
    act(() => render(<ReadingSettings lang="en" settings={settings} />, host.el));
    expect(host.el.textContent).toContain('a.com');
    expect(host.el.textContent).toContain('c.org');
    expect(host.el.querySelectorAll('ul.sites li').length).toBeGreaterThanOrEqual(20);
    const select = host.el.querySelector('#language') as HTMLSelectElement;
    select.value = 'ar';
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await waitFor(async () => expect((await readSettings()).language).toBe('ar'));
    act(() => (host.el.querySelector('button[aria-label="Remove a.com"]') as HTMLButtonElement).click());
    await waitFor(async () => expect((await readSettings()).disabledSites).toEqual(['b.com']));
    const colour = host.el.querySelector('input[type=color]') as HTMLInputElement;
    colour.value = '#123456';
    act(() => void colour.dispatchEvent(new Event('input', { bubbles: true })));
    await waitFor(async () => expect((await readSettings()).baseColour).toBe('#123456'));
  });
});
