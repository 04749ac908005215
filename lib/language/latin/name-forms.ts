/** How English text writes the names around them: abbreviations it defines, the Arabic article. */
/**
 * Abbreviations an article defines: "Popular Mobilization Forces (PMF) … the PMF".
 * Right after a mention, an abbreviation in parentheses names the same entity, there
 * and wherever it stands as a word later in the same text (case as written).
 */
export const abbreviationDefinition = {
  /** Matched against the text right after a mention; group 1 is the abbreviation. */
  pattern: /^ ?\(([A-Z][A-Za-z]{0,2}[A-Z]{1,4})\)/,
  example: 'the Popular Mobilization Forces (PMF) said … the PMF',
} as const;

/**
 * The Arabic article written before a transliterated name ("al-Harir airbase",
 * "Al Shaddadi") belongs to the name, as «ال» does in Arabic: matched against the
 * text right before a mention; group 1 is what the span takes in.
 */
export const articleBeforeName = {
  // al-/el- with a hyphen or a space; the assimilated forms (ash-, as-, at-, ad-, an-,
  // ar-, az-) only with a hyphen, except "Ash", since "as", "at", "an" are English words.
  pattern: /(?<![\p{L}\p{N}'’])((?:[Aa][Ll]|[Ee][Ll]|AL|EL|[Aa]sh|ASH)[-‐‑ ]|(?:[Aa][sdtnrz]|A[SDTNRZ])[-‐‑])$/u,
  example: 'the drone hit al-Harir airbase',
} as const;


/**
 * A single quote glued to the front of a word inside a name writes the ʿayn, not a
 * quotation: "Liwaa Imam ‘Ali" (https://geopolitics.news/middle-east/iraqi-factions-vow-to-attack-us-forces-in-iraq-until-they-fully-withdraw/)
 * is "Liwaa Imam Ali". Double quotes still open a quotation.
 */
export const letterQuotes = {
  pattern: /^[‘’'ʿʻ`]$/u,
  example: 'Liwaa Imam ‘Ali',
} as const;

/** A base name the text calls a town or village right where it names it ("Harir, a town in Erbil"): see the Arabic rule. */
export const townApposition = {
  pattern: /["”]?,?\s+(?:is\s+|was\s+)?an?\s+(?:small\s+)?(?:village|town|city)\b/iy,
  example: 'we drove to Harir, a town north of Erbil',
} as const;

/**
 * Other orders English writes a place's name in, made from each alias (folded: lower
 * case, an apostrophe read as `"`): "International Erbil Airport" for "Erbil
 * International Airport" (https://www.gfatf.org/archives/two-kamikaze-drones-downed-at-erbil-coalition-base-says-kurdish-anti-terror-group/),
 * and the possessive "Erbil’s airport" for "Erbil airport"
 * (https://manage.rudaw.net/english/kurdistan/100120242-amp). Each rule's `example`
 * is an alias and the form the rule makes of it.
 */
export const nameOrders: readonly { readonly pattern: RegExp; readonly replacement: string; readonly example: readonly [string, string] }[] = [
  { pattern: /^(.+) international airport$/, replacement: 'international $1 airport', example: ['Erbil International Airport', 'International Erbil Airport'] },
  { pattern: /^([^"]+)(?<! international) (airport|air base|airbase|base)$/, replacement: '$1"s $2', example: ['Erbil airport', 'Erbil’s airport'] },
];
