/**
 * The own-incident service's messages (adapters/messaging): what extension pages
 * and content scripts ask the background about the analyst's own incidents, and
 * the notice that tells pages they changed. Importing this module pulls in no
 * database code.
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
 * - `own-incidents/changed`: a notice after an own incident is kept or deleted.
 *
 * A content script may list and look up, and save only incidents of an article of
 * its own site; deleting is for extension pages.
 */
import { isId, isObject, optionalId, toBackground, toPages, type Registry, type RequestTypesOf } from '@/adapters/messaging/define';
import type { ListedIncident } from '@/lib/own-incidents/listing';
import type { OwnIncident } from '@/lib/own-incidents/types';
import type { OwnIncidentDraft } from '@/lib/own-incidents/validate';

/**
 * `existing`: a new incident refused because the record already has it (same
 * article, a site in common, same date, a compatible weapon): edit that one instead.
 */
export type SaveOwnResult = { readonly ok: true; readonly id: string; readonly incident: OwnIncident } | { readonly ok: false; readonly error: string; readonly existing?: string };
export type DeleteOwnResult = { readonly ok: true; readonly deleted: boolean } | { readonly ok: false; readonly error: string };

export const ownIncidentMessages = {
  'own-incidents/save': toBackground<{ readonly incident: OwnIncidentDraft }, SaveOwnResult>(({ incident }) => isObject(incident)),
  'own-incidents/list': toBackground<{ readonly site?: string; readonly group?: string }, OwnIncident[]>(
    ({ site, group }) => optionalId(site) && optionalId(group) && !(site !== undefined && group !== undefined),
  ),
  'own-incidents/lookup': toBackground<{ readonly entityId?: string }, ListedIncident[]>(({ entityId }) => optionalId(entityId)),
  'own-incidents/delete': toBackground<{ readonly id: string }, DeleteOwnResult>(({ id }) => isId(id)),
  'own-incidents/changed': toPages(),
} satisfies Registry;

export type OwnIncidentRequestType = RequestTypesOf<typeof ownIncidentMessages>;
