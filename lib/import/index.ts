/** Importing a clips export: parse and validate (all or nothing), then a merge plan by id. Pure. */
import type { Clip } from '../clips/types';
import { mergeClips, type MergePlan } from './merge';
import { parseClipExport } from './parse';

export { parseClipExport, IMPORT_LIMITS, type ParsedClips } from './parse';
export { mergeClips, type MergePlan } from './merge';

export type ImportPlan = { ok: true; plan: MergePlan; exported_at: string } | { ok: false; error: string };

/** Parses `text` and plans its merge into `library`; on error, the plan is absent and nothing is to change. */
export async function planImport(text: string, library: readonly Clip[]): Promise<ImportPlan> {
  const parsed = await parseClipExport(text);
  if (!parsed.ok) return parsed;
  return { ok: true, plan: mergeClips(library, parsed.clips), exported_at: parsed.exported_at };
}
