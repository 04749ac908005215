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

/** Host "Unix" in the "version made by" field, and a regular file readable by all, writable by its owner. */
const UNIX = { os: 3, attrs: 0o100644 << 16 } as const;

/**
 * The archive's bytes. `level` trades speed for size (fflate's 0–9; 6 by default).
 * Entries of fewer than `storeBelow` bytes are stored, not deflated: fflate sets up
 * about 200 KB of deflate state per entry, so on a thousand notes of a few KB the
 * setting up costs more than the deflating (1,000 clips: storing the notes cut the
 * zip's time by about 45% for 4.7 MB more archive).
 * @throws {RangeError} on a duplicate, absolute or `..` entry name.
 */
export function zipFiles(files: readonly ExportFile[], mtime: Date, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6, storeBelow = 0): Uint8Array {
  const entries: Zippable = Object.create(null);
  for (const f of files) {
    if (f.name === '' || f.name.startsWith('/') || f.name.split('/').some((p) => p === '..' || p === '.' || p === '')) throw new RangeError(`unsafe zip entry name: ${f.name}`);
    if (f.name in entries) throw new RangeError(`duplicate zip entry name: ${f.name}`);
    const bytes = strToU8(f.text);
    entries[f.name] = [bytes, { level: bytes.length < storeBelow ? 0 : level, mtime, ...UNIX }];
  }
  return zipSync(entries, { level, mtime });
}
