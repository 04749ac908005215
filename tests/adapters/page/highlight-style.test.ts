import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, highlightCss, parseColour, textColourOn } from '../../../adapters/page/highlight-style';

describe('how mentions look (highlight-style.ts)', () => {
  it('parses hex and rgb() colours, nothing else', () => {
    expect(parseColour('#ffb74d')).toEqual([255, 183, 77]);
    expect(parseColour('#FB4')).toEqual([255, 187, 68]);
    expect(parseColour('#4dd0e1cc')).toEqual([77, 208, 225]);
    expect(parseColour('rgb(10, 20, 300)')).toEqual([10, 20, 255]);
    expect(parseColour('rgba(1 2 3 / 50%)')).toEqual([1, 2, 3]);
    expect(parseColour('gold')).toBeNull();
  });

  it('writes dark text on light colours and white text on dark ones, so a highlight reads on any page', () => {
    expect(textColourOn('#ffb74d')).toBe('#111111');
    expect(textColourOn('#4dd0e1')).toBe('#111111');
    expect(textColourOn('#1a237e')).toBe('#ffffff');
    expect(textColourOn('#b71c1c')).toBe('#ffffff');
    expect(textColourOn('not a colour')).toBe('#111111');
  });

  it('styles one highlight per kind and the current mention, with both colours set', () => {
    const css = highlightCss({ base: '#ffb74d', militia: '#1a237e' });
    expect(css).toContain(`::highlight(${HIGHLIGHT_NAMES.base}) { background-color: #ffb74d; color: #111111; }`);
    expect(css).toContain(`::highlight(${HIGHLIGHT_NAMES.militia}) { background-color: #1a237e; color: #ffffff; }`);
    expect(css).toContain(`::highlight(${HIGHLIGHT_NAMES.current})`);
  });

  it('never lets a colour setting close the rule', () => {
    const css = highlightCss({ base: 'red; } body { display: none', militia: '#4dd0e1' });
    expect(css).not.toContain('display: none');
    expect(css).toContain('background-color: #ffb74d');
  });
});
