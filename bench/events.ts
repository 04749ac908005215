/**
 * Event extraction over a long page: the seed articles repeated to ~1.5 M
 * characters, as bench/page.ts builds its long page. `events_vs_mentions_ms` is the
 * extraction's time over the mention engine's own time on the same text (median
 * of runs, mentions given): below 1, extraction adds less than the engine takes.
 */
import { gazetteer } from '../data/gazetteer';
import { createEventExtractor } from '../lib/events';
import { createMentionFinder } from '../lib/mentions';
import { repeatedSeeds } from './corpus';
import { medianMs, round, type Metric } from './measure';

export function benchEvents(log: (line: string) => void): Metric[] {
  const text = repeatedSeeds(1_500_000);
  const finder = createMentionFinder(gazetteer);
  const extractor = createEventExtractor();
  const mentions = finder.find(text);
  const mentionsMs = medianMs(() => finder.find(text), 5, 1);
  const eventsMs = medianMs(() => extractor.extract(text, mentions, '2024-01-29'), 5, 1);
  const events = extractor.extract(text, mentions, '2024-01-29').length;
  log(`events over ${(text.length / 1e6).toFixed(2)} M chars: ${eventsMs.toFixed(1)} ms (${events} events) vs mentions ${mentionsMs.toFixed(1)} ms (${mentions.length} mentions)`);
  return [
    { name: 'events_extract_ms_long', value: round(eventsMs, 1), unit: 'ms' },
    { name: 'mentions_find_ms_long', value: round(mentionsMs, 1), unit: 'ms' },
    { name: 'events_vs_mentions_ms', value: round(eventsMs / mentionsMs, 2), unit: 'ratio' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const m of benchEvents((line) => process.stdout.write(`# ${line}\n`))) process.stdout.write(JSON.stringify(m) + '\n');
}
