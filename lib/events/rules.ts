/**
 * The shape of the event rules each language folder provides (lib/language/*\/event-words.ts).
 *
 * A rule is one named entry with the forms the press writes and an example a test
 * checks. A form is a sequence of words separated by spaces, written as the press
 * writes them; it is folded like the text before matching. In a form:
 * - `{n}` stands for a number, in digits or in words («ثلاثة», "three");
 * - a word ending in `*` matches any word it begins («استهدف*» = استهدفت, استهدفوا);
 * - `…` stands for up to three words of any kind;
 * - in Arabic forms, every word may carry the proclitics و ف ب ل ك and the article.
 */
import type { Weapon } from '../dataset/schema';

export interface PhraseRule {
  /** What the rule recognises, in a few words (tests and reports name it). */
  readonly name: string;
  readonly forms: readonly string[];
  /** A phrase the rule must find; tests check it. */
  readonly example: string;
}

export interface WeaponRule extends PhraseRule {
  readonly weapon: Weapon;
}

export interface CasualtyRule extends PhraseRule {
  readonly field: 'killed' | 'injured' | 'none';
  /**
   * The count when the form has no `{n}` («جنديين» = 2, «جندي» = 1). A form with
   * neither says people were hurt without a number ("injured several"): casualties
   * of unknown count.
   */
  readonly count?: number;
}

export interface OutcomeRule extends PhraseRule {
  readonly outcome: 'intercepted' | 'no damage' | 'damage' | 'missed';
}

/** A noun of harm («إصابات», "damage") that says nothing was hurt when a harm negation governs it. */
export interface HarmRule extends PhraseRule {
  /** Whom or what the noun counts: people (casualties), property (damage), or both («خسائر», "losses"). */
  readonly harms: 'people' | 'property' | 'both';
}

export interface BackgroundRule extends PhraseRule {
  /**
   * The words name another time («الشهر الماضي», "last month") rather than recall the
   * sentence's own event: a sentence that dates its own news today or yesterday stays news.
   */
  readonly otherTime?: boolean;
}

export interface NegationRule extends PhraseRule {
  /** How many words after the negation it covers («لم تعلن أي جهة مسؤوليتها»: 4). */
  readonly scope: number;
}

/** A word naming a day of the week (0 = Sunday) or a month (1–12). */
export interface CalendarWord {
  readonly forms: readonly string[];
  readonly value: number;
}

export interface RelativeDayRule extends PhraseRule {
  /** Days before the publication date («أمس» = 1). */
  readonly daysBefore: number;
}

/** Everything a language contributes to event extraction. */
export interface EventWords {
  readonly lang: 'ar' | 'en';
  /** Attacks on a site: verbs and nouns («استهدف», «هجوم», "struck"). */
  readonly attack: readonly PhraseRule[];
  /** US or coalition actors, for strikes on the groups. */
  readonly usActor: readonly PhraseRule[];
  /** Strike words that go with a US actor («غارات», "airstrikes"). */
  readonly strike: readonly PhraseRule[];
  /**
   * Where a strike names no group, what places it in this conflict: the countries and
   * districts of the war, and what the groups keep («منصات إطلاق صواريخ», "militias").
   */
  readonly strikeArena: readonly PhraseRule[];
  /** A cheap test on a sentence's raw text for a strike word, before its words are read: a sentence naming no site or group is read only then. */
  readonly strikeCue: RegExp;
  /** «ردا على», "in retaliation for": what follows is the attack a strike answers, not news. */
  readonly retaliation: readonly PhraseRule[];
  readonly weapons: readonly WeaponRule[];
  /** A group claiming an attack itself («تبنّت», «أعلنت مسؤوليتها»). */
  readonly claim: readonly PhraseRule[];
  /**
   * Words that make a group the speaker («وقالت مجموعة "الثوريون"», "… said on Telegram"):
   * when an article reports a claim without naming who («أعلنت مجموعة مسلحة … أنها
   * قصفت»), the group it then quotes is the claimant.
   */
  readonly speech: readonly PhraseRule[];
  /** Someone else blaming a group («اتهمت واشنطن», "blamed"). */
  readonly blame: readonly PhraseRule[];
  /** A group denying («نفت»): neither claimant nor attribution from that clause. */
  readonly denial: readonly PhraseRule[];
  /**
   * Words that negate an attack or claim word a few words later in the same clause
   * («لم تعلن أي جهة مسؤوليتها», "no group has claimed"): the attack word then reports
   * nothing, and the claim word reads as a denial.
   */
  readonly negation: readonly NegationRule[];
  /** Words that start a new clause, where a negation stops («لكن», "but"). */
  readonly clauseBreaks: readonly PhraseRule[];
  /**
   * Words that join two site names into a list («قاعدتي عين الأسد وحرير», "Conoco and
   * al-Omar"): sites in a list are attacks of their own, one event each.
   */
  readonly listJoins: readonly PhraseRule[];
  /** Nouns and adjectives that may stand between two listed site names (قاعدة، الجوية, "gas field"). */
  readonly siteWords: readonly PhraseRule[];
  /**
   * A convoy of the coalition or of its suppliers («رتل دعم لوجستي تابع للتحالف», "a
   * logistics convoy"): an attack on it, with no site named, is an attack on the
   * dataset's convoy record.
   */
  readonly convoys: readonly PhraseRule[];
  /**
   * A noun of a site in a sentence's folded text («قاعدة عسكرية أمريكية», "a US military
   * outpost"): a sentence that reports an attack on a site it does not name, and its
   * toll, belongs to the event the next sentence names.
   */
  readonly siteNounCue: RegExp;
  /** A cheap test on a sentence's raw text for a convoy noun, before its words are read: a sentence naming no site is read only then. */
  readonly convoyCue: RegExp;
  readonly casualties: readonly CasualtyRule[];
  readonly outcomes: readonly OutcomeRule[];
  /** Nouns of harm; under a harm negation they say nobody was hurt or nothing damaged. */
  readonly harm: readonly HarmRule[];
  /**
   * Words that negate a noun of harm a few words later in the same clause («من دون سقوط
   * ضحايا», "without causing any injuries"): the press words this more ways than a
   * list of fixed phrases can hold.
   */
  readonly harmNegation: readonly NegationRule[];
  /** Words between a harm negation and the noun that make it a question of knowledge, not of harm ("no word on casualties", «لم يعرف إذا ما خلف خسائر»). */
  readonly harmUnknown: readonly PhraseRule[];
  readonly relativeDays: readonly RelativeDayRule[];
  readonly weekdays: readonly CalendarWord[];
  readonly months: readonly CalendarWord[];
  /** Words that make a sentence background the article recalls («وكانت», «الماضي»). */
  readonly background: readonly BackgroundRule[];
  /** Counts of attacks over a period, which are not events ("23 attacks since"). */
  readonly counts: readonly PhraseRule[];
  /** Number words, with their value. */
  readonly numbers: readonly CalendarWord[];
}
