/**
 * English words that report an attack and its details, for event extraction
 * (lib/events). One named entry per rule, each with an example tests/events checks.
 * Forms are folded like the text (lower case); see lib/events/rules.ts for `{n}`,
 * `*` and `…`.
 */
import type { EventWords } from '../../events/rules';

export const englishEventWords: EventWords = {
  lang: 'en',
  attack: [
    { name: 'attack', forms: ['attack*', 'assault*'], example: 'a drone attack on Tower 22' },
    { name: 'targeted', forms: ['target*'], example: 'targeted Ain al-Asad' },
    { name: 'struck', forms: ['struck', 'strike*', 'hit', 'hits', 'shelled', 'shelling', 'bombard*', 'fired at', 'fired on', 'launched at', 'came under fire', 'came under attack', 'impact*', 'landed'], example: 'rockets struck the base' },
  ],
  usActor: [
    { name: 'the United States', forms: ['the united states', 'u.s. military', 'us military', 'u.s. forces', 'us forces', 'american forces', 'washington', 'the pentagon', 'centcom', 'central command', 'u.s. central command', 'the coalition'], example: 'the U.S. military said' },
    { name: 'American strikes', forms: ['u.s. strike*', 'us strike*', 'u.s. airstrike*', 'us airstrike*', 'american strike*', 'american airstrike*', 'retaliatory strike*', 'u.s. air strike*', 'us air strike*'], example: 'U.S. airstrikes on Kataib Hezbollah' },
  ],
  strike: [{ name: 'air strike', forms: ['strike*', 'airstrike*', 'air strike*', 'struck', 'bombed', 'raid*'], example: 'airstrikes hit facilities' }],
  // "The United States on Thursday launched airstrikes in eastern Syria, targeting sites connected to Shia militias": https://www.theepochtimes.com/us-strikes-facilities-in-syria-used-by-iran-backed-militia-in-retaliatory-action_3711989.html
  strikeArena: [{ name: "the war's places and what the groups keep", forms: ['iraq', 'syria', 'deir ez-zor', 'deir ezzor', 'albu kamal', 'al-bukamal', 'al-qaim', 'militia*', 'iran-backed', 'iranian-backed', 'weapons depot*', 'storage facilit*'], example: 'airstrikes in eastern Syria targeting militias' }],
  strikeCue: /strike|raid|bomb/i,
  retaliation: [
    { name: 'in response to', forms: ['in response to', 'in retaliation', 'retaliat*', 'response to'], example: 'in retaliation for the attack on Tower 22' },
    // "The U.S. strikes follow a 30-plus rocket attack on Iraq’s K-1 base": https://missilethreat.csis.org/us-airstrikes-target-iran-backed-militia-in-iraq-and-syria/
    { name: 'following', forms: ['follow', 'follows', 'followed', 'following', 'in the wake of'], example: 'The U.S. strikes follow a rocket attack on the K-1 base' },
  ],
  weapons: [
    { name: 'drone', weapon: 'drone', forms: ['drone*', 'uav*', 'unmanned aerial', 'one-way attack drone*', 'kamikaze drone*', 'suicide drone*'], example: 'a one-way attack drone' },
    { name: 'rocket', weapon: 'rocket', forms: ['rocket*', 'katyusha*'], example: 'Katyusha rockets' },
    { name: 'ballistic missile', weapon: 'ballistic missile', forms: ['ballistic missile*', 'ballistic'], example: 'a ballistic missile' },
    { name: 'cruise missile', weapon: 'cruise missile', forms: ['cruise missile*'], example: 'cruise missiles' },
    { name: 'mortar', weapon: 'mortar', forms: ['mortar*'], example: 'mortar rounds' },
    { name: 'roadside bomb', weapon: 'ied', forms: ['ied', 'ieds', 'roadside bomb*', 'improvised explosive'], example: 'a roadside bomb' },
    { name: 'gunfire', weapon: 'small arms', forms: ['small arms', 'small-arms', 'gunfire', 'gunmen'], example: 'small-arms fire' },
  ],
  speech: [{ name: 'said', forms: ['said', 'says', 'stated', 'posted', 'wrote', 'added'], example: 'the group said on Telegram' }],
  claim: [
    { name: 'claimed', forms: ['claim*', 'took responsibility', 'responsibility for'], example: 'claimed responsibility for the attack' },
    { name: 'said it', forms: ['said it', 'announced', 'in a statement', 'statement'], example: 'the group said it targeted the base' },
  ],
  blame: [{ name: 'blamed', forms: ['blame*', 'accus*', 'attribut*', 'backed by', 'behind the', 'responsible for', 'iran-backed', 'iran-aligned', 'iranian-backed', 'proxies'], example: 'Washington blamed Kataib Hezbollah' }],
  denial: [{ name: 'denied', forms: ['denied', 'denies', 'deny'], example: 'the group denied' }],
  negation: [
    // "No group has claimed responsibility": https://voice7news.tv/world/news/7765; "no immediate claim of responsibility": haaretz.com (rockets hit Iraqi base housing U.S. troops)
    { name: 'no one', scope: 3, forms: ['no', 'no one', 'nobody', 'none', 'yet to'], example: 'No group has claimed responsibility' },
    { name: 'not', scope: 2, forms: ['not', 'never', "didn't", 'didn’t', "hasn't", 'hasn’t', "haven't", 'haven’t', "wasn't", 'wasn’t'], example: 'the group did not claim the attack' },
  ],
  clauseBreaks: [{ name: 'but, while', forms: ['but', 'and', 'while', 'whereas', 'although', 'though', 'however'], example: 'No group claimed it, but Kataib Hezbollah has attacked the base before' }],
  // "Suicide drones targeted the Conoco gas field and the al-Omar oil field": https://www.islamtimes.org/en/news/1103235
  listJoins: [{ name: 'and, or', forms: ['and', 'or'], example: 'the Conoco gas field and the al-Omar oil field' }],
  siteWords: [
    { name: 'base, airport, field', forms: ['the', 'base', 'bases', 'air', 'airbase', 'airfield', 'airport', 'field', 'gas', 'oil', 'garrison', 'camp', 'outpost', 'facility', 'international', 'military', 'u.s.', 'us', 'american', 'coalition'], example: 'the Conoco gas field and the al-Omar oil field' },
  ],
  // "an improvised explosive device … targeted a logistics convoy belonging to a contractor": https://www.nrttv.com/En/News.aspx?id=23203&MapID=2
  convoys: [
    {
      name: 'a convoy of the coalition or its suppliers',
      forms: ['logistics convoy*', 'logistic convoy*', 'logistical convoy*', 'supply convoy*', 'coalition convoy*', 'u.s. convoy*', 'us convoy*', 'american convoy*', 'convoy* … coalition', 'convoy* … u.s.', 'convoy* … american'],
      example: 'a roadside bomb targeted a logistics convoy',
    },
  ],
  convoyCue: /convoy/i,
  // "A US civilian contractor was killed in a rocket attack on an Iraqi military base near … Kirkuk": https://thefrontierpost.com/us-civilian-contractor-killed-in-iraq-base-rocket-attack/
  siteNounCue: /\b(?:base|bases|airbase|outpost|installation|garrison)\b/i,
  casualties: [
    // "A civilian contractor was killed … a U.S. service member … wounded": https://thefrontierpost.com/us-civilian-contractor-killed-in-iraq-base-rocket-attack/
    { name: 'one killed', field: 'killed', count: 1, forms: ['a contractor was killed', 'a … contractor was killed', 'one contractor was killed', 'one … contractor was killed', 'a soldier was killed', 'a … soldier was killed', 'one soldier was killed', 'one … soldier was killed', 'a service member was killed', 'a … service member was killed', 'one service member was killed', 'one … service member was killed', 'a servicemember was killed', 'a … servicemember was killed', 'one servicemember was killed', 'one … servicemember was killed', 'a civilian was killed', 'a … civilian was killed', 'one civilian was killed', 'one … civilian was killed', 'a sailor was killed', 'a … sailor was killed', 'one sailor was killed', 'one … sailor was killed', 'a marine was killed', 'a … marine was killed', 'one marine was killed', 'one … marine was killed', 'an airman was killed', 'an … airman was killed', 'one airman was killed', 'one … airman was killed', 'a troop was killed', 'a … troop was killed', 'one troop was killed', 'one … troop was killed'], example: 'a civilian contractor was killed' },
    { name: 'one injured', field: 'injured', count: 1, forms: ['a contractor was injured', 'a … contractor was injured', 'a contractor was wounded', 'a … contractor was wounded', 'one contractor was injured', 'one … contractor was injured', 'one contractor was wounded', 'one … contractor was wounded', 'a soldier was injured', 'a … soldier was injured', 'a soldier was wounded', 'a … soldier was wounded', 'one soldier was injured', 'one … soldier was injured', 'one soldier was wounded', 'one … soldier was wounded', 'a service member was injured', 'a … service member was injured', 'a service member was wounded', 'a … service member was wounded', 'one service member was injured', 'one … service member was injured', 'one service member was wounded', 'one … service member was wounded', 'a servicemember was injured', 'a … servicemember was injured', 'a servicemember was wounded', 'a … servicemember was wounded', 'one servicemember was injured', 'one … servicemember was injured', 'one servicemember was wounded', 'one … servicemember was wounded', 'a civilian was injured', 'a … civilian was injured', 'a civilian was wounded', 'a … civilian was wounded', 'one civilian was injured', 'one … civilian was injured', 'one civilian was wounded', 'one … civilian was wounded', 'a sailor was injured', 'a … sailor was injured', 'a sailor was wounded', 'a … sailor was wounded', 'one sailor was injured', 'one … sailor was injured', 'one sailor was wounded', 'one … sailor was wounded', 'a marine was injured', 'a … marine was injured', 'a marine was wounded', 'a … marine was wounded', 'one marine was injured', 'one … marine was injured', 'one marine was wounded', 'one … marine was wounded', 'an airman was injured', 'an … airman was injured', 'an airman was wounded', 'an … airman was wounded', 'one airman was injured', 'one … airman was injured', 'one airman was wounded', 'one … airman was wounded', 'a troop was injured', 'a … troop was injured', 'a troop was wounded', 'a … troop was wounded', 'one troop was injured', 'one … troop was injured', 'one troop was wounded', 'one … troop was wounded'], example: 'a U.S. service member was wounded' },
    { name: 'killed', field: 'killed', forms: ['killing {n}', 'killed {n}', '{n} killed', '{n} … killed', '{n} … were killed', '{n} dead', 'left {n} dead', 'deaths of {n}'], example: 'killing three US soldiers' },
    { name: 'injured', field: 'injured', forms: ['injuring {n}', 'wounding {n}', 'injured {n}', 'wounded {n}', '{n} injured', '{n} wounded', '{n} … injured', '{n} … wounded', '{n} … were injured', '{n} … were wounded', '{n} … suffered', 'injuries to {n}'], example: 'wounding 34' },
    // "injured several American troops": https://voice7news.tv/world/news/7765
    { name: 'hurt, not counted', field: 'injured', forms: ['injured several', 'wounded several', 'injuring several', 'wounding several', 'several … were injured', 'several … were wounded', 'minor injuries'], example: 'injured several American troops' },
    { name: 'nobody hurt', field: 'none', forms: ['no casualties', 'no injuries', 'no one was hurt', 'no one was injured', 'nobody was hurt', 'no personnel were injured', 'no u.s. personnel were injured', 'no us personnel were injured', 'without casualties', 'no reported injuries', 'no injuries were reported', 'no casualties were reported'], example: 'no injuries were reported' },
  ],
  outcomes: [
    { name: 'intercepted', outcome: 'intercepted', forms: ['intercept*', 'shot down', 'downed', 'air defense*', 'air defence*', 'c-ram'], example: 'the drone was shot down' },
    // "causing material damages": http://ummnews.biz/node/55567
    { name: 'damage', outcome: 'damage', forms: ['damage', 'damages', 'damaged', 'destroyed', 'destruction', 'fire broke out', 'caused damage', 'minor damage', 'material damage*', 'infrastructure damage'], example: 'caused minor damage' },
    { name: 'no damage', outcome: 'no damage', forms: ['no damage', 'without damage', 'no damage was reported'], example: 'no damage was reported' },
    { name: 'missed', outcome: 'missed', forms: ['landed near', 'fell near', 'landed outside', 'fell outside', 'missed'], example: 'the rockets landed near the base' },
  ],
  // "there were no casualties or damages reported" (https://gfatf.org/archives/ten-rockets-fired-at-iraqi-airbase-hosting-us-led-coalition-troops),
  // "without causing any injuries" (https://ksaplayers.com/Ksahome/NewsDetial/?nid=24652450), "did not result in any casualties"
  // (https://www.sofx.com/rockets-strike-near-iraqs-ain-al-asad-airbase-housing-u-s-troops/).
  harm: [
    { name: 'casualties', harms: 'people', forms: ['casualties', 'casualty', 'injuries', 'injury', 'deaths', 'fatalities', 'wounded'], example: 'injuries' },
    { name: 'damage', harms: 'property', forms: ['damage', 'damages'], example: 'damage' },
    { name: 'losses', harms: 'both', forms: ['losses'], example: 'losses' },
  ],
  harmNegation: [
    { name: 'no, without', scope: 4, forms: ['no', 'without'], example: 'without causing any injuries' },
    { name: 'did not cause', scope: 3, forms: ['did not result in', "didn't result in", 'did not cause', "didn't cause", 'did not lead to', 'not result in', 'not cause'], example: 'did not result in any casualties' },
  ],
  // "There was no immediate word on casualties": whether anyone was hurt is not known.
  harmUnknown: [{ name: 'word, whether', forms: ['word', 'information', 'details', 'indication', 'whether', 'if', 'known', 'clear'], example: 'there was no immediate word on casualties' }],
  relativeDays: [
    { name: 'today', daysBefore: 0, forms: ['today', 'tonight', 'this morning', 'earlier today', 'this evening'], example: 'earlier today' },
    { name: 'yesterday', daysBefore: 1, forms: ['yesterday', 'last night'], example: 'late last night' },
  ],
  weekdays: [
    { value: 0, forms: ['sunday'] },
    { value: 1, forms: ['monday'] },
    { value: 2, forms: ['tuesday'] },
    { value: 3, forms: ['wednesday'] },
    { value: 4, forms: ['thursday'] },
    { value: 5, forms: ['friday'] },
    { value: 6, forms: ['saturday'] },
  ],
  months: [
    { value: 1, forms: ['january', 'jan.'] },
    { value: 2, forms: ['february', 'feb.'] },
    { value: 3, forms: ['march'] },
    { value: 4, forms: ['april', 'apr.'] },
    { value: 5, forms: ['may'] },
    { value: 6, forms: ['june'] },
    { value: 7, forms: ['july'] },
    { value: 8, forms: ['august', 'aug.'] },
    { value: 9, forms: ['september', 'sept.', 'sep.'] },
    { value: 10, forms: ['october', 'oct.'] },
    { value: 11, forms: ['november', 'nov.'] },
    { value: 12, forms: ['december', 'dec.'] },
  ],
  background: [
    { name: 'another time', otherTime: true, forms: ['earlier this month', 'last month', 'last year', 'last week'], example: 'an attack last month' },
    { name: 'earlier', forms: ['previously', 'had been', 'had also', 'in a previous', 'similar attack', 'comes after', 'came after', 'days after', 'weeks after', 'the latest in', 'repeatedly', 'frequent target', 'routinely', 'regularly'], example: 'earlier this month, rockets had been fired' },
    // "This week, the US accused Kata'ib Hezbollah of involvement in a deadly rocket attack on the K1 military base": https://sputniknews.com/world/201912291077895583-us-strikes-five-military-facilities-in-syria-and-iraq/
    { name: 'this week, many attacks', forms: ['this week', 'earlier this week', 'last weekend', 'numerous attacks', 'many attacks', 'several attacks', 'dozens of attacks', 'scores of attacks', 'series of attacks', 'string of attacks'], example: 'The group has claimed responsibility for numerous attacks' },
  ],
  counts: [
    { name: 'attacks since', forms: ['{n} attacks', '{n} … attacks', 'more than {n}', 'at least {n} attacks', '{n} times'], example: '23 attacks since 17 October' },
  ],
  numbers: [
    { value: 1, forms: ['one'] },
    { value: 2, forms: ['two'] },
    { value: 3, forms: ['three'] },
    { value: 4, forms: ['four'] },
    { value: 5, forms: ['five'] },
    { value: 6, forms: ['six'] },
    { value: 7, forms: ['seven'] },
    { value: 8, forms: ['eight'] },
    { value: 9, forms: ['nine'] },
    { value: 10, forms: ['ten'] },
    { value: 11, forms: ['eleven'] },
    { value: 12, forms: ['twelve'] },
  ],
};
