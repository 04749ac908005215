// @vitest-environment happy-dom
/**
 * «Save selection as clip» says on the page what became of the selection
 * (popover-controller.ts, ClipNotice.tsx): saved, nothing selected, already saved
 * (offering to open that clip), or why it failed; announced (a failure as an
 * alert), dismissible, never taking focus.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../adapters/page/mention-index';
import { PopoverController } from '../../../page-ui/popover-controller';
import { PopoverLayer } from '../../../components/popover/PopoverLayer';
import { renderRoot } from '../../fixtures/render-root';
import { waitFor } from '../../fixtures/wait';

describe('the notice after «Save selection as clip»', () => {
  const host = renderRoot();
  const setUp = (lang: 'ar' | 'en' = 'en', opened: string[] = []) => {
    const controller = new PopoverController({
      index: new MentionIndex(),
      summaries: () => ({}),
      mountUi: async () => undefined,
      setCurrent: () => undefined,
      openClip: async (id) => void opened.push(id),
    });
    controller.setLang(lang, { base: '#ffb74d', militia: '#4dd0e1' });
    act(() => render(<PopoverLayer store={controller} />, host.el));
    return controller;
  };
  const notice = () => host.el.querySelector<HTMLElement>('.clip-notice');

  it('says the selection was saved, as a status, and goes when dismissed; focus stays where it was', async () => {
    const controller = setUp();
    const before = document.activeElement;
    await act(() => controller.selectionClipped({ ok: true, id: 'c1', title: 't' }));
    await waitFor(() => expect(notice()?.querySelector('[role=status]')?.textContent).toBe('The selected text was saved as a clip.'));
    expect(document.activeElement).toBe(before);
    act(() => notice()!.querySelector('button')!.click());
    await waitFor(() => expect(notice()).toBeNull());
  });

  it('says why it failed, as an alert, in the reader’s language', async () => {
    const controller = setUp('ar');
    await act(() => controller.selectionClipped({ ok: false, reason: 'failed', detail: 'quota' }));
    await waitFor(() => expect(notice()?.querySelector('[role=alert]')?.textContent).toBe('تعذّر حفظ النص المحدَّد: quota'));
    expect(notice()!.getAttribute('dir')).toBe('rtl');
    await act(() => controller.selectionClipped({ ok: false, reason: 'no-selection' }));
    await waitFor(() => expect(notice()?.querySelector('[role=alert]')?.textContent).toBe('لا نص محدَّد لحفظه.'));
  });

  it('says when the selection was already saved, in the reader’s language and calendar, and opens that clip', async () => {
    const opened: string[] = [];
    const controller = setUp('ar', opened);
    await act(() => controller.selectionClipped({ ok: false, reason: 'duplicate', existing: { id: 'clip-7', title: 't', captured_at: '2026-03-02T10:00:00.000Z' }, detail: 'already' }));
    // Node's ICU writes Latin digits for 'ar', Chromium's may write Arabic-Indic ones.
    await waitFor(() => expect(notice()?.querySelector('[role=status]')?.textContent).toMatch(/^هذا النص محفوظ مقتطفاً منذ (2|٢) مارس (2026|٢٠٢٦)، ولم يُحفظ مرة ثانية\.$/));
    expect(notice()!.getAttribute('data-state')).toBe('duplicate');
    act(() => notice()!.querySelector<HTMLButtonElement>('button.open-saved-clip')!.click());
    expect(opened).toEqual(['clip-7']);
  });
});
