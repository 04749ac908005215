/**
 * The popup's clip actions: "Clip this article" (the tab's content script extracts
 * the main article with Readability and saves it) and the way to the clip library.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askTab, ensureContentScript } from '@/adapters/page/inject';
import type { ClipCaptureResult } from '@/adapters/page/messages';
import { t, type UiLang } from '@/components/i18n';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: ClipCaptureResult } | { kind: 'error'; message: string };

/** The library page (entrypoints/library). */
export const libraryUrl = () => (browser.runtime.getURL as (path: string) => string)('/library.html');

/** The browser's side panel (Chrome) or sidebar (Firefox), where it has one; both must be opened in the click's handler. */
interface PanelApis {
  readonly sidePanel?: { open(options: { tabId: number }): Promise<void> };
  readonly sidebarAction?: { open(): Promise<void> };
}

function openPanel(tabId: number | null): Promise<void> | null {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) return apis.sidebarAction.open();
  if (apis.sidePanel && tabId !== null) return apis.sidePanel.open({ tabId });
  return null;
}

export function ClipActions({ lang, tabId }: { lang: UiLang; tabId: number | null }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const clipArticle = async () => {
    if (tabId === null) return;
    setOutcome({ kind: 'busy' });
    try {
      if (!(await ensureContentScript(tabId))) throw new Error(t(lang, 'pageCannotRun'));
      setOutcome({ kind: 'done', result: await askTab<ClipCaptureResult>(tabId, { type: 'page/clip', via: 'article' }) });
    } catch (e) {
      setOutcome({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const openLibrary = () => void browser.tabs.create({ url: libraryUrl() }).then(() => window.close());
  const hasPanel = !!((browser as unknown as PanelApis).sidebarAction || (browser as unknown as PanelApis).sidePanel);
  const inPanel = () => void openPanel(tabId)?.then(() => window.close(), (e: unknown) => setOutcome({ kind: 'error', message: String(e) }));
  return (
    <section class="clips" aria-label={t(lang, 'libraryTitle')}>
      <div class="row">
        <button type="button" class="clip-article" onClick={() => void clipArticle()} disabled={tabId === null || outcome.kind === 'busy'} aria-busy={outcome.kind === 'busy'}>
          {outcome.kind === 'busy' ? t(lang, 'clipSaving') : t(lang, 'clipArticle')}
        </button>
        <button type="button" class="link open-library" onClick={openLibrary}>
          {t(lang, 'clipOpenLibrary')}
        </button>
        {hasPanel && (
          <button type="button" class="link open-panel" onClick={inPanel}>
            {t(lang, 'clipOpenPanel')}
          </button>
        )}
      </div>
      <p class="clip-outcome" role="status">
        {outcomeText(lang, outcome)}
      </p>
    </section>
  );
}

function outcomeText(lang: UiLang, o: Outcome): string {
  if (o.kind === 'error') return t(lang, 'clipSaveFailed', { detail: o.message });
  if (o.kind !== 'done') return '';
  const r = o.result;
  if (r.ok) return t(lang, 'clipArticleSaved', { title: r.title });
  if (r.reason === 'no-article') return t(lang, 'clipNoArticle');
  if (r.reason === 'no-selection') return t(lang, 'clipNoSelection');
  return t(lang, 'clipSaveFailed', { detail: r.detail ?? '' });
}
