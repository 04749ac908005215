/**
 * A style sheet for the page that is not an element of it: a constructed sheet in
 * `document.adoptedStyleSheets`. Where a browser does not let a content script
 * adopt one, the background inserts the CSS into the tab instead (also no element).
 */
import { ask } from '@/adapters/messaging';

export class PageStyle {
  private sheet: CSSStyleSheet | null = null;
  private inserted: string | null = null;

  constructor(private readonly doc: Document) {}

  /** Applies `css`, replacing what this object applied before. */
  set(css: string): void {
    if (this.adopt(css)) return;
    void this.insertViaBackground(css);
  }

  /** Puts the sheet back if the page replaced its adopted sheets. */
  ensure(): void {
    if (this.sheet && !this.doc.adoptedStyleSheets.includes(this.sheet)) this.adopt(null);
  }

  remove(): void {
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    if (this.inserted !== null) void send({ type: 'page/remove-css', css: this.inserted });
    this.sheet = null;
    this.inserted = null;
  }

  private adopt(css: string | null): boolean {
    try {
      const view = this.doc.defaultView;
      if (!view || !('adoptedStyleSheets' in this.doc)) return false;
      this.sheet ??= new view.CSSStyleSheet();
      if (css !== null) this.sheet.replaceSync(css);
      if (!this.doc.adoptedStyleSheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      return this.doc.adoptedStyleSheets.includes(this.sheet);
    } catch {
      return false;
    }
  }

  private async insertViaBackground(css: string): Promise<void> {
    const previous = this.inserted;
    this.inserted = css;
    await send({ type: 'page/insert-css', css });
    if (previous !== null) await send({ type: 'page/remove-css', css: previous });
  }
}

const send = (m: { readonly type: 'page/insert-css' | 'page/remove-css'; readonly css: string }) => ask(m).catch(() => undefined);
