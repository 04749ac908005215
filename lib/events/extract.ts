/**
 * Event extraction: the attacks an article reports on sites hosting US or
 * coalition forces, and US or coalition strikes on the groups, from its text, its
 * mentions and its publication date. Rule-based: the rules are data in
 * lib/language/*\/event-words.ts; this module only combines what they find.
 */
import type { Mention } from '../engine/mention';
import type { Incident } from '../dataset/schema';
import { arabicEventWords } from '../language/ar/event-words';
import { englishEventWords } from '../language/latin/event-words';
import type { Normalizer } from '../text/normalize';
import { normalizer } from '../mentions';
import { DAY_MS, formatDay, parseDay } from './dates';
import { createSentenceFolder } from './fold-sentence';
import { assignGroups, casualtiesOf, outcomeOf, weaponsOf } from './fields';
import { matchIncident } from './match';
import { createSignalReader, type Signals } from './signals';
import { createSiteListReader, siteGroups, type SiteListReader } from './site-lists';
import { sentencesOf, type Sentence } from './sentences';
import type { ArticleEvent } from './types';

export interface EventExtractor {
  /**
   * The events `text` reports, in the order the article first reports them.
   * `mentions` are the text's mentions (createMentionFinder(…).find(text));
   * `published` is the publication date as YYYY-MM-DD, or null when unknown
   * (relative dates such as «أمس» then stay unresolved).
   */
  extract(text: string, mentions: readonly Mention[], published?: string | null): ArticleEvent[];
}

/** A sentence read: its span, its mentions, what its words say. */
export interface ReadSentence extends Sentence {
  readonly folded: string;
  /** Folded offset of each mention in the sentence. */
  readonly mentions: readonly { readonly mention: Mention; readonly at: number; readonly end: number }[];
  readonly signals: Signals;
}

interface Draft {
  kind: ArticleEvent['kind'];
  sites: Set<string>;
  groups: Set<string>;
  date: { date: string; precision: 'day' | 'month' } | null;
  /** The date came from the sentence before, not from the event's own sentences. */
  dateBorrowed: boolean;
  first: ReadSentence;
  sentences: ReadSentence[];
  background: boolean;
}

/** The dataset's record for attacks on coalition supply convoys, which are not a place the press names. */
export const CONVOY_SITE = 'coalition-supply-convoys-iraq';

/** Partner forces fight beside the coalition: never the claimant of an attack on it. */
const PARTNERS = new Set(['peshmerga', 'syrian-democratic-forces', 'maghawir-al-thawra']);
/**
 * A sentence that opens on another day («وأمس، استهدفت…», «والسبت، أعلنت…», «وليل الأحد…»,
 * «وفي 28 يناير…») recalls an earlier event once the article has reported its news. A
 * bare number first is a dateline ("15 Apr 2021; MEMO: …"), not another day.
 */
const FRONTED_DAY = /^و?(?:في )?(?:يوم )?(?:امس|البارحه|اول امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|ليل|ليله|مساء|صباح|فجر|ظهر|عصر)|^(?:و|في |وفي )\d/u;

/** How many sentences after an event's last sentence may still add details to it. */
const DETAIL_REACH = 2;
/** How far on a sentence naming a group and a claim word («… have claimed responsibility») still adds it. */
const CLAIM_REACH = 6;
/** How far (folded characters) a strike word may stand from the group it targets, after and before it. */
const TARGET_AFTER = 80;
const TARGET_BEFORE = 40;
/**
 * How many sentences one call reads at most. An article reports its news in a few
 * dozen sentences; a page far longer (an archive, a live blog) is read up to here,
 * so that extraction stays within the mention engine's time on any page.
 */
const READ_BUDGET = 400;

export function createEventExtractor(options: { incidents?: readonly Incident[]; norm?: Normalizer } = {}): EventExtractor {
  const norm = options.norm ?? normalizer();
  const languages = [arabicEventWords, englishEventWords];
  const signals = createSignalReader(languages, (s) => norm.fold(s));
  const lists = createSiteListReader(languages, (s) => norm.fold(s));
  const incidents = options.incidents ?? [];

  const fold = createSentenceFolder(norm.table);
  const convoyCue = new RegExp(languages.map((w) => w.convoyCue.source).join('|'), 'iu');
  const strikeCue = new RegExp(languages.map((w) => w.strikeCue.source).join('|'), 'iu');
  const siteNounCue = new RegExp(languages.map((w) => w.siteNounCue.source).join('|'), 'iu');
  function readSentence(text: string, s: Sentence, mentions: readonly Mention[], published: string | null): ReadSentence {
    const { folded, at } = fold(text, s.start, s.end);
    const placed = mentions.map((m) => ({ mention: m, at: at(m.start - s.start), end: at(m.end - s.start) }));
    return { start: s.start, end: s.end, folded, mentions: placed, signals: signals.read(withoutNameDigits(folded, placed), published) };
  }

  return {
    extract(text, mentions, published = null) {
      const drafts: Draft[] = [];
      let current: Draft | null = null;
      let sinceCurrent = 0;
      let read = 0;
      let lastDate: Signals['date'] = null;
      let previous: ReadSentence | null = null;
      // A sentence without mentions makes no event: it is read only as a detail of the event
      // before it, or as the sentence before one that makes an event, when that one comes.
      let skipped: Sentence[] = [];
      let lastSkipped = false;
      let lastRead: ReadSentence | null = null;
      const readSkipped = (s: Sentence) => (lastRead?.start === s.start ? lastRead : (lastRead = readSentence(text, s, [], published)));
      const sentenceBefore = (): ReadSentence | null => {
        for (let k = skipped.length - 1; k >= 0; k--) {
          const p = readSkipped(skipped[k]);
          if (!p.signals.count) return p;
        }
        return previous;
      };
      // The article's first sentence when it names no site: a lead often reports the attack on «قاعدة عسكرية أمريكية»
      // with its toll, and the next sentence names the base.
      let lead: Sentence | null = null;
      let j = 0;
      for (const sentence of sentencesOf(text)) {
        if (read >= READ_BUDGET) break;
        while (j < mentions.length && mentions[j].start < sentence.start) j++;
        const own: Mention[] = [];
        for (let k = j; k < mentions.length && mentions[k].start < sentence.end; k++) own.push(mentions[k]);
        read++;
        sinceCurrent++;
        if (read === 1 && own.length === 0) lead = sentence;
        const raw = own.length === 0 ? text.slice(sentence.start, sentence.end) : '';
        const cued = own.length === 0 && (convoyCue.test(raw) || strikeCue.test(raw));
        if (own.length === 0 && !cued && !(current && sinceCurrent <= DETAIL_REACH)) {
          skipped.push(sentence);
          lastSkipped = true;
          continue;
        }
        const s = readSentence(text, sentence, own, published);
        const justBefore = lastSkipped ? skipped[skipped.length - 1] : null;
        const readDate = lastDate;
        const dateBefore = () => (justBefore ? readSkipped(justBefore).signals.date : readDate);
        lastSkipped = false;
        lastDate = s.signals.date;
        if (s.signals.count) continue;
        const draft = own.length > 0 || cued ? eventOf(s) : null;
        if (draft && drafts.length > 0 && FRONTED_DAY.test(s.folded)) draft.background = true;
        // «أعلنت المقاومة الإسلامية يوم الإثنين استهداف قاعدة أمريكية. وجاء في بيان … هاجموا قاعدة الشدادي»: the sentence before says who.
        const before = draft && !draft.background ? sentenceBefore() : null;
        if (draft && before && (before.signals.claim.length > 0 || (draft.kind === 'attack' && reportsHarm(before) && siteNounCue.test(before.folded)))) draft.sentences.unshift(before);
        // «قصفت طائرة مسيرة قاعدة عسكرية أمريكية، ما أدى إلى مقتل 3 عسكريين. وبحسب البنتاغون فإن الهجوم وقع على البرج 22»: the lead's toll.
        if (draft && drafts.length === 0 && !draft.background && draft.kind === 'attack' && lead && lead.start !== before?.start && lead.start !== sentence.start) {
          const l = readSentence(text, lead, [], published);
          if (reportsHarm(l) && siteNounCue.test(l.folded)) draft.sentences.unshift(l);
        }
        previous = draft ? null : s;
        skipped = [];
        if (draft) {
          // «سقطت طائرة مسيرة فجر الأحد …» then «… قرب مطار أربيل»: the date of the sentence before.
          const previousDate = draft.date || draft.background ? null : dateBefore();
          if (previousDate) {
            draft.date = { date: previousDate.date, precision: previousDate.precision };
            draft.dateBorrowed = true;
          }
          const same: Draft | undefined = drafts.find((d) => mergeable(d, draft));
          if (same) merge(same, draft);
          else drafts.push(draft);
          current = same ?? draft;
          sinceCurrent = 0;
        } else if (current && !s.signals.background && (sinceCurrent <= DETAIL_REACH || (sinceCurrent <= CLAIM_REACH && claimsForAGroup(s)))) {
          current.sentences.push(s);
        }
      }
      return finish(drafts, published, lists).map((e) => ({ ...e, known_incident: e.role === 'main' || e.kind === 'attack' ? matchIncident(e, incidents)?.id ?? null : null }));
    },
  };
}

/**
 * `folded` with the digits inside mentions made letters (same length, so offsets hold):
 * the 22 of «Tower 22» is a name, not a count ("Tower 22 killed three" is not 22 killed)
 * nor a day.
 */
export function withoutNameDigits(folded: string, mentions: readonly { at: number; end: number }[]): string {
  let out: string | null = null;
  for (const m of mentions) {
    for (let i = m.at; i < m.end; i++) {
      const c = folded.charCodeAt(i);
      if (c < 48 || c > 57) continue;
      out ??= folded;
      out = out.slice(0, i) + 'x' + out.slice(i + 1);
    }
  }
  return out ?? folded;
}

function eventOf(s: ReadSentence): Draft | null {
  const sig = s.signals;
  const bases = s.mentions.filter((m) => m.mention.entity.kind === 'base');
  const groups = s.mentions.filter((m) => m.mention.entity.kind === 'militia' && !PARTNERS.has(m.mention.entity.id));
  const date = sig.date ? { date: sig.date.date, precision: sig.date.precision } : null;
  const base = { first: s, sentences: [s], date, dateBorrowed: false, background: sig.background };
  const usStrike = sig.usActor && sig.strike.length > 0;
  // «شنت الولايات المتحدة غارات … ردا على هجوم البرج 22», "The U.S. strikes follow a rocket attack on K-1": the base names the attack answered.
  const answered = usStrike && sig.retaliationAt >= 0 && bases.every((m) => m.at > sig.retaliationAt);
  if (answered && groups.some((m) => m.at < sig.retaliationAt)) {
    const targets = groups.filter((m) => m.at < sig.retaliationAt);
    return { ...base, kind: 'us_strike', sites: new Set(), groups: new Set(targets.map((m) => m.mention.entity.id)) };
  }
  if (bases.length > 0 && (sig.attack.length > 0 || (sig.weapons.length > 0 && sig.negatedAttack.length === 0))) {
    return { ...base, kind: 'attack', sites: new Set(bases.map((m) => m.mention.entity.id)), groups: new Set(), background: base.background || answered };
  }
  // «عبوة ناسفة استهدفت رتل دعم لوجستي تابع للتحالف»: no site, a convoy.
  if (bases.length === 0 && sig.convoy && (sig.attack.length > 0 || (sig.weapons.length > 0 && sig.negatedAttack.length === 0))) {
    return { ...base, kind: 'attack', sites: new Set([CONVOY_SITE]), groups: new Set(), background: base.background || answered };
  }
  // «غارات جوية على مواقع لكتائب حزب الله», «مقتل قيادي بمليشيا حركة النجباء جراء غارة أمريكية»: the groups a strike word names, not those claiming.
  const targets = groups.filter(
    (m) => sig.strike.some((h) => (h.end <= m.at && m.at - h.end < TARGET_AFTER) || (m.end <= h.start && h.start - m.end < TARGET_BEFORE)) && !speaksFor(sig, m),
  );
  if (bases.length === 0 && targets.length > 0 && usStrike) {
    return { ...base, kind: 'us_strike', sites: new Set(), groups: new Set(targets.map((m) => m.mention.entity.id)) };
  }
  // «قصف الجيش الأميركي فجر اليوم الجمعة دير الزور شرق سوريا»: a strike in this war that names no group, dated by
  // the sentence (an undated one is as often a recap: «نفذت الولايات المتحدة ضربات عدة في العراق»), unless the
  // sentence recalls it as what an attack answered ("in retaliation for a US strike").
  const answersStrike = sig.retaliationAt >= 0 && sig.strike.every((h) => h.start > sig.retaliationAt && h.start - sig.retaliationAt < 40);
  if (bases.length === 0 && groups.length === 0 && usStrike && sig.strikeArena && sig.date !== null && !answersStrike && sig.negatedAttack.length === 0) {
    return { ...base, kind: 'us_strike', sites: new Set(), groups: new Set() };
  }
  return null;
}

/** A group a claim word stands next to («أعلنت كتائب حزب الله», "Kataib Hezbollah claimed"): it speaks for an attack, it is no strike's target. */
function speaksFor(sig: Signals, m: { at: number; end: number }): boolean {
  return sig.claim.some((h) => (h.end <= m.at && m.at - h.end < 40) || (h.start >= m.end && h.start - m.end < 25));
}

/** A sentence that reports an attack (an attack or weapon word) and what it did (casualties, harm or an outcome), not a recall nor a count. */
function reportsHarm(s: ReadSentence): boolean {
  const sig = s.signals;
  return !sig.count && !sig.background && (sig.attack.length > 0 || sig.weapons.length > 0) && (sig.casualties.length > 0 || sig.unharmed.length > 0 || sig.outcomes.length > 0);
}

/** A sentence naming a group with a claim word: who claimed the event it follows. */
function claimsForAGroup(s: ReadSentence): boolean {
  return s.signals.claim.length > 0 && s.mentions.some((m) => m.mention.entity.kind === 'militia');
}

const overlaps = (a: Set<string>, b: Set<string>) => [...b].some((x) => a.has(x));

function mergeable(a: Draft, b: Draft): boolean {
  if (a.kind !== b.kind) return false;
  if (!(a.kind === 'attack' ? overlaps(a.sites, b.sites) : overlaps(a.groups, b.groups))) return false;
  // «the attack today» in a statement about «last night's attack»: a day apart is the same event, unless recalled.
  if (a.date && b.date) return a.date.date === b.date.date || (!b.background && Math.abs((parseDay(a.date.date) ?? 0) - (parseDay(b.date.date) ?? 0)) <= DAY_MS);
  // An undated sentence about the same site continues the event unless it is background.
  return a.background === b.background || !b.background;
}

function merge(into: Draft, from: Draft): void {
  for (const x of from.sites) into.sites.add(x);
  for (const x of from.groups) into.groups.add(x);
  into.date ??= detailDate(into) ?? from.date;
  into.sentences.push(...from.sentences);
  if (!from.background) into.background = false;
}

/** "US strikes Kataib Hezbollah" then "carried out … on Monday": an undated report takes the day its details give. */
function detailDate(d: Draft): Draft['date'] {
  const detail = d.background ? null : d.sentences.find((s) => s.signals.date)?.signals.date;
  return detail ? { date: detail.date, precision: detail.precision } : null;
}

function finish(drafts: Draft[], published: string | null, lists: SiteListReader): ArticleEvent[] {
  for (const d of drafts) d.date ??= detailDate(d);
  // An article that only recalls earlier attacks reports no news.
  const lead = drafts.find((d) => !d.background);
  const leadDay = lead?.date ? parseDay(lead.date.date) : null;
  return drafts.flatMap((d) => {
    const day = d.date ? parseDay(d.date.date) : null;
    const far = day !== null && leadDay !== null && Math.abs(day - leadDay) > DAY_MS;
    // «وأعلنت المقاومة عن قصف قاعدة التنف أمس السبت» after today's attack: an earlier day's attack is recalled.
    const earlier = d !== lead && !d.dateBorrowed && day !== null && leadDay !== null && day < leadDay;
    const main = d === lead || (lead !== undefined && !d.background && !far && !earlier);
    let date = d.date;
    if (!date && main) date = lead?.date ?? (published && parseDay(published) !== null ? { date: formatDay(parseDay(published)!), precision: 'day' } : null);
    const { claimed, attributed, targets } = assignGroups(d);
    const casualties = casualtiesOf(d.sentences);
    const event: ArticleEvent = {
      kind: d.kind,
      sites: [...d.sites],
      target_groups: d.kind === 'us_strike' ? [...new Set([...d.groups, ...targets])] : [],
      date: date?.date ?? null,
      date_precision: date?.precision ?? null,
      weapons: weaponsOf(d.sentences),
      claimed_by: d.kind === 'attack' ? claimed.filter((g) => !PARTNERS.has(g)) : [],
      attributed_to: d.kind === 'attack' ? attributed.filter((g) => !PARTNERS.has(g)) : [],
      casualties,
      outcome: outcomeOf(d.sentences, casualties),
      role: main ? 'main' : 'background',
      evidence: { start: d.first.start, end: d.first.end },
      known_incident: null,
    };
    if (d.kind !== 'attack' || d.sites.size < 2) return [event];
    // «استهدفت قاعدتي عين الأسد وحرير»: one event per listed site, each with the sentence that first names it.
    const placed = d.sentences.map((s) => ({
      s,
      folded: s.folded,
      sites: s.mentions.filter((m) => m.mention.entity.kind === 'base').map((m) => ({ id: m.mention.entity.id, at: m.at, end: m.end })),
      apart: [...s.signals.clauseBreaks.map((h) => ({ start: h.start, end: h.end, breaks: true })), ...s.signals.attack, ...s.signals.negatedAttack],
    }));
    const groups = siteGroups(event.sites, placed, lists);
    if (groups.length < 2) return [event];
    // A listed site another event of the article already reports is that event («… also came under fire», then a quote listing both).
    const elsewhere = new Set(drafts.filter((o) => o !== d && o.kind === d.kind && o.background === d.background).flatMap((o) => [...o.sites]));
    return groups
      .filter((sites, i) => i === 0 || !sites.every((x) => elsewhere.has(x)))
      .map((sites) => {
        const first = placed.find((p) => p.sites.some((x) => sites.includes(x.id)))?.s ?? d.first;
        return { ...event, sites, evidence: { start: first.start, end: first.end } };
      });
  });
}
