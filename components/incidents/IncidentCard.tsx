/**
 * One incident: date, site, weapons, who claimed it, who it was attributed to (and
 * by whom), casualties, outcome, the summary in the UI language, and its sources.
 * Sources link out only when they are http(s) URLs, never passing the referrer.
 */
import { t, type StringKey, type UiLang } from '@/components/i18n';
import { casualtiesPhrase } from '@/components/i18n/plural';
import { Names } from '@/components/popover/IncidentItem';
import { blamedBy, casualtyNote, sourceClassLabel } from '@/components/popover/format';
import type { IncidentSummary } from '@/lib/dataset/summary';
import { safeSourceUrl } from './filter';
import { formatIncidentDate, nameOf, outcomeLabel, weaponLabel } from './format';

export function IncidentCard({ lang, incident: i }: { lang: UiLang; incident: IncidentSummary }) {
  const sep = lang === 'ar' ? '، ' : ', ';
  const names = (refs: IncidentSummary['sites'], none: StringKey) => (refs.length > 0 ? <Names lang={lang} names={refs.map((r) => nameOf(lang, r))} /> : t(lang, none));
  const summary = lang === 'ar' ? i.summary_ar : i.summary_en;
  const note = casualtyNote(lang, i);
  return (
    <article class="incident" aria-labelledby={`incident-${i.id}`} data-incident-id={i.id}>
      <h2 id={`incident-${i.id}`}>
        <time dateTime={i.date}>{formatIncidentDate(lang, i.date, i.date_precision)}</time>
        {' — '}
        {names(i.sites, 'notReported')}
      </h2>
      <p class="summary">{summary}</p>
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
