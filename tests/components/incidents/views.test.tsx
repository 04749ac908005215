// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import type { DatasetDb } from '../../../adapters/dataset/db';
import { lookup } from '../../../adapters/dataset/lookup';
import { applyDataset } from '../../../adapters/dataset/store';
import { createOwnIncidentHandlers, ownIncidentRequestHandlers } from '../../../adapters/own-incidents/service';
import { IncidentsApp } from '../../../components/incidents/IncidentsApp';
import { EntityCard } from '../../../components/popover/EntityCard';
import { buildSummaries } from '../../../lib/dataset/summary';
import { ownIncidentSummary, type ListedIncident } from '../../../lib/own-incidents/listing';
import { checkOwnIncident } from '../../../lib/own-incidents/validate';
import { freshDb, smallDataset } from '../../fixtures/dataset';
import { renderRoot } from '../../fixtures/render-root';
import { waitFor } from '../../fixtures/wait';
import { draft, KNOWN, NOW } from '../../fixtures/own-incidents';

// tests/fixtures/shipped-data.ts reads data/ through a module that cannot load under happy-dom's URL; not needed here.
vi.mock('../../../scripts/data-files', () => ({ defaultDataDir: '', readDataFiles: () => [] }));
/** The background the pages talk to: a real database behind the real handlers. */
// `refused` counts the asks refused while `ownDown`, so a test can wait for the card's ask to have failed.
const bg = vi.hoisted(() => ({ db: null as unknown as DatasetDb, ownDown: false, refused: 0 }));
vi.mock('../../../adapters/messaging', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../adapters/messaging')>();
  // The own-incident service's real listener, asked by an extension page (no tab).
  const answer = (r: unknown) => {
    const listener = real.messageListener(ownIncidentRequestHandlers(createOwnIncidentHandlers(bg.db, () => undefined, () => NOW), 'chrome-extension://test'));
    return listener(r, { id: fakeBrowser.runtime.id }) ?? Promise.reject(new Error('no answer'));
  };
  const refuse = () => {
    bg.refused++;
    return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  };
  const ask = (r: { type: string; entityId?: string }) => (r.type === 'dataset/lookup' ? lookup(bg.db, r.entityId) : bg.ownDown ? refuse() : answer(r));
  return { ...real, ask };
});

const summaries = () => buildSummaries(smallDataset('2026.1'), 5);
/** A fresh database with the small dataset installed, which the mocked background answers from. */
async function installedDataset(): Promise<DatasetDb> {
  const { db } = freshDb();
  await applyDataset(db, smallDataset('2026.1'), { kind: 'bundled' });
  bg.db = db;
  return db;
}
/** Keeps `incident` as the analyst's own, through the background's handler; fails the test if refused. */
async function saveOwn(db: DatasetDb, incident: ReturnType<typeof draft>) {
  const saved = await createOwnIncidentHandlers(
    db,
    () => undefined,
    () => NOW,
  )['own-incidents/save']({ type: 'own-incidents/save', incident });
  if (!saved.ok) throw new Error(saved.error);
  return saved;
}
const ownListed = (over = {}): ListedIncident => {
  const r = checkOwnIncident(draft(over), KNOWN, NOW);
  if (!r.ok) throw new Error(r.error);
  return ownIncidentSummary(r.incident, new Map([['ain-al-asad', { id: 'ain-al-asad', name_en: 'Ain al-Asad', name_ar: 'عين الأسد' }]]));
};

describe("the card lists own incidents beside the dataset's", () => {
  const host = renderRoot();
  const card = (lang: 'ar' | 'en', own?: readonly ListedIncident[]) => {
    const s = summaries()['ain-al-asad'];
    return (
      <EntityCard
        lang={lang}
        entity={{ id: s.id, kind: s.kind, name_ar: s.name_ar, name_en: s.name_en }}
        summary={s}
        text=""
        fuzzy={false}
        titleId="t"
        onOpenIncidents={() => undefined}
        own={own}
      />
    );
  };

  it('sorted by date with them and labelled «My record» in words, in English and Arabic', async () => {
    const own = [ownListed(), ownListed({ date: '2020-01-05', campaign: undefined })];
    await act(async () => render(card('en', own), host.el));
    const items = [...host.el.querySelectorAll('li.incident')];
    expect(items.map((li) => [li.querySelector('time')?.getAttribute('datetime'), li.getAttribute('data-own')])).toEqual([
      ['2026-11-18', 'true'],
      ['2023-10-30', null],
      ['2020-01-05', 'true'],
    ]);
    expect(items[0].querySelector('.badge.own')?.textContent).toBe('My record');
    expect(items[0].querySelector('.badge.own')?.getAttribute('title')).toContain('not from the project');
    expect(items[0].textContent).toContain('From the article: news.example.org');
    expect(items[1].querySelector('.badge.own')).toBeNull();
    expect(host.el.querySelector('.own-count')?.textContent).toBe('In my record: 2');
    await act(async () => render(card('ar', own), host.el));
    expect(host.el.querySelector('.badge.own')?.textContent).toBe('سجلّي');
    expect(host.el.querySelector('.own-count')?.textContent).toMatch(/^في سجلّي: [2٢]$/);
  });

  it('without own incidents shows the card as before', async () => {
    await act(async () => render(card('en', []), host.el));
    expect(host.el.querySelector('.badge.own')).toBeNull();
    expect(host.el.querySelector('.own-count')).toBeNull();
  });

  it('asks the background when not given them, and shows none when it cannot answer', async () => {
    const db = await installedDataset();
    await saveOwn(db, draft());
    await act(async () => render(card('en'), host.el));
    await waitFor(() => expect(host.el.querySelector('.badge.own')).not.toBeNull());
    bg.ownDown = true;
    const refused = bg.refused;
    render(null, host.el);
    await act(async () => render(card('en'), host.el));
    // The card's ask has been refused (and its rejection handled inside waitFor's act).
    await waitFor(() => bg.refused > refused);
    expect(host.el.querySelector('.badge.own')).toBeNull();
    expect(host.el.querySelectorAll('li.incident')).toHaveLength(1);
    bg.ownDown = false;
  });
});

describe('the incidents page lists own incidents, deletes them and exports them as a proposal', () => {
  const host = renderRoot();
  const show = async (entityId: string | null) => {
    render(null, host.el);
    await act(async () => render(<IncidentsApp entityId={entityId} />, host.el));
    await waitFor(() => expect(host.el.querySelector('[aria-busy="true"]')).toBeNull());
    await waitFor(() => expect(host.el.querySelector('.incident')).not.toBeNull());
  };

  it('keeps listing them after a new dataset is installed (a sync)', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    const db = await installedDataset();
    const saved = await saveOwn(db, draft({ clip_id: 'clip-7' }));

    await show('ain-al-asad');
    await waitFor(() => expect(host.el.querySelector('[data-own="true"]')).not.toBeNull());
    const ids = () => [...host.el.querySelectorAll('.incident')].map((c) => c.getAttribute('data-incident-id'));
    expect(ids()).toEqual([saved.id, '2023-10-30-ain-al-asad-rocket']);
    const mine = host.el.querySelector(`[data-incident-id="${saved.id}"]`)!;
    expect(mine.querySelector('h2 .badge.own')?.textContent).toBe('My record');
    expect(mine.querySelector('.own-facts a')?.textContent).toBe('Drones shot down near Ain al-Asad');
    expect(mine.querySelector('.own-facts a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(mine.querySelector('.evidence blockquote')?.textContent).toBe(draft().evidence!.text);
    expect(mine.querySelector('.evidence figcaption')?.textContent).toBe('What the article says');
    expect(mine.querySelector('a[href^="/library.html"]')?.getAttribute('href')).toBe('/library.html#clip=clip-7');

    expect((await applyDataset(db, smallDataset('2026.2'), { kind: 'feed', url: 'https://feed.example.org/', keyId: 'k' })).applied).toBe(true);
    await show(null);
    await waitFor(() => expect(host.el.querySelector('[data-own="true"]')).not.toBeNull());
    expect(ids()).toEqual([saved.id, '2024-01-28-tower-22-drone', '2023-10-30-ain-al-asad-rocket']);
    // Only my record, from the labelled filter.
    const record = host.el.querySelector<HTMLSelectElement>('select[name="record"]')!;
    expect(record.closest('label')?.textContent).toContain('Record');
    await act(() => {
      record.value = 'own';
      record.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids()).toEqual([saved.id]);
    await act(() => {
      record.value = 'dataset';
      record.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids()).toEqual(['2024-01-28-tower-22-drone', '2023-10-30-ain-al-asad-rocket']);
  });

  it("exports every own incident as a proposal file in the dataset's schema", async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ar' } });
    const db = await installedDataset();
    await saveOwn(db, draft());
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await show(null);
    const button = await waitFor(() => {
      const b = host.el.querySelector<HTMLButtonElement>('button.export-proposal');
      expect(b).not.toBeNull();
      return b!;
    });
    expect(button.textContent).toBe('صدّر كمقترح');
    await act(async () => button.click());
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toMatch(/^incidents-proposal-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs[0].text());
    expect(file.incidents).toHaveLength(1);
    expect(file.incidents[0]).toMatchObject({ id: '2026-11-18-ain-al-asad-drone', sources: [draft().article_url] });
    expect(file.incidents[0]).not.toHaveProperty('own');
    expect(host.el.querySelector('.own-proposal [role="status"]')?.textContent).toContain(names[0]);
    vi.restoreAllMocks();
  });

  it('deletes an own incident only after a confirmation', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    const db = await installedDataset();
    await saveOwn(db, draft());
    await show(null);
    await waitFor(() => expect(host.el.querySelector('[data-own="true"]')).not.toBeNull());
    // The dataset's incidents offer no deletion.
    expect(host.el.querySelectorAll('.own-actions button')).toHaveLength(1);
    const button = () => host.el.querySelector<HTMLButtonElement>('.own-actions button')!;
    expect(button().textContent).toBe('Delete from my record');
    await act(async () => button().click());
    expect(button().textContent).toBe('Confirm deletion');
    expect(await db.own_incidents.count()).toBe(1);
    await act(async () => button().click());
    await waitFor(() => expect(host.el.querySelector('[data-own="true"]')).toBeNull());
    expect(await db.own_incidents.count()).toBe(0);
    expect(host.el.querySelector('button.export-proposal')).toBeNull();
  });

  it("lists the dataset's alone when the own incidents cannot be read", async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    await installedDataset();
    bg.ownDown = true;
    await show(null);
    expect(host.el.querySelectorAll('.incident')).toHaveLength(2);
    expect(host.el.querySelector('[role="alert"]')).toBeNull();
    bg.ownDown = false;
  });
});
