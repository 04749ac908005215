import { readFile } from 'node:fs/promises';

/** A file's text, or why it has none. */
export type TextResult = { ok: true; text: string } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads `path` (`-` is standard input) and decodes it as UTF-8. A byte-order mark is
 * kept as U+FEFF, so offsets match a plain UTF-8 decode in any language.
 */
export async function readText(path: string): Promise<TextResult> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
    return { ok: false, error: `cannot read ${path}: ${why}` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, error: `${path} is not UTF-8 text (invalid byte at offset ${firstInvalidUtf8(bytes)})` };
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and > U+10FFFF included). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    if (need === 2) {
      const d = b[i + 1];
      if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f)) return i;
    } else if (need === 3) {
      const d = b[i + 1];
      if ((c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f)) return i;
    }
    i += need + 1;
  }
  return b.length;
}
