/**
 * Reading a clips export back (the JSON format of lib/export/json.ts). All or
 * nothing: the file is accepted only if every clip in it is valid, otherwise the
 * result names the first problem and nothing is to be written.
 *
 * Refused, each with a message an analyst can act on:
 * - more than IMPORT_LIMITS.chars characters or IMPORT_LIMITS.clips clips;
 * - not JSON, or JSON with a `__proto__`, `constructor` or `prototype` key anywhere
 *   (prototype pollution, whatever reads the objects later);
 * - another format, or a newer version of this one;
 * - any field of the wrong type, an unknown field, a non-http(s) URL, a value over
 *   CLIP_LIMITS, a mention or selector that does not describe the text
 *   (lib/clips/types.ts, strict);
 * - two clips with the same id;
 * - a text whose SHA-256 is not its `text_sha256` (corrupted or edited).
 * Text that looks like markup (`<script>`) is data, kept as is: exports escape it.
 */
import * as v from 'valibot';
import { textSha256 } from '../clips/create';
import { CLIP_EXPORT_FORMAT, CLIP_EXPORT_VERSION, ClipSchema, isTimestamp, type Clip } from '../clips/types';

export const IMPORT_LIMITS = { chars: 64 * 1024 * 1024, clips: 50_000 } as const;

export type ParsedClips = { ok: true; clips: Clip[]; exported_at: string } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Refused extends Error {}

const EnvelopeSchema = v.strictObject({
  format: v.literal(CLIP_EXPORT_FORMAT),
  version: v.literal(CLIP_EXPORT_VERSION),
  exported_at: v.pipe(v.string(), v.check(isTimestamp, 'must be a UTC timestamp')),
  clips: v.pipe(v.array(v.unknown()), v.maxLength(IMPORT_LIMITS.clips, `has more than ${IMPORT_LIMITS.clips} clips`)),
});

/** Never throws; `error` is one sentence for the analyst. */
export async function parseClipExport(text: string): Promise<ParsedClips> {
  try {
    return { ok: true, ...(await parse(text)) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.message };
    throw e;
  }
}

async function parse(text: string): Promise<{ clips: Clip[]; exported_at: string }> {
  if (typeof text !== 'string') throw new Refused('The file is not text.');
  if (text.length > IMPORT_LIMITS.chars) throw new Refused(`The file is too large (over ${IMPORT_LIMITS.chars / 1024 / 1024} MiB).`);
  const data = parseJson(text.replace(/^\ufeff/, ''));

  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== CLIP_EXPORT_FORMAT) {
    throw new Refused('This is not a clips export of Militia Base Reader (its JSON export, clips.json).');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > CLIP_EXPORT_VERSION) {
    throw new Refused(`This export was made by a newer version of the extension (format version ${version}); update the extension to import it.`);
  }
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) throw new Refused(`The file is damaged: ${describe(envelope.issues[0])}.`);

  const clips: Clip[] = [];
  const ids = new Set<string>();
  envelope.output.clips.forEach((raw, i) => {
    const r = v.safeParse(ClipSchema, raw);
    const id = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? ` (id ${JSON.stringify((raw as { id: string }).id.slice(0, 64))})` : '';
    if (!r.success) throw new Refused(`Clip ${i + 1}${id} is invalid: ${describe(r.issues[0])}.`);
    if (ids.has(r.output.id)) throw new Refused(`Clip ${i + 1}${id} appears twice in the file.`);
    ids.add(r.output.id);
    clips.push(r.output);
  });

  const digests = await Promise.all(clips.map((c) => textSha256(c.text)));
  const bad = clips.findIndex((c, i) => c.text_sha256 !== digests[i]);
  if (bad >= 0) throw new Refused(`Clip ${bad + 1} (id ${JSON.stringify(clips[bad]!.id)}): its text does not match its SHA-256; the file was corrupted or edited.`);
  return { clips, exported_at: envelope.output.exported_at };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Refused(`The file is refused: it contains the key "${key}", which is never in an export and can be used to attack the program that reads it.`);
      return value;
    });
  } catch (e) {
    if (e instanceof Refused) throw e;
    throw new Refused(`The file is not valid JSON (${(e as Error).message}).`);
  }
}

function describe(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
