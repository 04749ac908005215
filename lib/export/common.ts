/**
 * What every export needs besides the clips: the dataset's record of each entity
 * mentioned (coordinates, incidents), and the rules the formats share.
 *
 * An entity a clip mentions may be missing from the current dataset (renamed or
 * removed by a sync after the clip was saved): it is still exported, from the
 * clip's own EntityRef, without coordinates or incidents.
 */
import { resolveEntityId } from '../dataset/retired-ids';
import type { Base, Incident, Militia } from '../dataset/schema';
import type { Clip } from '../clips/types';

export interface ExportDataset {
  readonly bases: readonly Base[];
  readonly militias: readonly Militia[];
  readonly incidents: readonly Incident[];
  readonly version?: string;
}

export interface ExportOptions {
  /** The export's time: its `exported_at`, STIX timestamps of dataset objects, zip entry times. */
  readonly exportedAt: Date;
  /** The installed dataset, for coordinates and incidents; without it, entities come from the clips alone. */
  readonly dataset?: ExportDataset;
}

export const TOOL_NAME = 'Militia Base Reader';
export const TOOL_URN = 'urn:x-militia-base-reader';

/**
 * An entity's IRI in exports: `urn:x-militia-base-reader:entity:<id>`. Dataset ids
 * are unique across bases and militias and never change once published
 * (data/SCHEMA.md), so the IRI is stable; it names, it does not resolve.
 */
export const entityIri = (id: string) => `${TOOL_URN}:entity:${id}`;

export interface ExportedEntity {
  readonly id: string;
  readonly kind: 'base' | 'militia';
  readonly name_en: string;
  readonly name_ar: string;
  readonly base: Base | null;
  readonly militia: Militia | null;
  /** Incidents at the base, or claimed by or attributed to the group: newest first. */
  readonly incidents: readonly Incident[];
  /** Mentions of it in the exported clips, and how many clips mention it. */
  mentions: number;
  clips: number;
}

/** The entities the clips mention, in order of first mention, with their dataset records and counts. */
export function entitiesOf(clips: readonly Clip[], dataset?: ExportDataset): Map<string, ExportedEntity> {
  const bases = new Map(dataset?.bases.map((b) => [b.id, b]));
  const militias = new Map(dataset?.militias.map((m) => [m.id, m]));
  const byEntity = new Map<string, Incident[]>();
  const note = (id: string, i: Incident) => {
    const list = byEntity.get(id) ?? [];
    if (list[list.length - 1] !== i) list.push(i);
    byEntity.set(id, list);
  };
  for (const i of dataset?.incidents ?? []) {
    for (const id of new Set([...i.sites, ...i.claimed_by, ...i.attributed_to.map((a) => a.group)])) note(id, i);
  }
  const out = new Map<string, ExportedEntity>();
  for (const clip of clips) {
    const seen = new Set<string>();
    for (const { entity } of clip.mentions) {
      let e = out.get(entity.id);
      if (!e) {
        const current = resolveEntityId(entity.id); // a clip saved before its entity's id was retired
        const base = entity.kind === 'base' ? bases.get(current) ?? null : null;
        const militia = entity.kind === 'militia' ? militias.get(current) ?? null : null;
        const record = base ?? militia;
        const incidents = [...(byEntity.get(current) ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
        e = { id: entity.id, kind: entity.kind, name_en: record?.name_en ?? entity.name_en, name_ar: record?.name_ar ?? entity.name_ar, base, militia, incidents, mentions: 0, clips: 0 };
        out.set(entity.id, e);
      }
      e.mentions++;
      if (!seen.has(entity.id)) e.clips++;
      seen.add(entity.id);
    }
  }
  return out;
}

/**
 * A clip's URL as an IRI: as the URL parser serialises it (RFC 3986 / WHATWG URL),
 * so characters a page may leave raw (< > " ' space) are percent-encoded. Clip URLs
 * are validated http(s) URLs, so this never throws for a valid clip.
 */
export const webIri = (url: string) => new URL(url).href;
