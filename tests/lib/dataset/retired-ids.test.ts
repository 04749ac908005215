import { describe, expect, it } from 'vitest';
import { gazetteer, militias } from '../../../data/gazetteer';
import { createClip } from '../../../lib/clips/create';
import { loadDataFiles, RETIRED_ENTITY_IDS, resolveEntityId, type Incident } from '../../../lib/dataset';
import { entitiesOf } from '../../../lib/export/common';
import { createMentionFinder } from '../../../lib/mentions';
import { meta } from '../../fixtures/clips';
import { shipped, validContent } from '../../fixtures/shipped-data';

const pretty = (x: unknown) => JSON.stringify(x, null, 2) + '\n';

/**
 * `irgc-quds-force` muddled the IRGC (its Arabic name, its claims) with its Quds
 * Force; it was split into `irgc` and `quds-force`, and the old id resolves to `irgc`.
 */
describe('retired entity ids', () => {
  it('resolve to a record that exists, and are no longer used by any record', () => {
    const { content } = shipped();
    const ids = new Set([...content.bases, ...content.militias].map((r) => r.id));
    for (const [old, current] of Object.entries(RETIRED_ENTITY_IDS)) {
      expect(ids.has(old)).toBe(false);
      expect(ids.has(current)).toBe(true);
    }
    expect(resolveEntityId('irgc-quds-force')).toBe('irgc');
    expect(resolveEntityId('quds-force')).toBe('quds-force');
    expect(resolveEntityId('constructor')).toBe('constructor');
  });

  it('an incident or umbrella naming irgc-quds-force in a data file is loaded as naming irgc', () => {
    const d = validContent();
    d.militias.push({ ...d.militias[0]!, id: 'irgc', umbrella: [], aliases: [] });
    d.militias.push({ ...d.militias[0]!, id: 'quds-force', umbrella: ['irgc-quds-force'], aliases: [] });
    const old: Incident = {
      ...d.incidents[0]!, claimed_by: ['irgc-quds-force'],
      attributed_to: [{ group: 'irgc-quds-force', by: 'US Central Command', source: 'https://example.org/a' }],
    };
    const { content, problems } = loadDataFiles([
      { path: 'bases.json', text: pretty(d.bases) },
      { path: 'militias.json', text: pretty([...d.militias].sort((a, b) => (a.id < b.id ? -1 : 1))) },
      { path: 'incidents/2023.json', text: pretty([old, d.incidents[1]]) },
    ]);
    expect(problems).toEqual([]);
    expect(content.incidents[0]!.claimed_by).toEqual(['irgc']);
    expect(content.incidents[0]!.attributed_to.map((a) => a.group)).toEqual(['irgc']);
    expect(content.militias.find((m) => m.id === 'quds-force')!.umbrella).toEqual(['irgc']);
  });

  it('a clip saved naming irgc-quds-force exports with the IRGC record and its incidents', async () => {
    const text = 'قال الحرس الثوري إنه قصف القاعدة.';
    const start = text.indexOf('الحرس الثوري');
    const old = { id: 'irgc-quds-force', kind: 'militia' as const, name_en: 'Islamic Revolutionary Guard Corps (IRGC)', name_ar: 'الحرس الثوري الإيراني' };
    const clip = await createClip({
      text, metadata: meta(), via: 'selection', now: new Date('2025-01-01T00:00:00Z'),
      mentions: [{ start, end: start + 'الحرس الثوري'.length, text: 'الحرس الثوري', match: 'exact', score: 1, entity: old }],
    });
    const { content } = shipped();
    const e = entitiesOf([clip], content).get('irgc-quds-force')!;
    expect(e.militia?.id).toBe('irgc');
    expect(e.militia?.name_ar).toBe('الحرس الثوري الإيراني');
    expect(e.incidents.length).toBeGreaterThan(0);
    expect(e.incidents.every((i) => i.claimed_by.includes('irgc') || i.attributed_to.some((a) => a.group === 'irgc'))).toBe(true);
  });

  it('the engine names the IRGC and the Quds Force as two entities that exist', () => {
    const finder = createMentionFinder(gazetteer);
    const found = finder.find('قال الحرس الثوري الإيراني إن فيلق القدس لم يشارك في الهجوم.');
    expect(found.map((m) => m.entity.id)).toEqual(['irgc', 'quds-force']);
    const ids = new Set(militias.map((m) => m.id));
    for (const m of found) expect(ids.has(m.entity.id)).toBe(true);
    expect(militias.find((m) => m.id === 'quds-force')!.umbrella).toEqual(['irgc']);
  });
});
