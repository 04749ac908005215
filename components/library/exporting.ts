/**
 * Export downloads from the library page: the bytes of one format (a single file,
 * or a zip when the format writes several, as Markdown does with a note per clip)
 * or of every format in one zip (fflate), offered through a Blob URL and an
 * `<a download>` (no `downloads` permission needed).
 */
import type { Clip } from '@/lib/clips/types';
import { EXPORT_FORMATS, MEDIA_TYPES, exportArchive, exportBaseName, exportFiles, type ExportDataset, type ExportFormat } from '@/lib/export';

export type ExportChoice = ExportFormat | 'zip';
export const EXPORT_CHOICES: readonly ExportChoice[] = [...EXPORT_FORMATS, 'zip'];

export interface ExportDownload {
  readonly name: string;
  readonly type: string;
  readonly data: string | Uint8Array<ArrayBuffer>;
}

const EXTENSIONS: Record<ExportFormat, string> = { json: '.json', jsonld: '.jsonld', markdown: '.md', csv: '.csv', html: '.html', geojson: '.geojson', stix: '.stix.json' };

/** What the library downloads for `choice`, exported at `now`. */
export async function exportDownload(clips: readonly Clip[], choice: ExportChoice, dataset: ExportDataset | null, now: Date): Promise<ExportDownload> {
  const options = { exportedAt: now, dataset: dataset ?? undefined };
  const base = exportBaseName(now);
  if (choice === 'zip') return { name: `${base}.zip`, type: 'application/zip', data: asBytes(await exportArchive(clips, EXPORT_FORMATS, options)) };
  const files = await exportFiles(clips, [choice], options);
  if (files.length === 1) return { name: `${base}${EXTENSIONS[choice]}`, type: MEDIA_TYPES[choice], data: files[0].text };
  return { name: `${base}-${choice}.zip`, type: 'application/zip', data: asBytes(await exportArchive(clips, [choice], options)) };
}

const asBytes = (u: Uint8Array): Uint8Array<ArrayBuffer> => (u.buffer instanceof ArrayBuffer ? (u as Uint8Array<ArrayBuffer>) : new Uint8Array(u));

/** Offers `d` as a download from `doc` (the Blob URL is revoked a minute later). */
export function offerDownload(doc: Document, d: ExportDownload): void {
  const url = URL.createObjectURL(new Blob([d.data], { type: d.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = d.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
