import { describe, expect, it } from 'vitest';
import { casualtiesText, countryName, formatDate, labelOf, sourceLabel } from '../../../components/popover/format';
import { pageStrings } from '../../../components/i18n/strings/page';
import { BASE_TYPES, MILITIA_TYPES, OUTCOMES, WEAPONS } from '../../../lib/dataset/schema';

describe('how the card words the data (components/popover/format.ts)', () => {
  it('writes dates at their precision in both languages', () => {
    expect(formatDate('en', '2024-01-28', 'day')).toBe('28 Jan 2024');
    expect(formatDate('en', '2024-01', 'month')).toBe('January 2024');
    expect(formatDate('en', '2024', 'year')).toBe('2024');
    expect(formatDate('ar', '2024-01-28', 'day')).toMatch(/٢٠٢٤|2024/);
    expect(formatDate('en', 'not a date', 'day')).toBe('not a date');
  });

  it('writes casualties, with unknown counts said so, and nothing when both are unknown', () => {
    expect(casualtiesText('en', 3, 40)).toBe('3 killed, 40 injured');
    expect(casualtiesText('en', 0, null)).toBe('no one killed, injured: unknown');
    expect(casualtiesText('ar', 3, 40)).toMatch(/^(3|٣) قتلى، (40|٤٠) جريحاً$/); // digits as the locale data has them
    expect(casualtiesText('ar', 0, 0)).toBe('لا قتلى ولا جرحى');
    expect(casualtiesText('en', null, null)).toBeNull();
  });

  it('has a label in both languages for every type, weapon and outcome of the schema', () => {
    const all = [...BASE_TYPES.map((v) => `type_${v}`), ...MILITIA_TYPES.map((v) => `type_${v}`), ...WEAPONS.map((v) => `weapon_${v}`), ...OUTCOMES.map((v) => `outcome_${v}`)];
    for (const key of all) expect(pageStrings, key).toHaveProperty([key]);
    expect(labelOf('ar', 'weapon', 'drone')).toBe('طائرة مسيّرة');
    expect(labelOf('en', 'weapon', 'something new')).toBe('something new');
  });

  it('names countries and source sites', () => {
    expect(countryName('en', 'IQ')).toBe('Iraq');
    expect(countryName('ar', 'SY')).toBe('سوريا');
    expect(sourceLabel('https://www.shafaq.com/ar/x')).toBe('shafaq.com');
    expect(sourceLabel('nonsense')).toBe('nonsense');
  });
});
