/**
 * The bundled gazetteer: every base and militia with its aliases, as the engine
 * needs them. Imported by the CLI, the tests, the benchmarks and the extension.
 */
import { gazetteerEntries, type Base, type Militia } from '../lib/gazetteer/types';
import basesJson from './bases.json';
import militiasJson from './militias.json';

export const bases = basesJson as unknown as readonly Base[];
export const militias = militiasJson as unknown as readonly Militia[];
export const gazetteer = gazetteerEntries(bases, militias);
