import type { PatternVariant, ScriptRules } from '../script-rules';
import { latinBaseTriggersAfter, latinBaseTriggersBefore, latinMilitiaCues } from './context-words';

/** English names in Latin script: no proclitics; apostrophes are optional («Kata'ib» = «Kataib»). */
export function createLatinRules(fold: (s: string) => string): ScriptRules {
  const variants = (alias: string): PatternVariant[] => {
    const forms = new Set([alias, alias.replaceAll('"', ''), alias.replaceAll('"', ' ').replace(/ +/g, ' ')]);
    return [...forms].map((text) => ({ text, elided: false }));
  };
  return {
    variants,
    wordForms: variants,
    isProclitic: (prefix) => prefix === '',
    stems: (word) => [word],
    baseTriggersBefore: new Set(latinBaseTriggersBefore.map(fold)),
    baseTriggersAfter: new Set(latinBaseTriggersAfter.map(fold)),
    militiaCues: new Set(latinMilitiaCues.map(fold)),
    cueWindow: 3,
  };
}
