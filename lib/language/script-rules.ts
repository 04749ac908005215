/**
 * What the mention engine asks of a script's rules. The engine knows no language;
 * `lib/language/ar` and `lib/language/latin` plug into it. All strings here are
 * folded (see `Normalizer.fold`).
 */
export interface PatternVariant {
  /** The folded form to match. */
  readonly text: string;
  /** A form with a letter elided after a proclitic (ل + ال → لل): only valid after such a proclitic. */
  readonly elided: boolean;
  /** The form begins with the definite article (or is an elided form of one that does). */
  readonly article: boolean;
}

export interface ScriptRules {
  /** The forms under which a folded alias is matched (the alias itself first). */
  variants(alias: string): PatternVariant[];
  /** The forms of an ordinary (folded) word, such as a trigger word, with the article where it takes one. */
  wordForms(word: string): PatternVariant[];
  /**
   * Reads `prefix`, the letters glued in front of a name: -1 if they are not a
   * sequence of proclitics; otherwise how many of its last code units belong to the
   * name itself (a definite article that the name is written without, «ال»+«حرير»).
   */
  nameStart(prefix: string, variant: PatternVariant): number;
  /** The stems of a folded word: the word and what remains once valid proclitics are removed. */
  stems(word: string): string[];
  /** Words (folded, possibly several words) that make an ordinary base name a name when right before it. */
  readonly baseTriggersBefore: ReadonlySet<string>;
  /** Words (folded stems) that may stand between such a trigger word and the name. */
  readonly triggerModifiers: ReadonlySet<string>;
  /** … or right after it (folded, possibly two words). */
  readonly baseTriggersAfter: ReadonlySet<string>;
  /** Words that may stand between the name and such a trigger after it ("is a major", "military"). */
  readonly afterFillers: ReadonlySet<string>;
  /** Whether an ordinary name of several words, each capitalised, is a proper name ("the Green Zone"). */
  readonly capitalisedNames: boolean;
  /** Prepositions of place: «قاعدة … في X» makes an ordinary base name X a name. */
  readonly locatives: ReadonlySet<string>;
  /** Words that place a building somewhere («السفارة الأمريكية لدى لبنان»), besides `locatives`. */
  readonly placeLocatives: ReadonlySet<string>;
  /** Places (folded) where a generic name («السفارة الأمريكية») is another building. */
  readonly foreignPlaces: ReadonlySet<string>;
  /** Nouns of place that may stand between the preposition and the name («في منطقة X»). */
  readonly placeNouns: ReadonlySet<string>;
  /** Words right after a name that make it a place rather than a base ("Al-Qaim District"): the preposition rule then does not apply. */
  readonly placeNounsAfter: ReadonlySet<string>;
  /** How many words before the preposition the trigger word may stand. */
  readonly locativeWindow: number;
  /** Proclitics that join a name to the one before it («حرير» in «عين الأسد وحرير»). */
  readonly coordinators: readonly string[];
  /** Words (folded) that make an ordinary militia name a name when among the `cueWindow` words before it. */
  readonly militiaCues: ReadonlySet<string>;
  readonly cueWindow: number;
  /** Words (folded) right before an ordinary militia name that name it ("a group called Badr"). */
  readonly namingWords: ReadonlySet<string>;
  /**
   * Words that describe a name rather than belong to it (folded): a quote opened after
   * them marks the name proper («حركة "النجباء"» is «النجباء»).
   */
  readonly nameDescriptors: ReadonlySet<string>;
  /**
   * Given names (folded) that, right before a one-word name, make it a person's family
   * name; in a script with capitals, a one-word name that is one of them, right before a
   * capitalised word, is a person's given name ("Badr Hari").
   */
  readonly givenNames: ReadonlySet<string>;
  /**
   * Matched against the source text right after a mention: an abbreviation defined
   * there (group 1) names the same entity wherever it stands as a word in that text.
   */
  readonly abbreviationDefinition: RegExp | null;
  /** Words (folded stems) right after a militia's ordinary name, or first in parentheses after it, that make it a name («النجباء تتوعد»). */
  readonly militiaCuesAfter: ReadonlySet<string>;
  /** The trigger words (folded) that the preposition rule accepts a few words before «في X» ("camp" is not one: a camp at Azraq is for refugees). */
  readonly locativeTriggers: ReadonlySet<string>;
  /**
   * Matched against an alias's `ordinary` description: an ordinary sense that is itself
   * a proper name (a region, a town, a person), which capitals cannot tell from the base.
   */
  readonly properSense: RegExp | null;
  /** Words for troops (folded) that, before one of `stationedLocatives`, make the place after it the base they are at ("forces at Al Dhafra"). */
  readonly stationedNouns: ReadonlySet<string>;
  readonly stationedLocatives: ReadonlySet<string>;
  /** Attack words (folded stems): an ordinary base name at most `attackWindow` words after one, in a text that names a base or group already, is the base attacked. */
  readonly attackWords: ReadonlySet<string>;
  readonly attackWindow: number;
  /** Verbs (folded stems) saying where something lies («تقع», "located"): the place after them is the town, not the base. */
  readonly locationVerbs: ReadonlySet<string>;
  /**
   * The ordinary sense of a name shown by the words around it: keyed by the folded
   * name, the stems of the word right before or right after it that make it the
   * ordinary word («إشعال حماس», «حماس الجماهير»: enthusiasm).
   */
  readonly ordinaryReadings: ReadonlyMap<string, OrdinaryReading>;
  /**
   * Names that mean another entity in a text that names it (a bare «حزب الله» in a text
   * about Kata'ib Hezbollah), unless the text has one of `unless` (folded).
   */
  readonly textSenses: readonly TextSense[];
  /** The proclitics of `prefix` with a letter the script elides written back (ل + ال → «لل» gives «لال»), so that a list of proclitics can be looked for in it. */
  restoredPrefix(prefix: string): string;
  /** Quote marks (a source character) that, opened inside a name, write a letter there, not a quotation ("Liwaa Imam ‘Ali"). */
  readonly letterQuotes: RegExp | null;
  /** A word (folded) an inner quote may take in after a name before it closes («كتائب "حزب الله العراقي"»). */
  readonly adjectiveInQuotes: RegExp | null;
  /** Words (folded stems) right after a name that make the trigger word before it figurative («قاعدة الأسد الشعبية»: a support base). */
  readonly figurativeAfter: ReadonlySet<string>;
  /**
   * Words (folded stems) right before a base name that make it another bearer of the
   * name: a person's title («الطيار موفق السلطي») or another facility («معبر التنف», the border crossing).
   */
  readonly namesakes: ReadonlySet<string>;
  /** A sticky pattern matched at the end of a base name in the source text: the text calls the name a village or town there («، وهي قرية»). */
  readonly townApposition: RegExp | null;
  /**
   * Matched against the source text right before a mention in this script: an article
   * written apart from the name that the span takes in (group 1), as in "al-Harir".
   */
  readonly articleBefore: RegExp | null;
}

/**
 * The ordinary sense of a name shown by the word right before (`before`) or after
 * (`after`) it; a word of `throughout` before it shows that sense for the whole text.
 */
export interface OrdinaryReading {
  readonly before: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
  readonly throughout: ReadonlySet<string>;
}

/** A bare name that stands for another entity in a text naming that entity (see `ScriptRules.textSenses`). */
export interface TextSense {
  /** The folded forms. */
  readonly forms: ReadonlySet<string>;
  /** The entity id the forms name in the gazetteer. */
  readonly usually: string;
  /** The entity id they stand for in a text that names it. */
  readonly means: string;
  /** Words, as the press writes them (not folded), that keep the usual sense anywhere in the text. */
  readonly unless: readonly string[];
  /** Phrases, as written, that show the other sense in a text that does not name that entity («حزب الله في العراق»). */
  readonly shownBy: readonly string[];
}
