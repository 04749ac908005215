/**
 * The radar's card: a non-modal dialog beside a name the page introduces as an
 * armed group's and the dataset lacks. It says so, shows the cue that introduced
 * the name, and copies a proposed record for the maintainers to the clipboard,
 * saying what became of it. Looks like the mention card (same style sheet), with
 * a grey edge instead of a kind's colour. Escape closes it.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dirOf, t } from '@/components/i18n';
import { cardFontPx } from '@/components/popover/PopoverLayer';
import { follow } from '@/components/popover/position';
import type { CandidateStore } from './model';

export function CandidateLayer({ store }: { store: CandidateStore }) {
  const [, setTick] = useState(0);
  useLayoutEffect(() => {
    const stop = store.subscribe(() => setTick((n) => n + 1));
    setTick((n) => n + 1);
    return stop;
  }, [store]);
  const view = store.view;
  const ref = useRef<HTMLDivElement>(null);
  const record = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!view || !el) return;
    el.style.visibility = 'hidden';
    return follow(view.anchor, el, view.pointer, () => undefined);
  }, [view?.key]);

  if (!view) return null;
  const { lang, copy } = store;
  const titleId = `mbr-candidate-${view.key}`;
  const fallback = (text: string) => {
    const area = record.current;
    if (!area) return false;
    area.value = text;
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    store.close();
  };
  return (
    <div ref={ref} class="popover candidate" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} lang={lang} dir={dirOf(lang)} onKeyDown={onKeyDown}
      data-scheme={view.look?.scheme ?? 'light'} style={{ fontSize: `${cardFontPx(view.look?.fontPx)}px` }}>
      <div class="bar">
        <span class="kind">{t(lang, 'candidateKind')}</span>
        <span class="steps" />
        <button type="button" class="close" onClick={() => store.close()} aria-label={t(lang, 'close')}>
          ×
        </button>
      </div>
      <div class="body card">
        <h2 id={titleId} aria-label={t(lang, 'candidateCardLabel', { name: view.name })}>
          <bdi class="name" lang={view.nameLang} dir={dirOf(view.nameLang)}>{view.name}</bdi>
        </h2>
        <p>{t(lang, 'candidateExplain', { name: view.name })}</p>
        {view.cue && <p class="muted">{t(lang, 'candidateCue', { cue: view.cue })}</p>}
        <p class="propose">
          <button type="button" class="copy-proposal" onClick={() => store.copyProposal(fallback)}>
            {t(lang, 'copyProposal')}
          </button>
        </p>
        <p class={`copy-status${copy.state === 'failed' ? ' error' : ''}`} role="status" aria-live="polite">
          {copy.state === 'copied' ? t(lang, 'proposalCopied') : copy.state === 'failed' ? t(lang, 'proposalFailed', { detail: copy.detail }) : ''}
        </p>
        <details open={copy.state === 'failed'}>
          <summary>{t(lang, 'proposalPreview')}</summary>
          <textarea ref={record} class="proposal" dir="ltr" lang="en" readOnly rows={8} value={view.proposal} aria-label={t(lang, 'proposalPreview')} />
        </details>
      </div>
    </div>
  );
}
