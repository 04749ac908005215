/**
 * The card's "Save clip": saves the mention's paragraph with its mentions to the
 * clip library, then says whether it was saved (announced to screen readers).
 * The button sits in the card's header row; the message under it.
 */
import { t, type UiLang } from '@/components/i18n';
import type { ClipSaveState } from './model';

export function ClipButton({ lang, clip, onSave }: { lang: UiLang; clip: ClipSaveState; onSave: () => void }) {
  const busy = clip.state === 'saving';
  const saved = clip.state === 'saved';
  const label = saved ? t(lang, 'clipSavedToLibrary') : busy ? t(lang, 'clipSaving') : t(lang, 'clipSave');
  return (
    <span class="clip-action" data-state={clip.state}>
      <button type="button" class="save-clip" onClick={() => !saved && onSave()} disabled={busy} aria-disabled={saved} aria-busy={busy}>
        {label}
      </button>
      <span class={clip.state === 'failed' ? 'clip-status error' : 'clip-status sr-only'} role="status">
        {clip.state === 'failed' ? t(lang, 'clipSaveFailed', { detail: clip.detail }) : saved ? t(lang, 'clipSavedToLibrary') : ''}
      </span>
    </span>
  );
}
