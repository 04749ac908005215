import { describe, expect, it } from 'vitest';
import { clipStrings } from '../../../components/i18n/strings/clips';
import { commonStrings } from '../../../components/i18n/strings/common';
import { datasetStrings } from '../../../components/i18n/strings/dataset';
import { pageStrings } from '../../../components/i18n/strings/page';
import { EXPORT_CHOICES, exportChoiceLabel } from '../../../components/library/exporting';
import { t } from '../../../components/i18n';
import { CLIP_ORIGINS } from '../../../lib/clips/types';

describe('clip strings (components/i18n/strings/clips.ts)', () => {
  it('share no key with another catalog', () => {
    const others = new Set([...Object.keys(commonStrings), ...Object.keys(datasetStrings), ...Object.keys(pageStrings)]);
    expect(Object.keys(clipStrings).filter((k) => others.has(k))).toEqual([]);
  });

  it('have Arabic and English for every key, with the same placeholders, and name every origin and export', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { ar, en }] of Object.entries(clipStrings)) {
      expect(ar.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(vars(ar), key).toEqual(vars(en));
    }
    for (const lang of ['ar', 'en'] as const) {
      for (const via of CLIP_ORIGINS) expect(t(lang, `clipVia_${via}`)).not.toMatch(/^clipVia_/);
      for (const c of EXPORT_CHOICES) expect(exportChoiceLabel(c, lang).trim()).not.toBe('');
      expect(t(lang, 'export_zip')).not.toMatch(/^export_/);
    }
  });
});
