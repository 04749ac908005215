/**
 * The mention engine as content scripts and extension pages build it: lib/mentions.ts's
 * `createMentionFinder`, with the fold table decoded from folds.generated.json
 * instead of built (see fold-table-codec.ts). tests/adapters/page/engine/page-finder.test.ts checks
 * both give the same mentions on the seed articles and the held-out passages.
 */
import type { GazetteerEntry } from '@/lib/gazetteer/types';
import { createMentionFinder, mentionFinderSteps, type MentionFinder, type Steps } from '@/lib/mentions';
import { Normalizer } from '@/lib/text/normalize';
import { decodeFoldTable, type EncodedFoldTable } from './fold-table-codec';
import folds from './folds.generated.json';

let shared: Normalizer | undefined;

/** The normaliser of lib/mentions.ts, from the precompiled table; built once per context. */
export function pageNormalizer(): Normalizer {
  return (shared ??= new Normalizer(decodeFoldTable(folds as unknown as EncodedFoldTable)));
}

/** Compiles `entries` (about 7 ms warm for the shipped gazetteer; more on a cold page). */
export function createPageFinder(entries: readonly GazetteerEntry[]): MentionFinder {
  return createMentionFinder(entries, pageNormalizer());
}

/**
 * `createPageFinder` in steps: on the first page of a fresh browser the compile
 * runs as cold code and took up to 64 ms in one task; in steps, a content script
 * spreads it over short slices (Slicer.run).
 */
export function pageFinderSteps(entries: readonly GazetteerEntry[]): Steps<MentionFinder> {
  return mentionFinderSteps(entries, pageNormalizer());
}
