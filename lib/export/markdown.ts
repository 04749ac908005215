/**
 * One Markdown note per clip, for a notes vault (Obsidian, Logseq, any CommonMark
 * reader): YAML front matter with the clip's metadata, then the title, a source
 * link, the text with each mention highlighted (==…==, Obsidian's highlight), the
 * list of mentions and the analyst's notes.
 *
 * Every value from a page or an analyst is escaped (text-escape.ts): front-matter
 * values are YAML double-quoted scalars, body text is backslash-escaped Markdown, so
 * no page content becomes HTML, a link or markup. The only link is the source, and
 * only when it is http(s), written as the URL parser serialises it (no spaces, <, >).
 *
 * File names: `<YYYY-MM-DD of capture> <title> (<first 8 of the id>).md`, made safe
 * for every file system, unique as long as the ids' first 8 characters are.
 */
import type { Clip } from '../clips/types';
import type { ExportDataset } from './common';
import { entityKinds, type EntityKindName } from './group-kind';
import { sourceLabel } from '../clips/citation';
import { isLinkable, markdownText, safeFileName, yamlString } from './text-escape';

export interface NoteFile {
  readonly name: string;
  readonly text: string;
}

export function exportMarkdown(clips: readonly Clip[], dataset?: ExportDataset): NoteFile[] {
  const kindOf = entityKinds(dataset);
  const used = new Set<string>();
  return clips.map((clip) => {
    let name = `${clip.captured_at.slice(0, 10)} ${safeFileName(clip.title, 60)} (${clip.id.slice(0, 8)})`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${clip.captured_at.slice(0, 10)} ${safeFileName(clip.title, 60)} (${clip.id.slice(0, 8)} ${n})`;
    used.add(name.toLowerCase());
    return { name: `${name}.md`, text: markdownNote(clip, kindOf) };
  });
}

const KIND_WORDS: Record<EntityKindName, string> = { 'base': 'base', 'armed-group': 'armed group', 'partner-force': 'partner force', 'state-force': 'state force' };

/** One clip's note; `kindOf` says what each entity is (by default, from the clip alone). */
export function markdownNote(clip: Clip, kindOf: (ref: Clip['mentions'][number]['entity']) => EntityKindName = entityKinds()): string {
  const lines = ['---', ...frontMatter(clip), '---', '', `# ${markdownText(oneLine(clip.title))}`, ''];
  // Cited where the text was read; the page's canonical URL (same site only) beside it.
  const source = clip.url;
  const label = markdownText(oneLine(sourceLabel(clip)));
  lines.push(isLinkable(source) ? `Source: [${label}](<${new URL(source).href}>)` : `Source: ${label}`);
  const canonical = clip.canonical_url;
  if (canonical && canonical !== source && isLinkable(canonical)) lines.push(`Canonical: <${new URL(canonical).href}>`);
  if (clip.author) lines.push(`Author: ${markdownText(oneLine(clip.author))}`);
  if (clip.published) lines.push(`Published: ${clip.published}`);
  lines.push('', '## Text', '', highlighted(clip), '');
  if (clip.mentions.length > 0) {
    lines.push('## Mentions', '');
    for (const m of clip.mentions) {
      lines.push(`- ==${markdownText(oneLine(m.exact))}== → ${markdownText(m.entity.name_ar)} / ${markdownText(m.entity.name_en)} (${KIND_WORDS[kindOf(m.entity)]}, \`${m.entity.id}\`${m.match === 'fuzzy' ? ', near-miss' : ''})`);
    }
    lines.push('');
  }
  if (clip.notes.trim() !== '') lines.push('## Notes', '', markdownText(clip.notes), '');
  return lines.join('\n');
}

function frontMatter(clip: Clip): string[] {
  const value = (v: string | null) => (v === null ? 'null' : yamlString(v));
  const list = (items: readonly string[]) => (items.length === 0 ? ' []' : items.map((i) => `\n  - ${yamlString(i)}`).join(''));
  const entities = [...new Set(clip.mentions.map((m) => m.entity.id))];
  return [
    `title: ${value(clip.title)}`,
    `url: ${value(clip.url)}`,
    `canonical_url: ${value(clip.canonical_url)}`,
    `site: ${value(clip.site)}`,
    `author: ${value(clip.author)}`,
    `published: ${value(clip.published)}`,
    `lang: ${value(clip.lang)}`,
    `captured: ${value(clip.captured_at)}`,
    `updated: ${value(clip.updated_at)}`,
    `clip_id: ${value(clip.id)}`,
    `text_sha256: ${value(clip.text_sha256)}`,
    `tags:${list(clip.tags)}`,
    `entities:${list(entities)}`,
  ];
}

/** The text, escaped, with mentions as ==…== (a mention overlapping an earlier one is left plain). */
function highlighted(clip: Clip): string {
  let out = '';
  let at = 0;
  for (const m of clip.mentions) {
    if (m.start < at) continue;
    out += markdownText(clip.text.slice(at, m.start)) + '==' + markdownText(m.exact) + '==';
    at = m.end;
  }
  return out + markdownText(clip.text.slice(at));
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
