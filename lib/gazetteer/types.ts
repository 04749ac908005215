/**
 * The records of `data/` as the engine and the extension see them: the types the
 * dataset's valibot schemas infer (lib/dataset/schema.ts, as data/SCHEMA.md
 * defines them), never copied by hand, so that a field added to the schema is a
 * field here.
 */
import type * as v from 'valibot';
import type { Alias, Base, DesignationSchema, Militia, StatusChangeSchema } from '../dataset/schema';

export type { Alias, Base, Coordinates, Militia } from '../dataset/schema';
export type StatusChange = v.InferOutput<typeof StatusChangeSchema>;
export type Designation = v.InferOutput<typeof DesignationSchema>;

export type EntityKind = 'base' | 'militia';
export type Lang = Alias['lang'];

/** What the mention engine needs of an entity. */
export interface GazetteerEntry {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name_en: string;
  readonly name_ar: string;
  readonly aliases: readonly Alias[];
}

type Named = Pick<Base | Militia, 'id' | 'name_en' | 'name_ar' | 'aliases'>;

export function gazetteerEntries(bases: readonly Base[], militias: readonly Militia[]): GazetteerEntry[] {
  const pick = (kind: EntityKind) => (r: Named): GazetteerEntry => ({ id: r.id, kind, name_en: r.name_en, name_ar: r.name_ar, aliases: r.aliases });
  return [...bases.map(pick('base')), ...militias.map(pick('militia'))];
}
