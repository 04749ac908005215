import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { syncAlwaysOn } from '../../../adapters/page/always-on';
import { ensureContentScript } from '../../../adapters/page/inject';
import { loadPublished } from '../../../adapters/page/published-source';
import { messageListener } from '../../../adapters/messaging';
import { incidentsPageUrl, onCommand, pageRequestHandlers } from '../../../adapters/page/service';
import { defaultSettings, writeSettings } from '../../../adapters/settings';
import { PUBLISHED_KEY } from '../../../lib/published';

const status = { state: 'ready', host: 'example.com', groups: [] };
const onPageMessage = messageListener(pageRequestHandlers);
const id = fakeBrowser.runtime.id;

describe('the background side of the page features (service.ts, inject.ts, always-on.ts)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('opens the incidents page of an entity next to the tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onPageMessage({ type: 'page/open-incidents', entityId: 'ain-al-asad' }, { id, tab: { index: 3 } as never });
    expect(create).toHaveBeenCalledWith({ url: incidentsPageUrl('ain-al-asad'), index: 4 });
    expect(incidentsPageUrl('a b')).toMatch(/\/incidents\.html\?entity=a%20b$/);
  });

  it('inserts and removes CSS in the frame that asked, and leaves other messages to other listeners', async () => {
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    await onPageMessage({ type: 'page/insert-css', css: 'x' }, { id, tab: { id: 7 } as never, frameId: 0 });
    expect(insert).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, css: 'x' });
    expect(onPageMessage({ type: 'dataset/publish' }, { id })).toBeUndefined();
  });

  it('injects the content script where it is not running, then asks it again', async () => {
    let running = false;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => {
      if (!running) throw new Error('Could not establish connection. Receiving end does not exist.');
      return status;
    }) as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => void (running = true)) as never);
    expect(await ensureContentScript(5)).toEqual(status);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/content-scripts/content.js'] });
    expect(await ensureContentScript(5)).toEqual(status);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('is null where the content script cannot run (browser pages)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await ensureContentScript(5)).toBeNull();
  });

  it('sends the keyboard command to the tab, unless the reader switched the site off', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status as never);
    await onCommand('next-mention', { id: 9, url: 'https://www.example.com/a' } as never);
    expect(send).toHaveBeenLastCalledWith(9, { type: 'page/next-mention' });
    send.mockClear();
    await writeSettings({ disabledSites: ['example.com'] });
    await onCommand('next-mention', { id: 9, url: 'https://www.example.com/a' } as never);
    expect(send).not.toHaveBeenCalled();
  });

  it('registers one content script for the always-on sites it has permission for, and only when they change', async () => {
    const granted = new Set(['https://a.org/*', 'https://*.a.org/*']);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) => p.origins.every((o) => granted.has(o))) as never);
    let registered: { id: string; matches: string[] }[] = [];
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => registered) as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (s: typeof registered) => void (registered = s)) as never);
    const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async () => void (registered = [])) as never);

    expect(await syncAlwaysOn({ ...defaultSettings, alwaysOnSites: ['a.org', 'b.org'] })).toEqual(['a.org']);
    expect(register).toHaveBeenCalledWith([{ id: 'always-on-sites', matches: ['https://a.org/*', 'https://*.a.org/*'], js: ['content-scripts/content.js'], runAt: 'document_idle' }]);
    await syncAlwaysOn({ ...defaultSettings, alwaysOnSites: ['a.org', 'b.org'] });
    expect(register).toHaveBeenCalledTimes(1);
    await syncAlwaysOn({ ...defaultSettings, alwaysOnSites: [] });
    expect(unregister).toHaveBeenCalledTimes(1);
    expect(registered).toEqual([]);
  });
});

describe('the published data as content scripts read it (published-source.ts)', () => {
  beforeEach(() => fakeBrowser.reset());
  const published = { version: 'v1', gazetteer: [], summaries: {} };

  it('reads what is in storage', async () => {
    await fakeBrowser.storage.local.set({ [PUBLISHED_KEY]: published });
    expect(await loadPublished()).toEqual(published);
  });

  it('asks the background to publish when nothing is there, and takes it when it appears', async () => {
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      asked.push(m);
      setTimeout(() => void fakeBrowser.storage.local.set({ [PUBLISHED_KEY]: published }), 5);
      return undefined;
    });
    expect(await loadPublished()).toEqual(published);
    expect(asked).toEqual([{ type: 'dataset/publish' }]);
  });
});
