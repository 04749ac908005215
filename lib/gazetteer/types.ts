/** The records of `data/` as the engine and the extension see them (see data/SCHEMA.md). */

export type EntityKind = 'base' | 'militia';
export type Lang = 'ar' | 'en';

export interface Alias {
  readonly text: string;
  readonly lang: Lang;
  /** Set when the alias is also an ordinary word: what it means as one. Context is then required. */
  readonly ordinary?: string;
  /** Context is required only when the alias carries one of these proclitics. */
  readonly ordinary_with?: readonly string[];
  /** Shared by several entities: never matched. */
  readonly ambiguous?: boolean;
  /** A page where the press writes the name this way. */
  readonly source?: string;
  /** A generic name (the US embassy): where it may be said to stand; placed anywhere else, it is another building. */
  readonly places?: readonly string[];
}

export interface Coordinates {
  readonly lat: number;
  readonly lon: number;
  readonly precision_m: number;
  readonly source: string;
}

export interface StatusChange {
  readonly date: string;
  readonly event_en: string;
  readonly event_ar: string;
  readonly source: string;
}

interface EntityRecord {
  readonly id: string;
  readonly name_en: string;
  readonly name_ar: string;
  readonly type: string;
  readonly country: string;
  readonly description_en: string;
  readonly description_ar: string;
  readonly aliases: readonly Alias[];
  readonly sources: readonly string[];
  readonly confidence: 'high' | 'medium' | 'low';
}

export interface Base extends EntityRecord {
  readonly admin_area_en: string;
  readonly admin_area_ar: string;
  readonly coordinates: Coordinates | null;
  readonly hosted: readonly string[];
  readonly status: readonly StatusChange[];
}

export interface Designation {
  readonly by: string;
  readonly list: string;
  readonly since?: string;
  readonly source: string;
}

export interface Militia extends EntityRecord {
  readonly umbrella: readonly string[];
  readonly designations: readonly Designation[];
}

/** What the mention engine needs of an entity. */
export interface GazetteerEntry {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name_en: string;
  readonly name_ar: string;
  readonly aliases: readonly Alias[];
}

export function gazetteerEntries(bases: readonly Base[], militias: readonly Militia[]): GazetteerEntry[] {
  const pick = (kind: EntityKind) => (r: EntityRecord): GazetteerEntry => ({ id: r.id, kind, name_en: r.name_en, name_ar: r.name_ar, aliases: r.aliases });
  return [...bases.map(pick('base')), ...militias.map(pick('militia'))];
}
