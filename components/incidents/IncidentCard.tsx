/**
 * One incident: date, site, weapons, who claimed it, who it was attributed to (and
 * by whom), casualties, outcome, the summary in the UI language, and its sources.
 * Sources link out only when they are http(s) URLs, never passing the referrer.
 * One of the analyst's own incidents is labelled «سجلّي» / "My record", names the
 * article it was kept from and when, and can be deleted (after a confirmation).
 */
import { useState } from 'preact/hooks';
import { libraryPath } from '@/adapters/clips/messages';
import { t, type StringKey, type UiLang } from '@/components/i18n';
import { casualtiesPhrase } from '@/components/i18n/plural';
import { Names } from '@/components/popover/IncidentItem';
import { blamedBy, casualtyNote, sourceClassLabel } from '@/components/popover/format';
import type { IncidentSummary } from '@/lib/dataset/summary';
import { isListedOwn, type ListedIncident } from '@/lib/own-incidents/listing';
import { safeSourceUrl } from './filter';
import { formatDateTime, formatIncidentDate, nameOf, outcomeLabel, weaponLabel } from './format';
import { OwnBadge } from './OwnBadge';
import { ownT } from './own-strings';

export interface IncidentCardProps {
  readonly lang: UiLang;
  readonly incident: IncidentSummary;
  /** Deletes an own incident; resolves with an error to show, or null once deleted. */
  readonly onDelete?: (id: string) => Promise<string | null>;
}

export function IncidentCard({ lang, incident: i, onDelete }: IncidentCardProps) {
  const own = isListedOwn(i);
  const sep = lang === 'ar' ? '، ' : ', ';
  const names = (refs: IncidentSummary['sites'], none: StringKey) => (refs.length > 0 ? <Names lang={lang} names={refs.map((r) => nameOf(lang, r))} /> : t(lang, none));
  const summary = lang === 'ar' ? i.summary_ar : i.summary_en;
  const note = casualtyNote(lang, i);
  return (
    <article class={own ? 'incident own' : 'incident'} aria-labelledby={`incident-${i.id}`} data-incident-id={i.id} data-own={own ? 'true' : undefined}>
      <h2 id={`incident-${i.id}`}>
        {own && (
          <>
            <OwnBadge lang={lang} />{' '}
          </>
        )}
        <time dateTime={i.date}>{formatIncidentDate(lang, i.date, i.date_precision)}</time>
        {' — '}
        {names(i.sites, 'notReported')}
      </h2>
      <p class="summary">{summary}</p>
      {own && <OwnFacts lang={lang} incident={i} onDelete={onDelete} />}
      <dl>
        <dt>{t(lang, 'fieldWeapons')}</dt>
        <dd>{i.weapons.map((w) => weaponLabel(lang, w)).join(sep)}</dd>
        <dt>{t(lang, 'fieldClaimedBy')}</dt>
        <dd>{names(i.claimed_by, 'noClaim')}</dd>
        <dt>{t(lang, 'fieldAttributedTo')}</dt>
        <dd>
          {i.attributed_to.length === 0
            ? t(lang, 'noAttribution')
            : i.attributed_to.map((a) => t(lang, 'attributedBy', { group: nameOf(lang, a), by: blamedBy(lang, a) })).join(lang === 'ar' ? '؛ ' : '; ')}
        </dd>
        <dt>{t(lang, 'fieldCasualties')}</dt>
        <dd>
          {casualtiesPhrase(lang, i.killed, i.injured) ?? t(lang, 'notReported')}
          {note && <span class="casualty-note"> — <bdi>{note}</bdi></span>}
        </dd>
        <dt>{t(lang, 'fieldOutcome')}</dt>
        <dd>{outcomeLabel(lang, i.outcome)}</dd>
        <dt>{t(lang, 'fieldSources')}</dt>
        <dd>
          <ul class="sources">
            {i.sources.map((s, k) => {
              const url = safeSourceUrl(s);
              const cls = sourceClassLabel(lang, i.source_classes?.[k]);
              return (
                <li key={s} data-class={i.source_classes?.[k] ?? undefined}>
                  {url ? (
                    <a href={url.href} target="_blank" rel="noopener noreferrer" dir="ltr">{url.hostname.replace(/^www\./, '')}</a>
                  ) : (
                    <span dir="ltr">{s}</span>
                  )}
                  {cls && <span class="source-class"> ({cls})</span>}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
    </article>
  );
}

/** Where an own incident came from and when it was kept, and its deletion. */
function OwnFacts({ lang, incident: i, onDelete }: { lang: UiLang; incident: ListedIncident; onDelete?: IncidentCardProps['onDelete'] }) {
  const [step, setStep] = useState<{ kind: 'idle' | 'confirm' | 'busy' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const url = i.article_url ? safeSourceUrl(i.article_url) : null;
  const remove = async () => {
    if (step.kind !== 'confirm') return setStep({ kind: 'confirm' });
    setStep({ kind: 'busy' });
    const error = await onDelete!(i.id).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    setStep(error === null ? { kind: 'idle' } : { kind: 'error', message: error });
  };
  return (
    <>
      <p class="own-facts">
        {ownT(lang, 'fromArticle')}:{' '}
        {url ? (
          <a href={url.href} target="_blank" rel="noopener noreferrer">
            <bdi>{i.article_title ?? url.hostname.replace(/^www\./, '')}</bdi>
          </a>
        ) : (
          <bdi>{i.article_title ?? i.article_url}</bdi>
        )}
        {i.kept_at && <> · {ownT(lang, 'keptOn', { date: formatDateTime(lang, i.kept_at) })}</>}
      </p>
      {i.evidence && (
        <figure class="evidence">
          <figcaption>{ownT(lang, 'evidence')}</figcaption>
          <blockquote dir="auto">{i.evidence}</blockquote>
        </figure>
      )}
      {i.clip_id && (
        <p class="own-facts">
          <a href={libraryPath(i.clip_id)}>{ownT(lang, 'openClip')}</a>
        </p>
      )}
      {onDelete && (
        <p class="own-actions">
          <button type="button" class={step.kind === 'confirm' ? 'danger' : undefined} disabled={step.kind === 'busy'} onClick={() => void remove()} onBlur={() => step.kind === 'confirm' && setStep({ kind: 'idle' })}>
            {step.kind === 'confirm' ? ownT(lang, 'deleteConfirm') : ownT(lang, 'deleteOwn')}
          </button>
          {step.kind === 'error' && <span role="alert"> {ownT(lang, 'deleteFailed', { message: step.message })}</span>}
        </p>
      )}
    </>
  );
}
