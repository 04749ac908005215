/**
 * Several export files as one zip archive (fflate, deflate). Entry names are
 * UTF-8 (the archive flags them so) and may contain `/` for folders; every entry
 * carries the export time, so the same export gives the same bytes.
 *
 * Entries are marked as made on Unix (APPNOTE 4.4.2.2, "version made by" host 3)
 * with mode 0644: Info-ZIP `unzip` decodes the names of entries made on MS-DOS
 * (fflate's default host) as an OEM code page even when the UTF-8 flag is set, so
 * Arabic note names came out garbled.
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
/** Host "Unix" in the "version made by" field, and a regular file readable by all, writable by its owner. */
const UNIX = { os: 3, attrs: 0o100644 << 16 } as const;

export function zipFiles(files: readonly ExportFile[], mtime: Date, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): Uint8Array {
  const entries: Zippable = Object.create(null);
  for (const f of files) {
    if (f.name === '' || f.name.startsWith('/') || f.name.split('/').some((p) => p === '..' || p === '.' || p === '')) throw new RangeError(`unsafe zip entry name: ${f.name}`);
    if (f.name in entries) throw new RangeError(`duplicate zip entry name: ${f.name}`);
    entries[f.name] = [strToU8(f.text), { level, mtime, ...UNIX }];
  }
  return zipSync(entries, { level, mtime });
}
