/** Clips: the record, building it from a page, the page's metadata, re-anchoring in a page, and the library's search. Pure: no DOM, no `browser`. */
export * from './types';
export { createClip, editClip, normalizeTags, textSha256, type ClipInput } from './create';
export { extractMetadata, normalizePublished, type DocumentLike, type MetaElement, type PageMetadata } from './metadata';
export { ClipIndex, type ClipHit, type ClipIndexOptions } from './search';
export { reanchorClip, type ClipAnchors } from './reanchor';
