/**
 * The record a reader proposes for a group the radar found (lib/candidates.ts): the
 * fields of a militia in data/SCHEMA.md, with what the article gives (the name as
 * written, in its script's field and as an alias, and the article's address as the
 * source) and the rest left for the maintainers. Nothing is guessed: unknown text
 * fields are empty, lists are empty, and the confidence is low until they review it.
 */
import type { Candidate } from './engine/candidates';

export interface MilitiaProposal {
  readonly id: string;
  readonly name_en: string;
  readonly name_ar: string;
  readonly type: string;
  readonly umbrella: readonly string[];
  readonly country: string;
  readonly designations: readonly never[];
  readonly description_en: string;
  readonly description_ar: string;
  readonly aliases: readonly { readonly text: string; readonly lang: 'ar' | 'en'; readonly source: string }[];
  readonly sources: readonly string[];
  readonly confidence: 'low';
}

/** A kebab-case ASCII id from a Latin-script name («Saraya al-Nahr» → saraya-al-nahr); empty for any other script. */
export function proposalId(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (/[^\x00-\x7f]/.test(ascii)) return '';
  return ascii.replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The proposal for `candidate`, seen in the article at `url`. */
export function militiaProposal(candidate: Pick<Candidate, 'text' | 'lang'>, url: string): MilitiaProposal {
  const name = candidate.text.replace(/\s+/g, ' ').trim();
  const en = candidate.lang === 'en';
  return {
    id: en ? proposalId(name) : '',
    name_en: en ? name : '',
    name_ar: en ? '' : name,
    type: '',
    umbrella: [],
    country: '',
    designations: [],
    description_en: '',
    description_ar: '',
    aliases: [{ text: name, lang: candidate.lang, source: url }],
    sources: [url],
    confidence: 'low',
  };
}

/** The proposal as the maintainers paste it into data/militias.json: two-space JSON. */
export const proposalJson = (p: MilitiaProposal): string => JSON.stringify(p, null, 2);
