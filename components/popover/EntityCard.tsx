/**
 * The popover's content: what the entity is (names in Arabic and English, type,
 * place, hosted forces or umbrella group, aliases), how it was matched, its prior
 * incidents with the most recent ones, and a link to all of them.
 */
import { Fragment } from 'preact';
import { formatNumber, t, type UiLang } from '@/components/i18n';
import type { EntitySummary } from '@/lib/dataset/summary';
import type { EntityRef } from '@/lib/mentions';
import { countryName, formatDate, labelOf, nameOf, otherNameOf } from './format';
import { IncidentItem } from './IncidentItem';

export interface EntityCardProps {
  readonly lang: UiLang;
  readonly entity: EntityRef;
  readonly summary: EntitySummary | null;
  readonly text: string;
  readonly fuzzy: boolean;
  /** Id of the heading, which labels the dialog. */
  readonly titleId: string;
  readonly onOpenIncidents: (entityId: string) => void;
}

const MAX_ALIASES = 6;
const precisionOf = (date: string) => (['year', 'month', 'day'] as const)[Math.min(2, date.split('-').length - 1)];

export function EntityCard({ lang, entity, summary: s, text, fuzzy, titleId, onOpenIncidents }: EntityCardProps) {
  const sep = lang === 'ar' ? '، ' : ', ';
  const kind = t(lang, entity.kind === 'base' ? 'base' : 'militia');
  const name = nameOf(lang, entity);
  const place = s && [lang === 'ar' ? s.place_ar : s.place_en, countryName(lang, s.country)].filter(Boolean).join(sep);
  const aliases = s ? s.aliases.filter((a) => a !== entity.name_ar && a !== entity.name_en).slice(0, MAX_ALIASES) : [];
  return (
    <article class={`card ${entity.kind}`}>
      <header>
        <h2 id={titleId}>{name}</h2>
        <p class="other-name" lang={lang === 'ar' ? 'en' : 'ar'} dir={lang === 'ar' ? 'ltr' : 'rtl'}>
          {otherNameOf(lang, entity)}
        </p>
        <p class="kind">
          <span class="badge">{kind}</span>
          {s && <span> · {labelOf(lang, 'type', s.type)}</span>}
        </p>
      </header>
      {fuzzy && (
        <p class="fuzzy" role="note">
          {t(lang, 'fuzzyMatch', { text, name })}
        </p>
      )}
      {!s && <p class="muted">{t(lang, 'unknownEntity', { name })}</p>}
      {s && (
        <>
          <dl class="facts">
            {place && (
              <>
                <dt>{t(lang, 'place')}</dt>
                <dd>{place}</dd>
              </>
            )}
            {s.hosted.length > 0 && (
              <>
                <dt>{t(lang, 'hosts')}</dt>
                <dd>
                  <bdi>{s.hosted.join(', ')}</bdi>
                </dd>
              </>
            )}
            {s.umbrella.length > 0 && (
              <>
                <dt>{t(lang, 'umbrella')}</dt>
                <dd>{s.umbrella.map((u) => nameOf(lang, u)).join(sep)}</dd>
              </>
            )}
            {aliases.length > 0 && (
              <>
                <dt>{t(lang, 'aliases')}</dt>
                <dd>
                  {aliases.map((a, k) => (
                    <Fragment key={a}>
                      {k > 0 && sep}
                      <bdi>{a}</bdi>
                    </Fragment>
                  ))}
                </dd>
              </>
            )}
            {s.status && (
              <>
                <dt>{t(lang, 'status')}</dt>
                <dd>
                  {lang === 'ar' ? s.status.event_ar : s.status.event_en} ({formatDate(lang, s.status.date, precisionOf(s.status.date))})
                </dd>
              </>
            )}
          </dl>
          <h3>{t(lang, 'incidentCount', { count: formatNumber(lang, s.incident_count) })}</h3>
          {s.recent.length === 0 ? (
            <p class="muted">{t(lang, 'noIncidents')}</p>
          ) : (
            <ol class="incidents" aria-label={t(lang, 'recentIncidents')}>
              {s.recent.map((i) => (
                <IncidentItem key={i.id} lang={lang} incident={i} />
              ))}
            </ol>
          )}
          <p>
            <button type="button" class="link" onClick={() => onOpenIncidents(entity.id)}>
              {t(lang, 'allIncidents')}
            </button>
          </p>
        </>
      )}
    </article>
  );
}
