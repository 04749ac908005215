/**
 * The page's notice after «Save selection as clip»: saved, nothing selected, or
 * why it failed. Small, in a corner, announced to screen readers (a failure as an
 * alert), never taking focus; a button or Escape dismisses it.
 */
import { dirOf, t, type UiLang } from '@/components/i18n';
import type { SelectionClipNotice } from './model';

export function ClipNotice({ lang, notice, scheme, onDismiss }: { lang: UiLang; notice: SelectionClipNotice; scheme: 'light' | 'dark'; onDismiss: () => void }) {
  const text =
    notice.state === 'failed' ? t(lang, 'selectionClipFailed', { detail: notice.detail }) : t(lang, notice.state === 'saved' ? 'selectionClipSaved' : 'selectionClipEmpty');
  const failed = notice.state !== 'saved';
  return (
    <div class="clip-notice" data-state={notice.state} data-scheme={scheme} lang={lang} dir={dirOf(lang)}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss()}>
      <p role={failed ? 'alert' : 'status'} class={failed ? 'error' : undefined}>
        {text}
      </p>
      <button type="button" class="dismiss" onClick={onDismiss}>
        {t(lang, 'dismiss')}
      </button>
    </div>
  );
}
