/**
 * The own-incident service in the background: answers `own-incidents/*` requests
 * (messages.ts) from the database (store.ts) and tells extension pages when the
 * incidents changed. Listeners are registered synchronously, as MV3 requires.
 */
import { browser } from 'wxt/browser';
import { openDatasetDb, type DatasetDb } from '../dataset/db';
import { dispatchOwnIncidentRequest, isOwnIncidentRequest, notifyOwnIncidentsChanged, type OwnIncidentHandlers, type OwnIncidentRequest } from './messages';
import { deleteOwnIncident, listOwnIncidents, lookupOwnIncidents, saveOwnIncident } from './store';

const originOf = (url: unknown): string | null => {
  try {
    return typeof url === 'string' ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * What a sender may ask: extension pages (no tab) anything; a content script may
 * list and look up, and save only an incident of an article of its own origin.
 * Null: refused.
 */
export function forSender(request: OwnIncidentRequest, sender: { readonly url?: string; readonly tab?: unknown }, extensionOrigin?: string): OwnIncidentRequest | null {
  // An extension page opened in a tab (the incidents page, a popup opened as a page) is still the extension's.
  if (!sender.tab || (extensionOrigin !== undefined && originOf(sender.url) === extensionOrigin)) return request;
  if (request.type === 'own-incidents/list' || request.type === 'own-incidents/lookup') return request;
  if (request.type === 'own-incidents/delete') return null;
  const origin = originOf(sender.url);
  return origin !== null && originOf(request.incident.article_url) === origin ? request : null;
}

/** What a refused request is answered with. */
export function refusal(request: OwnIncidentRequest): unknown {
  if (request.type === 'own-incidents/list' || request.type === 'own-incidents/lookup') return [];
  return {
    ok: false,
    error: request.type === 'own-incidents/delete' ? "only the extension's pages may delete own incidents" : 'a page may only keep incidents of its own articles',
  };
}

export function createOwnIncidentHandlers(db: DatasetDb, notify: () => void = notifyOwnIncidentsChanged, now: () => Date = () => new Date()): OwnIncidentHandlers {
  return {
    'own-incidents/save': async ({ incident }) => {
      const result = await saveOwnIncident(db, incident, now());
      if (result.ok) notify();
      return result;
    },
    'own-incidents/list': ({ site, group }) => listOwnIncidents(db, { ...(site !== undefined ? { site } : {}), ...(group !== undefined ? { group } : {}) }),
    'own-incidents/lookup': ({ entityId }) => lookupOwnIncidents(db, entityId),
    'own-incidents/delete': async ({ id }) => {
      const result = await deleteOwnIncident(db, id);
      if (result.ok && result.deleted) notify();
      return result;
    },
  };
}

export function startOwnIncidentService(): void {
  const handlers = createOwnIncidentHandlers(openDatasetDb());
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isOwnIncidentRequest(message)) return undefined;
    const request = forSender(message, sender, originOf(browser.runtime.getURL('/')) ?? undefined);
    if (!request) return Promise.resolve(refusal(message));
    return dispatchOwnIncidentRequest(handlers, request);
  });
}
