import type { OUTCOMES, Weapon } from '../dataset/schema';

export type { Weapon };
export type Outcome = (typeof OUTCOMES)[number];
