/** Paints mentions with the CSS Custom Highlight API: one `Highlight` per kind, one for the current mention. */
import { HIGHLIGHT_NAMES, highlightCss, type HighlightColours } from './highlight-style';
import type { PageMention } from './mention-index';
import type { Painter } from './painter';
import { PageStyle } from './page-style';

export class HighlightPainter implements Painter {
  readonly mode = 'highlight';
  private readonly base = new Highlight();
  private readonly militia = new Highlight();
  private readonly current = new Highlight();
  private readonly style: PageStyle;
  private shown: PageMention | null = null;

  constructor(doc: Document, colours: HighlightColours) {
    this.current.priority = 1;
    this.style = new PageStyle(doc);
    this.style.set(highlightCss(colours));
    CSS.highlights.set(HIGHLIGHT_NAMES.base, this.base);
    CSS.highlights.set(HIGHLIGHT_NAMES.militia, this.militia);
    CSS.highlights.set(HIGHLIGHT_NAMES.current, this.current);
  }

  add(mentions: readonly PageMention[]): void {
    this.style.ensure();
    for (const m of mentions) this.of(m).add(m.range);
  }

  remove(mentions: readonly PageMention[]): void {
    for (const m of mentions) {
      this.of(m).delete(m.range);
      if (m === this.shown) this.setCurrent(null);
    }
  }

  clear(): void {
    this.base.clear();
    this.militia.clear();
    this.setCurrent(null);
  }

  setCurrent(mention: PageMention | null): void {
    this.current.clear();
    this.shown = mention;
    if (mention) this.current.add(mention.range);
  }

  setColours(colours: HighlightColours): void {
    this.style.set(highlightCss(colours));
  }

  dispose(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    this.style.remove();
  }

  private of(m: PageMention): Highlight {
    return m.mention.entity.kind === 'base' ? this.base : this.militia;
  }
}
