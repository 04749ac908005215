/**
 * The card's "Save clip": saves the mention's paragraph with its mentions to the
 * clip library, then says whether it was saved (announced to screen readers).
 * A paragraph already saved from this page is not saved twice: the card says
 * since when, and offers to open that clip. The button sits in the card's header
 * row; the message under it.
 */
import { formatDate, t, type UiLang } from '@/components/i18n';
import type { ClipSaveState } from './model';

export function ClipButton({ lang, clip, onSave, onOpen }: { lang: UiLang; clip: ClipSaveState; onSave: () => void; onOpen?: (id: string) => void }) {
  const busy = clip.state === 'saving';
  const done = clip.state === 'saved' || clip.state === 'duplicate';
  const label = done ? t(lang, 'clipSavedToLibrary') : busy ? t(lang, 'clipSaving') : t(lang, 'clipSave');
  const status =
    clip.state === 'failed'
      ? t(lang, 'clipSaveFailed', { detail: clip.detail })
      : clip.state === 'duplicate'
        ? t(lang, 'clipAlreadySaved', { date: formatDate(lang, clip.existing.captured_at) })
        : clip.state === 'saved'
          ? t(lang, 'clipSavedToLibrary')
          : '';
  const shown = clip.state === 'failed' || clip.state === 'duplicate';
  return (
    <span class="clip-action" data-state={clip.state}>
      <button type="button" class="save-clip" onClick={() => !done && onSave()} disabled={busy} aria-disabled={done} aria-busy={busy}>
        {label}
      </button>
      <span class={clip.state === 'failed' ? 'clip-status error' : shown ? 'clip-status' : 'clip-status sr-only'} role="status">
        {status}
      </span>
      {clip.state === 'duplicate' && onOpen && (
        <button type="button" class="link open-saved-clip" onClick={() => onOpen(clip.existing.id)}>
          {t(lang, 'clipOpenSaved')}
        </button>
      )}
    </span>
  );
}
