/**
 * English (Latin-script) words that make an ordinary word a name: an alias marked
 * `ordinary` is a mention only next to one of these (or in quotes).
 */
export const latinBaseTriggersBefore: readonly string[] = ['camp', 'base', 'airbase', 'air base', 'garrison', 'outpost', 'airfield', 'field'];
export const latinBaseTriggersAfter: readonly string[] = ['base', 'air base', 'airbase', 'airfield', 'air field', 'garrison', 'outpost', 'camp', 'oil field', 'gas field', 'field', 'airport', 'facility'];
/** Words between a name and a trigger after it: "Victory military base", "Al-Shaddadi is a major strategic base". */
export const latinAfterFillers: readonly string[] = ['is', 'a', 'an', 'the', 'military', 'us', 'u.s', 'american', 'coalition', 'natural', 'major', 'strategic', 'key', 'large', 'main', 'small', 'remote', 'logistics'];
export const latinMilitiaCues: readonly string[] = ['group', 'militia', 'faction', 'brigade', 'brigades', 'movement', 'called', 'named'];
export const latinLocatives: readonly string[] = ['in', 'near', 'at'];
export const latinPlaceNouns: readonly string[] = ['town', 'village', 'area', 'city'];
/** Given names that, right before a one-word name, make it a family name ("Abdul-Malik al-Houthi"). */
export const latinGivenNames: readonly string[] = ['malik', 'abdulmalik', 'hussein', 'husain', 'yahya', 'mohammed', 'muhammad', 'mohammad', 'ali', 'muqtada', 'badreddin', 'badr'];
