/**
 * «تصحيح وحفظ» / "Correct and keep": every field of the incident an event becomes,
 * sites and groups chosen from the installed dataset, weapons and outcome from the
 * schema's lists; checked here (article-events.ts problemsOf, then the dataset's
 * rules, lib/own-incidents) and kept by the background (`own-incidents/save`) with
 * the fields the analyst changed, the article and the evidence.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ask } from '@/adapters/messaging';
import type { PageEvent } from '@/adapters/page/messages';
import { t, type UiLang } from '@/components/i18n';
import { labelOf } from '@/components/popover/format';
import { CONFIDENCE, DATE_PRECISIONS, OUTCOMES, WEAPONS } from '@/lib/dataset/schema';
import type { EntitySummary } from '@/lib/dataset/summary';
import { checkOwnIncident, type OwnIncidentDraft } from '@/lib/own-incidents/validate';
import { correctedFields, draftOf, problemsOf, type ArticleSource, type CorrectableField, type EventForm, type FormField, type FormProblem } from './article-events';

export type SaveOwnIncident = (incident: OwnIncidentDraft) => Promise<{ readonly ok: true; readonly id: string } | { readonly ok: false; readonly error: string }>;

/** The background's `own-incidents/save` (adapters/own-incidents). */
export const saveOwnIncident: SaveOwnIncident = (incident) => ask({ type: 'own-incidents/save', incident });

export interface EventEditorProps {
  readonly lang: UiLang;
  /** Unique in the popup: prefixes the fields' ids. */
  readonly idPrefix: string;
  readonly event: PageEvent;
  /** The form as extracted (what `corrected` is measured against). */
  readonly extracted: EventForm;
  /** Where the form starts (default: as extracted): the analyst's record of it, when `replaces` is given. */
  readonly initial?: EventForm;
  /** The id of the analyst's record of this event, which keeping replaces. */
  readonly replaces?: string;
  readonly entities: Readonly<Record<string, EntitySummary>>;
  readonly article: ArticleSource;
  readonly today: string;
  readonly onKept: (id: string, corrected: readonly CorrectableField[]) => void;
  readonly onCancel: () => void;
  readonly save?: SaveOwnIncident;
}

interface Choice {
  readonly id: string;
  readonly name: string;
}

export function EventEditor(p: EventEditorProps) {
  const { lang, idPrefix: id } = p;
  const [form, setForm] = useState<EventForm>(p.initial ?? p.extracted);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const problemsBox = useRef<HTMLDivElement>(null);
  useEffect(() => first.current?.focus(), []);

  const choices = useMemo(() => {
    const of = (kind: 'base' | 'militia', keep: readonly string[]): Choice[] => {
      const all = Object.values(p.entities).filter((e) => e.kind === kind).map((e) => ({ id: e.id, name: lang === 'ar' ? e.name_ar : e.name_en }));
      for (const k of keep) if (!all.some((c) => c.id === k)) all.push({ id: k, name: k });
      return all.sort((a, b) => a.name.localeCompare(b.name, lang));
    };
    const e = p.extracted;
    const i = p.initial ?? e;
    return { bases: of('base', [...e.sites, ...i.sites]), militias: of('militia', [...e.claimed_by, ...e.attributed_to, ...i.claimed_by, ...i.attributed_to]) };
  }, [p.entities, p.extracted, p.initial, lang]);

  const set = <K extends FormField>(k: K, v: EventForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const invalid = (f: FormField) => problems.some((x) => x.field === f);
  const described = (f: FormField) => (invalid(f) ? `${id}-problems` : undefined);
  const multiple = (e: Event) => [...(e.currentTarget as HTMLSelectElement).selectedOptions].map((o) => o.value);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const found = problemsOf(form, p.today);
    setProblems(found);
    if (found.length > 0) {
      setTimeout(() => problemsBox.current?.focus(), 0);
      return;
    }
    const draft = draftOf(form, p.extracted, p.event, p.article, p.replaces);
    // The dataset's rules for one incident, before asking the background (which checks them again).
    const known = { bases: new Set(choices.bases.map((c) => c.id)), militias: new Set(choices.militias.map((c) => c.id)) };
    const check = Object.keys(p.entities).length > 0 ? checkOwnIncident(draft, known) : null;
    if (check && !check.ok) return setError(check.error);
    setBusy(true);
    try {
      const r = await (p.save ?? saveOwnIncident)(draft);
      if (r.ok) p.onKept(r.id, correctedFields(p.extracted, form));
      else setError(r.error);
    } catch (x) {
      setError(x instanceof Error ? x.message : String(x));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || busy) return;
    e.preventDefault();
    p.onCancel();
  };

  const select = (field: 'sites' | 'claimed_by' | 'attributed_to', label: Parameters<typeof t>[1], list: readonly Choice[], ref?: typeof first) => (
    <p>
      <label for={`${id}-${field}`}>{t(lang, label)}</label>
      <select id={`${id}-${field}`} ref={ref} multiple size={4} aria-invalid={invalid(field) || undefined} aria-describedby={[described(field), `${id}-hint`].filter(Boolean).join(' ')} onChange={(e) => set(field, multiple(e))}>
        {list.map((c) => (
          <option key={c.id} value={c.id} selected={form[field].includes(c.id)}>{c.name}</option>
        ))}
      </select>
    </p>
  );

  return (
    <form class="event-editor" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate>
      <h3 id={`${id}-title`}>{t(lang, 'eventEditorTitle')}</h3>
      <p id={`${id}-hint`} class="muted hint">{t(lang, 'eventEditorHint')}</p>
      {problems.length > 0 && (
        <div id={`${id}-problems`} class="problems" role="alert" tabIndex={-1} ref={problemsBox}>
          <p>{t(lang, 'eventProblemsTitle')}</p>
          <ul>{problems.map((x) => <li key={`${x.field}-${x.key}`}>{t(lang, `eventProblem_${x.key}`)}</li>)}</ul>
        </div>
      )}
      {select('sites', 'editSites', choices.bases, first)}
      <div class="row">
        <p>
          <label for={`${id}-date`}>{t(lang, 'editDate')}</label>
          <input id={`${id}-date`} type="date" value={form.date} max={p.today} required aria-invalid={invalid('date') || undefined} aria-describedby={described('date')} onInput={(e) => set('date', e.currentTarget.value)} />
        </p>
        <p>
          <label for={`${id}-precision`}>{t(lang, 'editPrecision')}</label>
          <select id={`${id}-precision`} value={form.date_precision} onChange={(e) => set('date_precision', e.currentTarget.value as EventForm['date_precision'])}>
            {DATE_PRECISIONS.map((x) => <option key={x} value={x}>{t(lang, `eventPrecision_${x}`)}</option>)}
          </select>
        </p>
      </div>
      <fieldset aria-invalid={invalid('weapons') || undefined} aria-describedby={described('weapons')}>
        <legend>{t(lang, 'editWeapons')}</legend>
        {WEAPONS.map((w) => (
          <label key={w} class="check">
            <input type="checkbox" value={w} checked={form.weapons.includes(w)} onChange={(e) => set('weapons', e.currentTarget.checked ? [...form.weapons, w] : form.weapons.filter((x) => x !== w))} />
            {labelOf(lang, 'weapon', w)}
          </label>
        ))}
      </fieldset>
      {select('claimed_by', 'editClaimedBy', choices.militias)}
      {select('attributed_to', 'editBlamedOn', choices.militias)}
      {form.attributed_to.length > 0 && (
        <p>
          <label for={`${id}-by`}>{t(lang, 'editBlamedBy')}</label>
          <input id={`${id}-by`} type="text" value={form.attributed_by} aria-invalid={invalid('attributed_by') || undefined} aria-describedby={described('attributed_by')} onInput={(e) => set('attributed_by', e.currentTarget.value)} />
        </p>
      )}
      <div class="row">
        {(['killed', 'injured'] as const).map((k) => (
          <p key={k}>
            <label for={`${id}-${k}`}>{t(lang, k === 'killed' ? 'editKilled' : 'editInjured')}</label>
            <input id={`${id}-${k}`} type="text" inputMode="numeric" size={5} value={form[k]} aria-invalid={invalid(k) || undefined} aria-describedby={described(k)} onInput={(e) => set(k, e.currentTarget.value)} />
          </p>
        ))}
      </div>
      <p>
        <label for={`${id}-outcome`}>{t(lang, 'editOutcome')}</label>
        <select id={`${id}-outcome`} value={form.outcome} onChange={(e) => set('outcome', e.currentTarget.value as EventForm['outcome'])}>
          {OUTCOMES.map((o) => <option key={o} value={o}>{labelOf(lang, 'outcome', o)}</option>)}
        </select>
      </p>
      {(['summary_ar', 'summary_en'] as const).map((k) => (
        <p key={k}>
          <label for={`${id}-${k}`}>{t(lang, k === 'summary_ar' ? 'editSummaryAr' : 'editSummaryEn')}</label>
          <textarea id={`${id}-${k}`} rows={3} dir={k === 'summary_ar' ? 'rtl' : 'ltr'} lang={k === 'summary_ar' ? 'ar' : 'en'} value={form[k]} aria-invalid={invalid(k) || undefined} aria-describedby={described(k)} onInput={(e) => set(k, e.currentTarget.value)} />
        </p>
      ))}
      <p>
        <label for={`${id}-confidence`}>{t(lang, 'editConfidence')}</label>
        <select id={`${id}-confidence`} value={form.confidence} onChange={(e) => set('confidence', e.currentTarget.value as EventForm['confidence'])}>
          {CONFIDENCE.map((c) => <option key={c} value={c}>{t(lang, `eventConfidence_${c}`)}</option>)}
        </select>
      </p>
      {error && <p role="alert">{t(lang, 'eventKeepFailed', { message: error })}</p>}
      <div class="row actions">
        <button type="submit" class="primary" disabled={busy} aria-busy={busy || undefined}>{t(lang, busy ? 'eventKeeping' : 'eventKeep')}</button>
        <button type="button" onClick={p.onCancel}>{t(lang, 'eventCancel')}</button>
      </div>
    </form>
  );
}
