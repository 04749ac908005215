/**
 * When two incident records describe one attack: a site in common, the same date
 * and compatible weapons. The merge refuses such a record against the dataset, and
 * the store refuses keeping the same attack of the same article twice.
 */
import type { Incident } from '../dataset/schema';

const isMissile = (ws: readonly string[]) => ws.some((w) => w === 'rocket' || w === 'ballistic missile' || w === 'cruise missile');
/** Weapons that may describe one attack: one of them unknown, a weapon in common, or missiles of any kind on both sides. */
export const compatibleWeapons = (a: readonly string[], b: readonly string[]) =>
  a.includes('unknown') || b.includes('unknown') || a.some((w) => b.includes(w)) || (isMissile(a) && isMissile(b));

/** The first of `incidents` at one of `i`'s sites on its date with a compatible weapon. */
export function duplicateOf(i: Pick<Incident, 'sites' | 'date' | 'weapons'>, incidents: readonly Incident[]): Incident | undefined {
  return incidents.find((o) => o.date === i.date && o.sites.some((s) => i.sites.includes(s)) && compatibleWeapons(i.weapons, o.weapons));
}
