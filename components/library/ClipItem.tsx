/**
 * One clip in the library: its title, source and metadata, the clipped text, the
 * entities mentioned, the analyst's notes and tags (editable with the keyboard:
 * the form is labelled, Escape cancels, Enter in the tags field saves), a
 * checkbox to select it for export, and delete. Everything from a page or an
 * analyst is rendered as text; the only link is the clip's http(s) URL.
 */
import { Fragment } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDate, t, type UiLang } from '@/components/i18n';
import { nameOf } from '@/components/popover/format';
import type { Clip } from '@/lib/clips/types';
import type { EntityKindName } from '@/lib/export/group-kind';
import { isHttpUrl } from '@/lib/dataset/urls';
import { parseTags } from './query';

export interface ClipItemProps {
  readonly lang: UiLang;
  readonly clip: Clip;
  readonly selected: boolean;
  /** What each entity mentioned is (lib/export/group-kind.ts); partner and state forces are labelled so. */
  readonly kindOf?: (entity: Clip['mentions'][number]['entity']) => EntityKindName;
  /** The clip the address asked for (`#clip=<id>`): marked as current. */
  readonly current?: boolean;
  readonly onSelect: (id: string, selected: boolean) => void;
  /** Resolves when saved; rejects with the reason. */
  readonly onSave: (id: string, changes: { notes: string; tags: string[] }) => Promise<void>;
  readonly onDelete: (clip: Clip) => void;
}

/** Clipped text shown before "show all". */
const EXCERPT = 600;

/** The direction of a clip's own text: its language's when known to be right to left, else the browser's guess. */
const textDir = (clip: Clip): 'rtl' | 'auto' => (/^(ar|fa|ur|he|ps|ckb|ku-arab)(-|$)/i.test(clip.lang ?? '') ? 'rtl' : 'auto');

const formatDay = formatDate;

export function ClipItem({ lang, clip, kindOf, current = false, selected, onSelect, onSave, onDelete }: ClipItemProps) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useLayoutEffect(() => {
    if (editing) notesRef.current?.focus();
    else if (wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const titleId = `clip-title-${clip.id}`;
  const entities = [...new Map(clip.mentions.map((m) => [m.entity.id, m.entity])).values()];
  const meta = [
    clip.site,
    clip.author && t(lang, 'clipBy', { author: clip.author }),
    clip.published && t(lang, 'clipPublished', { date: formatDay(lang, clip.published) }),
    t(lang, 'clipCaptured', { date: formatDay(lang, clip.captured_at) }),
    t(lang, `clipVia_${clip.via}` as const),
  ].filter((x): x is string => !!x);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const notes = (form.elements.namedItem('notes') as HTMLTextAreaElement).value;
    const tags = parseTags((form.elements.namedItem('tags') as HTMLInputElement).value);
    try {
      await onSave(clip.id, { notes, tags });
      setError(null);
      setEditing(false);
    } catch (err) {
      setError(t(lang, 'clipEditFailed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <li class={current ? 'clip current' : 'clip'} data-id={clip.id} aria-labelledby={titleId} aria-current={current ? 'true' : undefined}>
      <div class="clip-head">
        <input type="checkbox" class="select" checked={selected} onChange={(e) => onSelect(clip.id, (e.currentTarget as HTMLInputElement).checked)} aria-label={t(lang, 'clipSelect', { title: clip.title })} />
        <h2 id={titleId} tabIndex={-1} dir="auto" lang={clip.lang ?? undefined}>{clip.title}</h2>
      </div>
      <p class="meta muted">
        {/* Each part isolated: a Latin site or author name never reorders the Arabic around it. */}
        {meta.map((part, i) => <Fragment key={i}>{i > 0 && ' · '}<bdi>{part}</bdi></Fragment>)}
        {isHttpUrl(clip.url) && (
          <>
            {' · '}
            <a class="source" href={clip.url} target="_blank" rel="noopener noreferrer">{t(lang, 'clipOpenSource')}</a>
          </>
        )}
      </p>
      <ClipText lang={lang} text={clip.text} dir={textDir(clip)} textLang={clip.lang} />
      {entities.length > 0 && (
        <p class="entities">
          <span class="muted">{t(lang, 'clipMentions')}: </span>
          {entities.map((e) => {
            const kind = kindOf?.(e) ?? e.kind;
            const force = kind === 'partner-force' ? 'type_partner force' : kind === 'state-force' ? 'type_state force' : null;
            return (
              <span key={e.id} class={`chip ${e.kind} ${kind}`}>
                {nameOf(lang, e)}
                {force && <span class="kind"> · {t(lang, force)}</span>}
              </span>
            );
          })}
        </p>
      )}
      {editing ? (
        <form class="edit" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
          <label>
            {t(lang, 'clipNotes')}
            <textarea ref={notesRef} name="notes" rows={4} dir="auto" defaultValue={clip.notes} />
          </label>
          <label>
            {t(lang, 'clipTags')} <span class="muted">({t(lang, 'clipTagsHint')})</span>
            <input name="tags" type="text" dir="auto" defaultValue={clip.tags.join(', ')} />
          </label>
          <div class="row">
            <button type="submit" class="primary">{t(lang, 'save')}</button>
            <button type="button" onClick={() => setEditing(false)}>{t(lang, 'clipCancel')}</button>
          </div>
          {error && <p role="alert">{error}</p>}
        </form>
      ) : (
        <>
          {clip.notes !== '' && <p class="notes" dir="auto"><span class="muted">{t(lang, 'clipNotes')}: </span>{clip.notes}</p>}
          {clip.tags.length > 0 && (
            <p class="tags"><span class="muted">{t(lang, 'clipTags')}: </span>{clip.tags.map((tag) => <span key={tag} class="chip tag" dir="auto">{tag}</span>)}</p>
          )}
          <div class="row actions">
            <button type="button" ref={editRef} class="edit-clip" onClick={() => setEditing(true)}>{t(lang, 'clipEdit')}</button>
            <button type="button" class="delete-clip danger" onClick={() => onDelete(clip)}>{t(lang, 'clipDelete')}</button>
          </div>
        </>
      )}
    </li>
  );
}

function ClipText({ lang, text, dir, textLang }: { lang: UiLang; text: string; dir: 'rtl' | 'auto'; textLang: string | null }) {
  const l = textLang ?? undefined;
  if (text.length <= EXCERPT) return <blockquote class="text" dir={dir} lang={l}>{text}</blockquote>;
  return (
    <details class="text" dir={dir} lang={l}>
      <summary>{text.slice(0, EXCERPT)}…</summary>
      <blockquote aria-label={t(lang, 'clipShowText')}>{text}</blockquote>
    </details>
  );
}
