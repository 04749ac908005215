import type { PatternVariant, ScriptRules } from '../script-rules';
import { abbreviationDefinition, articleBeforeName, letterQuotes, nameOrders, townApposition } from './name-forms';
import { latinAfterFillers, latinCoordinators, latinForeignPlaces, latinGivenNames, latinAttackWords, latinLocationVerbs, latinStationedCues, properOrdinarySense, latinLocativeTriggers, latinMilitiaCuesAfter, latinPlaceNounsAfter, latinBaseTriggersAfter, latinBaseTriggersBefore, latinLocatives, latinMilitiaCues, latinNamingWords, latinPlaceNouns } from './context-words';

/** English names in Latin script: no proclitics; apostrophes are optional («Kata'ib» = «Kataib»). */
export function createLatinRules(fold: (s: string) => string): ScriptRules {
  const variants = (alias: string): PatternVariant[] => {
    const forms = new Set([alias, alias.replaceAll('"', ''), alias.replaceAll('"', ' ').replace(/ +/g, ' ')]);
    return [...forms].map((text) => ({ text, elided: false, article: false }));
  };
  // A name's other orders ("International Erbil Airport"); not for trigger words ("air base").
  const names = (alias: string): PatternVariant[] => {
    const forms = variants(alias);
    const texts = new Set(forms.map((v) => v.text));
    for (const { pattern, replacement } of nameOrders) {
      for (const v of forms) {
        const text = v.text.replace(pattern, replacement);
        if (!texts.has(text)) {
          texts.add(text);
          forms.push({ text, elided: false, article: false });
        }
      }
    }
    return forms;
  };
  return {
    variants: names,
    wordForms: variants,
    nameStart: (prefix) => (prefix === '' ? 0 : -1),
    stems: (word) => [word],
    baseTriggersBefore: new Set(latinBaseTriggersBefore.map(fold)),
    triggerModifiers: new Set(['us', 'american', 'coalition', 'military', 'air']),
    baseTriggersAfter: new Set(latinBaseTriggersAfter.map(fold)),
    afterFillers: new Set(latinAfterFillers.map(fold)),
    capitalisedNames: true,
    locatives: new Set(latinLocatives.map(fold)),
    placeLocatives: new Set(['to', 'from'].map(fold)),
    foreignPlaces: new Set(latinForeignPlaces.map(fold)),
    placeNouns: new Set(latinPlaceNouns.map(fold)),
    placeNounsAfter: new Set(latinPlaceNounsAfter.map(fold)),
    locativeWindow: 6,
    coordinators: latinCoordinators,
    militiaCues: new Set(latinMilitiaCues.map(fold)),
    namingWords: new Set(latinNamingWords.map(fold)),
    nameDescriptors: new Set([...latinMilitiaCues, ...latinNamingWords].map(fold)),
    givenNames: new Set(latinGivenNames.map(fold)),
    cueWindow: 3,
    abbreviationDefinition: abbreviationDefinition.pattern,
    articleBefore: articleBeforeName.pattern,
    militiaCuesAfter: new Set(latinMilitiaCuesAfter.map(fold)),
    locativeTriggers: new Set(latinLocativeTriggers.map(fold)),
    locationVerbs: new Set(latinLocationVerbs.map(fold)),
    attackWords: new Set(latinAttackWords.map(fold)),
    properSense: properOrdinarySense.pattern,
    stationedNouns: new Set(latinStationedCues.nouns.map(fold)),
    stationedLocatives: new Set(latinStationedCues.locatives.map(fold)),
    attackWindow: 4,
    ordinaryReadings: new Map(),
    textSenses: [],
    restoredPrefix: (prefix) => prefix,
    letterQuotes: letterQuotes.pattern,
    adjectiveInQuotes: null,
    townApposition: townApposition.pattern,
    namesakes: new Set(),
    figurativeAfter: new Set(),
  };
}
