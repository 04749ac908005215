import { describe, expect, it } from 'vitest';
import { militiaProposal, proposalId, proposalJson } from '../../lib/candidate-proposal';

describe('militiaProposal', () => {
  const url = 'https://news.example/2026/03/article';

  it("has the schema's militia fields, in its order, with the article as the source of the name", () => {
    const p = militiaProposal({ text: 'سرايا  الجسر الغربي', lang: 'ar' }, url);
    expect(Object.keys(p)).toEqual(['id', 'name_en', 'name_ar', 'type', 'umbrella', 'country', 'designations', 'description_en', 'description_ar', 'aliases', 'sources', 'confidence']);
    expect(p).toMatchObject({ id: '', name_en: '', name_ar: 'سرايا الجسر الغربي', sources: [url], confidence: 'low', type: '', umbrella: [], designations: [] });
    expect(p.aliases).toEqual([{ text: 'سرايا الجسر الغربي', lang: 'ar', source: url }]);
  });

  it('fills name_en and a kebab-case id from a Latin name', () => {
    const p = militiaProposal({ text: "Kata'ib al-Jisr", lang: 'en' }, url);
    expect(p).toMatchObject({ id: 'kataib-al-jisr', name_en: "Kata'ib al-Jisr", name_ar: '' });
  });

  it('gives no id for a name in another script, and accents fold away', () => {
    expect(proposalId('سرايا')).toBe('');
    expect(proposalId('Ṣarāyā al-Ǧisr')).toBe('saraya-al-gisr');
  });

  it('is two-space JSON, as data/militias.json', () => {
    expect(proposalJson(militiaProposal({ text: 'X Y', lang: 'en' }, url))).toContain('\n  "id": "x-y",');
  });
});
