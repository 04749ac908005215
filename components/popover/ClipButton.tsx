/**
 * The card's "Save clip": saves the mention's paragraph with its mentions to the
 * clip library, then says whether it was saved (announced to screen readers).
 */
import { t, type UiLang } from '@/components/i18n';
import type { ClipSaveState } from './model';

export function ClipButton({ lang, clip, onSave }: { lang: UiLang; clip: ClipSaveState; onSave: () => void }) {
  const busy = clip.state === 'saving';
  const label = clip.state === 'saved' ? t(lang, 'clipSavedToLibrary') : busy ? t(lang, 'clipSaving') : t(lang, 'clipSave');
  return (
    <p class="clip-action" data-state={clip.state}>
      <button type="button" class="save-clip" onClick={onSave} disabled={busy || clip.state === 'saved'} aria-busy={busy}>
        {label}
      </button>
      <span class={clip.state === 'failed' ? 'error' : 'muted'} role="status">
        {clip.state === 'failed' ? t(lang, 'clipSaveFailed', { detail: clip.detail }) : ''}
      </span>
    </p>
  );
}
