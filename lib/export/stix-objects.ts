/**
 * The STIX 2.1 objects of a clips export (STIX Version 2.1, OASIS Standard,
 * 10 June 2021), one builder per type. Ids are passed in (stix.ts derives them);
 * every object carries the common properties §3.2 requires of SDOs and SROs:
 * `type`, `spec_version` "2.1", `id`, `created`, `modified` (UTC, milliseconds).
 *
 * Armed groups (militias, front groups, umbrellas: group-kind.ts) are
 * **threat-actor** objects (§4.16), not intrusion-sets (§4.8): a threat actor is an
 * identified group "operating with malicious intent", which is what a named militia
 * is; an intrusion set groups adversarial behaviour whose operator may be unknown,
 * which our data never is. `threat_actor_types` (threat-actor-type-ov) says
 * "terrorist" only when a government's designation is recorded, else "unknown"
 * (group-kind.ts). Partner forces and state forces are not threat actors: they are
 * **identity** objects (§4.5) of class "organization". The dataset's type goes to
 * `labels` in both cases.
 *
 * Custom properties, all prefixed `x_mbr_` (§11.1): on reports, `x_mbr_clip_id`,
 * `x_mbr_text_sha256` (SHA-256 of the clipped text, which is the description),
 * `x_mbr_author`, and `x_mbr_unlocated_entities` (bases mentioned that have no
 * location object: a base missing from the current dataset has neither country nor
 * coordinates, one of which §4.10 requires).
 */
import type { Clip } from '../clips/types';
import type { Incident } from '../dataset/schema';
import { TOOL_NAME, webIri, type ExportedEntity } from './common';
import { threatActorTypes } from './group-kind';
import { isLinkable } from './text-escape';

export type StixObject = Record<string, unknown> & { type: string; id: string };
export interface Stamp {
  readonly created: string;
  readonly modified: string;
  readonly created_by_ref?: string;
}

/** Appendix A "High/Medium/Low" scale mapped to the 0–100 confidence property. */
export const CONFIDENCE = { high: 85, medium: 50, low: 15 } as const;

export const sdo = (type: string, id: string, stamp: Stamp, rest: Record<string, unknown>): StixObject => ({ type, spec_version: '2.1', id, ...stamp, ...rest });

/** External references: the dataset record, then its source URLs (§2.5: source_name plus url or external_id). */
export function references(id: string, sources: readonly string[]): Record<string, string>[] {
  return [{ source_name: 'militia-base-reader', external_id: id }, ...[...new Set(sources)].filter(isLinkable).map((url) => ({ source_name: hostOf(url), url: webIri(url) }))];
}

export function toolIdentity(id: string, stamp: Stamp): StixObject {
  return sdo('identity', id, stamp, { name: TOOL_NAME, identity_class: 'system', description: 'Browser extension that finds military bases and militias in Arabic news; produced these objects from saved clips.' });
}

export function threatActor(id: string, stamp: Stamp, e: ExportedEntity): StixObject {
  const m = e.militia;
  const aliases = [...new Set([e.name_ar, ...(m?.aliases.map((a) => a.text) ?? [])])].filter((a) => a !== e.name_en);
  return sdo('threat-actor', id, stamp, {
    name: e.name_en || e.name_ar || e.id,
    ...(m ? { description: m.description_en } : {}),
    threat_actor_types: threatActorTypes(m),
    ...(m ? { labels: [m.type], confidence: CONFIDENCE[m.confidence] } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    external_references: references(e.id, m?.sources ?? []),
  });
}

/** A partner force or a state force (group-kind.ts): an organization, not a threat actor. */
export function forceIdentity(id: string, stamp: Stamp, e: ExportedEntity): StixObject {
  const m = e.militia;
  return sdo('identity', id, stamp, {
    name: e.name_en || e.name_ar || e.id,
    ...(m ? { description: m.description_en } : {}),
    identity_class: 'organization',
    ...(m ? { labels: [m.type], confidence: CONFIDENCE[m.confidence] } : {}),
    external_references: references(e.id, m?.sources ?? []),
  });
}

/** Null when the base has neither country nor coordinates (§4.10 needs one of region, country, latitude+longitude). */
export function location(id: string, stamp: Stamp, e: ExportedEntity): StixObject | null {
  const b = e.base;
  if (!b) return null;
  const where = b.coordinates ? { latitude: b.coordinates.lat, longitude: b.coordinates.lon, precision: b.coordinates.precision_m } : {};
  return sdo('location', id, stamp, {
    name: e.name_en || e.name_ar || e.id,
    description: b.description_en,
    ...where,
    country: b.country,
    ...(b.admin_area_en ? { administrative_area: b.admin_area_en } : {}),
    labels: [b.type],
    confidence: CONFIDENCE[b.confidence],
    external_references: references(e.id, b.sources),
  });
}

/** A report of one clip; `refs` are the ids of what it mentions (non-empty, §4.14: object_refs requires one). */
export function report(id: string, stamp: Stamp, clip: Clip, refs: readonly string[], unlocated: readonly string[]): StixObject {
  // Cited where the text was read; the page's canonical URL (same site only) beside it.
  const source = clip.url;
  const canonical = clip.canonical_url !== null && clip.canonical_url !== source ? [{ source_name: 'canonical', url: webIri(clip.canonical_url) }] : [];
  return sdo('report', id, stamp, {
    name: clip.title || source,
    description: clip.text,
    report_types: ['threat-report'],
    published: clip.published ? (clip.published.length === 10 ? `${clip.published}T00:00:00.000Z` : clip.published) : clip.captured_at,
    object_refs: refs,
    ...(clip.tags.length > 0 ? { labels: clip.tags } : {}),
    ...(clip.lang ? { lang: clip.lang } : {}),
    external_references: [{ source_name: clip.site ?? hostOf(source), url: webIri(source), ...(clip.author ? { description: `by ${clip.author}` } : {}) }, ...canonical],
    x_mbr_clip_id: clip.id,
    x_mbr_text_sha256: clip.text_sha256,
    ...(clip.author ? { x_mbr_author: clip.author } : {}),
    ...(unlocated.length > 0 ? { x_mbr_unlocated_entities: unlocated } : {}),
  });
}

/** The analyst's notes on a clip, about its report (§4.11). */
export function note(id: string, stamp: Stamp, clip: Clip, reportId: string): StixObject {
  return sdo('note', id, stamp, { content: clip.notes, object_refs: [reportId], ...(clip.lang ? { lang: clip.lang } : {}) });
}

/**
 * "targets" from a threat actor to a location (§4.16 lists it), one per pair, over
 * the incidents where the group claimed or was blamed for an attack on the base:
 * start_time the first day, stop_time the day after the last (§5.1: stop_time must
 * be later than start_time), each incident a line of the description and a reference.
 */
export function targets(id: string, stamp: Stamp, actorId: string, locationId: string, groupId: string, incidents: readonly Incident[]): StixObject {
  const dates = incidents.map((i) => i.date).sort();
  const last = new Date(`${dates[dates.length - 1]}T00:00:00.000Z`);
  last.setUTCDate(last.getUTCDate() + 1);
  const lines = incidents.map((i) => {
    const how = i.claimed_by.includes(groupId) ? 'claimed' : `attributed by ${i.attributed_to.filter((a) => a.group === groupId).map((a) => a.by).join(', ')}`;
    return `${i.date} (${how}; ${i.weapons.join(', ')}; ${i.outcome}): ${i.summary_en}`;
  });
  return sdo('relationship', id, stamp, {
    relationship_type: 'targets',
    source_ref: actorId,
    target_ref: locationId,
    description: lines.join('\n'),
    start_time: `${dates[0]}T00:00:00.000Z`,
    stop_time: last.toISOString(),
    external_references: [...new Map(incidents.flatMap((i) => references(i.id, i.sources)).map((r) => [r.url ?? r.external_id, r])).values()],
  });
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'source';
  }
}
