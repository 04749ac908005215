/**
 * What extension pages and content scripts ask the background about the analyst's
 * own incidents, and the broadcast that tells pages they changed. Importing this
 * module pulls in no database code, so content scripts can use `askOwnIncidents`.
 *
 * - `own-incidents/save` {incident} → SaveOwnResult: validates the incident with the
 *   dataset's incident rules against the installed dataset's sites and groups
 *   (lib/own-incidents/validate.ts) and keeps it; `{ok: false, error}` says why not
 *   (an unknown site, a full disk, the same attack of the same article already
 *   kept: `existing` names it) and nothing was changed.
 * - `own-incidents/list` {site?, group?} → OwnIncident[]: every own incident, or
 *   those at a site or claimed by or blamed on a group; newest first.
 * - `own-incidents/lookup` {entityId?} → ListedIncident[]: the same as summaries with
 *   names, for the card and the incidents page.
 * - `own-incidents/delete` {id} → {ok, deleted}: deletes one (extension pages only).
 *
 * A content script may list and look up, and save only incidents of an article of
 * its own site; deleting is for extension pages.
 */
import { browser } from 'wxt/browser';
import type { ListedIncident } from '@/lib/own-incidents/listing';
import type { OwnIncident } from '@/lib/own-incidents/types';
import type { OwnIncidentDraft } from '@/lib/own-incidents/validate';

/**
 * `existing`: a new incident refused because the record already has it (same
 * article, a site in common, same date, a compatible weapon): edit that one instead.
 */
export type SaveOwnResult = { readonly ok: true; readonly id: string; readonly incident: OwnIncident } | { readonly ok: false; readonly error: string; readonly existing?: string };
export type DeleteOwnResult = { readonly ok: true; readonly deleted: boolean } | { readonly ok: false; readonly error: string };

export type OwnIncidentRequest =
  | { readonly type: 'own-incidents/save'; readonly incident: OwnIncidentDraft }
  | { readonly type: 'own-incidents/list'; readonly site?: string; readonly group?: string }
  | { readonly type: 'own-incidents/lookup'; readonly entityId?: string }
  | { readonly type: 'own-incidents/delete'; readonly id: string };

export interface OwnIncidentResponses {
  'own-incidents/save': SaveOwnResult;
  'own-incidents/list': OwnIncident[];
  'own-incidents/lookup': ListedIncident[];
  'own-incidents/delete': DeleteOwnResult;
}

export type OwnIncidentRequestType = OwnIncidentRequest['type'];
type RequestOf<T extends OwnIncidentRequestType> = Extract<OwnIncidentRequest, { type: T }>;
export type OwnIncidentHandlers = { readonly [T in OwnIncidentRequestType]: (request: RequestOf<T>) => Promise<OwnIncidentResponses[T]> };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optionalId = (x: unknown) => x === undefined || (typeof x === 'string' && x.length > 0 && x.length <= 200);

/** True for a well-formed request (a saved incident's contents are validated by the store). */
export function isOwnIncidentRequest(message: unknown): message is OwnIncidentRequest {
  if (!isObject(message)) return false;
  switch (message.type) {
    case 'own-incidents/save':
      return isObject(message.incident);
    case 'own-incidents/list':
      return optionalId(message.site) && optionalId(message.group) && !(message.site !== undefined && message.group !== undefined);
    case 'own-incidents/lookup':
      return optionalId(message.entityId);
    case 'own-incidents/delete':
      return typeof message.id === 'string' && message.id.length > 0 && message.id.length <= 200;
    default:
      return false;
  }
}

export function dispatchOwnIncidentRequest<R extends OwnIncidentRequest>(handlers: OwnIncidentHandlers, request: R): Promise<OwnIncidentResponses[R['type']]> {
  const handler = handlers[request.type] as unknown as (r: R) => Promise<OwnIncidentResponses[R['type']]>;
  return handler(request);
}

/** Sends `request` to the background and resolves with its answer. */
export function askOwnIncidents<R extends OwnIncidentRequest>(request: R): Promise<OwnIncidentResponses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<OwnIncidentResponses[R['type']]>;
}

/** Broadcast to extension pages after an own incident is kept or deleted. Not a request. */
export const OWN_INCIDENTS_CHANGED = 'own-incidents/changed';

export function isOwnIncidentsChanged(message: unknown): boolean {
  return isObject(message) && message.type === OWN_INCIDENTS_CHANGED;
}

export function notifyOwnIncidentsChanged(): void {
  try {
    browser.runtime.sendMessage({ type: OWN_INCIDENTS_CHANGED }).catch(() => undefined);
  } catch {
    // No receiver: nothing to tell.
  }
}
