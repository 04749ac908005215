/**
 * "Deleted … — Undo" after a clip is deleted: the clip is kept by the page for
 * `ms` (UNDO_MS by default), then the deletion is final. The Undo button takes focus, so a keyboard
 * user can undo at once; the message is announced.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t, type UiLang } from '@/components/i18n';
import type { Clip } from '@/lib/clips/types';

export const UNDO_MS = 10_000;

export function UndoToast({ lang, clip, ms = UNDO_MS, onUndo, onExpire }: { lang: UiLang; clip: Clip; ms?: number; onUndo: () => void; onExpire: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
    const timer = setTimeout(onExpire, ms);
    return () => clearTimeout(timer);
  }, [clip.id]);
  return (
    <div class="toast" role="status">
      <span dir="auto">{t(lang, 'clipDeleted', { title: clip.title })}</span>
      <button type="button" ref={undo} class="undo" onClick={onUndo}>{t(lang, 'clipUndo')}</button>
    </div>
  );
}
