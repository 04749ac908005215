/**
 * Several export files as one zip archive (deflated by fflate). Entry names are
 * UTF-8 (the archive flags them so) and may contain `/` for folders; every entry
 * carries the export time, so the same export gives the same bytes.
 *
 * Entries are marked as made on Unix (APPNOTE 4.4.2.2, "version made by" host 3)
 * with mode 0644: Info-ZIP `unzip` decodes the names of entries made on MS-DOS
 * (fflate's default host) as an OEM code page even when the UTF-8 flag is set, so
 * Arabic note names came out garbled.
 */
import { deflateSync } from 'fflate';

export interface ExportFile {
  /** Path inside the archive: `clips.json`, `notes/… .md`. */
  readonly name: string;
  readonly text: string;
}

/**
 * The archive's bytes. `level` trades speed for size (fflate's deflate, 0–9; 6 by
 * default). Entries of fewer than `storeBelow` bytes are stored, not deflated:
 * deflate sets up about 200 KB of state per entry, so on a thousand notes of a few
 * KB the setting up costs more than the deflating (1,000 clips: storing the notes
 * cut the zip's time by about 45% for 4.7 MB more archive).
 *
 * The archive is written here rather than by fflate's zipSync, which copies every
 * entry twice and checksums a byte at a time: each entry is encoded once, its
 * CRC-32 taken eight bytes at a time, and header, data and directory written
 * straight into the one output buffer (about a third of the zip's time for 1,000 clips).
 * @throws {RangeError} on a duplicate, absolute or `..` entry name, or an archive
 *   past the limits of a zip without the Zip64 extension (65,535 entries, 4 GiB).
 */
export function zipFiles(files: readonly ExportFile[], mtime: Date, level: Level = 6, storeBelow = 0): Uint8Array {
  const names = new Set<string>();
  return assemble(files.map((f) => {
    const name = checkName(f.name, names);
    const stored = storedIfSmall(f.text, level, storeBelow);
    return { name, ...(stored ?? packText(f.text, level)) };
  }), mtime);
}

export type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** What a zip entry holds of a file: its data (deflated or as is), the CRC-32 and size of its UTF-8 bytes. */
export interface Packed {
  readonly data: Uint8Array;
  readonly deflated: boolean;
  readonly crc: number;
  readonly size: number;
}

/** A file's text encoded as UTF-8, checksummed and deflated at `level` (stored at 0). */
export function packText(text: string, level: Level): Packed {
  return packBytes(ENCODER.encode(text), level);
}

/**
 * A file's UTF-8 bytes checksummed and deflated at `level` (stored at 0). Pure: it
 * runs in a worker too, which is handed the bytes (a transferred buffer costs
 * nothing; a string posted to a worker is copied, and for an export's 30 million
 * characters the copy cost about as much as the deflate it was meant to move).
 */
export function packBytes(bytes: Uint8Array, level: Level): Packed {
  return { data: level > 0 ? deflateSync(bytes, { level }) : bytes, deflated: level > 0, crc: crc32(bytes), size: bytes.length };
}

/** packText, perhaps on another thread. */
export type Pack = (text: string, level: Level) => Promise<Packed>;

/** packText on the calling thread. */
export const packHere: Pack = async (text, level) => packText(text, level);

/**
 * A zip written as its files arrive: each file is checked when added and, unless
 * it is small enough to be stored, handed at once to `pack` (encoding, checksum
 * and deflate), which may run on another thread (a worker), so that the next files
 * are rendered meanwhile; `finish` assembles the archive when every file is packed.
 * Same bytes as zipFiles.
 */
export class ZipWriter {
  readonly #names = new Set<string>();
  readonly #entries: Promise<Entry>[] = [];
  constructor(readonly mtime: Date, readonly level: Level, readonly storeBelow: number, readonly pack: Pack) {}

  /** @throws {RangeError} as zipFiles, for this file's name. */
  add(file: ExportFile): void {
    const name = checkName(file.name, this.#names);
    const stored = storedIfSmall(file.text, this.level, this.storeBelow);
    this.#entries.push(stored ? Promise.resolve({ name, ...stored }) : this.pack(file.text, this.level).then((p) => ({ name, ...p })));
  }

  async finish(): Promise<Uint8Array> {
    return assemble(await Promise.all(this.#entries), this.mtime);
  }
}

/** @throws {RangeError} on a duplicate, absolute or `..` name; else the name in UTF-8, noted in `names`. */
function checkName(name: string, names: Set<string>): Uint8Array {
  if (name === '' || name.startsWith('/') || name.split('/').some((p) => p === '..' || p === '.' || p === '')) throw new RangeError(`unsafe zip entry name: ${name}`);
  if (names.has(name)) throw new RangeError(`duplicate zip entry name: ${name}`);
  names.add(name);
  return ENCODER.encode(name);
}

/**
 * The entry of a file stored as is: at level 0, or under `storeBelow` bytes; null
 * when it is to be deflated. A text of `storeBelow` code units or more has at least
 * as many bytes, so it is never encoded here.
 */
function storedIfSmall(text: string, level: Level, storeBelow: number): Packed | null {
  if (level > 0 && text.length >= storeBelow) return null;
  const bytes = ENCODER.encode(text);
  if (level > 0 && bytes.length >= storeBelow) return null;
  return { data: bytes, deflated: false, crc: crc32(bytes), size: bytes.length };
}

const ENCODER = new TextEncoder();

/** The archive of `entries`, in order: local headers and data, the central directory, its end record. */
function assemble(entries: readonly Entry[], mtime: Date): Uint8Array {
  let size = END_LENGTH;
  for (const e of entries) size += LOCAL_LENGTH + CENTRAL_LENGTH + 2 * e.name.length + e.data.length;
  if (entries.length > 0xffff || size > 0xffffffff) throw new RangeError('too large for a zip without Zip64');
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const [time, date] = dosTime(mtime);
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    at = header(view, at, LOCAL, e, time, date);
    out.set(e.name, at);
    out.set(e.data, (at += e.name.length));
    at += e.data.length;
  }
  const directory = at;
  entries.forEach((e, n) => {
    at = header(view, at, CENTRAL, e, time, date, offsets[n]!);
    out.set(e.name, at);
    at += e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

interface Entry extends Packed {
  readonly name: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const LOCAL_LENGTH = 30;
const CENTRAL_LENGTH = 46;
const END_LENGTH = 22;
/** General purpose flag bit 11: the name is UTF-8 (APPNOTE 4.4.4). */
const UTF8 = 0x0800;
/** "Version made by": host 3, Unix (APPNOTE 4.4.2.2), spec 2.0; and a regular file readable by all, writable by its owner. */
const UNIX_MADE_BY = (3 << 8) | 20;
const UNIX_ATTRS = (0o100644 << 16) >>> 0;

/** A local (APPNOTE 4.3.7) or central directory (4.3.12) header up to its name; returns where the name goes. */
function header(view: DataView, at: number, signature: number, e: Entry, time: number, date: number, offset = 0): number {
  const central = signature === CENTRAL;
  view.setUint32(at, signature, true);
  let p = at + 4;
  if (central) view.setUint16(p, UNIX_MADE_BY, true), (p += 2);
  view.setUint16(p, 20, true); // version needed to extract: 2.0 (deflate)
  view.setUint16(p + 2, UTF8, true);
  view.setUint16(p + 4, e.deflated ? 8 : 0, true); // stored, or deflated
  view.setUint16(p + 6, time, true);
  view.setUint16(p + 8, date, true);
  view.setUint32(p + 10, e.crc, true);
  view.setUint32(p + 14, e.data.length, true);
  view.setUint32(p + 18, e.size, true);
  view.setUint16(p + 22, e.name.length, true);
  // extra field length 0; for the directory also comment length, disk number, internal attributes 0
  if (!central) return p + 26;
  view.setUint32(p + 32, UNIX_ATTRS, true);
  view.setUint32(p + 36, offset, true);
  return p + 40;
}

/** MS-DOS time and date (APPNOTE 4.4.6) of `d`, in local time as zip tools read them. @throws {RangeError} before 1980 or after 2099. */
function dosTime(d: Date): [number, number] {
  const y = d.getFullYear() - 1980;
  if (y < 0 || y > 119) throw new RangeError(`a zip cannot date a file ${d.toISOString()}`);
  return [(d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1), (y << 9) | ((d.getMonth() + 1) << 5) | d.getDate()];
}

/** CRC-32 tables for slicing by eight (table k: the CRC of a byte followed by k zero bytes). */
const CRC_TABLES = (() => {
  const t = new Int32Array(8 * 256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    t[i] = c;
  }
  for (let i = 0; i < 256; i++) for (let k = 1; k < 8; k++) t[k * 256 + i] = (t[(k - 1) * 256 + i]! >>> 8) ^ t[t[(k - 1) * 256 + i]! & 255]!;
  return t;
})();

/** The CRC-32 (ISO-HDLC, as zip uses) of `d`, eight bytes at a time. */
export function crc32(d: Uint8Array): number {
  const t = CRC_TABLES;
  let c = -1;
  let i = 0;
  for (const n = d.length - 8; i <= n; i += 8) {
    const a = c ^ (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24));
    c = t[1792 + (a & 255)]! ^ t[1536 + ((a >>> 8) & 255)]! ^ t[1280 + ((a >>> 16) & 255)]! ^ t[1024 + (a >>> 24)]!
      ^ t[768 + d[i + 4]!]! ^ t[512 + d[i + 5]!]! ^ t[256 + d[i + 6]!]! ^ t[d[i + 7]!]!;
  }
  for (; i < d.length; i++) c = t[(c ^ d[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}
