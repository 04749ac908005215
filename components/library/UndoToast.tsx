/**
 * "Deleted … — Undo" after each deletion: every deleted clip is kept by the page
 * for `ms` (UNDO_MS by default) with its own Undo, so two deletions in a row can
 * both be undone; then that deletion is final. The newest Undo button takes focus,
 * so a keyboard user can undo at once; each message is announced.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t, type UiLang } from '@/components/i18n';
import type { Clip } from '@/lib/clips/types';

export const UNDO_MS = 10_000;

export function UndoToasts({ lang, clips, ms = UNDO_MS, onUndo, onExpire }: { lang: UiLang; clips: readonly Clip[]; ms?: number; onUndo: (clip: Clip) => void; onExpire: (clip: Clip) => void }) {
  if (clips.length === 0) return null;
  return (
    <div class="toasts" role="region" aria-label={t(lang, 'undoRegion')}>
      {clips.map((c) => <UndoToast key={c.id} lang={lang} clip={c} ms={ms} onUndo={() => onUndo(c)} onExpire={() => onExpire(c)} />)}
    </div>
  );
}

export function UndoToast({ lang, clip, ms = UNDO_MS, onUndo, onExpire }: { lang: UiLang; clip: Clip; ms?: number; onUndo: () => void; onExpire: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    undo.current?.focus();
    const timer = setTimeout(() => expire.current(), ms);
    return () => clearTimeout(timer);
  }, [clip.id]);
  return (
    <div class="toast" role="status">
      <span dir="auto">{t(lang, 'clipDeleted', { title: clip.title })}</span>
      <button type="button" ref={undo} class="undo" onClick={onUndo}>{t(lang, 'clipUndo')}</button>
    </div>
  );
}
