// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MentionIndex, type PageMention } from '../../../adapters/page/mention-index';
import { PopoverController } from '../../../page-ui/popover-controller';
import { EntityCard } from '../../../components/popover/EntityCard';
import { PopoverLayer } from '../../../components/popover/PopoverLayer';
import { shippedPublished } from '../../fixtures/page-fixtures';
import { waitFor } from '../../fixtures/wait';

const { summaries } = shippedPublished();

function mentionsIn(p: HTMLElement, ids: string[]): PageMention[] {
  const text = p.firstChild as Text;
  return ids.map((id, i) => {
    const range = document.createRange();
    range.setStart(text, i * 2);
    range.setEnd(text, i * 2 + 1);
    const s = summaries[id];
    return { id: i + 1, startNode: text, startOffset: i * 2, endNode: text, endOffset: i * 2 + 1, nodes: [text], range, mention: { start: 0, end: 1, text: i === 0 ? 'خراب الجبير' : s.name_ar, match: i === 0 ? 'fuzzy' : 'exact', score: 1, entity: { id, kind: s.kind, name_ar: s.name_ar, name_en: s.name_en } } };
  });
}

describe('the card of a mention (components/popover, popover-controller.ts)', () => {
  let host: HTMLElement;
  let index: MentionIndex;
  let controller: PopoverController;
  let current: PageMention | null;
  let painted: number[];
  let mentions: PageMention[];
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<button id="before">x</button><p id="p">a b c d</p><div id="host"></div>';
    host = document.getElementById('host')!;
    index = new MentionIndex();
    mentions = mentionsIn(document.getElementById('p')!, ['kharab-al-jir', 'islamic-resistance-in-iraq', 'ain-al-asad']);
    index.add(mentions);
    painted = [];
    controller = new PopoverController({ index, summaries: () => summaries, mountUi: async () => undefined, setCurrent: (m) => void (current = m), onPainted: (ms) => void painted.push(ms) });
    act(() => render(<PopoverLayer store={controller} />, host));
  });
  afterEach(() => act(() => render(null, host)));

  const dialog = () => host.querySelector('[role=dialog]') as HTMLElement | null;

  it('shows the entity: names, kind and type, place, hosted forces, aliases, incidents with sources, labelled for assistive technology', async () => {
    await act(() => controller.open(mentions[0], 'hover', { x: 1, y: 1 }));
    const d = dialog()!;
    expect(d.getAttribute('aria-labelledby')).toBe(d.querySelector('h2')!.id);
    expect(d.querySelector('h2')!.textContent).toBe('Kharab al-Jir airfield (Rumalyn Landing Zone)');
    const text = d.textContent!;
    for (const s of ['قاعدة مطار خراب الجير', 'Base', 'air base', 'Hasakah Governorate, Syria', 'United States', 'Approximate match: “خراب الجبير”', 'Prior incidents: ', 'Mention 1 of 3']) expect(text).toContain(s);
    // The latest three, each with its best source; the rest are on the incidents page.
    expect(d.querySelectorAll('li.incident').length).toBe(Math.min(3, summaries['kharab-al-jir'].incident_count));
    expect(d.querySelector('li.incident a')!.getAttribute('href')).toMatch(/^https?:/);
    expect(current).toBe(mentions[0]);
  });

  it('steps to the next and previous mentions, wrapping around, and closes on Escape', async () => {
    await act(() => controller.open(mentions[0], 'keyboard'));
    await act(async () => controller.next());
    await waitFor(() => expect(dialog()!.querySelector('h2')!.textContent).toBe('Islamic Resistance in Iraq'));
    expect(dialog()!.textContent).not.toContain('Approximate match');
    expect(dialog()!.textContent).toContain('umbrella group');
    await act(async () => controller.previous());
    await act(async () => controller.previous());
    await waitFor(() => expect(dialog()!.textContent).toContain('Mention 3 of 3'));
    act(() => void dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(dialog()).toBeNull();
    expect(current).toBeNull();
  });

  it('gives focus back to where it was when a card opened from the keyboard closes', async () => {
    const before = document.getElementById('before')!;
    before.focus();
    await act(() => controller.open(mentions[2], 'keyboard'));
    act(() => controller.close());
    expect(document.activeElement).toBe(before);
  });

  it('follows the UI language, right to left in Arabic', async () => {
    act(() => controller.setLang('ar', { base: '#ffb74d', militia: '#4dd0e1' }));
    await act(() => controller.open(mentions[2], 'hover'));
    const d = dialog()!;
    expect(d.getAttribute('dir')).toBe('rtl');
    expect(d.querySelector('h2')!.textContent).toBe('قاعدة عين الأسد الجوية');
    expect(d.textContent).toMatch(/هجوم سابق|هجمات سابقة|هجوماً سابقاً|هجومان سابقان/);
  });

  it('asks the background to open the full list of incidents', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await act(() => controller.open(mentions[2], 'hover'));
    act(() => (dialog()!.querySelector('button.link') as HTMLButtonElement).click());
    expect(send).toHaveBeenCalledWith({ type: 'page/open-incidents', entityId: 'ain-al-asad' });
  });

  it('closes when its mention leaves the page', async () => {
    await act(() => controller.open(mentions[1], 'hover'));
    document.getElementById('p')!.remove();
    act(() => controller.closeIfGone());
    expect(dialog()).toBeNull();
  });
});

describe('the card of a group in an umbrella', () => {
  it('names the umbrella group', () => {
    const root = document.createElement('div');
    const group = Object.values(summaries).find((s) => s.umbrella.length > 0)!;
    render(<EntityCard lang="en" entity={{ id: group.id, kind: group.kind, name_ar: group.name_ar, name_en: group.name_en }} summary={group} text="" fuzzy={false} titleId="t" onOpenIncidents={() => undefined} />, root);
    expect(root.textContent).toContain(`Part of${group.umbrella[0].name_en}`);
  });
});

describe('the card without data', () => {
  it('says so, and still names the entity', () => {
    const root = document.createElement('div');
    render(<EntityCard lang="en" entity={{ id: 'x', kind: 'militia', name_ar: 'فصيل', name_en: 'A group' }} summary={null} text="فصيل" fuzzy={false} titleId="t" onOpenIncidents={() => undefined} />, root);
    expect(root.querySelector('h2')!.textContent).toBe('A group');
    expect(root.textContent).toContain('No data about “A group” yet.');
  });

  it('says when there are no incidents', () => {
    const root = document.createElement('div');
    const quiet = Object.values(summaries).find((s) => s.incident_count === 0)!;
    render(<EntityCard lang="ar" entity={{ id: quiet.id, kind: quiet.kind, name_ar: quiet.name_ar, name_en: quiet.name_en }} summary={quiet} text="" fuzzy={false} titleId="t" onOpenIncidents={() => undefined} />, root);
    expect(root.textContent).toContain('لا هجمات سابقة');
  });
});
