// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../../fixtures/wait';
import { MentionIndex, type PageMention } from '../../../adapters/page/mention-index';
import type { AnyRequest, TabType } from '../../../adapters/messaging';
import type { ClipCaptureResult } from '../../../adapters/page/messages';
import { PopoverController } from '../../../page-ui/popover-controller';
import { PopoverLayer } from '../../../components/popover/PopoverLayer';
import { ClipActions } from '../../../components/popup/ClipActions';

const tab = { asked: [] as AnyRequest<TabType>[], answer: null as null | (() => Promise<ClipCaptureResult>) };
vi.mock('../../../adapters/page/inject', () => ({ ensureContentScript: async () => ({ state: 'ready', host: 'n.example', groups: [] }) }));

function mentionIn(p: HTMLElement): PageMention {
  const text = p.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 3);
  return { id: 1, startNode: text, startOffset: 0, endNode: text, endOffset: 3, nodes: [text], range, mention: { start: 0, end: 3, text: 'abc', match: 'exact', score: 1, entity: { id: 'ain-al-asad', kind: 'base', name_ar: 'عين الأسد', name_en: 'Ain al-Asad' } } };
}

describe('the "Save clip" of the popover and "Clip this article" of the popup', () => {
  let host: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<p id="p">abc def</p><div id="host"></div>';
    host = document.getElementById('host')!;
    tab.asked = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, request: AnyRequest<TabType>) => {
      tab.asked.push(request);
      return tab.answer!();
    }) as never);
  });
  afterEach(() => act(() => render(null, host)));

  it("saves the mention's paragraph and says so; a failure says why; the next card starts afresh", async () => {
    const index = new MentionIndex();
    const m = mentionIn(document.getElementById('p')!);
    index.add([m]);
    let finish: (r: ClipCaptureResult) => void = () => undefined;
    const saveClip = vi.fn(() => new Promise<ClipCaptureResult>((r) => (finish = r)));
    const controller = new PopoverController({ index, summaries: () => ({}), mountUi: async () => undefined, setCurrent: () => undefined, saveClip });
    act(() => render(<PopoverLayer store={controller} />, host));
    await act(() => controller.open(m, 'keyboard'));
    const button = () => host.querySelector<HTMLButtonElement>('button.save-clip')!;
    expect(button().textContent).toBe('Save clip');
    await act(() => button().click());
    expect(saveClip).toHaveBeenCalledWith(m);
    expect(button().textContent).toBe('Saving…');
    expect(button().disabled).toBe(true);
    await act(async () => finish({ ok: true, id: 'c1', title: 't' }));
    expect(host.querySelector('.clip-action')?.getAttribute('data-state')).toBe('saved');
    expect(button().textContent).toBe('Saved to the library');

    await act(() => controller.open(m, 'keyboard'));
    expect(button().textContent).toBe('Save clip');
    await act(() => button().click());
    await act(async () => finish({ ok: false, reason: 'failed', detail: 'the disk is full' }));
    expect(host.querySelector('.clip-action [role=status]')?.textContent).toBe('Could not save: the disk is full');
    expect(button().disabled).toBe(false);
  });

  it('offers to open the clip already saved of this paragraph, instead of saving it twice', async () => {
    const index = new MentionIndex();
    const m = mentionIn(document.getElementById('p')!);
    index.add([m]);
    const opened: string[] = [];
    const saveClip = vi.fn(async (): Promise<ClipCaptureResult> => ({ ok: false, reason: 'duplicate', existing: { id: 'clip-3', title: 't', captured_at: '2026-01-05T08:00:00.000Z' } }));
    const controller = new PopoverController({ index, summaries: () => ({}), mountUi: async () => undefined, setCurrent: () => undefined, saveClip, openClip: async (id) => void opened.push(id) });
    act(() => render(<PopoverLayer store={controller} />, host));
    await act(() => controller.open(m, 'keyboard'));
    await act(() => host.querySelector<HTMLButtonElement>('button.save-clip')!.click());
    await waitFor(() => expect(host.querySelector('.clip-action')?.getAttribute('data-state')).toBe('duplicate'));
    expect(host.querySelector('.clip-action [role=status]')?.textContent).toBe('This passage is already in the library, saved 5 January 2026.');
    // Pressing Save again stores nothing more.
    await act(() => host.querySelector<HTMLButtonElement>('button.save-clip')!.click());
    expect(saveClip).toHaveBeenCalledTimes(1);
    await act(() => host.querySelector<HTMLButtonElement>('button.open-saved-clip')!.click());
    expect(opened).toEqual(['clip-3']);
  });

  it('offers no Save clip where nothing can save', async () => {
    const index = new MentionIndex();
    const m = mentionIn(document.getElementById('p')!);
    index.add([m]);
    const controller = new PopoverController({ index, summaries: () => ({}), mountUi: async () => undefined, setCurrent: () => undefined });
    act(() => render(<PopoverLayer store={controller} />, host));
    await act(() => controller.open(m, 'keyboard'));
    expect(host.querySelector('button.save-clip')).toBeNull();
  });

  it('clips the article of the tab and reports the outcome in words', async () => {
    act(() => render(<ClipActions lang="en" tabId={7} />, host));
    const button = host.querySelector<HTMLButtonElement>('button.clip-article')!;
    tab.answer = async () => ({ ok: true, id: 'c', title: 'هجوم على عين الأسد' });
    await act(() => button.click());
    await waitFor(() => expect(host.querySelector('.clip-outcome')?.textContent).toBe('Saved: “\u2068هجوم على عين الأسد\u2069”'));
    expect(tab.asked).toEqual([{ type: 'page/clip', via: 'article' }]);
    tab.answer = async () => ({ ok: false, reason: 'no-article' });
    await act(() => button.click());
    await waitFor(() => expect(host.querySelector('.clip-outcome')?.textContent).toBe('No article was found on this page.'));
    expect(host.querySelector('button.open-library')?.textContent).toBe('Clip library');
    // The article clipped before: said, with a way to that clip (the background opens the library at it).
    tab.answer = async () => ({ ok: false, reason: 'duplicate', existing: { id: 'clip-9', title: 'هجوم على عين الأسد', captured_at: '2026-02-01T09:30:00.000Z' } });
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => {
      sent.push(message);
      return Promise.resolve(true);
    });
    await act(() => button.click());
    await waitFor(() => expect(host.querySelector('.clip-outcome')?.textContent).toBe('Already in the library since 1 February 2026: “\u2068هجوم على عين الأسد\u2069”'));
    await act(() => host.querySelector<HTMLButtonElement>('button.open-saved-clip')!.click());
    await waitFor(() => expect(sent).toEqual([{ type: 'clips/open', id: 'clip-9' }]));
  });
});
