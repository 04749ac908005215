/**
 * Clips as a W3C Web Annotation collection (Web Annotation Data Model, W3C
 * Recommendation 2017; JSON-LD with the context http://www.w3.org/ns/anno.jsonld).
 *
 * - The file is one AnnotationCollection (§5.1) whose `first` is one embedded
 *   AnnotationPage (§5.2) holding every annotation in `items`; `@context` is given
 *   once, at the top.
 * - Per clip, one Annotation of the passage: motivation `commenting` with the notes
 *   as a TextualBody (§3.2.4) of purpose `commenting` when there are notes, else
 *   `highlighting`; one TextualBody of purpose `tagging` per tag (§3.3.5).
 * - Per mention, one Annotation with motivation `identifying`: a SpecificResource
 *   body (§4) of purpose `identifying` whose source is the entity's IRI
 *   (common.ts: urn:x-militia-base-reader:entity:<id>), and its Arabic and English
 *   names as `tagging` TextualBodies.
 * - Targets (§4.1) are the page URL (as the URL parser serialises it) with selectors as alternatives (§4.2):
 *   TextQuoteSelector (§4.2.4) with up to 32 code units of context, and
 *   TextPositionSelector (§4.2.5) counting code points of the page's text. A clip
 *   that is not one span of the page (an extracted article) has no position: its
 *   annotation targets the page, its mentions carry the quote alone.
 * - Ids: the collection `urn:x-militia-base-reader:export:<exported_at>`, its page
 *   `…:page:1`, a clip's annotation `urn:x-militia-base-reader:clip:<clip id>`, a
 *   mention's `…:clip:<clip id>:mention:<n>` (n counts from 0 in the clip's order).
 *   Clip ids are [A-Za-z0-9_-], so every id is a valid IRI.
 */
import { codePointCounter, textQuoteSelector, type TextQuoteSelector } from '../anchoring/selectors';
import type { Clip, ClipMention } from '../clips/types';
import { entityIri, TOOL_NAME, TOOL_URN, webIri, type ExportOptions } from './common';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Json = Record<string, unknown>;

/** The collection as a JSON-LD document (compact JSON). */
export function exportJsonLd(clips: readonly Clip[], options: Pick<ExportOptions, 'exportedAt'>): string {
  return JSON.stringify(annotationCollection(clips, options)) + '\n';
}

export function annotationCollection(clips: readonly Clip[], options: Pick<ExportOptions, 'exportedAt'>): Json {
  const generated = options.exportedAt.toISOString();
  const id = `${TOOL_URN}:export:${generated}`;
  const generator = { id: TOOL_URN, type: 'Software', name: TOOL_NAME };
  const items: Json[] = [];
  for (const clip of clips) {
    items.push(clipAnnotation(clip, generator, generated));
    const cp = codePointCounter(clip.text);
    clip.mentions.forEach((m, i) => items.push(mentionAnnotation(clip, m, i, cp, generator, generated)));
  }
  const page = { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items };
  return { '@context': ANNO_CONTEXT, id, type: 'AnnotationCollection', label: `${TOOL_NAME}: ${clips.length} clips`, total: items.length, first: page, last: page.id };
}

function clipAnnotation(clip: Clip, generator: Json, generated: string): Json {
  const body: Json[] = [];
  if (clip.notes.trim() !== '') body.push({ type: 'TextualBody', value: clip.notes, format: 'text/plain', purpose: 'commenting' });
  for (const tag of clip.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  let target: Json | string = webIri(clip.url);
  if (clip.passage) {
    const [quote] = clip.passage.selectors;
    const start = clip.passage.code_point_start;
    target = { source: webIri(clip.url), selector: [quote, { type: 'TextPositionSelector', start, end: start + codePointCounter(clip.text)(clip.text.length) }] };
  }
  return {
    id: `${TOOL_URN}:clip:${clip.id}`,
    type: 'Annotation',
    motivation: clip.notes.trim() !== '' ? 'commenting' : 'highlighting',
    created: clip.captured_at,
    modified: clip.updated_at,
    generated,
    generator,
    ...(body.length > 0 ? { body } : {}),
    target,
  };
}

function mentionAnnotation(clip: Clip, m: ClipMention, n: number, cp: (offset: number) => number, generator: Json, generated: string): Json {
  const body = [
    { type: 'SpecificResource', source: entityIri(m.entity.id), purpose: 'identifying' },
    { type: 'TextualBody', value: m.entity.name_ar, language: 'ar', purpose: 'tagging' },
    { type: 'TextualBody', value: m.entity.name_en, language: 'en', purpose: 'tagging' },
  ];
  let selector: (TextQuoteSelector | Json)[];
  if (clip.passage) {
    // The quote's context in the page: the passage's own context around the clip's text.
    const [passage] = clip.passage.selectors;
    const page = passage.prefix + clip.text + passage.suffix;
    const at = passage.prefix.length;
    const start = clip.passage.code_point_start + cp(m.start);
    const end = clip.passage.code_point_start + cp(m.end);
    selector = [textQuoteSelector(page, at + m.start, at + m.end), { type: 'TextPositionSelector', start, end }];
  } else {
    selector = [m.selectors[0]];
  }
  return {
    id: `${TOOL_URN}:clip:${clip.id}:mention:${n}`,
    type: 'Annotation',
    motivation: 'identifying',
    created: clip.captured_at,
    modified: clip.updated_at,
    generated,
    generator,
    body,
    target: { source: webIri(clip.url), selector },
  };
}
