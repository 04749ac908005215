/**
 * The popup's view of the article's events: asks the tab's content script for them
 * (`page/events`, computed then), the background for the incidents at their sites
 * (`dataset/lookup`, one entity at a time) and for the analyst's own there
 * (`own-incidents/list`), and storage for the published dataset
 * (the names the editor chooses from), and matches each event (article-events.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { ask, askTab } from '@/adapters/messaging';
import type { PageEventsResult } from '@/adapters/page/messages';
import { readPublished } from '@/adapters/page/published-source';
import type { EntitySummary, IncidentSummary } from '@/lib/dataset/summary';
import type { OwnIncident } from '@/lib/own-incidents/types';
import { statusOf, type EventStatus } from './article-events';

export type ArticleEventsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'off' }
  | {
      readonly kind: 'ready';
      readonly result: Extract<PageEventsResult, { ok: true }>;
      /** The status of each event, in the order of `result.events`. */
      readonly statuses: readonly EventStatus[];
      /** Every base and militia of the installed dataset, by id (empty before the first install). */
      readonly entities: Readonly<Record<string, EntitySummary>>;
    };

/** The incidents of the dataset at `sites`, each once. */
async function incidentsAt(sites: readonly string[]): Promise<IncidentSummary[]> {
  const byId = new Map<string, IncidentSummary>();
  const results = await Promise.all(sites.map((entityId) => ask({ type: 'dataset/lookup', entityId })));
  for (const r of results) for (const i of r.incidents) byId.set(i.id, i);
  return [...byId.values()];
}

/** The analyst's own incidents at `sites`, each once; none if the background cannot say. */
async function ownAt(sites: readonly string[]): Promise<OwnIncident[]> {
  const byId = new Map<string, OwnIncident>();
  const results = await Promise.all(sites.map((site) => ask({ type: 'own-incidents/list', site }).catch(() => [] as OwnIncident[])));
  for (const list of results) for (const i of Array.isArray(list) ? list : []) byId.set(i.id, i);
  return [...byId.values()];
}

/** The events of the tab's article, once `ready` (the page has been read); again when `tabId` changes. */
export function useArticleEvents(tabId: number | null, ready: boolean): ArticleEventsState {
  const [state, setState] = useState<ArticleEventsState>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === null || !ready) return;
    let stopped = false;
    setState({ kind: 'loading' });
    (async () => {
      const result = await askTab(tabId, { type: 'page/events' });
      if (!result.ok) return result.reason === 'off' ? ({ kind: 'off' } as const) : ({ kind: 'error', message: result.detail ?? result.reason } as const);
      const sites = [...new Set(result.events.flatMap((e) => e.sites))];
      const [incidents, own, published] = await Promise.all([incidentsAt(sites), ownAt(sites), readPublished()]);
      return { kind: 'ready', result, statuses: result.events.map((e) => statusOf(e, incidents, own)), entities: published?.summaries ?? {} } as const;
    })().then(
      (s) => !stopped && setState(s),
      (e: unknown) => !stopped && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => void (stopped = true);
  }, [tabId, ready]);
  return state;
}
