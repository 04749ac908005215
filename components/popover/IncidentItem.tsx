/** One prior incident in the popover: date, weapon, who claimed it, casualties, outcome, sources. */
import { Fragment } from 'preact';
import { t, type UiLang } from '@/components/i18n';
import type { IncidentSummary } from '@/lib/dataset/summary';
import { casualtiesText, formatDate, labelOf, nameOf, sourceLabel } from './format';

export function IncidentItem({ lang, incident: i }: { lang: UiLang; incident: IncidentSummary }) {
  const casualties = casualtiesText(lang, i.killed, i.injured);
  const sep = lang === 'ar' ? '، ' : ', ';
  return (
    <li class="incident">
      <p class="incident-head">
        <time dateTime={i.date}>{formatDate(lang, i.date, i.date_precision)}</time>
        {' · '}
        <span>{i.weapons.map((w) => labelOf(lang, 'weapon', w)).join(sep)}</span>
        {' · '}
        <span>{labelOf(lang, 'outcome', i.outcome)}</span>
        {i.confidence === 'low' && <span class="low"> ({t(lang, 'lowConfidence')})</span>}
      </p>
      <p class="incident-summary">{lang === 'ar' ? i.summary_ar : i.summary_en}</p>
      <dl class="facts">
        {i.claimed_by.length > 0 && (
          <>
            <dt>{t(lang, 'claimedBy')}</dt>
            <dd>{i.claimed_by.map((g) => nameOf(lang, g)).join(sep)}</dd>
          </>
        )}
        {i.claimed_by.length === 0 && i.attributed_to.length > 0 && (
          <>
            <dt>{t(lang, 'attributedTo')}</dt>
            <dd>{i.attributed_to.map((g) => `${nameOf(lang, g)} (${g.by})`).join(sep)}</dd>
          </>
        )}
        {casualties && (
          <>
            <dt>{t(lang, 'casualties')}</dt>
            <dd>{casualties}</dd>
          </>
        )}
      </dl>
      <p class="sources">
        {t(lang, 'sources')}:{' '}
        {i.sources.map((url, k) => (
          <Fragment key={url}>
            {k > 0 && ' · '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {sourceLabel(url)}
            </a>
          </Fragment>
        ))}
      </p>
    </li>
  );
}
