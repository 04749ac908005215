// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CandidateCard } from '../../page-ui/candidate-card';
import type { PageCandidate } from '../../adapters/page/candidate-marks';
import { CandidateLayer } from '../../components/candidates/CandidateLayer';

const url = 'https://news.example/a';

function candidateIn(p: HTMLElement, name: string, lang: 'ar' | 'en'): PageCandidate {
  const text = p.firstChild as Text;
  const start = text.data.indexOf(name);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + name.length);
  return {
    startNode: text, startOffset: start, endNode: text, endOffset: start + name.length, nodes: [text], id: 1, range, cue: 'جماعة تدعى',
    candidate: { start, end: start + name.length, text: name, cue: { start: 0, end: 0 }, rule: 'a group called', lang },
  };
}

describe('the radar card', () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    document.body.innerHTML = '';
  });

  async function setUp(write: (text: string) => Promise<void>) {
    document.body.innerHTML = '<p>أعلنت جماعة تدعى سرايا الجسر الغربي مسؤوليتها</p>';
    host = document.createElement('div');
    document.body.append(host);
    const card = new CandidateCard({ mountUi: async () => undefined, articleUrl: () => url, writeClipboard: write });
    render(<CandidateLayer store={card} />, host);
    const c = candidateIn(document.querySelector('p')!, 'سرايا الجسر الغربي', 'ar');
    await act(() => card.open(c, 'hover', null));
    return card;
  }

  it('says the name is not in the dataset, in the UI language, and shows the proposal it copies', async () => {
    let copied = '';
    const card = await setUp(async (t) => void (copied = t));
    const dialog = host.querySelector('[role=dialog]')!;
    expect(dialog.querySelector('h2')!.textContent).toBe('سرايا الجسر الغربي');
    expect(dialog.textContent).toContain('Not in the dataset');
    await act(async () => (dialog.querySelector('button.copy-proposal') as HTMLButtonElement).click());
    await act(async () => undefined);
    expect(card.copy).toEqual({ state: 'copied' });
    expect(dialog.querySelector('.copy-status')!.textContent).toContain('Proposal copied');
    expect(JSON.parse(copied)).toMatchObject({ name_ar: 'سرايا الجسر الغربي', sources: [url] });
    expect((dialog.querySelector('textarea.proposal') as HTMLTextAreaElement).value).toBe(copied);
    await act(() => card.setLang('ar'));
    expect(dialog.textContent).toContain('ليست في البيانات');
  });

  it('says so when the clipboard refuses and the fallback fails too, and leaves the record open to copy by hand', async () => {
    const card = await setUp(() => Promise.reject(new Error('denied')));
    await act(async () => card.copyProposal(() => false));
    await act(async () => undefined);
    expect(card.copy).toEqual({ state: 'failed', detail: 'denied' });
    expect(host.querySelector('.copy-status')!.textContent).toContain('Could not copy to the clipboard (denied)');
    expect((host.querySelector('details') as HTMLDetailsElement).open).toBe(true);
  });

  it('closes on Escape', async () => {
    const card = await setUp(async () => undefined);
    await act(async () => {
      host.querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(card.view).toBeNull();
    expect(host.querySelector('[role=dialog]')).toBeNull();
  });
});
