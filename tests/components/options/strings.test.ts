import { describe, expect, it } from 'vitest';
import { t } from '../../../components/i18n';
import { commonStrings } from '../../../components/i18n/strings/common';
import { datasetStrings } from '../../../components/i18n/strings/dataset';
import { pageStrings } from '../../../components/i18n/strings/page';
import { syncErrorText } from '../../../components/options/DatasetSettings';
import { SYNC_ERROR_CODES } from '../../../adapters/dataset/sync-errors';
import { OUTCOMES, WEAPONS } from '../../../lib/dataset';
import { outcomeLabel, weaponLabel } from '../../../components/incidents/format';

describe('dataset strings', () => {
  it('explain every sync error in plain words, in Arabic and English', () => {
    for (const code of [...SYNC_ERROR_CODES, 'http-404', 'http-500', 'http-503'] as const) {
      for (const lang of ['ar', 'en'] as const) {
        const text = syncErrorText(lang, code);
        expect(text, `${code} in ${lang}`).not.toMatch(/^syncError:|\{\w+\}/);
        if (lang === 'ar') expect(text).toMatch(/[\u0600-\u06FF]/);
      }
    }
    expect(syncErrorText('en', 'http-500')).toContain('HTTP 500');
    expect(syncErrorText('en', 'http-404')).toContain('404');
  });

  it('name every weapon and outcome of the schema', () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const w of WEAPONS) expect(weaponLabel(lang, w)).not.toMatch(/^weapon:/);
      for (const o of OUTCOMES) expect(outcomeLabel(lang, o)).not.toMatch(/^outcome:/);
    }
  });

  it('share no key with another catalog (the merged catalog would silently keep only one)', () => {
    const others = new Set([...Object.keys(commonStrings), ...Object.keys(pageStrings)]);
    expect(Object.keys(datasetStrings).filter((k) => others.has(k))).toEqual([]);
  });

  it('have both languages for every key, with the same placeholders', () => {
    for (const [key, { ar, en }] of Object.entries(datasetStrings)) {
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ar.trim(), key).not.toBe('');
      expect(vars(ar), key).toEqual(vars(en));
    }
    expect(t('ar', 'datasetCounts', { bases: 1, militias: 2, incidents: 3 })).toBe('القواعد: 1، الفصائل: 2، الهجمات: 3');
  });
});
