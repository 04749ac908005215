/**
 * The card's content, read like a good preview: what the entity is first (name in
 * the UI language and in the other, kind, type and place, the dataset's one-line
 * description), then the facts (forces hosted, umbrella, other spellings, latest
 * change), then its latest incidents and how many more there are, the analyst's
 * own incidents among them by date, each labelled «سجلّي» / "My record".
 */
import { count } from '@/components/i18n/plural';
import { formatNumber, t, type UiLang } from '@/components/i18n';
import { ownT } from '@/components/incidents/own-strings';
import type { EntitySummary } from '@/lib/dataset/summary';
import { mergeListed, type ListedIncident } from '@/lib/own-incidents/listing';
import type { EntityRef } from '@/lib/mentions';
import { countryName, formatDate, hostedNames, labelOf, nameOf, otherNameOf } from './format';
import { IncidentItem, Names } from './IncidentItem';
import { useOwnIncidents } from './use-own-incidents';

export interface EntityCardProps {
  readonly lang: UiLang;
  readonly entity: EntityRef;
  readonly summary: EntitySummary | null;
  readonly text: string;
  readonly fuzzy: boolean;
  /** Id of the heading, which labels the dialog. */
  readonly titleId: string;
  readonly onOpenIncidents: (entityId: string) => void;
  /**
   * The analyst's own incidents of the entity; when absent the card asks the
   * background for them (use-own-incidents.ts).
   */
  readonly own?: readonly ListedIncident[];
}

const MAX_ALIASES = 6;
/** Incidents shown in the card; the incidents page has them all. */
export const LATEST_INCIDENTS = 3;
const precisionOf = (date: string) => (['year', 'month', 'day'] as const)[Math.min(2, date.split('-').length - 1)];

export function EntityCard({ lang, entity, summary: s, text, fuzzy, titleId, onOpenIncidents, own: given }: EntityCardProps) {
  const asked = useOwnIncidents(entity.id, given === undefined && s !== null);
  const own = s ? (given ?? asked) : [];
  const sep = lang === 'ar' ? '، ' : ', ';
  const other = lang === 'ar' ? 'en' : 'ar';
  const name = nameOf(lang, entity);
  const place = s && [lang === 'ar' ? s.place_ar : s.place_en, countryName(lang, s.country)].filter(Boolean).join(sep);
  const aliases = s ? s.aliases.filter((a) => a !== entity.name_ar && a !== entity.name_en).slice(0, MAX_ALIASES) : [];
  const description = s && (lang === 'ar' ? s.description_ar : s.description_en);
  const latest = s ? mergeListed(s.recent, own).slice(0, LATEST_INCIDENTS) : [];
  const more = s ? s.incident_count + own.length - latest.length : 0;
  return (
    <article class={`card ${entity.kind}`}>
      <header>
        <h2 id={titleId}>{name}</h2>
        <p class="other-name" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {otherNameOf(lang, entity)}
        </p>
        <p class="kind">
          <span class="badge">{t(lang, entity.kind === 'base' ? 'base' : 'militia')}</span>
          {s && <span> · {labelOf(lang, 'type', s.type)}</span>}
          {place && <span class="place"> · {place}</span>}
        </p>
        {description && <p class="description">{description}</p>}
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
            {s.hosted.length > 0 && (
              <>
                <dt>{t(lang, 'hosts')}</dt>
                <dd>
                  <Names lang={lang} names={hostedNames(lang, s)} />
                </dd>
              </>
            )}
            {s.umbrella.length > 0 && (
              <>
                <dt>{t(lang, 'umbrella')}</dt>
                <dd>
                  <Names lang={lang} names={s.umbrella.map((u) => nameOf(lang, u))} />
                </dd>
              </>
            )}
            {aliases.length > 0 && (
              <>
                <dt>{t(lang, 'aliases')}</dt>
                <dd class="aliases">
                  <Names lang={lang} names={aliases} />
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
          <h3>{count(lang, 'priorIncidents', s.incident_count)}</h3>
          {own.length > 0 && <p class="own-count">{ownT(lang, 'inMyRecord', { count: formatNumber(lang, own.length) })}</p>}
          {latest.length > 0 && (
            <ol class="incidents" aria-label={t(lang, 'latestIncidents')}>
              {latest.map((i) => (
                <IncidentItem key={i.id} lang={lang} incident={i} />
              ))}
            </ol>
          )}
          {s.incident_count + own.length > 0 && (
            <p class="more">
              {more > 0 && <span class="muted">{count(lang, 'moreIncidents', more)} · </span>}
              <button type="button" class="link" onClick={() => onOpenIncidents(entity.id)}>
                {t(lang, 'allIncidents')}
              </button>
            </p>
          )}
        </>
      )}
    </article>
  );
}
