// @vitest-environment happy-dom
/**
 * «This article reports» in the popup (components/popup/ArticleEvents.tsx and its
 * model): each event known, contradicting (both values) or new against the
 * dataset's incidents at its sites; the article's news apart from what it recalls;
 * loading, empty and error states; "Correct and keep" validates, then sends the
 * own incident with the fields the analyst changed, the article and the evidence.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageEvent, PageEventsResult } from '../../../adapters/page/messages';
import { correctedFields, draftOf, formOf, incidentOfSummary, problemsOf, statusOf } from '../../../components/popup/article-events';
import { ArticleEvents } from '../../../components/popup/ArticleEvents';
import type { SaveOwnIncident } from '../../../components/popup/EventEditor';
import type { PageState } from '../../../components/popup/use-page';
import type { IncidentSummary } from '../../../lib/dataset/summary';
import type { OwnIncident } from '../../../lib/own-incidents/types';
import { checkOwnIncident } from '../../../lib/own-incidents/validate';
import { PUBLISHED_KEY } from '../../../lib/published';
import { formatNumber } from '../../../components/i18n';
import { pluralize } from '../../../components/i18n/plural';
import { eventPlurals } from '../../../components/i18n/strings/events';
import { renderRoot } from '../../fixtures/render-root';
import { waitFor } from '../../fixtures/wait';
import { shippedPublished } from '../../fixtures/page-fixtures';

const ref = (id: string, name_en: string, name_ar: string) => ({ id, name_en, name_ar });
const jir = ref('kharab-al-jir', 'Kharab al-Jir', 'خراب الجير');

/** The dataset's record of an intercepted drone at Kharab al-Jir (data/incidents, 2024-09-26). */
const known: IncidentSummary = {
  id: '2024-09-26-kharab-al-jir-drone', date: '2024-09-26', date_precision: 'day', sites: [jir], weapons: ['drone'], claimed_by: [], attributed_to: [],
  killed: null, injured: null, outcome: 'intercepted', summary_en: 'A drone was intercepted before it reached the base.', summary_ar: 'اعتُرضت مسيّرة قبل وصولها إلى القاعدة.',
  sources: ['https://example.org/a'], confidence: 'medium',
};

const event = (over: Partial<PageEvent> = {}): PageEvent => ({
  kind: 'attack', sites: ['kharab-al-jir'], target_groups: [], date: '2024-09-26', date_precision: 'day', weapons: ['drone'], claimed_by: [], attributed_to: [],
  casualties: null, outcome: 'intercepted', role: 'main', evidence: { start: 10, end: 60 }, known_incident: null, evidence_text: 'اعترضت القوات الأمريكية مسيرة قبل أن تصل إلى قاعدة خراب الجير.', ...over,
});

const result = (events: PageEvent[], over: Partial<Extract<PageEventsResult, { ok: true }>> = {}): PageEventsResult => ({
  ok: true, events, names: { 'kharab-al-jir': { kind: 'base', name_ar: 'خراب الجير', name_en: 'Kharab al-Jir' } }, published: '2024-09-26', publishedFrom: 'page', url: 'https://news.example/a', title: 'خبر', ms: 1, ...over,
});

const ready: PageState = { kind: 'status', status: { state: 'ready', host: 'news.example', groups: [] } };

describe('the article’s events against the dataset (article-events.ts)', () => {
  it('is known, contradicting with both values, or new', () => {
    expect(statusOf(event(), [known])).toMatchObject({ kind: 'known', incident: { id: known.id } });
    const other = statusOf(event({ date: '2024-09-27', casualties: { killed: 2, injured: null } }), [{ ...known, killed: 0 }]);
    expect(other).toMatchObject({ kind: 'contradicting', contradictions: [{ field: 'date', article: '2024-09-27', dataset: '2024-09-26' }, { field: 'casualties' }] });
    expect(statusOf(event({ date: '2024-10-20' }), [known])).toEqual({ kind: 'new' });
    expect(statusOf(event({ weapons: ['mortar'] }), [known])).toEqual({ kind: 'new' });
    expect(statusOf(event({ kind: 'us_strike', sites: [], target_groups: ['kataib-hezbollah'] }), [known])).toEqual({ kind: 'new' });
    const own = { ...incidentOfSummary(known), id: 'own-2024-10-20-kharab-al-jir-x', date: '2024-10-21', own: true as const, article_url: 'https://news.example/a', kept_at: '2026-12-01T10:00:00.000Z', corrected: [] };
    expect(statusOf(event({ date: '2024-10-20' }), [known], [own])).toMatchObject({ kind: 'mine', own: { id: own.id } });
    expect(statusOf(event(), [known], [own])).toMatchObject({ kind: 'known' });
    expect(statusOf(event({ date: '2024-10-25' }), [known], [own])).toEqual({ kind: 'new' });
  });

  it('checks the form, lists the fields the analyst changed, and makes an own incident the dataset rules accept', () => {
    const extracted = formOf(event(), { en: 'Drone at Kharab al-Jir.', ar: 'مسيّرة على خراب الجير.' }, '2024-09-26', '');
    expect(problemsOf(extracted, '2026-12-04')).toEqual([]);
    expect(problemsOf({ ...extracted, sites: [], date: '2024-13-40', weapons: [], killed: '-1', summary_ar: ' ' }, '2026-12-04').map((p) => p.key)).toEqual(['needSite', 'needDate', 'needWeapon', 'badCount', 'needSummary']);
    expect(problemsOf({ ...extracted, date: '2027-01-01' }, '2026-12-04').map((p) => p.key)).toEqual(['futureDate']);
    expect(problemsOf({ ...extracted, attributed_to: ['kataib-hezbollah'] }, '2026-12-04').map((p) => p.key)).toEqual(['needBlamer']);
    const corrected = { ...extracted, outcome: 'damage' as const, injured: '3', date: '2024-09-25' };
    expect(correctedFields(extracted, extracted)).toEqual([]);
    expect(correctedFields(extracted, corrected)).toEqual(['date', 'casualties', 'outcome']);
    const draft = draftOf(corrected, extracted, event(), { url: 'https://news.example/a', title: 'خبر' });
    expect(draft).toMatchObject({ sites: ['kharab-al-jir'], casualties: { killed: null, injured: 3 }, article_url: 'https://news.example/a', sources: ['https://news.example/a'], corrected: ['date', 'casualties', 'outcome'], evidence: { start: 10, end: 60 } });
    const entities = shippedPublished().summaries;
    const ids = (kind: string) => new Set(Object.values(entities).filter((e) => e.kind === kind).map((e) => e.id));
    const checked = checkOwnIncident(draft, { bases: ids('base'), militias: ids('militia') }, new Date('2026-12-04T12:00:00Z'));
    expect(checked.ok ? checked.incident.id : checked.error).toMatch(/^own-2024-09-25-kharab-al-jir-/);
  });
});

describe('the words of the panel', () => {
  it('counts recalled events with the plural rules of each language', () => {
    const ar = (n: number) => pluralize('ar', eventPlurals.eventBackground.ar, n);
    expect([1, 2, 3, 11, 100].map(ar)).toEqual(['حدث سابق يستذكره المقال', 'حدثان سابقان يستذكرهما المقال', `${formatNumber('ar', 3)} أحداث سابقة يستذكرها المقال`, `${formatNumber('ar', 11)} حدثاً سابقاً يستذكرها المقال`, `${formatNumber('ar', 100)} حدث سابق يستذكرها المقال`]);
    expect([1, 2].map((n) => pluralize('en', eventPlurals.eventBackground.en, n))).toEqual(['1 earlier event the article recalls', '2 earlier events the article recalls']);
  });
});

describe('the «This article reports» panel', () => {
  const host = renderRoot();
  afterEach(() => vi.restoreAllMocks());

  /** The content script answers `events`; the background answers lookups with `incidents`, and its own list with `own`. */
  function answer(events: PageEventsResult | Error, incidents: IncidentSummary[] = [known], own: OwnIncident[] = []) {
    const tabs = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, m: { type: string }) => {
      if (m.type === 'page/events') {
        if (events instanceof Error) throw events;
        return events;
      }
      return m.type === 'page/show-event';
    }) as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) => (m.type === 'own-incidents/list' ? own : { version: 'v', entity: null, incidents })) as never);
    return tabs;
  }

  it('says it is reading, then that the article reports no attack, or why it could not read them', async () => {
    answer(result([]));
    act(() => render(<ArticleEvents lang="ar" tabId={3} page={{ kind: 'status', status: { state: 'scanning', host: 'x', groups: [] } }} />, host.el));
    expect(host.el.textContent).toContain('جارٍ قراءة الهجمات في المقال');
    act(() => render(<ArticleEvents lang="ar" tabId={3} page={ready} />, host.el));
    await waitFor(() => expect(host.el.textContent).toContain('لا هجمات في هذا المقال'));
    act(() => render(null, host.el));
    answer(new Error('no receiver'));
    act(() => render(<ArticleEvents lang="en" tabId={4} page={ready} />, host.el));
    await waitFor(() => expect(host.el.querySelector('[role=alert]')?.textContent).toBe('Could not read the attacks: no receiver'));
  });

  it('lists the news with its fields and the dataset’s record, folds what the article recalls, and shows the evidence on click', async () => {
    await fakeBrowser.storage.local.set({ [PUBLISHED_KEY]: shippedPublished() });
    const tabs = answer(result([event(), event({ role: 'background', date: '2023-11-13', weapons: ['rocket'], outcome: 'unknown', claimed_by: ['islamic-resistance-in-iraq'] })], { publishedFrom: 'today', published: '2024-09-26' }));
    act(() => render(<ArticleEvents lang="en" tabId={5} page={ready} />, host.el));
    const news = await waitFor(() => host.el.querySelector('ol.events > li.event.known') ?? false);
    expect(host.el.textContent).toContain('The page does not say when it was published');
    expect(news.querySelector('h3')?.textContent).toBe('Attack on Kharab al-Jir, show it in the article');
    expect(news.textContent).toContain('Known in the dataset');
    expect(news.querySelector('blockquote.evidence')?.textContent).toBe(event().evidence_text);
    expect(news.textContent).toContain('26 Sept 2024 (to the day)');
    expect(news.textContent).toContain('A drone was intercepted before it reached the base.');
    expect(news.querySelector('a')?.getAttribute('href')).toContain('/incidents.html?entity=kharab-al-jir');
    const folded = host.el.querySelector('details.background-events')!;
    expect(folded.querySelector('summary')?.textContent).toBe('1 earlier event the article recalls');
    expect(folded.textContent).toContain('Islamic Resistance in Iraq');
    act(() => (news.querySelector('button.event-show') as HTMLButtonElement).click());
    await waitFor(() => expect(tabs).toHaveBeenCalledWith(5, { type: 'page/show-event', index: 0 }));
  });

  it('shows a long passage cut at a word, whole on the page', async () => {
    const long = `${'قصف صاروخي على القاعدة '.repeat(20)}نهاية`;
    answer(result([event({ evidence_text: long })]));
    act(() => render(<ArticleEvents lang="ar" tabId={10} page={ready} />, host.el));
    const quote = await waitFor(() => host.el.querySelector('blockquote.evidence')?.textContent ?? false);
    expect(quote.length).toBeLessThanOrEqual(281);
    expect(quote.endsWith('…')).toBe(true);
    expect(long.startsWith(quote.slice(0, -1))).toBe(true);
    expect(long.charAt(quote.length - 1)).toBe(' ');
  });

  it('shows both values of a contradiction side by side', async () => {
    answer(result([event({ date: '2024-09-27', claimed_by: ['kataib-hezbollah'] })]), [{ ...known, claimed_by: [ref('islamic-resistance-in-iraq', 'Islamic Resistance in Iraq', 'المقاومة الإسلامية في العراق')] }]);
    act(() => render(<ArticleEvents lang="ar" tabId={6} page={ready} />, host.el));
    const rows = await waitFor(() => {
      const r = [...host.el.querySelectorAll('table.contradictions tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
      return r.length > 0 && r;
    });
    expect(rows[0][0]).toBe('التاريخ');
    expect(rows[0][1]).not.toBe(rows[0][2]);
    expect(rows[1][0]).toBe('تبنّاه');
  });

  it('corrects and keeps: refuses what the dataset cannot hold, then sends the corrected fields, and confirms with a link', async () => {
    await fakeBrowser.storage.local.set({ [PUBLISHED_KEY]: shippedPublished() });
    answer(result([event({ date: '2024-10-20' })]), [known]);
    const save = vi.fn<SaveOwnIncident>(async () => ({ ok: true, id: 'own-2024-10-20-kharab-al-jir-x' }));
    act(() => render(<ArticleEvents lang="en" tabId={7} page={ready} save={save} />, host.el));
    const item = await waitFor(() => host.el.querySelector('li.event.new') ?? false);
    act(() => (item.querySelector('button.correct') as HTMLButtonElement).click());
    const form = await waitFor(() => item.querySelector<HTMLFormElement>('form.event-editor') ?? false);
    expect(document.activeElement?.id).toBe('event-0-sites');
    // No site: refused, with the reason, and nothing sent.
    const sites = form.querySelector('#event-0-sites') as HTMLSelectElement;
    act(() => {
      for (const o of sites.options) o.selected = false;
      sites.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => (form.querySelector('button[type=submit]') as HTMLButtonElement).click());
    await waitFor(() => expect(form.querySelector('[role=alert]')?.textContent).toContain('Choose at least one site'));
    expect(sites.getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
    // The site back, three injured, and kept.
    act(() => {
      [...sites.options].find((o) => o.value === 'kharab-al-jir')!.selected = true;
      sites.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const injured = form.querySelector('#event-0-injured') as HTMLInputElement;
    act(() => {
      injured.value = '3';
      injured.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => (form.querySelector('button[type=submit]') as HTMLButtonElement).click());
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0][0]).toMatchObject({ sites: ['kharab-al-jir'], date: '2024-10-20', casualties: { killed: null, injured: 3 }, corrected: ['casualties'], article_url: 'https://news.example/a', evidence: { text: event().evidence_text } });
    const kept = await waitFor(() => item.querySelector('.kept') ?? false);
    expect(kept.textContent).toContain('Kept as my record.');
    expect(kept.textContent).toContain('Corrected: Casualties');
    expect(kept.querySelector('a')?.getAttribute('href')).toContain('/incidents.html?entity=kharab-al-jir');
  });

  it('says when the analyst already kept it, and keeping it again replaces that record', async () => {
    const mine: OwnIncident = {
      id: 'own-2024-10-20-kharab-al-jir-abc', date: '2024-10-20', date_precision: 'day', sites: ['kharab-al-jir'], weapons: ['drone'], claimed_by: [], attributed_to: [], casualties: { killed: 0, injured: 1 },
      outcome: 'casualties', summary_en: 'My drone record.', summary_ar: 'سجلّ المسيّرة.', sources: ['https://news.example/a'], confidence: 'medium', own: true, article_url: 'https://news.example/a', kept_at: '2026-12-01T10:00:00.000Z', corrected: ['casualties'],
    };
    answer(result([event({ date: '2024-10-20' })]), [known], [mine]);
    const save = vi.fn<SaveOwnIncident>(async () => ({ ok: true, id: mine.id }));
    act(() => render(<ArticleEvents lang="en" tabId={9} page={ready} save={save} />, host.el));
    const item = await waitFor(() => host.el.querySelector('li.event.mine') ?? false);
    expect(item.querySelector('.badge')?.textContent).toBe('In my record');
    expect(item.textContent).toContain('My record, 20 Oct 2024: My drone record.');
    act(() => (item.querySelector('button.correct') as HTMLButtonElement).click());
    const form = await waitFor(() => item.querySelector<HTMLFormElement>('form.event-editor') ?? false);
    expect((form.querySelector('#event-0-injured') as HTMLInputElement).value).toBe('1');
    act(() => (form.querySelector('button[type=submit]') as HTMLButtonElement).click());
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0][0]).toMatchObject({ id: mine.id, summary_en: 'My drone record.', corrected: expect.arrayContaining(['casualties', 'outcome', 'summary_en']) });
  });

  it('says why the background did not keep it', async () => {
    answer(result([event({ date: '2024-10-20' })]), []);
    const save = vi.fn<SaveOwnIncident>(async () => ({ ok: false, error: 'the disk is full' }));
    act(() => render(<ArticleEvents lang="ar" tabId={8} page={ready} save={save} />, host.el));
    const item = await waitFor(() => host.el.querySelector('li.event') ?? false);
    act(() => (item.querySelector('button.correct') as HTMLButtonElement).click());
    const form = await waitFor(() => item.querySelector<HTMLFormElement>('form.event-editor') ?? false);
    act(() => (form.querySelector('button[type=submit]') as HTMLButtonElement).click());
    await waitFor(() => expect(form.querySelector('[role=alert]')?.textContent).toBe('لم يُحفظ: the disk is full'));
    // Escape leaves the editor too, focus back on the button that opened it.
    act(() => void form.querySelector('#event-0-outcome')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await waitFor(() => expect(document.activeElement?.classList.contains('correct')).toBe(true));
    act(() => (item.querySelector('button.correct') as HTMLButtonElement).click());
    const again = await waitFor(() => item.querySelector<HTMLFormElement>('form.event-editor') ?? false);
    act(() => (again.querySelector('button[type=button]') as HTMLButtonElement).click());
    await waitFor(() => expect(document.activeElement?.classList.contains('correct')).toBe(true));
  });
});
