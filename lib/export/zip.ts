/**
 * Several export files as one zip archive (fflate, deflate). Entry names are
 * UTF-8 (the archive flags them so) and may contain `/` for folders; every entry
 * carries the export time, so the same export gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ExportFile {
  /** Path inside the archive: `clips.json`, `notes/… .md`. */
  readonly name: string;
  readonly text: string;
}

/**
 * The archive's bytes. `level` trades speed for size (fflate's 0–9; 6 by default).
 * @throws {RangeError} on a duplicate, absolute or `..` entry name.
 */
export function zipFiles(files: readonly ExportFile[], mtime: Date, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): Uint8Array {
  const entries: Zippable = Object.create(null);
  for (const f of files) {
    if (f.name === '' || f.name.startsWith('/') || f.name.split('/').some((p) => p === '..' || p === '.' || p === '')) throw new RangeError(`unsafe zip entry name: ${f.name}`);
    if (f.name in entries) throw new RangeError(`duplicate zip entry name: ${f.name}`);
    entries[f.name] = [strToU8(f.text), { level, mtime }];
  }
  return zipSync(entries, { level, mtime });
}
