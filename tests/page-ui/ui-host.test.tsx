// @vitest-environment happy-dom
/**
 * The card's host in the page (page-ui/ui-host.tsx), as a user's build makes it:
 * a closed shadow root the page's scripts cannot read or rewrite, under a name of
 * its own per page, so that a page that defines the old fixed name
 * (`militia-base-reader`) first cannot take the host over.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MentionIndex } from '../../adapters/page/mention-index';
import { OWN_UI_TAG, isInSkipped } from '../../adapters/page/skip';
import { PopoverController } from '../../page-ui/popover-controller';
import { UiHost } from '../../page-ui/ui-host';

const store = () => new PopoverController({ index: new MentionIndex(), summaries: () => ({}), mountUi: async () => undefined, setCurrent: () => undefined });
const hosts: UiHost[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.remove();
});
async function mounted() {
  const ui = new UiHost(store());
  hosts.push(ui);
  await ui.mount();
  const host = document.documentElement.lastElementChild as HTMLElement;
  return { ui, host };
}

describe('the card’s host', () => {
  it('is a custom element of a name drawn for this page, with a closed shadow root', async () => {
    const { ui, host } = await mounted();
    expect(OWN_UI_TAG).toMatch(/^mbr-[a-z]{8}$/);
    expect(host.localName).toBe(OWN_UI_TAG);
    expect(host.shadowRoot).toBeNull(); // what a page's script sees
    expect(ui.isOwn(host)).toBe(true);
    expect(isInSkipped(host)).toBe(true);
  });

  it('opens even where the page defined the old fixed name first', async () => {
    let taken = 0;
    customElements.define('militia-base-reader', class extends HTMLElement {
      constructor() {
        super();
        taken++;
        this.attachShadow({ mode: 'open' });
      }
    });
    const { host } = await mounted();
    expect(taken).toBe(0);
    expect(host.isConnected).toBe(true);
  });

  it('comes back when the page removes it, and goes when removed', async () => {
    const { ui, host } = await mounted();
    host.remove();
    await ui.mount();
    expect(host.isConnected).toBe(true);
    ui.remove();
    expect(host.isConnected).toBe(false);
  });
});
