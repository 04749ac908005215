/**
 * How the English press introduces an armed group it has not named before: the cue
 * phrases after which a quoted or capitalised name is a group's name (see
 * lib/language/ar/candidate-cues.ts for the notation). Compared case-folded; the
 * capitals of an unquoted name are read in the text as written.
 */
import type { CandidateCueSet } from '../../engine/candidate-rules';

export const latinCandidateCues: CandidateCueSet = {
  lang: 'en',
  groupNouns: ['group', 'militia', 'faction', 'organization', 'organisation', 'outfit', 'movement', 'front', 'brigade', 'cell', 'coalition', 'alliance'],
  groupNounPrefixes: [''],
  cuePrefixes: [''],
  cues: [
    {
      name: 'a group calling itself',
      phrases: ['calling|calls|called|call itself|themselves'],
      bare: true,
      example: 'A group calling itself the Guardians of the Blue River claimed the attack.',
      expected: 'Guardians of the Blue River',
    },
    {
      name: 'a group called',
      phrases: ['a|an {gap} {group} called|named|dubbed'],
      bare: true,
      example: 'A previously unknown group called "Saraya al-Nahr al-Thalith" said it fired the drones.',
      expected: 'Saraya al-Nahr al-Thalith',
    },
    {
      name: 'a group known as',
      phrases: ['a|an {gap} {group} known as', 'a|an {gap} {group} known|going by the name'],
      bare: true,
      example: 'a little-known militia known as Ahl al-Jisr claimed responsibility',
      expected: 'Ahl al-Jisr',
    },
    {
      name: 'a group under the name',
      phrases: ['{group} {gap} under the name|banner'],
      bare: true,
      example: 'an Iraqi faction operating under the name Rayat al-Wadi',
      expected: 'Rayat al-Wadi',
    },
  ],
  // An unquoted name stops at the first word that is not capitalised, unless it is one of
  // `connectors`; it never starts with these words (the article is dropped).
  stopWords: ['the', 'a', 'an'],
  genericWords: [
    'group', 'groups', 'militia', 'militias', 'faction', 'factions', 'armed', 'militant', 'militants', 'iran', 'backed', 'iranian', 'iraqi', 'syrian', 'shiite',
    'shia', 'new', 'unknown', 'previously', 'little', 'known', 'fictitious', 'shadowy', 'obscure', 'mysterious', 'extremist', 'terrorist', 'jihadist', 'radical', 'small', 'another', 'islamic', 'resistance', 'pro', 'organization', 'organisation', 'movement', 'the',
  ],
  connectors: ['al', 'el', 'ul', 'of', 'the', 'in', 'and', 'bin', 'ibn', 'abu', 'wa', 'wal', 'li', 'lil', 'min', 'fi'],
};
