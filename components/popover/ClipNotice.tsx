/**
 * The page's notice after «Save selection as clip»: saved, nothing selected,
 * already saved (with a button to open that clip), or why it failed. Small, in a
 * corner, announced to screen readers (a failure as an alert), never taking
 * focus; a button or Escape dismisses it.
 */
import { dirOf, formatDate, t, type UiLang } from '@/components/i18n';
import type { SelectionClipNotice } from './model';

function noticeText(lang: UiLang, notice: SelectionClipNotice): string {
  if (notice.state === 'failed') return t(lang, 'selectionClipFailed', { detail: notice.detail });
  if (notice.state === 'duplicate') return t(lang, 'selectionClipDuplicate', { date: formatDate(lang, notice.existing.captured_at) });
  return t(lang, notice.state === 'saved' ? 'selectionClipSaved' : 'selectionClipEmpty');
}

export function ClipNotice({ lang, notice, scheme, onDismiss, onOpen }: { lang: UiLang; notice: SelectionClipNotice; scheme: 'light' | 'dark'; onDismiss: () => void; onOpen?: (id: string) => void }) {
  const failed = notice.state === 'failed' || notice.state === 'empty';
  return (
    <div class="clip-notice" data-state={notice.state} data-scheme={scheme} lang={lang} dir={dirOf(lang)}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss()}>
      <p role={failed ? 'alert' : 'status'} class={failed ? 'error' : undefined}>
        {noticeText(lang, notice)}
      </p>
      {notice.state === 'duplicate' && onOpen && (
        <button type="button" class="open-saved-clip" onClick={() => onOpen(notice.existing.id)}>
          {t(lang, 'clipOpenSaved')}
        </button>
      )}
      <button type="button" class="dismiss" onClick={onDismiss}>
        {t(lang, 'dismiss')}
      </button>
    </div>
  );
}
