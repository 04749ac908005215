/**
 * The own-incident service in the background: answers `own-incidents/*` requests
 * (messages.ts) from the database (store.ts) and tells extension pages when the
 * incidents changed. Listeners are registered synchronously, as MV3 requires.
 */
import { browser } from 'wxt/browser';
import { listen, notify, type Answers, type AnyRequest, type Handlers, type Sender } from '@/adapters/messaging';
import { openDatasetDb, type DatasetDb } from '../dataset/db';
import type { OwnIncidentRequestType } from './messages';
import { deleteOwnIncident, listOwnIncidents, lookupOwnIncidents, saveOwnIncident } from './store';

type OwnIncidentRequest = AnyRequest<OwnIncidentRequestType>;
/** The background's answers to the own-incident requests, whoever asked. */
export type OwnIncidentHandlers = Answers<OwnIncidentRequestType>;
const notifyOwnIncidentsChanged = () => notify('own-incidents/changed');

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
export function forSender<R extends OwnIncidentRequest>(request: R, sender: { readonly url?: string; readonly tab?: unknown }, extensionOrigin?: string): R | null {
  // An extension page opened in a tab (the incidents page, a popup opened as a page) is still the extension's.
  if (!sender.tab || (extensionOrigin !== undefined && originOf(sender.url) === extensionOrigin)) return request;
  const r: OwnIncidentRequest = request;
  if (r.type === 'own-incidents/list' || r.type === 'own-incidents/lookup') return request;
  if (r.type === 'own-incidents/delete') return null;
  const origin = originOf(sender.url);
  return origin !== null && originOf(r.incident.article_url) === origin ? request : null;
}

/** What a refused save or delete is answered with (forSender never refuses a list or a lookup). */
export const OTHER_SITE_ERROR = 'a page may only keep incidents of its own articles';
export const DELETE_REFUSED_ERROR = "only the extension's pages may delete own incidents";

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

/**
 * How the background answers own-incident requests from `sender` (the messaging
 * module has already dropped other extensions' and malformed ones): each as
 * forSender allows it.
 */
export function ownIncidentRequestHandlers(handlers: OwnIncidentHandlers, extensionOrigin = originOf(browser.runtime.getURL('/')) ?? undefined): Handlers<OwnIncidentRequestType> {
  const allowed = <R extends OwnIncidentRequest>(request: R, sender: Sender) => forSender(request, sender, extensionOrigin);
  return {
    'own-incidents/save': (request, sender) => {
      const r = allowed(request, sender);
      return r ? handlers['own-incidents/save'](r) : { ok: false, error: OTHER_SITE_ERROR };
    },
    'own-incidents/list': (request, sender) => {
      const r = allowed(request, sender);
      return r ? handlers['own-incidents/list'](r) : [];
    },
    'own-incidents/lookup': (request, sender) => {
      const r = allowed(request, sender);
      return r ? handlers['own-incidents/lookup'](r) : [];
    },
    'own-incidents/delete': (request, sender) => {
      const r = allowed(request, sender);
      return r ? handlers['own-incidents/delete'](r) : { ok: false, error: DELETE_REFUSED_ERROR };
    },
  };
}

export function startOwnIncidentService(): void {
  listen(ownIncidentRequestHandlers(createOwnIncidentHandlers(openDatasetDb())));
}
