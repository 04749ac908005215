/**
 * The card's header row as an ARIA toolbar: one Tab stop for all its buttons
 * (the last one used, else the first), arrow keys between them in reading order
 * (in right-to-left text, ArrowLeft goes forward), Home and End. So the actions are
 * one Tab away when the card takes focus, whatever the card holds below.
 */

const enabled = (bar: HTMLElement) => [...bar.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled);

/** Gives exactly one enabled button tabindex 0 (the focused or last active one if still there). */
export function syncTabStops(bar: HTMLElement): void {
  const buttons = enabled(bar);
  const root = bar.getRootNode() as Document | ShadowRoot;
  const active = buttons.find((b) => b === root.activeElement) ?? buttons.find((b) => b.tabIndex === 0) ?? buttons[0];
  for (const b of bar.querySelectorAll<HTMLButtonElement>('button')) b.tabIndex = b === active ? 0 : -1;
}

/** Moves focus along the toolbar; true if the key was one of its keys. */
export function toolbarKey(bar: HTMLElement, e: KeyboardEvent): boolean {
  const buttons = enabled(bar);
  const root = bar.getRootNode() as Document | ShadowRoot;
  const at = buttons.findIndex((b) => b === root.activeElement);
  if (at < 0) return false;
  const rtl = getComputedStyle(bar).direction === 'rtl';
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  let next: number;
  if (e.key === forward) next = (at + 1) % buttons.length;
  else if (e.key === back) next = (at - 1 + buttons.length) % buttons.length;
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = buttons.length - 1;
  else return false;
  for (const b of buttons) b.tabIndex = b === buttons[next] ? 0 : -1;
  buttons[next].focus();
  return true;
}
