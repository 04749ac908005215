import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../adapters/messaging';
import { groupMentions, pageMessages } from '../../../adapters/page/messages';

const m = (id: string, kind: 'base' | 'militia', match: 'exact' | 'fuzzy' = 'exact') => ({ mention: { match, entity: { id, kind, name_ar: `ar-${id}`, name_en: `en-${id}` } } });

describe('messages of the page features (messages.ts)', () => {
  it('recognises its requests, each to its receiver, and nothing else', () => {
    expect(parseRequest({ type: 'page/status' })).toEqual({ type: 'page/status' });
    expect(parseRequest({ type: 'page/next-mention' })).not.toBeNull();
    expect(parseRequest({ type: 'page/show', entityId: 'ain-al-asad', index: 2 })).not.toBeNull();
    expect(parseRequest({ type: 'page/show', entityId: 'ain-al-asad', index: -1 })).toBeNull();
    expect(parseRequest({ type: 'page/open-incidents', entityId: 'x' })).not.toBeNull();
    expect(parseRequest({ type: 'page/open-incidents' })).toBeNull();
    expect(parseRequest({ type: 'page/insert-css', css: 7 })).toBeNull();
    expect(parseRequest(null)).toBeNull();
    expect(pageMessages['page/status'].to).toBe('tab');
    expect(pageMessages['page/open-incidents'].to).toBe('background');
  });

  it('groups mentions by entity in order of first mention, counting them and noting near-misses', () => {
    expect(groupMentions([m('a', 'base'), m('b', 'militia'), m('a', 'base', 'fuzzy'), m('a', 'base')])).toEqual([
      { entityId: 'a', kind: 'base', name_ar: 'ar-a', name_en: 'en-a', count: 3, fuzzy: true },
      { entityId: 'b', kind: 'militia', name_ar: 'ar-b', name_en: 'en-b', count: 1, fuzzy: false },
    ]);
  });
});
