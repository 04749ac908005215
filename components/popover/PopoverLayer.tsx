/**
 * The popover as a non-modal dialog beside its mention, labelled by the entity's
 * name. Its actions (save clip, previous, next, close) sit in a header row that
 * never scrolls away and comes first in the focus order: one toolbar, one Tab
 * stop (toolbar.ts). The entity and its incidents scroll below; the footer gives
 * the data's date. The card follows the page's look: dark on a dark page, type no
 * smaller than the article's.
 *
 * Opened from the keyboard or the popup, it takes focus (and the store gives
 * focus back when it closes); opened by hover, it leaves focus where it was.
 * Escape closes it.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dirOf, t } from '@/components/i18n';
import { ClipButton } from './ClipButton';
import { ClipNotice } from './ClipNotice';
import { EntityCard } from './EntityCard';
import { dataDate } from './format';
import type { PopoverStore } from './model';
import { follow } from './position';
import { syncTabStops, toolbarKey } from './toolbar';

/** The card's type size for a page's: never smaller than the article's text, within reason. */
export const cardFontPx = (pagePx: number | undefined) => Math.round(Math.min(20, Math.max(15, pagePx ?? 16)));

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
  const bar = useRef<HTMLDivElement>(null);

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
  useLayoutEffect(() => {
    if (bar.current) syncTabStops(bar.current);
  });

  const { lang } = store;
  const notice = store.notice ? <ClipNotice lang={lang} notice={store.notice} scheme={store.notice.scheme} onDismiss={() => store.dismissNotice?.()} onOpen={store.openClip && ((id) => store.openClip?.(id))} /> : null;
  if (!view) return notice;
  const titleId = `mbr-title-${view.key}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      store.close();
    } else if (bar.current && toolbarKey(bar.current, e)) e.preventDefault();
  };
  const date = dataDate(lang, view.dataVersion);
  const position = t(lang, 'mentionPosition', { index: view.index, total: view.total });
  return (
    <>
      {notice}
      <div ref={ref} class="popover" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} lang={lang} dir={dirOf(lang)} onKeyDown={onKeyDown}
        data-scheme={view.look?.scheme ?? 'light'}
        style={{ '--base': store.colours.base, '--militia': store.colours.militia, fontSize: `${cardFontPx(view.look?.fontPx)}px` }}>
        <div ref={bar} class="bar" role="toolbar" aria-label={t(lang, 'cardActions')} onFocusIn={() => bar.current && syncTabStops(bar.current)}>
          {view.canClip && <ClipButton lang={lang} clip={store.clip} onSave={() => store.saveClip()} onOpen={store.openClip && ((id) => store.openClip?.(id))} />}
          <span class="steps">
            <button type="button" class="step" onClick={() => store.previous()} aria-label={t(lang, 'previousMention')}>
              {lang === 'ar' ? '→' : '←'}
            </button>
            <span class="position" aria-live="polite">{position}</span>
            <button type="button" class="step" onClick={() => store.next()} aria-label={t(lang, 'nextMention')}>
              {lang === 'ar' ? '←' : '→'}
            </button>
          </span>
          <button type="button" class="close" onClick={() => store.close()} aria-label={t(lang, 'close')}>
            ×
          </button>
        </div>
        <div class="body">
          <EntityCard lang={lang} entity={view.entity} summary={view.summary} text={view.text} fuzzy={view.fuzzy} titleId={titleId} onOpenIncidents={(id) => store.openIncidents(id)} />
        </div>
        {date && (
          <footer class="data-date" title={view.dataVersion ? t(lang, 'dataVersionLabel', { version: view.dataVersion }) : undefined}>
            {t(lang, 'dataAsOf', { date })}
          </footer>
        )}
      </div>
    </>
  );
}
