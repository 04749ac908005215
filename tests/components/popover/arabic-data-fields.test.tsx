// @vitest-environment happy-dom
/**
 * Arabic first for the dataset's own fields (issues 11 and 12): who blamed a group
 * (`by_ar`), the casualty note (`note_ar`) and the hosted forces (`hosted_ar`) in
 * the card, the incidents list and the HTML report when the UI is Arabic; the
 * English in the English UI, and as a fallback for a feed that predates them.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { IncidentCard } from '../../../components/incidents/IncidentCard';
import { EntityCard } from '../../../components/popover/EntityCard';
import { IncidentItem } from '../../../components/popover/IncidentItem';
import type { Incident } from '../../../lib/dataset';
import type { IncidentSummary } from '../../../lib/dataset/summary';
import { entityAppendix } from '../../../lib/export/html-appendix';
import { shippedPublished } from '../../fixtures/page-fixtures';

const { summaries } = shippedPublished();

const incident = (over: Partial<IncidentSummary> = {}): IncidentSummary => ({
  id: '2024-01-28-tower-22-drone', date: '2024-01-28', date_precision: 'day',
  sites: [{ id: 'tower-22', name_en: 'Tower 22', name_ar: 'البرج 22' }], weapons: ['drone'], claimed_by: [],
  attributed_to: [{ id: 'kataib-hezbollah', name_en: "Kata'ib Hezbollah", name_ar: 'كتائب حزب الله', by: 'US Department of Defense', by_ar: 'وزارة الدفاع الأمريكية' }],
  killed: 3, injured: 40, casualties_note_en: 'US service members', casualties_note_ar: 'عسكريون أمريكيون',
  outcome: 'casualties', summary_en: 'A drone hit the outpost.', summary_ar: 'أصابت مسيّرة الموقع.', sources: ['https://example.org/a'], confidence: 'high',
  ...over,
});

const renderIn = (vnode: preact.ComponentChild) => {
  const root = document.createElement('div');
  render(vnode, root);
  return root;
};

describe('the card (components/popover/IncidentItem)', () => {
  it('shows in Arabic who blamed the group, in Arabic', () => {
    const root = renderIn(<ul><IncidentItem lang="ar" incident={incident()} /></ul>);
    expect(root.querySelector('.blamed-by')!.textContent).toBe('وزارة الدفاع الأمريكية');
    expect(root.textContent).not.toContain('US Department of Defense');
  });

  it('shows it in English in the English card', () => {
    const root = renderIn(<ul><IncidentItem lang="en" incident={incident()} /></ul>);
    expect(root.querySelector('.blamed-by')!.textContent).toBe('US Department of Defense');
  });

  it('falls back to the English for a feed built before by_ar', () => {
    const old = incident({ attributed_to: [{ id: 'kataib-hezbollah', name_en: "Kata'ib Hezbollah", name_ar: 'كتائب حزب الله', by: 'US Department of Defense' }] });
    expect(renderIn(<ul><IncidentItem lang="ar" incident={old} /></ul>).querySelector('.blamed-by')!.textContent).toBe('US Department of Defense');
  });

  it('shows the shipped attributions in Arabic: no English `by` in any Arabic card', () => {
    const attributed = Object.values(summaries).flatMap((s) => s.recent).filter((i) => i.attributed_to.length > 0 && i.claimed_by.length === 0);
    expect(attributed.length).toBeGreaterThan(0);
    for (const i of attributed) {
      const root = renderIn(<ul><IncidentItem lang="ar" incident={i} /></ul>);
      for (const b of root.querySelectorAll('.blamed-by')) expect(b.textContent, i.id).toMatch(/[\u0621-\u064A]/);
    }
  });
});

describe('the card of a base (components/popover/EntityCard)', () => {
  it('names the hosted forces in Arabic from the dataset, the English in the English card', () => {
    const base = Object.values(summaries).find((s) => s.kind === 'base' && s.hosted.includes('Turkey'))!;
    const card = (lang: 'ar' | 'en') =>
      renderIn(<EntityCard lang={lang} entity={{ id: base.id, kind: base.kind, name_ar: base.name_ar, name_en: base.name_en }} summary={base} text="" fuzzy={false} titleId="t" onOpenIncidents={() => undefined} />).textContent!;
    expect(card('ar')).toContain('تركيا');
    expect(card('ar')).not.toContain('Turkey');
    expect(card('en')).toContain('Turkey');
  });
});

describe('the incidents page (components/incidents/IncidentCard)', () => {
  it('says who blamed the group and the casualty note in Arabic', () => {
    const text = renderIn(<IncidentCard lang="ar" incident={incident()} />).textContent!;
    expect(text).toContain('كتائب حزب الله (بحسب وزارة الدفاع الأمريكية)');
    expect(text).toContain('عسكريون أمريكيون');
    expect(text).not.toMatch(/US Department of Defense|US service members/);
  });

  it('in English, in the English UI', () => {
    const text = renderIn(<IncidentCard lang="en" incident={incident()} />).textContent!;
    expect(text).toContain("Kata'ib Hezbollah (according to US Department of Defense)");
    expect(text).toContain('US service members');
  });
});

describe('the HTML report (lib/export/html-appendix)', () => {
  it('writes who blamed the group and the casualty note in Arabic', () => {
    const i: Incident = {
      id: '2024-01-28-tower-22-drone', date: '2024-01-28', date_precision: 'day', sites: ['tower-22'], weapons: ['drone'], claimed_by: [],
      attributed_to: [{ group: 'kataib-hezbollah', by: 'US Department of Defense', by_ar: 'وزارة الدفاع الأمريكية', source: 'https://example.org/a' }],
      casualties: { killed: 3, injured: 40, note: 'US service members', note_ar: 'عسكريون أمريكيون' }, outcome: 'casualties',
      summary_en: 'A drone hit the outpost.', summary_ar: 'أصابت مسيّرة الموقع.', sources: ['https://example.org/a'], confidence: 'high',
    };
    const html = entityAppendix([{ id: 'tower-22', kind: 'base', name_en: 'Tower 22', name_ar: 'البرج 22', base: null, militia: null, incidents: [i], mentions: 1, clips: 1 }], () => 'كتائب حزب الله');
    expect(html).toContain('وزارة الدفاع الأمريكية');
    expect(html).toContain('عسكريون أمريكيون');
    expect(html).not.toMatch(/US Department of Defense|US service members/);
  });
});
