/** The dataset's incidents as the CLI reads them from data/incidents/*.json. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Incident } from '../lib/dataset/schema';

const dir = fileURLToPath(new URL('../data/incidents/', import.meta.url));

export function readIncidents(): Incident[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Incident[]);
}
