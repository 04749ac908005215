/**
 * The dataset part of the options page: what is installed (version, records, where
 * it came from), the last successful sync and the last error in plain words, the
 * feed URL and sync interval, and "Sync now". Saving a feed URL first asks for
 * permission to reach the feed's site (it must be asked within the click).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { writeSettings, type Settings } from '@/adapters/settings';
import { manifestUrlOf, originPattern } from '@/adapters/dataset/feed-url';
import type { DatasetStatus, SyncNowReport } from '@/adapters/dataset/messages';
import { ask, onNotice } from '@/adapters/messaging';
import { httpStatusOf, type SyncErrorCode } from '@/adapters/dataset/sync-errors';
import { PUBLISHED_KEY } from '@/lib/published';
import { formatNumber, t, type StringKey, type UiLang } from '@/components/i18n';
import { formatDateTime } from '@/components/incidents/format';
import { dataDate } from '@/components/popover/format';

/** A sync error in plain words. */
export function syncErrorText(lang: UiLang, code: SyncErrorCode): string {
  const status = httpStatusOf(code);
  if (status !== null && status !== 404) return t(lang, 'syncError:http', { status });
  return t(lang, `syncError:${code}` as StringKey);
}

export function DatasetSettings({ lang, settings }: { lang: UiLang; settings: Settings }) {
  const [status, setStatus] = useState<DatasetStatus | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const refresh = () =>
    ask({ type: 'dataset/status' }).then(
      (s) => (setStatus(s), setStatusError(null)),
      (e: unknown) => setStatusError(e instanceof Error ? e.message : String(e)),
    );
  useEffect(() => {
    void refresh();
    const onStorage = (changes: Record<string, unknown>, area: string) => void (area === 'local' && PUBLISHED_KEY in changes && refresh());
    const stopNotices = onNotice('dataset/changed', () => void refresh());
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      stopNotices();
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);

  return (
    <section aria-labelledby="dataset-title" class="dataset-settings">
      <h2 id="dataset-title">{t(lang, 'datasetTitle')}</h2>
      {statusError && <p role="alert">{t(lang, 'datasetStatusError', { message: statusError })}</p>}
      {status ? <StatusView lang={lang} status={status} /> : !statusError && <p aria-busy="true">{t(lang, 'loading')}</p>}
      <FeedForm lang={lang} settings={settings} />
      <SyncNow lang={lang} settings={settings} syncing={status?.syncing ?? false} onDone={refresh} />
    </section>
  );
}

function StatusView({ lang, status }: { lang: UiLang; status: DatasetStatus }) {
  const { dataset, sync } = status;
  const n = (x: number) => formatNumber(lang, x);
  return (
    <>
      {status.installError && <p role="alert">{t(lang, 'datasetInstallError', { detail: status.installError })}</p>}
      {status.feedKeys === 0 && <p class="data-note" data-field="no-feed-key">{t(lang, 'noFeedKey')}</p>}
      {status.feedStaleSince && <p role="alert" data-field="feed-stale">{t(lang, 'feedStaleSince', { time: formatDateTime(lang, status.feedStaleSince) })}</p>}
      {!dataset && <p>{t(lang, 'datasetNotInstalled')}</p>}
      {dataset?.origin === 'bundled' && (
        <p class="data-note" data-field="bundled-note">
          {t(lang, 'bundledDataNote', { date: dataDate(lang, dataset.version) ?? dataset.version })}
        </p>
      )}
      <dl class="dataset-status">
        {dataset && (
          <>
            <dt>{t(lang, 'datasetVersion')}</dt>
            <dd dir="ltr" data-field="version">{dataset.version}</dd>
            <dt>{t(lang, 'datasetSource')}</dt>
            <dd>{dataset.origin === 'feed' ? t(lang, 'datasetSourceFeed', { url: dataset.feedUrl ?? '' }) : t(lang, 'datasetSourceBundled')}</dd>
            <dt>{t(lang, 'datasetRecords')}</dt>
            <dd>{t(lang, 'datasetCounts', { bases: n(dataset.counts.bases), militias: n(dataset.counts.militias), incidents: n(dataset.counts.incidents) })}</dd>
            <dt>{t(lang, 'datasetInstalledAt')}</dt>
            <dd>{formatDateTime(lang, dataset.installedAt)}</dd>
          </>
        )}
        <dt>{t(lang, 'lastSync')}</dt>
        <dd data-field="last-sync">{sync.lastSuccessAt ? formatDateTime(lang, sync.lastSuccessAt) : t(lang, 'lastSyncNever')}</dd>
        {status.nextSyncAt !== null && (
          <>
            <dt>{t(lang, 'nextSync')}</dt>
            <dd>{formatDateTime(lang, status.nextSyncAt)}</dd>
          </>
        )}
        {sync.lastError && (
          <>
            <dt>{t(lang, 'lastError')}</dt>
            <dd data-field="last-error" data-code={sync.lastError.code}>
              {syncErrorText(lang, sync.lastError.code)} {t(lang, 'lastErrorAt', { time: formatDateTime(lang, sync.lastError.at) })}
              <details>
                <summary>{t(lang, 'errorDetails')}</summary>
                <code dir="ltr">{sync.lastError.code}: {sync.lastError.detail}</code>
              </details>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}

function FeedForm({ lang, settings }: { lang: UiLang; settings: Settings }) {
  const [url, setUrl] = useState(settings.feedUrl);
  const [hours, setHours] = useState(String(settings.syncIntervalHours));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => setUrl(settings.feedUrl), [settings.feedUrl]);
  useEffect(() => setHours(String(settings.syncIntervalHours)), [settings.syncIntervalHours]);

  const save = async (e: Event) => {
    e.preventDefault();
    const feedUrl = url.trim();
    if (feedUrl !== '' && !manifestUrlOf(feedUrl)) return setMessage({ error: true, text: t(lang, 'feedUrlInvalid') });
    if (feedUrl !== '') {
      // First thing in the handler: the browser grants permissions only during the click.
      // If the browser cannot even ask (API error), save anyway: a feed served with CORS
      // needs no permission, and a sync without one reports `no-permission`.
      const granted = await browser.permissions.request({ origins: [originPattern(feedUrl)] }).catch(() => null);
      if (granted === false) return setMessage({ error: true, text: t(lang, 'feedPermissionRefused', { host: new URL(feedUrl).host }) });
    }
    const saved = await writeSettings({ feedUrl, syncIntervalHours: Number(hours) });
    setHours(String(saved.syncIntervalHours));
    setMessage({ error: false, text: t(lang, 'saved') });
  };

  const invalid = message?.error === true;
  return (
    <form class="feed-form" onSubmit={save}>
      {settings.feedUrl === '' && <p class="data-note" data-field="add-feed">{t(lang, 'addFeedHowTo')}</p>}
      <label for="feed-url">{t(lang, 'feedUrl')}</label>
      <input
        id="feed-url" name="feedUrl" type="url" dir="ltr" inputMode="url" autoComplete="url" spellcheck={false}
        placeholder="https://example.org/feed/" value={url} aria-invalid={invalid} aria-describedby="feed-url-hint feed-message"
        onInput={(e) => (setUrl(e.currentTarget.value), setMessage(null))}
      />
      <p id="feed-url-hint" class="muted">{t(lang, 'feedUrlHint')}</p>
      <label for="sync-hours">{t(lang, 'syncInterval')}</label>
      <input id="sync-hours" name="syncIntervalHours" type="number" min={1} max={720} step={1} required value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
      <div>
        <button type="submit" class="primary">{t(lang, 'save')}</button>
        <span id="feed-message" role="status" class={invalid ? 'error' : 'muted'}>{message?.text ?? ''}</span>
      </div>
    </form>
  );
}

function SyncNow({ lang, settings, syncing, onDone }: { lang: UiLang; settings: Settings; syncing: boolean; onDone: () => unknown }) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<SyncNowReport | null>(null);
  const noFeed = settings.feedUrl === '';
  const running = busy || syncing;
  // A click while a periodic sync runs is queued behind it and reports its own result.
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setReport(null);
    try {
      setReport(await ask({ type: 'dataset/sync-now' }));
    } catch (e) {
      setReport({ ok: false, error: { code: 'storage', detail: e instanceof Error ? e.message : String(e) } });
    } finally {
      setBusy(false);
      void onDone();
    }
  };
  const text = !report
    ? ''
    : report.ok
      ? t(lang, report.outcome === 'applied' ? 'syncApplied' : 'syncUpToDate', { version: report.version })
      : `${t(lang, 'syncFailed', { message: syncErrorText(lang, report.error.code) })} ${report.error.code === 'no-feed' ? '' : t(lang, 'syncKept')}`;
  return (
    <div class="sync-now">
      {/* aria-disabled, not disabled, while running: the button keeps keyboard focus. */}
      <button type="button" onClick={run} disabled={noFeed} aria-disabled={running} aria-busy={running} aria-describedby={noFeed ? 'sync-needs-feed' : undefined}>
        {running ? t(lang, 'syncing') : t(lang, 'syncNow')}
      </button>
      {noFeed && <span id="sync-needs-feed" class="muted">{t(lang, 'syncNeedsFeed')}</span>}
      <p role="status" aria-live="polite" class={report && !report.ok ? 'error' : undefined} data-field="sync-result">{text.trim()}</p>
    </div>
  );
}
