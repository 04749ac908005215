/**
 * The popover as a non-modal dialog beside its mention, labelled by the entity's
 * name. Opened from the keyboard or the popup, it takes focus (and the store gives
 * focus back when it closes); opened by hover, it leaves focus where it was.
 * Escape closes it; the previous and next buttons move between mentions.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dirOf, t } from '@/components/i18n';
import { ClipButton } from './ClipButton';
import { EntityCard } from './EntityCard';
import type { PopoverStore } from './model';
import { follow } from './position';

/** Renders whatever the store holds; nothing when it is closed. */
export function PopoverLayer({ store }: { store: PopoverStore }) {
  const [, setTick] = useState(0);
  useLayoutEffect(() => {
    const stop = store.subscribe(() => setTick((n) => n + 1));
    setTick((n) => n + 1); // a change between the first render and now
    return stop;
  }, [store]);
  const view = store.view;
  const ref = useRef<HTMLDivElement>(null);

  // Before paint: the card never shows at a stale place.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!view || !el) return;
    el.style.visibility = 'hidden';
    return follow(view.anchor, el, view.pointer, () => {
      if (view.how !== 'hover') el.focus({ preventScroll: true });
      // Painted: after the next frame has been produced.
      requestAnimationFrame(() => setTimeout(() => store.painted(view.key), 0));
    });
  }, [view?.key]);

  if (!view) return null;
  const { lang } = store;
  const titleId = `mbr-title-${view.key}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      store.close();
    }
  };
  return (
    <div ref={ref} class="popover" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} lang={lang} dir={dirOf(lang)} onKeyDown={onKeyDown}
      style={{ '--base': store.colours.base, '--militia': store.colours.militia }}>
      <EntityCard lang={lang} entity={view.entity} summary={view.summary} text={view.text} fuzzy={view.fuzzy} titleId={titleId} onOpenIncidents={(id) => store.openIncidents(id)} />
      {view.canClip && <ClipButton lang={lang} clip={store.clip} onSave={() => store.saveClip()} />}
      <nav class="steps" aria-label={t(lang, 'mentionPosition', { index: view.index, total: view.total })}>
        <button type="button" onClick={() => store.previous()} aria-label={t(lang, 'previousMention')}>
          {lang === 'ar' ? '→' : '←'}
        </button>
        <span aria-live="polite">{t(lang, 'mentionPosition', { index: view.index, total: view.total })}</span>
        <button type="button" onClick={() => store.next()} aria-label={t(lang, 'nextMention')}>
          {lang === 'ar' ? '←' : '→'}
        </button>
        <button type="button" class="close" onClick={() => store.close()} aria-label={t(lang, 'close')}>
          ×
        </button>
      </nav>
    </div>
  );
}
