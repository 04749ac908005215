import { describe, expect, it } from 'vitest';
import { groupMentions, isPageRequest, isPageRequestToBackground } from '../../adapters/page/messages';

const m = (id: string, kind: 'base' | 'militia', match: 'exact' | 'fuzzy' = 'exact') => ({ mention: { match, entity: { id, kind, name_ar: `ar-${id}`, name_en: `en-${id}` } } });

describe('messages of the page features (messages.ts)', () => {
  it('recognises its requests and nothing else', () => {
    expect(isPageRequest({ type: 'page/status' })).toBe(true);
    expect(isPageRequest({ type: 'page/next-mention' })).toBe(true);
    expect(isPageRequest({ type: 'dataset/publish' })).toBe(false);
    expect(isPageRequest(null)).toBe(false);
    expect(isPageRequestToBackground({ type: 'page/open-incidents', entityId: 'x' })).toBe(true);
    expect(isPageRequestToBackground({ type: 'page/status' })).toBe(false);
  });

  it('groups mentions by entity in order of first mention, counting them and noting near-misses', () => {
    expect(groupMentions([m('a', 'base'), m('b', 'militia'), m('a', 'base', 'fuzzy'), m('a', 'base')])).toEqual([
      { entityId: 'a', kind: 'base', name_ar: 'ar-a', name_en: 'en-a', count: 3, fuzzy: true },
      { entityId: 'b', kind: 'militia', name_ar: 'ar-b', name_en: 'en-b', count: 1, fuzzy: false },
    ]);
  });
});
