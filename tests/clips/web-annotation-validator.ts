/**
 * A checker of Web Annotation documents against the Web Annotation Data Model's
 * requirements (W3C Recommendation 2017): §3.1 Annotation, §3.2 bodies and
 * targets, §3.3.5 purpose, §4 Specific Resources, §4.2.4–4.2.5 selectors. Shared
 * by the JSON-LD export's unit test and the end-to-end test of the downloads.
 */
export type Json = Record<string, any>;

export const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
export const isIri = (s: unknown) => typeof s === 'string' && /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(s);
export const isDateTime = (s: unknown) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s);
export const asArray = (x: unknown) => (Array.isArray(x) ? x : [x]);

/** Problems of one annotation, per the model's MUSTs and the vocabularies it fixes. */
export function annotationProblems(a: Json): string[] {
  const p: string[] = [];
  if (!isIri(a.id)) p.push('id must be an IRI (§3.1)');
  if (a.type !== 'Annotation') p.push('type must be Annotation (§3.1)');
  if (a.target === undefined) p.push('target is required (§3.1)');
  for (const m of asArray(a.motivation ?? [])) if (!MOTIVATIONS.includes(m)) p.push(`unknown motivation ${m} (§3.3.5)`);
  for (const k of ['created', 'modified', 'generated']) if (a[k] !== undefined && !isDateTime(a[k])) p.push(`${k} must be xsd:dateTime in UTC (§3.3.1)`);
  for (const b of asArray(a.body ?? [])) {
    if (typeof b === 'string') { if (!isIri(b)) p.push('body IRI'); continue; }
    if (b.purpose !== undefined && !MOTIVATIONS.includes(b.purpose)) p.push(`unknown purpose ${b.purpose} (§3.3.5)`);
    if (b.type === 'TextualBody' && typeof b.value !== 'string') p.push('TextualBody needs a value (§3.2.4)');
    if (b.type === 'SpecificResource' && !isIri(b.source)) p.push('SpecificResource needs a source IRI (§4)');
    if (b.type !== 'TextualBody' && b.type !== 'SpecificResource') p.push(`unexpected body type ${b.type}`);
  }
  for (const t of asArray(a.target)) {
    if (typeof t === 'string') { if (!isIri(t)) p.push('target IRI (§3.2)'); continue; }
    if (!isIri(t.source)) p.push('SpecificResource target needs a source IRI (§4)');
    for (const s of asArray(t.selector ?? [])) {
      if (s.type === 'TextQuoteSelector') {
        if (typeof s.exact !== 'string' || s.exact === '') p.push('TextQuoteSelector needs exact (§4.2.4)');
        for (const k of ['prefix', 'suffix']) if (s[k] !== undefined && typeof s[k] !== 'string') p.push(`${k} must be a string (§4.2.4)`);
      } else if (s.type === 'TextPositionSelector') {
        if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start) p.push('TextPositionSelector needs 0 ≤ start ≤ end integers (§4.2.5)');
      } else p.push(`unexpected selector ${s.type}`);
      const extra = Object.keys(s).filter((k) => !['type', 'exact', 'prefix', 'suffix', 'start', 'end'].includes(k));
      if (extra.length > 0) p.push(`selector has unknown keys ${extra}`);
    }
  }
  if (a['@context'] !== undefined) p.push('embedded annotations should not repeat @context (§5)');
  return p;
}
