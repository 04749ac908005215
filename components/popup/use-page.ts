/**
 * The popup's view of the active tab: its host, and the page status from its
 * content script, injected on first use (opening the popup grants `activeTab`),
 * polled while the page is being read.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ensureContentScript } from '@/adapters/page/inject';
import type { PageStatus } from '@/adapters/page/messages';
import { hostOf } from '@/adapters/page/sites';

export interface ActiveTab {
  readonly id: number;
  /** Null where the extension cannot run (browser pages, files, the store). */
  readonly host: string | null;
  /** The tab's address (with the tabs permission or activeTab); null when the browser does not say. */
  readonly url: string | null;
}

/**
 * The tab the popup was opened over. The e2e build also takes `?tab=ID`, so that
 * tests can open the popup as a page for a given tab (a test cannot click the
 * toolbar button).
 */
export function useActiveTab(): ActiveTab | null | 'none' {
  const [tab, setTab] = useState<ActiveTab | null | 'none'>(null);
  useEffect(() => {
    const given = import.meta.env.MODE === 'e2e' ? Number(new URLSearchParams(location.search).get('tab')) : 0;
    const query = given ? browser.tabs.get(given).then((t) => [t]) : browser.tabs.query({ active: true, currentWindow: true });
    query.then(
      ([t]) => setTab(t?.id !== undefined ? { id: t.id, host: hostOf(t.url), url: t.url ?? null } : 'none'),
      () => setTab('none'),
    );
  }, []);
  return tab;
}

export type PageState = { readonly kind: 'loading' } | { readonly kind: 'unavailable' } | { readonly kind: 'status'; readonly status: PageStatus };

/** The tab's page status; `enabled` false (site switched off) skips injecting. */
export function usePageStatus(tab: ActiveTab | null, enabled: boolean): PageState {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    if (!tab) return;
    if (!tab.host) return void setState({ kind: 'unavailable' });
    if (!enabled) return void setState({ kind: 'status', status: { state: 'off', host: tab.host, groups: [] } });
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const status = await ensureContentScript(tab.id);
      if (stopped) return;
      setState(status ? { kind: 'status', status } : { kind: 'unavailable' });
      if (status?.state === 'scanning' || status?.state === 'off') timer = setTimeout(() => void poll(), 300);
    };
    setState({ kind: 'loading' });
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tab?.id, tab?.host, enabled]);
  return state;
}
