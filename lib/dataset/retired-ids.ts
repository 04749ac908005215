/**
 * Entity ids that were published and later replaced. Ids never change once
 * published (data/SCHEMA.md), but an id can be retired when one record turned out
 * to muddle two entities; clips, exports and older feeds that name the retired id
 * still resolve through this table to the record that now holds its meaning.
 */
export const RETIRED_ENTITY_IDS: Readonly<Record<string, string>> = {
  /** Named the IRGC as a whole (its Arabic name, its claims); the Quds Force is `quds-force`. */
  'irgc-quds-force': 'irgc',
};

/** The current id for `id`: itself unless it was retired. */
export function resolveEntityId(id: string): string {
  return Object.hasOwn(RETIRED_ENTITY_IDS, id) ? RETIRED_ENTITY_IDS[id]! : id;
}
