// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClipLibraryApi } from '../../../adapters/clips/library';
import { getClip, listClips, putClip } from '../../../adapters/clips/store';
import { editClip } from '../../../lib/clips/create';
import type { DatasetDb } from '../../../adapters/dataset/db';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { UNDO_MS } from '../../../components/library/UndoToast';
import type { Clip } from '../../../lib/clips/types';
import { exportJson } from '../../../lib/export';
import { sampleClips } from '../../fixtures/clips';
import { libraryHarness, type LibraryHarness } from '../../fixtures/library-harness';
import { settle, waitFor } from '../../fixtures/wait';

const NOW = new Date('2024-03-01T12:00:00.000Z');
let samples: Clip[];
beforeAll(async () => {
  samples = await sampleClips();
});


describe('the clip library (components/library)', () => {
  const h = libraryHarness('library');
  let root: HTMLElement;
  let db: DatasetDb;
  let api: ClipLibraryApi;
  let downloads: LibraryHarness['downloads'];
  beforeEach(() => void ({ root, db, api, downloads } = h));

  /** Renders the library and waits until it has loaded (no longer busy). */
  const show = async () => {
    await act(async () => render(<LibraryApp api={api} now={() => NOW} undoMs={300} />, root));
    await waitFor(() => expect(root.querySelector('main[aria-busy="true"]')).toBeNull());
  };
  const ids = () => [...root.querySelectorAll('li.clip')].map((li) => li.getAttribute('data-id'));
  const type = async (el: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input') => {
    await act(() => {
      el.value = value;
      el.dispatchEvent(new Event(event, { bubbles: true }));
    });
    await settle();
  };
  const click = async (el: Element) => {
    await act(() => (el as HTMLElement).click());
    await settle();
  };
  const withClips = async (clips = samples) => {
    for (const c of clips) await putClip(db, c);
  };

  it('says when there are no clips yet, and still offers the import', async () => {
    await show();
    expect(root.querySelector('h1')?.textContent).toBe('Clip library');
    expect(root.querySelector('.empty')?.textContent).toContain('No clips yet');
    expect(root.querySelector('input[type=file]')).not.toBeNull();
    expect([...root.querySelectorAll<HTMLButtonElement>('.formats button')].every((b) => b.disabled)).toBe(true);
  });

  it('lists every clip, hostile content as text only: no element, handler or javascript: link comes from a clip', async () => {
    await withClips();
    await show();
    expect(ids()).toEqual(samples.map((c) => c.id).sort()); // same capture time: by id
    const hostile = root.querySelector('li[data-id="clip-hostile"]')!;
    expect(hostile.querySelector('h2')?.textContent).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(hostile.textContent).toContain('=HYPERLINK("http://evil.example","x")');
    expect(root.querySelectorAll('script, img, iframe, object, embed').length).toBe(0);
    expect([...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((a) => a.startsWith('on'))).toEqual([]);
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBe(samples.length);
    expect(links.every((a) => /^https?:\/\//.test(a.getAttribute('href')!) && a.rel === 'noopener noreferrer')).toBe(true);
    expect(root.querySelector('.count')?.textContent).toBe('Showing 4 of 4');
  });

  it('finds clips by a misspelt search, Arabic or English, and filters by entity, site, tag and date', async () => {
    const other = { ...samples[2]!, id: 'other-site', title: 'نشرة الطقس', site: 'موقع آخر', captured_at: '2024-02-10T00:00:00.000Z', updated_at: '2024-02-10T00:00:00.000Z', tags: ['x'] };
    await withClips([...samples, other]);
    await show();
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await type(search, 'عين الاسدد');
    // clip-empty mentions nothing, but its title names the base.
    expect(ids().sort()).toEqual(['clip-article', 'clip-empty', 'clip-hostile', 'clip-selection']);
    await type(search, 'kataib hezbolah');
    expect(ids().sort()).toEqual(['clip-article', 'clip-hostile']);
    await type(search, '');
    const select = (name: string) => root.querySelector<HTMLSelectElement>(`select[name=${name}]`)! as unknown as HTMLInputElement;
    await type(select('entity'), 'nujaba', 'change');
    expect(ids().sort()).toEqual(['clip-article', 'clip-selection']);
    await type(select('entity'), '', 'change');
    await type(select('site'), 'موقع آخر', 'change');
    expect(ids()).toEqual(['other-site']);
    await type(select('site'), '', 'change');
    await type(select('tag'), 'drones', 'change');
    expect(ids().sort()).toEqual(['clip-article', 'clip-selection']);
    await type(select('tag'), '', 'change');
    await type(root.querySelector<HTMLInputElement>('input[name=from]')!, '2024-02-01', 'change');
    expect(ids()).toEqual(['other-site']);
    await type(root.querySelector<HTMLInputElement>('input[name=from]')!, '', 'change');
    await type(root.querySelector<HTMLInputElement>('input[name=to]')!, '2024-02-09', 'change');
    expect(ids()).not.toContain('other-site');
    await type(root.querySelector<HTMLInputElement>('input[name=to]')!, '', 'change');
    await type(select('sort'), 'captured-asc', 'change');
    expect(ids().at(-1)).toBe('other-site');
    await type(select('sort'), 'title', 'change');
    expect(ids().slice(0, 2)).toEqual(['clip-hostile', 'other-site']); // «<script…», «نشرة», then «هجوم…»
  });

  it('edits notes and tags from the keyboard, and saves them', async () => {
    await withClips();
    await show();
    const item = () => root.querySelector('li[data-id="clip-empty"]')!;
    await click(item().querySelector('button.edit-clip')!);
    const notes = item().querySelector<HTMLTextAreaElement>('textarea[name=notes]')!;
    expect(document.activeElement).toBe(notes);
    expect(notes.closest('label')?.textContent).toContain('Notes');
    notes.value = 'تحقق =SUM(A1)';
    item().querySelector<HTMLInputElement>('input[name=tags]')!.value = ' مهم، drones ,مهم ';
    await act(() => void item().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    const stored = await waitFor(async () => {
      const clip = (await getClip(db, 'clip-empty'))!;
      expect(clip.notes).toBe('تحقق =SUM(A1)');
      return clip;
    });
    expect(stored.notes).toBe('تحقق =SUM(A1)');
    expect(stored.tags).toEqual(['مهم', 'drones']);
    expect(stored.updated_at > stored.captured_at).toBe(true);
    await waitFor(() => expect(item().querySelector('.notes')?.textContent).toContain('تحقق =SUM(A1)'));
    await waitFor(() => expect(h.told).toBe(1));
  });

  it('deletes with undo: the clip comes back exactly as it was; without undo, it stays deleted', async () => {
    await withClips();
    await show();
    await click(root.querySelector('li[data-id="clip-article"] button.delete-clip')!);
    await waitFor(async () => expect(await getClip(db, 'clip-article')).toBeNull());
    expect(ids()).not.toContain('clip-article');
    const undo = await waitFor(() => root.querySelector<HTMLButtonElement>('.toast button.undo')!);
    expect(root.querySelector('.toast')?.textContent).toContain('Deleted');
    expect(document.activeElement).toBe(undo);
    await click(undo);
    await waitFor(async () => expect(await getClip(db, 'clip-article')).toEqual(samples[1]));
    await waitFor(() => expect(ids()).toContain('clip-article'));
    expect(root.querySelector('.toast')).toBeNull();

    await click(root.querySelector('li[data-id="clip-empty"] button.delete-clip')!);
    await waitFor(() => expect(root.querySelector('.toast')).not.toBeNull());
    // The undo window (300 ms here; UNDO_MS in use) ends by itself: the toast goes.
    await waitFor(() => expect(root.querySelector('.toast')).toBeNull());
    expect(UNDO_MS).toBeGreaterThanOrEqual(5000);
    expect(await getClip(db, 'clip-empty')).toBeNull();
  });

  it('exports the selected clips (or all) in each format as a download, and every format as one zip', async () => {
    await withClips([...samples.slice(0, 3), editClip(samples[3]!, { notes: '=HYPERLINK("http://evil.example","x")' }, NOW)]);
    await show();
    const button = (format: string) => root.querySelector(`.formats button[data-format=${format}]`)!;
    await click(button('json'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('militia-base-reader-clips-2024-03-01.json');
    expect(await downloads[0].blob.text()).toBe(exportJson(await listClips(db), { exportedAt: NOW }));
    await click(root.querySelector('li[data-id="clip-hostile"] input.select')!);
    await waitFor(() => expect(root.querySelector('.export')?.textContent).toContain('Export 1 clip(the selected clips)'));
    await click(button('csv'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const csv = await downloads[1].blob.text();
    expect(csv.split('\r\n').filter((l) => l.startsWith('"clip-'))).toHaveLength(samples[3].mentions.length);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
    for (const f of ['jsonld', 'markdown', 'html', 'geojson', 'stix', 'zip']) {
      const before = downloads.length;
      await click(button(f));
      await waitFor(() => expect(downloads).toHaveLength(before + 1));
    }
    expect(downloads.map((d) => d.name)).toEqual([
      'militia-base-reader-clips-2024-03-01.json', 'militia-base-reader-clips-2024-03-01.csv', 'militia-base-reader-clips-2024-03-01.jsonld',
      'militia-base-reader-clips-2024-03-01.md', 'militia-base-reader-clips-2024-03-01.html', 'militia-base-reader-clips-2024-03-01.geojson',
      'militia-base-reader-clips-2024-03-01.stix.json', 'militia-base-reader-clips-2024-03-01.zip',
    ]);
    await waitFor(() => expect(root.querySelector('.export-status')?.textContent).toContain('Exported: militia-base-reader-clips-2024-03-01.zip'));
  });

  it('imports a JSON export; a corrupt or hostile file is refused with a clear message and nothing changes', async () => {
    await withClips(samples.slice(0, 1));
    await show();
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    /** Chooses a file and waits until the library says what became of it. */
    const choose = async (text: string) => {
      const said = () => [root.querySelector('[role=alert]')?.textContent, root.querySelector('.export-status')?.textContent];
      const before = said();
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'clips.json', { type: 'application/json' })] });
      await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
      await waitFor(() => {
        expect(root.querySelector('.export-status.busy')).toBeNull();
        expect(said()).not.toEqual(before);
      });
    };
    const before = JSON.stringify(await db.clips.toArray());
    const good = JSON.parse(exportJson(samples, { exportedAt: NOW }));
    await choose(JSON.stringify(good).replace('"clips":[', '"clips":[{"constructor":{"prototype":{"x":1}}},'));
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/^The file was refused and nothing was changed\. .*"(constructor|prototype)"/);
    await choose('not json at all');
    expect(root.querySelector('[role=alert]')?.textContent).toContain('not valid JSON');
    expect(JSON.stringify(await db.clips.toArray())).toBe(before);
    await choose(JSON.stringify(good));
    expect(root.querySelector('.export-status')?.textContent).toBe('Imported: 3 new, 0 updated, 1 unchanged.');
    await waitFor(() => expect(ids()).toHaveLength(samples.length));
    expect(ids().sort()).toEqual(samples.map((c) => c.id).sort());
    for (const c of samples) expect(await getClip(db, c.id)).toEqual(c);
  });

  it('follows the language: Arabic, right to left', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ar' } });
    await withClips();
    await show();
    expect(document.documentElement.dir).toBe('rtl');
    expect(root.querySelector('h1')?.textContent).toBe('مكتبة المقتطفات');
    expect(root.querySelector('li[data-id="clip-selection"] .meta')?.textContent).toContain('نص محدَّد');
  });
});
