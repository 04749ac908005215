import type { EntityKind, GazetteerEntry, Lang } from '../gazetteer/types';
import type { PatternVariant, ScriptRules } from '../language/script-rules';
import { Automaton } from './automaton';
import { runSteps, type Steps } from './steps';

/** What a pattern of the automaton stands for. */
export type PatternRole =
  | {
      readonly role: 'name';
      readonly entity: number;
      readonly kind: EntityKind;
      readonly script: ScriptRules;
      readonly variant: PatternVariant;
      /** Context is required (the alias is an ordinary word) … */
      readonly ordinary: boolean;
      /** … only when one of these proclitics is glued to it, if set. */
      readonly ordinaryWith: readonly string[] | null;
      /** Its ordinary sense is itself a proper name (a region, a town, a person: `ScriptRules.properSense`), so capitals do not tell the base from it. */
      readonly properSense: boolean;
      /** Two entities claim this form: never reported. */
      readonly ambiguous: boolean;
      /** A generic name: the (folded) places it may stand in; placed elsewhere, not a mention. */
      readonly places: ReadonlySet<string> | null;
    }
  | { readonly role: 'trigger'; readonly script: ScriptRules; readonly variant: PatternVariant };

/** A base name that a near-miss after a trigger word may stand for. */
export interface NearMissTarget {
  readonly entity: number;
  readonly text: string;
}

export interface Lexicon {
  readonly entries: readonly GazetteerEntry[];
  readonly automaton: Automaton;
  /** roles[patternId]: every meaning of that folded form. */
  readonly roles: readonly (readonly PatternRole[])[];
  /** Arabic base names that near-misses are compared to, by number of words. */
  readonly nearMissTargets: ReadonlyMap<number, readonly NearMissTarget[]>;
  readonly longestTargetWords: number;
  /** The script of the near-miss targets, whose proclitics a near-miss may carry. */
  readonly nearMissScript: ScriptRules;
  /** Every script's rules. */
  readonly scripts: readonly ScriptRules[];
}

export interface LexiconOptions {
  readonly fold: (s: string) => string;
  readonly scripts: Readonly<Record<Lang, ScriptRules>>;
  /** Near-miss targets need at least this many letters (shorter names are too close to ordinary words). */
  readonly nearMissMinLetters: number;
  /** The language whose base names near-misses are matched against. */
  readonly nearMissLang: Lang;
  /** Folded units read as part of a space they follow inside a name (a quote: «عصائب "أهل الحق"»). */
  readonly skippedAfterSpace?: readonly string[];
}

/** Compiles the aliases of `entries`, and the trigger words of each script, into one automaton. */
export function compileLexicon(entries: readonly GazetteerEntry[], options: LexiconOptions): Lexicon {
  return runSteps(compileLexiconSteps(entries, options));
}

/** `compileLexicon` in steps (see steps.ts): a step per few entries, then the automaton's. */
export function* compileLexiconSteps(entries: readonly GazetteerEntry[], options: LexiconOptions): Steps<Lexicon> {
  const { fold, scripts } = options;
  const byForm = new Map<string, PatternRole[]>();
  const add = (form: string, role: PatternRole) => {
    const roles = byForm.get(form);
    if (roles) roles.push(role);
    else byForm.set(form, [role]);
  };

  const owners = new Map<string, Set<number>>();
  const nearMiss = new Map<number, NearMissTarget[]>();
  for (let entity = 0; entity < entries.length; entity++) {
    if (entity % 8 === 7) yield;
    const entry = entries[entity];
    for (const alias of entry.aliases) {
      const script = scripts[alias.lang];
      const folded = fold(alias.text);
      if (folded.length === 0) continue;
      const ordinaryWith = alias.ordinary_with ? alias.ordinary_with.map(fold) : null;
      for (const v of script.variants(folded)) {
        const owned = owners.get(v.text) ?? new Set<number>();
        owned.add(entity);
        owners.set(v.text, owned);
        add(v.text, {
          role: 'name',
          entity,
          kind: entry.kind,
          script,
          variant: v,
          ordinary: alias.ordinary !== undefined || ordinaryWith !== null,
          ordinaryWith,
          properSense: alias.ordinary !== undefined && script.properSense !== null && script.properSense.test(alias.ordinary),
          ambiguous: alias.ambiguous === true,
          places: alias.places ? new Set(alias.places.map(fold)) : null,
        });
      }
      const letters = folded.replaceAll(' ', '').length;
      if (entry.kind === 'base' && alias.lang === options.nearMissLang && !alias.ordinary && !alias.ambiguous && letters >= options.nearMissMinLetters) {
        const words = folded.split(' ').length;
        const list = nearMiss.get(words) ?? [];
        if (!list.some((t) => t.entity === entity && t.text === folded)) list.push({ entity, text: folded });
        nearMiss.set(words, list);
      }
    }
  }
  yield;

  // A form claimed by two entities is ambiguous for both, marked in the data or not.
  for (const [form, owned] of owners) {
    if (owned.size < 2) continue;
    byForm.set(
      form,
      byForm.get(form)!.map((r) => (r.role === 'name' ? { ...r, ambiguous: true } : r)),
    );
  }

  for (const script of Object.values(scripts)) {
    for (const trigger of script.baseTriggersBefore) {
      for (const v of script.wordForms(trigger)) add(v.text, { role: 'trigger', script, variant: v });
    }
  }

  const forms = [...byForm.keys()];
  yield;
  // Runs of spaces count as one, and a quote after a space inside a name is read with
  // it («كتائب "سيد الشهداء"»): the finder checks that such a quote closes at the name's end.
  const automaton = yield* Automaton.buildSteps(forms, 32, undefined, (options.skippedAfterSpace ?? []).map((u) => u.charCodeAt(0)));
  return {
    entries,
    automaton,
    roles: forms.map((f) => byForm.get(f)!),
    nearMissTargets: nearMiss,
    longestTargetWords: Math.max(0, ...nearMiss.keys()),
    nearMissScript: scripts[options.nearMissLang],
    scripts: Object.values(scripts),
  };
}
