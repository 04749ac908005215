/**
 * The names of the dataset's weapon and outcome codes in Arabic and English, once
 * for every place that shows them (the card, the incident list, the HTML report).
 * English is lower-case, for use inside a sentence.
 */
import type { Incident, Weapon } from './schema';

export interface Label {
  readonly ar: string;
  readonly en: string;
}

export const WEAPON_NAMES: Readonly<Record<Weapon, Label>> = {
  rocket: { ar: 'صواريخ', en: 'rockets' },
  drone: { ar: 'طائرة مسيّرة', en: 'drone' },
  'ballistic missile': { ar: 'صاروخ باليستي', en: 'ballistic missile' },
  'cruise missile': { ar: 'صاروخ كروز', en: 'cruise missile' },
  mortar: { ar: 'قذائف هاون', en: 'mortar' },
  ied: { ar: 'عبوة ناسفة', en: 'IED' },
  'small arms': { ar: 'أسلحة خفيفة', en: 'small arms' },
  unknown: { ar: 'غير معروف', en: 'unknown' },
};

export const OUTCOME_NAMES: Readonly<Record<Incident['outcome'], Label>> = {
  intercepted: { ar: 'اعتُرض', en: 'intercepted' },
  'no damage': { ar: 'دون أضرار', en: 'no damage' },
  damage: { ar: 'أضرار', en: 'damage' },
  casualties: { ar: 'إصابات بشرية', en: 'casualties' },
  missed: { ar: 'أخطأ الهدف', en: 'missed' },
  unknown: { ar: 'غير معروفة', en: 'unknown' },
};
