/**
 * The lossless export, and the only format import.ts reads back:
 *
 *   {"format": "militia-base-reader/clips", "version": 1, "exported_at": "<UTC timestamp>", "clips": [Clip, …]}
 *
 * Each clip exactly as stored (lib/clips/types.ts), in the order given. A separate
 * format rather than the JSON-LD collection: the Web Annotation model is
 * mention-centred and has no place for a clip's own fields (text hash, origin,
 * capture metadata) without a private vocabulary, and a reader of this file needs
 * none of JSON-LD's processing. `version` changes only when a field changes meaning
 * or disappears; an import of a newer version is refused rather than half-read.
 */
import { CLIP_EXPORT_FORMAT, CLIP_EXPORT_VERSION, type Clip } from '../clips/types';
import type { ExportOptions } from './common';

export interface ClipExport {
  readonly format: typeof CLIP_EXPORT_FORMAT;
  readonly version: typeof CLIP_EXPORT_VERSION;
  readonly exported_at: string;
  readonly clips: readonly Clip[];
}

/** The file text: compact JSON and a final newline (UTF-8 when written). */
export function exportJson(clips: readonly Clip[], options: Pick<ExportOptions, 'exportedAt'>): string {
  const file: ClipExport = { format: CLIP_EXPORT_FORMAT, version: CLIP_EXPORT_VERSION, exported_at: options.exportedAt.toISOString(), clips };
  return JSON.stringify(file) + '\n';
}
