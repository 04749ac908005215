/**
 * What kind of armed group a dataset group is, for every export: an armed group
 * acting against the forces the dataset follows (militias, their umbrellas and
 * front groups, parties with an armed wing, jihadist groups), a partner force of
 * the US-led coalition, or a state's own force. The kind follows the record's
 * `type` (data/SCHEMA.md), one entry per type, so a reviewer can check the table
 * without reading the exports.
 *
 * STIX 2.1 (§4.16 threat-actor: "individuals, groups, or organizations believed
 * to be operating with malicious intent"; §4.5 identity: "individuals,
 * organizations, or groups") makes an armed group a `threat-actor` and a partner
 * or state force an `identity` of class "organization".
 */
import type { Militia } from '../dataset/schema';
import type { ClipMention } from '../clips/types';
import type { ExportDataset } from './common';

export type GroupKind = 'armed-group' | 'partner-force' | 'state-force';

const KIND_BY_TYPE: Readonly<Record<string, GroupKind>> = {
  'militia': 'armed-group',
  'umbrella': 'armed-group',
  'front group': 'armed-group',
  'party with armed wing': 'armed-group',
  'jihadist group': 'armed-group',
  'partner force': 'partner-force',
  'state force': 'state-force',
  'foreign state force': 'state-force',
};

/** The kind of `group`; a group missing from the dataset, or of a type not listed, is an armed group. */
export const groupKind = (group: Pick<Militia, 'type'> | null): GroupKind => (group ? KIND_BY_TYPE[group.type] ?? 'armed-group' : 'armed-group');

/**
 * STIX 2.1 threat-actor-type-ov values for an armed group, from what the dataset
 * records rather than the tool's judgement: "terrorist" when a government has
 * listed it as a terrorist organisation (its designations, each with a source),
 * else "unknown".
 */
export function threatActorTypes(group: Pick<Militia, 'designations'> | null): string[] {
  return group?.designations.some((d) => /terror/i.test(d.list)) ? ['terrorist'] : ['unknown'];
}

/** What an entity a clip mentions is, for the formats that name it: 'base', or the kind of group by the dataset (an armed group when the dataset lacks it). */
export type EntityKindName = 'base' | GroupKind;

export function entityKinds(dataset?: ExportDataset): (ref: Pick<ClipMention['entity'], 'id' | 'kind'>) => EntityKindName {
  const groups = new Map(dataset?.militias.map((m) => [m.id, m]));
  return (ref) => (ref.kind === 'base' ? 'base' : groupKind(groups.get(ref.id) ?? null));
}
