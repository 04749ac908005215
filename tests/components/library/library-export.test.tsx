// @vitest-environment happy-dom
/**
 * The library's export, undo and links (components/library): export and import at
 * the top; an export writes the selection, else what the search and filters show,
 * and says how many with Arabic plural forms; each deletion keeps its own undo;
 * `#clip=<id>` brings a clip into view.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClipLibraryApi } from '../../../adapters/clips/library';
import { getClip, putClip } from '../../../adapters/clips/store';
import type { DatasetDb } from '../../../adapters/dataset/db';
import { LibraryApp } from '../../../components/library/LibraryApp';
import type { Clip } from '../../../lib/clips/types';
import { dataset, sampleClips } from '../../fixtures/clips';
import { libraryHarness, type LibraryHarness } from '../../fixtures/library-harness';
import { settle, waitFor } from '../../fixtures/wait';

const NOW = new Date('2024-03-01T12:00:00.000Z');
let samples: Clip[];
beforeAll(async () => {
  samples = await sampleClips();
});

describe('library: export of what is shown, one undo per deletion, links to a clip', () => {
  const h = libraryHarness('library-export');
  let root: HTMLElement;
  let db: DatasetDb;
  let downloads: LibraryHarness['downloads'];
  let api: ClipLibraryApi;
  beforeEach(async () => {
    ({ root, db, api, downloads } = h);
    for (const c of samples) await putClip(db, c);
  });
  afterEach(() => history.replaceState(null, '', location.pathname));

  const show = async (undoMs = 60_000) => {
    await act(async () => render(<LibraryApp api={api} now={() => NOW} undoMs={undoMs} />, root));
    await waitFor(() => expect(root.querySelector('main[aria-busy="true"]')).toBeNull());
    await waitFor(() => expect(root.querySelectorAll('li.clip').length).toBeGreaterThan(0));
  };
  const ids = () => [...root.querySelectorAll('li.clip')].map((li) => li.getAttribute('data-id'));
  const click = async (el: Element) => {
    await act(() => (el as HTMLElement).click());
    await settle();
  };
  const type = async (el: HTMLInputElement, value: string) => {
    await act(() => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
  };
  const exportedIds = async () => (JSON.parse(await downloads[downloads.length - 1]!.blob.text()) as { clips: Clip[] }).clips.map((c) => c.id).sort();

  it('puts export and import before the list', async () => {
    await show();
    const exportPanel = root.querySelector('section.export')!;
    const list = root.querySelector('ol.clip-list')!;
    expect(exportPanel.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(exportPanel.querySelector('input[type=file][name=import]')).not.toBeNull();
  });

  it('exports the clips the search shows, says how many, and the selection when there is one', async () => {
    await show();
    expect(root.querySelector('.export-count')!.textContent).toBe('Export 4 clips');
    await type(root.querySelector<HTMLInputElement>('input[name=q]')!, 'فكتوريا');
    await waitFor(() => expect(ids()).toEqual(['clip-selection', 'clip-article']));
    await waitFor(() => expect(root.querySelector('.export-count')!.textContent).toBe('Export 2 clips'));
    expect(root.querySelector('.export-scope')!.textContent).toContain('the clips the search and filters show');
    await click(root.querySelector('.formats button[data-format=json]')!);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await exportedIds()).toEqual(['clip-article', 'clip-selection']);

    await click(root.querySelector('li[data-id="clip-article"] input.select')!);
    await waitFor(() => expect(root.querySelector('.export-count')!.textContent).toBe('Export 1 clip'));
    await click(root.querySelector('.formats button[data-format=json]')!);
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(await exportedIds()).toEqual(['clip-article']);
  });

  it('exports what an entity filter shows', async () => {
    await show();
    const entity = root.querySelector<HTMLSelectElement>('select[name=entity]')!;
    await act(() => {
      entity.value = 'harir';
      entity.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(ids().sort()).toEqual(['clip-article', 'clip-selection']));
    await click(root.querySelector('.formats button[data-format=json]')!);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await exportedIds()).toEqual(['clip-article', 'clip-selection']);
  });

  it('says the count with Arabic plural forms', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ar' } });
    await show();
    await waitFor(() => expect(root.querySelector('.export-count')!.textContent).toBe('تصدير 4 مقتطفات'));
    await click(root.querySelector('li[data-id="clip-article"] input.select')!);
    await waitFor(() => expect(root.querySelector('.export-count')!.textContent).toBe('تصدير مقتطف واحد'));
    await click(root.querySelector('li[data-id="clip-empty"] input.select')!);
    await waitFor(() => expect(root.querySelector('.export-count')!.textContent).toBe('تصدير مقتطفين'));
  });

  it('keeps one undo per deletion: two deletions in a row, both undone', async () => {
    await show();
    await click(root.querySelector('li[data-id="clip-article"] button.delete-clip')!);
    await waitFor(() => expect(root.querySelectorAll('.toast')).toHaveLength(1));
    await click(root.querySelector('li[data-id="clip-empty"] button.delete-clip')!);
    await waitFor(() => expect(root.querySelectorAll('.toast')).toHaveLength(2));
    await waitFor(async () => expect([await getClip(db, 'clip-article'), await getClip(db, 'clip-empty')]).toEqual([null, null]));
    const toasts = [...root.querySelectorAll('.toast')];
    expect(toasts.map((t) => t.textContent)).toEqual([`Deleted “${samples[1]!.title}”.Undo`, `Deleted “${samples[2]!.title}”.Undo`]);
    // The newest undo has the focus.
    expect(document.activeElement).toBe(toasts[1]!.querySelector('button.undo'));
    await click(toasts[0]!.querySelector('button.undo')!);
    await waitFor(async () => expect(await getClip(db, 'clip-article')).toEqual(samples[1]));
    await waitFor(() => expect(root.querySelectorAll('.toast')).toHaveLength(1));
    await click(root.querySelector('.toast button.undo')!);
    await waitFor(async () => expect(await getClip(db, 'clip-empty')).toEqual(samples[2]));
    await waitFor(() => expect(ids().sort()).toEqual(samples.map((c) => c.id).sort()));
    expect(root.querySelector('.toast')).toBeNull();
  });

  it('lets each undo expire on its own', async () => {
    await show(400);
    await click(root.querySelector('li[data-id="clip-article"] button.delete-clip')!);
    await click(root.querySelector('li[data-id="clip-empty"] button.delete-clip')!);
    await waitFor(() => expect(root.querySelectorAll('.toast').length).toBeGreaterThan(0));
    await waitFor(() => expect(root.querySelector('.toast')).toBeNull());
    expect([await getClip(db, 'clip-article'), await getClip(db, 'clip-empty')]).toEqual([null, null]);
  });

  it('brings the clip of #clip=<id> into view and focus, clearing a search that hides it', async () => {
    history.replaceState(null, '', '#clip=clip-empty');
    await show();
    await waitFor(() => expect(root.querySelector('li.clip.current')?.getAttribute('data-id')).toBe('clip-empty'));
    expect(document.activeElement?.id).toBe('clip-title-clip-empty');
    await type(root.querySelector<HTMLInputElement>('input[name=q]')!, 'فكتوريا');
    await waitFor(() => expect(ids()).not.toContain('clip-empty'));
    await act(() => {
      history.replaceState(null, '', '#clip=clip-empty');
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(ids()).toContain('clip-empty'));
    await waitFor(() => expect(document.activeElement?.id).toBe('clip-title-clip-empty'));
  });

  it('labels partner and state forces apart from armed groups', async () => {
    const forces = { ...dataset, militias: dataset.militias.map((m) => (m.id === 'nujaba' ? { ...m, type: 'partner force' as const } : m)) };
    api = { ...api, dataset: async () => forces };
    await show();
    const chip = (id: string, entity: string) => [...root.querySelectorAll(`li[data-id="${id}"] .entities .chip`)].find((c) => c.textContent!.startsWith(entity))!;
    await waitFor(() => expect(chip('clip-selection', 'Harakat al-Nujaba').textContent).toBe('Harakat al-Nujaba · partner force'));
    expect(chip('clip-selection', 'Harakat al-Nujaba').classList.contains('partner-force')).toBe(true);
    expect(chip('clip-article', "Kata'ib Hezbollah").textContent).toBe("Kata'ib Hezbollah");
  });
});
