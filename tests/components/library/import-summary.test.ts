/** The library names every clip an import replaced or did not import (issue 10: never silently). */
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../components/library/import-summary';

const clip = (id: string, title: string) => ({ id, title, updated_at: '2024-06-01T00:00:00.000Z' });

describe('importSummary', () => {
  it('counts, then names the replaced and the kept clips', () => {
    const report = { ok: true as const, added: 2, updated: 1, unchanged: 0, replaced: [clip('a', 'قصف عين الأسد')], kept: [clip('b', 'Harir')] };
    expect(importSummary('en', report)).toBe("Imported: 2 new, 1 updated, 0 unchanged. Older library copies replaced by the file's newer ones: «قصف عين الأسد». Kept the library's copies, newer than the file's (not imported): «Harir».");
    expect(importSummary('ar', report)).toContain('أُبقيت نسخ المكتبة');
  });

  it('says nothing more when nothing was replaced or kept, and counts long lists', () => {
    expect(importSummary('en', { ok: true, added: 1, updated: 0, unchanged: 3, replaced: [], kept: [] })).toBe('Imported: 1 new, 0 updated, 3 unchanged.');
    const kept = Array.from({ length: 8 }, (_, i) => clip(`k${i}`, `t${i}`));
    expect(importSummary('en', { ok: true, added: 0, updated: 0, unchanged: 0, replaced: [], kept })).toContain('«t4», +3.');
  });
});
