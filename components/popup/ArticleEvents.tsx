/**
 * «يذكر هذا المقال» / "This article reports": the attacks the page's article reports
 * (adapters/page/page-events.ts), each known, new or contradicting the dataset,
 * the article's news first and what it recalls folded apart; each can be shown in
 * the page, corrected and kept as the analyst's own incident.
 */
import { askTab } from '@/adapters/messaging';
import { localToday } from '@/adapters/page/page-events';
import { formatDate } from '@/components/popover/format';
import { t, type UiLang } from '@/components/i18n';
import { pluralize } from '@/components/i18n/plural';
import { eventPlurals } from '@/components/i18n/strings/events';
import type { SaveOwnIncident } from './EventEditor';
import { EventItem } from './EventItem';
import type { PageState } from './use-page';
import { useArticleEvents } from './use-article-events';
import './article-events.css';

export interface ArticleEventsProps {
  readonly lang: UiLang;
  readonly tabId: number | null;
  readonly page: PageState;
  /** For tests: how the incident is kept (default: the background's `own-incidents/save`). */
  readonly save?: SaveOwnIncident;
}

export function ArticleEvents({ lang, tabId, page, save }: ArticleEventsProps) {
  const status = page.kind === 'status' ? page.status.state : null;
  const state = useArticleEvents(tabId, status === 'ready');
  // Nothing to say where the page cannot be read: the mentions panel says why.
  if (tabId === null || page.kind === 'unavailable' || status === 'off' || status === 'error') return null;

  const body = () => {
    if (status !== 'ready' || state.kind === 'loading') return <p aria-busy="true">{t(lang, 'eventsLoading')}</p>;
    if (state.kind === 'off') return null;
    if (state.kind === 'error') return <p role="alert">{t(lang, 'eventsError', { message: state.message })}</p>;
    const { result, statuses, entities } = state;
    const names = { names: result.names, entities };
    const article = { url: result.url, title: result.title };
    const today = localToday();
    const date = formatDate(lang, result.published, 'day');
    const items = result.events.map((event, index) => ({ event, index, status: statuses[index] }));
    const item = (x: (typeof items)[number]) => (
      <EventItem key={x.index} lang={lang} index={x.index} event={x.event} status={x.status} names={names} entities={entities} article={article} published={result.published} today={today} save={save}
        show={(i) => askTab(tabId, { type: 'page/show-event', index: i })} />
    );
    const main = items.filter((x) => x.event.role === 'main');
    const background = items.filter((x) => x.event.role === 'background');
    return (
      <>
        <p class={result.publishedFrom === 'today' ? 'published assumed' : 'published muted'}>
          {t(lang, result.publishedFrom === 'today' ? 'eventsPublishedToday' : 'eventsPublished', { date })}
        </p>
        {items.length === 0 && <p class="muted">{t(lang, 'eventsNone')}</p>}
        {main.length > 0 && <ol class="events">{main.map(item)}</ol>}
        {background.length > 0 && (
          <details class="background-events">
            <summary>{pluralize(lang, eventPlurals.eventBackground[lang], background.length)}</summary>
            <ol class="events">{background.map(item)}</ol>
          </details>
        )}
      </>
    );
  };
  return (
    <section class="article-events" aria-labelledby="events-title">
      <h2 id="events-title">{t(lang, 'eventsTitle')}</h2>
      {body()}
    </section>
  );
}
