/**
 * `annotate --input-jsonl FILE`: one JSON document per line, `{"id", "text",
 * "published"?}` with `published` as YYYY-MM-DD; blank lines are skipped.
 */
export interface InputDocument {
  readonly id: unknown;
  readonly text: string;
  readonly published: string | null;
}

export type InputLine = { ok: true; doc: InputDocument } | { ok: false; error: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Each non-blank line of `content`, parsed, or why it cannot be (named by its line number). */
export function parseInputJsonl(content: string, file: string): InputLine[] {
  const out: InputLine[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      out.push({ ok: false, error: `${where}: not a JSON document` });
      return;
    }
    const doc = value as { id?: unknown; text?: unknown; published?: unknown };
    if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string' || !('id' in doc)) {
      out.push({ ok: false, error: `${where}: needs "id" and a string "text"` });
    } else if (doc.published !== undefined && doc.published !== null && (typeof doc.published !== 'string' || !DAY.test(doc.published))) {
      out.push({ ok: false, error: `${where}: "published" must be YYYY-MM-DD` });
    } else out.push({ ok: true, doc: { id: doc.id, text: doc.text, published: (doc.published as string | undefined) ?? null } });
  });
  return out;
}
