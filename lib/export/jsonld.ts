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
import { codePointCounter, textQuoteSelector } from '../anchoring/selectors';
import type { Clip, ClipMention } from '../clips/types';
import { entityIri, TOOL_NAME, TOOL_URN, webIri, type ExportOptions } from './common';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Json = Record<string, unknown>;

/**
 * The collection as a JSON-LD document (compact JSON). Written as text directly
 * rather than built as objects and stringified: a thousand clips make ten thousand
 * annotations that share their generator, dates, target and entity bodies, so each
 * shared piece is serialised once (this was the slowest export).
 */
export function exportJsonLd(clips: readonly Clip[], options: Pick<ExportOptions, 'exportedAt'>): string {
  const generated = options.exportedAt.toISOString();
  const id = `${TOOL_URN}:export:${generated}`;
  const shared = `"generated":${q(generated)},"generator":${JSON.stringify({ id: TOOL_URN, type: 'Software', name: TOOL_NAME })}`;
  const bodies = new Map<string, string>();
  const items: string[] = [];
  for (const clip of clips) {
    const stamp = `"created":${q(clip.captured_at)},"modified":${q(clip.updated_at)},${shared}`;
    const source = q(webIri(clip.url));
    items.push(clipAnnotation(clip, stamp, source));
    const cp = codePointCounter(clip.text);
    // The quote's context in the page: the passage's own context around the clip's text.
    const passage = clip.passage;
    const page = passage ? passage.selectors[0].prefix + clip.text + passage.selectors[0].suffix : '';
    const at = passage ? passage.selectors[0].prefix.length : 0;
    clip.mentions.forEach((m, n) => {
      const key = `${m.entity.id}\u0000${m.entity.name_ar}\u0000${m.entity.name_en}`;
      let body = bodies.get(key);
      if (body === undefined) bodies.set(key, (body = JSON.stringify(mentionBody(m))));
      let selector: string;
      if (passage) {
        const start = passage.code_point_start + cp(m.start);
        const end = passage.code_point_start + cp(m.end);
        selector = `${JSON.stringify(textQuoteSelector(page, at + m.start, at + m.end))},{"type":"TextPositionSelector","start":${start},"end":${end}}`;
      } else {
        selector = JSON.stringify(m.selectors[0]);
      }
      items.push(`{"id":${q(`${TOOL_URN}:clip:${clip.id}:mention:${n}`)},"type":"Annotation","motivation":"identifying",${stamp},"body":${body},"target":{"source":${source},"selector":[${selector}]}}`);
    });
  }
  const pageId = `${id}:page:1`;
  return `{"@context":${q(ANNO_CONTEXT)},"id":${q(id)},"type":"AnnotationCollection","label":${q(`${TOOL_NAME}: ${clips.length} clips`)},"total":${items.length},`
    + `"first":{"id":${q(pageId)},"type":"AnnotationPage","startIndex":0,"items":[${items.join(',')}]},"last":${q(pageId)}}\n`;
}

/** The same collection as objects. */
export function annotationCollection(clips: readonly Clip[], options: Pick<ExportOptions, 'exportedAt'>): Json {
  return JSON.parse(exportJsonLd(clips, options)) as Json;
}

const q = (s: string) => JSON.stringify(s);

function clipAnnotation(clip: Clip, stamp: string, source: string): string {
  const body: Json[] = [];
  const notes = clip.notes.trim() !== '';
  if (notes) body.push({ type: 'TextualBody', value: clip.notes, format: 'text/plain', purpose: 'commenting' });
  for (const tag of clip.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  let target = source;
  if (clip.passage) {
    const [quote] = clip.passage.selectors;
    const start = clip.passage.code_point_start;
    target = `{"source":${source},"selector":[${JSON.stringify(quote)},{"type":"TextPositionSelector","start":${start},"end":${start + codePointCounter(clip.text)(clip.text.length)}}]}`;
  }
  return `{"id":${q(`${TOOL_URN}:clip:${clip.id}`)},"type":"Annotation","motivation":"${notes ? 'commenting' : 'highlighting'}",${stamp}${body.length > 0 ? `,"body":${JSON.stringify(body)}` : ''},"target":${target}}`;
}

/** What a mention identifies: the entity's IRI, and its names as tags. */
function mentionBody(m: ClipMention): Json[] {
  return [
    { type: 'SpecificResource', source: entityIri(m.entity.id), purpose: 'identifying' },
    { type: 'TextualBody', value: m.entity.name_ar, language: 'ar', purpose: 'tagging' },
    { type: 'TextualBody', value: m.entity.name_en, language: 'en', purpose: 'tagging' },
  ];
}
