/**
 * The bundled gazetteer: every base and militia with its aliases, as the engine
 * needs them. Imported by the CLI, the tests and the benchmarks (the extension
 * reads the published dataset instead).
 *
 * The JSON files are parsed with their schemas, not cast: a record that breaks the
 * schema fails here, with the schema's message, instead of reaching the engine
 * under a type it does not have (about 30 ms once per process).
 */
import * as v from 'valibot';
import { BasesFileSchema, MilitiasFileSchema } from '../lib/dataset/schema';
import { gazetteerEntries } from '../lib/gazetteer/types';
import basesJson from './bases.json';
import militiasJson from './militias.json';

export const bases = v.parse(BasesFileSchema, basesJson);
export const militias = v.parse(MilitiasFileSchema, militiasJson);
export const gazetteer = gazetteerEntries(bases, militias);
