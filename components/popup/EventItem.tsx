/**
 * One event of «This article reports»: its fields, whether the dataset knows it
 * (its record, with a link to the incidents page), contradicts it (both values
 * side by side) or not; a click on its title shows its evidence in the page.
 * "Correct and keep" opens the editor; once kept, a confirmation with a link.
 */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageEvent } from '@/adapters/page/messages';
import { t, type UiLang } from '@/components/i18n';
import { formatDate, labelOf } from '@/components/popover/format';
import type { EntitySummary } from '@/lib/dataset/summary';
import { formOf, formOfOwn, type ArticleSource, type CorrectableField, type EventStatus } from './article-events';
import { casualtiesText, contradictionLabel, contradictionValue, draftSummaries, eventDate, eventTitle, fieldLabel, listOf, namesOf, weaponsText, type NameSources } from './event-format';
import { EventEditor, type SaveOwnIncident } from './EventEditor';

/** The incidents page, for an entity (entrypoints/incidents). */
export const incidentsUrl = (entityId: string) => browser.runtime.getURL(`/incidents.html?entity=${encodeURIComponent(entityId)}`);

/** The longest passage shown in the list (the page shows all of it on click). */
const SHOWN_EVIDENCE = 280;
const shortened = (s: string) => (s.length <= SHOWN_EVIDENCE ? s : `${s.slice(0, SHOWN_EVIDENCE).replace(/\s+\S*$/u, '')}…`);

export interface EventItemProps {
  readonly lang: UiLang;
  readonly index: number;
  readonly event: PageEvent;
  readonly status: EventStatus;
  readonly names: NameSources;
  readonly entities: Readonly<Record<string, EntitySummary>>;
  readonly article: ArticleSource;
  /** The date the article's relative dates were read from, and the form's fallback. */
  readonly published: string;
  readonly today: string;
  /** Shows the evidence in the page; false when it is not there. */
  readonly show: (index: number) => Promise<boolean>;
  readonly save?: SaveOwnIncident;
}

export function EventItem(p: EventItemProps) {
  const { lang, event: e, status, names } = p;
  const [editing, setEditing] = useState(false);
  const [kept, setKept] = useState<{ id: string; corrected: readonly CorrectableField[] } | null>(null);
  const [missing, setMissing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const keptNote = useRef<HTMLParagraphElement>(null);
  const id = `event-${p.index}`;
  const none = t(lang, 'eventNoDate');
  const rows: [string, string | null][] = [
    ...(e.kind === 'attack' ? [[t(lang, 'eventSites'), namesOf(lang, e.sites, names)] as [string, string | null]] : [[t(lang, 'eventTargetGroups'), namesOf(lang, e.target_groups, names)] as [string, string | null]]),
    [t(lang, 'eventDate'), eventDate(lang, e.date, e.date_precision)],
    [t(lang, 'eventWeapons'), weaponsText(lang, e.weapons)],
    [t(lang, 'eventClaimedBy'), namesOf(lang, e.claimed_by, names)],
    [t(lang, 'eventBlamedOn'), namesOf(lang, e.attributed_to, names)],
    [t(lang, 'eventCasualties'), casualtiesText(lang, e.casualties)],
    [t(lang, 'eventOutcome'), labelOf(lang, 'outcome', e.outcome)],
  ];
  const source = (() => {
    try {
      return new URL(p.article.url).hostname.replace(/^www\./, '');
    } catch {
      return p.article.url;
    }
  })();
  const show = async () => setMissing(!(await p.show(p.index).catch(() => false)));
  const badge = status.kind === 'known' ? 'eventStatusKnown' : status.kind === 'contradicting' ? 'eventStatusContradicting' : status.kind === 'mine' ? 'eventStatusMine' : 'eventStatusNew';
  const firstSite = e.sites[0];

  return (
    <li class={`event ${status.kind} ${e.role}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="event-title">
        <button type="button" class="event-show" onClick={() => void show()}>
          {eventTitle(lang, e, names)}
          <span class="sr-only">{lang === 'ar' ? '، ' : ', '}{t(lang, 'eventShow')}</span>
        </button>
      </h3>
      <p class={`badge ${status.kind}`}>{t(lang, badge)}</p>
      {missing && <p role="status" class="muted">{t(lang, 'eventNotOnPage')}</p>}
      <dl class="event-fields">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v ?? none}</dd>
          </div>
        ))}
      </dl>
      {e.evidence_text && <blockquote class="evidence" dir="auto">{shortened(e.evidence_text)}</blockquote>}
      {status.kind === 'mine' && (
        <div class="dataset-record">
          <p>{t(lang, 'eventStatusOwn', { date: formatDate(lang, status.own.date, status.own.date_precision), summary: lang === 'ar' ? status.own.summary_ar : status.own.summary_en })}</p>
          {firstSite && (
            <a href={incidentsUrl(firstSite)} target="_blank" rel="noopener">
              {t(lang, 'eventStatusIncidentsPage', { name: namesOf(lang, [firstSite], names) ?? firstSite })}
            </a>
          )}
        </div>
      )}
      {(status.kind === 'known' || status.kind === 'contradicting') && (
        <div class="dataset-record">
          <p>{t(lang, 'eventStatusIncident', { date: formatDate(lang, status.incident.date, status.incident.date_precision), summary: lang === 'ar' ? status.incident.summary_ar : status.incident.summary_en })}</p>
          {status.kind === 'contradicting' && (
            <table class="contradictions">
              <caption>{t(lang, 'eventContradictionCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'eventContradictionField')}</th>
                  <th scope="col">{t(lang, 'eventContradictionArticle')}</th>
                  <th scope="col">{t(lang, 'eventContradictionDataset')}</th>
                </tr>
              </thead>
              <tbody>
                {status.contradictions.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{contradictionLabel(lang, c)}</th>
                    <td>{contradictionValue(lang, c, 'article', names)}</td>
                    <td>{contradictionValue(lang, c, 'dataset', names)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {firstSite && (
            <a href={incidentsUrl(firstSite)} target="_blank" rel="noopener">
              {t(lang, 'eventStatusIncidentsPage', { name: namesOf(lang, [firstSite], names) ?? firstSite })}
            </a>
          )}
        </div>
      )}
      {kept ? (
        <p class="kept" role="status" tabIndex={-1} ref={keptNote}>
          {t(lang, 'eventKeptTitle')}{' '}
          {kept.corrected.length > 0 && <span>{t(lang, 'eventKeptCorrected', { fields: listOf(lang, kept.corrected.map((f) => fieldLabel(lang, f))) })} </span>}
          <a href={incidentsUrl(firstSite ?? '')} target="_blank" rel="noopener">{t(lang, 'eventKeptLink')}</a>
        </p>
      ) : editing ? (
        <EventEditor
          lang={lang}
          idPrefix={id}
          event={e}
          extracted={formOf(e, draftSummaries(e, names, source), p.published, '')}
          {...(status.kind === 'mine' ? { initial: formOfOwn(status.own), replaces: status.own.id } : {})}
          entities={p.entities}
          article={p.article}
          today={p.today}
          save={p.save}
          onKept={(keptId, corrected) => {
            setEditing(false);
            setKept({ id: keptId, corrected });
            setTimeout(() => keptNote.current?.focus(), 0);
          }}
          onCancel={() => {
            setEditing(false);
            setTimeout(() => opener.current?.focus(), 0);
          }}
        />
      ) : (
        <button type="button" class="correct" ref={opener} onClick={() => setEditing(true)} aria-describedby={`${id}-title`}>
          {t(lang, 'correctAndKeep')}
        </button>
      )}
    </li>
  );
}
