/**
 * Clips as a STIX 2.1 bundle (§8): the tool's identity, a threat-actor per armed
 * group, an identity per partner or state force (group-kind.ts) and a location per
 * base mentioned, "targets" relationships from the dataset's incidents between the
 * armed groups and the bases (§4.16; an identity cannot be the source of "targets"), a report per clip referring to what it mentions, and a
 * note per clip with the analyst's notes. Builders and the modelling choices are in
 * stix-objects.ts.
 *
 * Ids (§2.9) are `<type>--<UUIDv5>`, name-based on a stable key in this tool's own
 * namespace (uuid.ts; never the SCO namespace, which §2.9 reserves): the same clip
 * or entity has the same id in every export, so a receiving platform updates
 * instead of duplicating. §2.9 recommends (SHOULD) UUIDv4 for SDOs; name-based ids
 * are the permitted alternative for producers that need stable ids. Keys:
 * `identity|tool`, `threat-actor|<id>`, `identity|<id>` (a force), `location|<id>`, `report|<clip id>`,
 * `note|<clip id>`, `relationship|targets|<group>|<base>`, and for the bundle the
 * export time and the clip ids.
 *
 * Timestamps (RFC 3339, UTC, milliseconds): a report's and note's created/modified
 * are the clip's captured_at/updated_at; dataset objects take the dataset version's
 * time (YYYY.MM.DD.HHMMSS-…) or else the export time; the tool identity a fixed one.
 */
import type { Clip } from '../clips/types';
import type { Incident } from '../dataset/schema';
import { entitiesOf, type ExportDataset, type ExportedEntity, type ExportOptions } from './common';
import { groupKind } from './group-kind';
import { forceIdentity, location, note, report, targets, threatActor, toolIdentity, type Stamp, type StixObject } from './stix-objects';
import { uuidV5Sync } from './uuid';

/** When this tool's identity object was first defined; it never changes. */
export const TOOL_IDENTITY_CREATED = '2026-01-01T00:00:00.000Z';

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

export async function exportStix(clips: readonly Clip[], options: ExportOptions): Promise<string> {
  return JSON.stringify(await stixBundle(clips, options)) + '\n';
}

export async function stixBundle(clips: readonly Clip[], options: ExportOptions): Promise<StixBundle> {
  const entities = entitiesOf(clips, options.dataset);
  const pairs = targetPairs(entities, options.dataset);
  const bundleKey = `${options.exportedAt.toISOString()}|${clips.map((c) => c.id).join(',')}`;
  const id = await stixIds([
    ['identity', 'tool'],
    ['bundle', bundleKey],
    ...[...entities.values()].map((e): [string, string] => [stixType(e), e.id]),
    ...[...pairs.keys()].map((k): [string, string] => ['relationship', `targets|${k}`]),
    ...clips.flatMap((c): [string, string][] => [['report', c.id], ['note', c.id]]),
  ]);
  const identityId = id('identity', 'tool');
  const data = datasetTime(options.dataset, options.exportedAt);
  const dataStamp: Stamp = { created: data, modified: data, created_by_ref: identityId };
  const objects: StixObject[] = [toolIdentity(identityId, { created: TOOL_IDENTITY_CREATED, modified: TOOL_IDENTITY_CREATED })];

  // One object per entity mentioned; bases without a possible location are named on the reports.
  const entityIds = new Map<string, string>();
  for (const e of entities.values()) {
    const type = stixType(e);
    const objectId = id(type, e.id);
    const object = type === 'threat-actor' ? threatActor(objectId, dataStamp, e) : type === 'identity' ? forceIdentity(objectId, dataStamp, e) : location(objectId, dataStamp, e);
    if (!object) continue;
    objects.push(object);
    entityIds.set(e.id, objectId);
  }
  for (const [key, p] of pairs) {
    const [source, target] = [entityIds.get(p.group), entityIds.get(p.site)];
    if (source && target) objects.push(targets(id('relationship', `targets|${key}`), dataStamp, source, target, p.group, p.incidents));
  }
  for (const clip of clips) {
    const mentioned = [...new Set(clip.mentions.map((m) => m.entity.id))];
    const refs = mentioned.map((e) => entityIds.get(e)).filter((r): r is string => r !== undefined);
    const unlocated = mentioned.filter((e) => !entityIds.has(e));
    const clipStamp: Stamp = { created: clip.captured_at, modified: clip.updated_at, created_by_ref: identityId };
    const reportId = id('report', clip.id);
    // A clip that mentions nothing exportable still needs one object_ref (§4.14): the tool that saved it.
    objects.push(report(reportId, clipStamp, clip, refs.length > 0 ? refs : [identityId], unlocated));
    if (clip.notes.trim() !== '') objects.push(note(id('note', clip.id), clipStamp, clip, reportId));
  }
  return { type: 'bundle', id: id('bundle', bundleKey), objects };
}

/** The STIX type of an entity: a location for a base; for a group, by its kind. */
function stixType(e: ExportedEntity): 'location' | 'threat-actor' | 'identity' {
  if (e.kind === 'base') return 'location';
  return groupKind(e.militia) === 'armed-group' ? 'threat-actor' : 'identity';
}

/** `<type>--<UUIDv5 of "type|key">` for every [type, key], looked up afterwards by the same pair. */
async function stixIds(keys: readonly [string, string][]): Promise<(type: string, key: string) => string> {
  const names = keys.map(([type, key]) => `${type}|${key}`);
  const byName = new Map(names.map((n) => [n, `${n.slice(0, n.indexOf('|'))}--${uuidV5Sync(n)}`]));
  return (type, key) => byName.get(`${type}|${key}`)!;
}

/** Group–base pairs over the incidents where the group (an armed group mentioned) claimed or was blamed for an attack on the base (mentioned). */
function targetPairs(entities: Map<string, ExportedEntity>, dataset: ExportDataset | undefined): Map<string, { group: string; site: string; incidents: Incident[] }> {
  const pairs = new Map<string, { group: string; site: string; incidents: Incident[] }>();
  for (const i of dataset?.incidents ?? []) {
    for (const group of new Set([...i.claimed_by, ...i.attributed_to.map((a) => a.group)])) {
      const e = entities.get(group);
      if (!e || stixType(e) !== 'threat-actor') continue;
      for (const site of i.sites) {
        if (entities.get(site)?.kind !== 'base') continue;
        const key = `${group}|${site}`;
        const pair = pairs.get(key) ?? { group, site, incidents: [] };
        pair.incidents.push(i);
        pairs.set(key, pair);
      }
    }
  }
  return pairs;
}

/** The UTC time a dataset version names (data:build writes YYYY.MM.DD.HHMMSS-<sha8>), else `fallback`. */
export function datasetTime(dataset: ExportDataset | undefined, fallback: Date): string {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})\.(\d{2})(\d{2})(\d{2})(?:-|$)/.exec(dataset?.version ?? '');
  if (m) {
    const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    if (t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return t.toISOString();
  }
  return fallback.toISOString();
}
