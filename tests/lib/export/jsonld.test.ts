/**
 * The JSON-LD export against the Web Annotation Data Model's requirements (W3C
 * Recommendation 2017): §3.1 Annotation, §3.2 bodies and targets, §3.3.5 purpose,
 * §4 Specific Resources, §4.2.4–4.2.5 selectors, §5 collections and pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring';
import type { Clip } from '../../../lib/clips/types';
import { ANNO_CONTEXT, annotationCollection, exportJsonLd } from '../../../lib/export/jsonld';
import { clipOf, sampleClips } from '../../fixtures/clips';
import { annotationProblems, isIri, type Json } from '../../fixtures/web-annotation-validator';

let clips: Clip[];
beforeAll(async () => {
  clips = await sampleClips();
});

describe('JSON-LD export', () => {
  it('is an AnnotationCollection with one embedded AnnotationPage (§5.1, §5.2)', () => {
    const doc: Json = JSON.parse(exportJsonLd(clips, { exportedAt: new Date('2024-03-01T00:00:00.000Z') }));
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(isIri(doc.id)).toBe(true);
    expect(typeof doc.label).toBe('string');
    expect(doc.first.type).toBe('AnnotationPage');
    expect(isIri(doc.first.id)).toBe(true);
    expect(doc.last).toBe(doc.first.id);
    expect(doc.first.startIndex).toBe(0);
    expect(Array.isArray(doc.first.items)).toBe(true);
    expect(doc.total).toBe(doc.first.items.length);
    expect(doc.total).toBe(clips.length + clips.reduce((n, c) => n + c.mentions.length, 0));
  });

  it('has only annotations that satisfy the model, with unique ids', () => {
    const doc = annotationCollection(clips, { exportedAt: new Date() }) as Json;
    const items: Json[] = doc.first.items;
    for (const a of items) expect(annotationProblems(a), a.id).toEqual([]);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('links each mention to its entity IRI with purpose identifying', () => {
    const items: Json[] = (annotationCollection(clips, { exportedAt: new Date() }) as Json).first.items;
    const mention = items.find((a) => a.id === 'urn:x-militia-base-reader:clip:clip-selection:mention:0')!;
    expect(mention.motivation).toBe('identifying');
    expect(mention.body[0]).toEqual({ type: 'SpecificResource', source: 'urn:x-militia-base-reader:entity:nujaba', purpose: 'identifying' });
    expect(mention.body.slice(1).map((b: Json) => [b.language, b.purpose])).toEqual([['ar', 'tagging'], ['en', 'tagging']]);
    expect(mention.target.source).toBe(clips[0]!.url);
  });

  it('puts notes and tags on the clip annotation', () => {
    const items: Json[] = (annotationCollection(clips, { exportedAt: new Date() }) as Json).first.items;
    const clip = items.find((a) => a.id === 'urn:x-militia-base-reader:clip:clip-selection')!;
    expect(clip.motivation).toBe('commenting');
    expect(clip.body[0]).toMatchObject({ type: 'TextualBody', value: clips[0]!.notes, purpose: 'commenting' });
    expect(clip.body.slice(1).map((b: Json) => b.value)).toEqual(clips[0]!.tags);
    const empty = items.find((a) => a.id === 'urn:x-militia-base-reader:clip:clip-empty')!;
    expect(empty.motivation).toBe('highlighting');
    expect(empty.body).toBeUndefined();
    expect(empty.target).toBe(clips[2]!.url);
  });

  it('gives page positions and page context that anchor in the page, in code points', async () => {
    const page = 'مقدمة 😀 ' + 'قصفت كتائب حزب الله قاعدة عين الأسد ليلاً.' + ' خاتمة';
    const text = 'كتائب حزب الله قاعدة عين الأسد';
    const clip = await clipOf(text, { id: 'cp' }, { text: page, start: page.indexOf(text) });
    const items: Json[] = (annotationCollection([clip], { exportedAt: new Date() }) as Json).first.items;
    const [passageQuote, passagePos] = items[0]!.target.selector;
    expect(passageQuote.exact).toBe(text);
    const cps = [...page];
    expect(cps.slice(passagePos.start, passagePos.end).join('')).toBe(text);
    for (const a of items.slice(1)) {
      const [quote, pos] = a.target.selector;
      expect(cps.slice(pos.start, pos.end).join('')).toBe(quote.exact);
      // The quote's context is the page's, reaching beyond the clipped text.
      const found = anchor(page, [quote])!;
      expect(page.slice(found.start, found.end)).toBe(quote.exact);
      expect(page.slice(0, found.start).endsWith(quote.prefix)).toBe(true);
    }
    expect(items[1]!.target.selector[0].prefix).toContain('قصفت');
  });

  it('gives an extracted article\'s mentions a quote only', () => {
    const items: Json[] = (annotationCollection([clips[1]!], { exportedAt: new Date() }) as Json).first.items;
    expect(items[0]!.target).toBe(clips[1]!.url);
    for (const a of items.slice(1)) expect(a.target.selector.map((s: Json) => s.type)).toEqual(['TextQuoteSelector']);
  });
});
