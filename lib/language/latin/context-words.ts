/**
 * English (Latin-script) words that make an ordinary word a name: an alias marked
 * `ordinary` is a mention only next to one of these (or in quotes).
 */
export const latinBaseTriggersBefore: readonly string[] = ['camp', 'base', 'airbase', 'air base', 'garrison', 'outpost', 'airfield', 'field'];
/** Not "camp": "Azraq camp" is a refugee camp; English names bases "Camp X". */
/**
 * "gas plant": the Conoco gas plant is the base ("the Conoco gas plant base",
 * https://webs.thelevantnews.com/en/article/suicide-drones-target-international-coalition-base-in-northeast-hasakah);
 * plurals after the last name of a list ("at Qasrek and Tel Baider bases", https://www.syriahr.com/en/315469/).
 */
export const latinBaseTriggersAfter: readonly string[] = ['base', 'bases', 'air base', 'air bases', 'airbase', 'airbases', 'airfield', 'air field', 'garrison', 'outpost', 'oil field', 'gas field', 'gas plant', 'field', 'airport', 'facility'];
/**
 * After a name, words that make it a place, not a base: "in Al-Qaim District". A name
 * that itself ends in one of them is that place already ("the Green Zone area",
 * https://bcfocus.com/rocket-attack-united-states-embassy-rocket-attack-on-the-united-states-embassy-in-iraq-baghdad-rocket-attack-on-the-united-states-embassy-in-baghdad-iraq/).
 */
export const latinPlaceNounsAfter: readonly string[] = ['district', 'subdistrict', 'governorate', 'province', 'town', 'city', 'village', 'area', 'region', 'zone'];
/**
 * Words between a name and a trigger after it: "Victory military base", "Al-Shaddadi is a major strategic base",
 * "the Harir US occupation base" (https://en.shafaqna.com/346650/iraqi-drone-strikes-on-two-us-bases-in-syria/);
 * the possessive's "s" (its apostrophe is read as a quote): sirens "inside Victoria's base" (https://hodhodyemennews.net/en_US/2021/06/06/missile-lands-near-us-facility-in-baghdad/).
 */
export const latinAfterFillers: readonly string[] = ['s', 'is', 'a', 'an', 'the', 'military', 'us', 'u.s', 'american', 'coalition', 'natural', 'major', 'strategic', 'key', 'large', 'main', 'small', 'remote', 'logistics', 'occupation'];
/** With their plurals, as a list introduces them: "militias like Badr" (https://www.ifmat.org/02/16/iran-behind-attack-forces-iraq-erbil/). */
export const latinMilitiaCues: readonly string[] = ['group', 'groups', 'militia', 'militias', 'faction', 'factions', 'brigade', 'brigades', 'movement'];
/**
 * Verbs that name what follows them, right before it only ("a group called Badr"): a few
 * words on, "called" is another verb ("the fight was called off after Badr Hari…",
 * https://moroccolatestnews.com/badr-hari-back-in-the-ring-to-face-james-mcsweeney/).
 */
export const latinNamingWords: readonly string[] = ['called', 'named', 'dubbed'];
export const latinLocatives: readonly string[] = ['in', 'near', 'at'];
export const latinPlaceNouns: readonly string[] = ['town', 'village', 'area', 'city'];
/** Given names that, right before a one-word name, make it a family name ("Abdul-Malik al-Houthi"). */
export const latinGivenNames: readonly string[] = ['malik', 'abdulmalik', 'hussein', 'husain', 'yahya', 'mohammed', 'muhammad', 'mohammad', 'ali', 'muqtada', 'badreddin', 'badr', 'bashar', 'hafez', 'hafiz', 'maher', 'asma'];
/** Places elsewhere: "the US embassy in Beirut" is another building (see the Arabic list). */
export const latinForeignPlaces: readonly string[] = ['beirut', 'lebanon', 'tel', 'israel', 'jerusalem', 'damascus', 'syria', 'amman', 'jordan', 'kuwait', 'riyadh', 'saudi', 'ankara', 'turkey', 'tehran', 'iran', 'cairo', 'egypt', 'sanaa', 'yemen', 'doha', 'qatar', 'abu', 'uae', 'manama', 'bahrain', 'muscat', 'oman', 'kabul', 'afghanistan', 'pakistan', 'islamabad', 'moscow', 'russia', 'kyiv', 'kiev', 'ukraine', 'khartoum', 'sudan', 'tripoli', 'libya', 'tunis', 'algiers', 'rabat', 'nairobi', 'london', 'paris', 'berlin', 'beijing'];
/**
 * Words right after a group's ordinary name (or first in parentheses after it) that make
 * it the group: "PMU forces" (seen at https://ifpnews.com/us-attacks-pmu-bases-in-iraq-near-syria-border).
 * Measured on 64 real English passages: 2 more real mentions (one by the cue, one by one
 * sense per text after it), none false.
 */
export const latinMilitiaCuesAfter: readonly string[] = ['organization', 'organisation', 'corps', 'forces', 'fighters', 'militia', 'militias', 'militiamen', 'militants', 'members', 'commander', 'commanders', 'group', 'brigades', 'faction'];
/** Trigger words the preposition rule accepts: not "camp" (a refugee camp at Azraq, http://unhcr.org/5360b21b6.html). Measured: 1 false hit prevented, no real mention lost. */
export const latinLocativeTriggers: readonly string[] = latinBaseTriggersBefore.filter((w) => w !== 'camp');
/** Verbs saying where something lies: "an airbase located near Harir" is near the town. */
export const latinLocationVerbs: readonly string[] = ['located', 'situated', 'lies', 'sits', 'based'];
/**
 * Words that join an ordinary name to a kept mention of the same kind before it, as a
 * list does: "attacks on Ain al-Asad and Harir". Measured on 299 real passages: no
 * change (English lists there name bases by their full names); written for the tests.
 */
export const latinCoordinators: readonly string[] = ['and', 'or'];

/**
 * Attack words, as the Arabic `attackWords`: an ordinary base name a few words after one
 * of them, in the same sentence of a text that names a base or group already, is the
 * base (a drone strike at Rimelan, https://troib.com/pentagon-discloses-casualties-in-syria-assault;
 * rockets that "fell" or "landed" count as attack words too).
 */
export const latinAttackWords: readonly string[] = ['fell', 'landed', 'impacted', 'attack', 'attacks', 'attacked', 'attacking', 'strike', 'strikes', 'struck', 'targeted', 'targeting', 'targets', 'hit', 'hits', 'shelled', 'shelling', 'bombed', 'bombing', 'rocketed'];

/**
 * An alias whose ordinary sense (the `ordinary` description in data/) is itself a place's
 * name: a region, a town. Capitals make "Green Zone" a name against "a green zone", but
 * "Al Dhafra" is capitalised as the Abu Dhabi region too (its camel festival; our example
 * below), so for these only the other context rules count. A person's name is left to
 * the given-name rule ("Bashar al-Asad"), so that a sentence opening on "Al Asad"
 * still names the base.
 */
export const properOrdinarySense = {
  pattern: /\b(?:region|area|village|town|city|district|province|place name)\b/i,
  example: { ordinary: 'Al Dhafra region of Abu Dhabi', text: 'Camels raced at the Al Dhafra Festival on Friday.' },
} as const;

/**
 * Troops said to be at a place: US forces "at Al Dhafra" in a CENTCOM statement quoted at
 * https://www.seattletimes.com/nation-world/us-helps-thwart-attack-by-yemen-rebels-on-american-air-base-in-uae/
 * (our example below). The place right after `locatives` after one of `nouns` is the base.
 */
export const latinStationedCues = {
  nouns: ['forces', 'troops', 'personnel', 'soldiers', 'servicemembers', 'members', 'airmen', 'sailors', 'marines'],
  locatives: ['at'],
  example: 'About 2,000 U.S. service members at Al Dhafra were on alert.',
} as const;

