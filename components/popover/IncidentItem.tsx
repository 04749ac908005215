/**
 * One prior incident in the card, compact: date, weapon and outcome; the summary;
 * who claimed it (or to whom it was attributed, or that no one claimed it);
 * casualties in words; its best source, and how many more there are. One of the
 * analyst's own incidents carries the «سجلّي» / "My record" badge and links to the
 * article it was kept from.
 */
import { t, type UiLang } from '@/components/i18n';
import { OwnBadge } from '@/components/incidents/OwnBadge';
import { ownT } from '@/components/incidents/own-strings';
import type { IncidentSummary } from '@/lib/dataset/summary';
import { isListedOwn } from '@/lib/own-incidents/listing';
import { blamedBy, casualtiesText, formatDate, labelOf, nameOf, sourceClassLabel, sourceLabel } from './format';

export function IncidentItem({ lang, incident: i }: { lang: UiLang; incident: IncidentSummary }) {
  const casualties = casualtiesText(lang, i.killed, i.injured);
  const own = isListedOwn(i);
  const sep = lang === 'ar' ? '، ' : ', ';
  // Best first (lib/dataset/source-order.ts), when the published data ranks them.
  const [best, ...others] = i.sources;
  const bestClass = sourceClassLabel(lang, i.source_classes?.[0]);
  const claim =
    i.claimed_by.length > 0 ? (
      <>
        {t(lang, 'claimedBy')}: <Names lang={lang} names={i.claimed_by.map((g) => nameOf(lang, g))} />
      </>
    ) : i.attributed_to.length > 0 ? (
      <>
        {t(lang, 'attributedTo')}:{' '}
        {i.attributed_to.map((g, k) => (
          <span key={g.id}>
            {k > 0 && sep}
            <bdi>{nameOf(lang, g)}</bdi> (<bdi class="blamed-by">{blamedBy(lang, g)}</bdi>)
          </span>
        ))}
      </>
    ) : (
      t(lang, 'noClaim')
    );
  return (
    <li class={own ? 'incident own' : 'incident'} data-own={own ? 'true' : undefined}>
      <p class="incident-head">
        {own && (
          <>
            <OwnBadge lang={lang} />{' '}
          </>
        )}
        <time dateTime={i.date}>{formatDate(lang, i.date, i.date_precision)}</time>
        {' · '}
        <span>{i.weapons.map((w) => labelOf(lang, 'weapon', w)).join(sep)}</span>
        {' · '}
        <span>{labelOf(lang, 'outcome', i.outcome)}</span>
        {i.confidence === 'low' && <span class="low"> ({t(lang, 'lowConfidence')})</span>}
      </p>
      <p class="incident-summary">{lang === 'ar' ? i.summary_ar : i.summary_en}</p>
      <p class="incident-facts">
        <span class="claim">{claim}</span>
        {casualties && <span class="casualties">{casualties}</span>}
      </p>
      {best && (
        <p class="sources">
          {own ? ownT(lang, 'fromArticle') : t(lang, 'bestSource')}:{' '}
          <a href={best} target="_blank" rel="noopener noreferrer">
            <bdi>{sourceLabel(best)}</bdi>
          </a>
          {bestClass && (
            <span class="source-class" data-class={i.source_classes![0]}>
              {' '}({bestClass})
            </span>
          )}
          {others.length > 0 && <span class="muted"> {t(lang, 'moreSources', { count: others.length })}</span>}
        </p>
      )}
    </li>
  );
}

/** Names joined, each isolated so that a line breaks between names, not inside one. */
export function Names({ lang, names }: { lang: UiLang; names: readonly string[] }) {
  const sep = lang === 'ar' ? '، ' : ', ';
  return (
    <>
      {names.map((n, k) => (
        <span key={n}>
          {k > 0 && sep}
          <bdi class="name">{n}</bdi>
        </span>
      ))}
    </>
  );
}
