/**
 * The popup's clip actions: "Clip this article" (the tab's content script extracts
 * the main article with Readability and saves it) and the way to the clip library.
 * An article already clipped is not saved twice: the popup says since when and
 * offers to open that clip.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask, askTab } from '@/adapters/messaging';
import { ensureContentScript } from '@/adapters/page/inject';
import type { ClipCaptureResult } from '@/adapters/page/messages';
import { formatDate, isolate, t, type UiLang } from '@/components/i18n';

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
      setOutcome({ kind: 'done', result: await askTab(tabId, { type: 'page/clip', via: 'article' }) });
    } catch (e) {
      setOutcome({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const openLibrary = () => void browser.tabs.create({ url: libraryUrl() }).then(() => window.close());
  const openSaved = (id: string) =>
    void ask({ type: 'clips/open', id }).then(
      (opened) => (opened ? window.close() : setOutcome({ kind: 'error', message: t(lang, 'clipOpenFailed') })),
      (e: unknown) => setOutcome({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  const existing = outcome.kind === 'done' && !outcome.result.ok && outcome.result.reason === 'duplicate' ? outcome.result.existing : null;
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
      {existing && (
        <button type="button" class="link open-saved-clip" onClick={() => openSaved(existing.id)}>
          {t(lang, 'clipOpenSaved')}
        </button>
      )}
    </section>
  );
}

function outcomeText(lang: UiLang, o: Outcome): string {
  if (o.kind === 'error') return t(lang, 'clipSaveFailed', { detail: o.message });
  if (o.kind !== 'done') return '';
  const r = o.result;
  if (r.ok) return t(lang, 'clipArticleSaved', { title: isolate(r.title) });
  if (r.reason === 'no-article') return t(lang, 'clipNoArticle');
  if (r.reason === 'no-selection') return t(lang, 'clipNoSelection');
  if (r.reason === 'duplicate') return t(lang, 'clipArticleDuplicate', { date: formatDate(lang, r.existing.captured_at), title: isolate(r.existing.title) });
  return t(lang, 'clipSaveFailed', { detail: r.detail ?? '' });
}
