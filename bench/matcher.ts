/**
 * The matcher against the cost of merely reading the text, and its scaling with the
 * number of aliases.
 */
import { gazetteer } from '../data/gazetteer';
import type { GazetteerEntry } from '../lib/gazetteer/types';
import { createMentionFinder } from '../lib/mentions';
import { repeatedSeeds } from './corpus';
import { medianMs, round, type Metric, seededRandom } from './measure';

/** The floor: a bare charCodeAt loop over the text. */
function readAll(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/**
 * Synthetic entities, `count` aliases in all (deterministic): one to three random
 * Arabic words of 5 to 9 letters, shaped like real names, so that they grow the
 * automaton as real names would without matching ordinary words of the text (a
 * random 3-letter «name» would match real words and measure something else).
 */
function syntheticEntries(count: number): GazetteerEntry[] {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const rand = seededRandom(0x2545f491);
  const word = () => Array.from({ length: 5 + rand(5) }, () => letters[rand(letters.length)]).join('');
  const out: GazetteerEntry[] = [];
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: 1 + rand(3) }, word).join(' ');
    out.push({ id: `synthetic-${i}`, kind: i % 2 ? 'base' : 'militia', name_en: `Synthetic ${i}`, name_ar: text, aliases: [{ text, lang: 'ar' }] });
  }
  return out;
}

export function benchMatcher(log: (line: string) => void): Metric[] {
  const text = repeatedSeeds(20_000_000);
  const mchars = text.length / 1e6;
  log(`text: the seed articles repeated to ${text.length.toLocaleString('en')} UTF-16 code units`);

  const t0 = performance.now();
  const finder = createMentionFinder(gazetteer);
  const compileMs = performance.now() - t0;
  const aliases = gazetteer.reduce((n, e) => n + e.aliases.length, 0);
  log(`gazetteer: ${gazetteer.length} entities, ${aliases} aliases, compiled in ${compileMs.toFixed(1)} ms`);

  const floorMs = medianMs(() => readAll(text), 7);
  let mentions = 0;
  const matcherMs = medianMs(() => (mentions = finder.find(text).length), 5);
  log(`floor (charCodeAt loop): ${floorMs.toFixed(1)} ms; matcher: ${matcherMs.toFixed(1)} ms, ${mentions.toLocaleString('en')} mentions`);

  const scaled = createMentionFinder([...gazetteer, ...syntheticEntries(aliases * 19)]);
  const scaledMs = medianMs(() => scaled.find(text), 5);
  log(`with 20× the aliases (${(aliases * 20).toLocaleString('en')}): ${scaledMs.toFixed(1)} ms`);

  return [
    { name: 'matcher_mchars_per_s', value: round(mchars / (matcherMs / 1000), 1), unit: 'Mchar/s' },
    { name: 'floor_mchars_per_s', value: round(mchars / (floorMs / 1000), 1), unit: 'Mchar/s' },
    { name: 'matcher_vs_floor', value: round(floorMs / matcherMs), unit: 'ratio' },
    { name: 'alias_scaling_20x', value: round(scaledMs / matcherMs), unit: 'ratio' },
    { name: 'gazetteer_compile_ms', value: round(compileMs, 1), unit: 'ms' },
  ];
}
