/**
 * The fields of an event from the sentences that report it: who claimed it and who
 * was blamed, weapons, casualties and outcome.
 */
import type { ReadSentence } from './extract';
import { DEFINITE } from './signals';
import type { ArticleEvent } from './types';
import type { Outcome, Weapon } from './vocabulary';

/** Words before a group that make it the object of a phrase, not the subject of the attack («التحالف لمحاربة داعش», «قائد فيلق القدس»). */
const notSubject = /(?:لمحاربه|محاربه|ضد|قائد|لقائد|زعيم|مقاتلي|عناصر)\W*$/u;
/** A group named as what the coalition fights («التحالف الدولي ضد داعش», "the anti-Islamic State coalition") is no party to the attack. */
const fought = /(?:لمحاربه|محاربه|ضد|anti|against|fight|defeat)\W*$/u;
const ARABIC = /[\u0600-\u06ff]/;

/** How far (folded characters) a claim, blame or attack word may stand from the group it concerns. */
const NEAR = 70;
/** How far a speech word may stand from the group that speaks («وقالت مجموعة "الثوريون"», "Kataib Hezbollah said"). */
const SPEAKER = 30;

interface Groups {
  claimed: string[];
  attributed: string[];
  /** Groups the sentence names without claiming or blame: targets of a strike. */
  targets: string[];
}

/**
 * A group named in an event's sentences claimed it when a claim word («تبنّت»,
 * «أعلنت», "claimed") or an attack verb it is the subject of stands near it; it was
 * blamed when a blame word («اتهمت», "blamed") comes before it, nearer than any claim
 * word. A denial («نفت») before it makes it neither.
 */
export function assignGroups(d: { kind: ArticleEvent['kind']; sentences: readonly ReadSentence[] }): Groups {
  const claimed = new Set<string>();
  const attributed = new Set<string>();
  const targets = new Set<string>();
  for (const s of d.sentences) {
    const sig = s.signals;
    for (const m of s.mentions) {
      if (m.mention.entity.kind !== 'militia') continue;
      const id = m.mention.entity.id;
      const arabic = ARABIC.test(m.mention.text);
      // «نفت كتائب حزب الله», «لم تعلن كتائب حزب الله مسؤوليتها»; "Kataib Hezbollah denied", "… did not claim": the denier is named after the word in Arabic, before it in English.
      const denied = sig.denial.some((h) => (arabic ? h.end <= m.at && m.at - h.end < NEAR : h.start >= m.end && h.start - m.end < 30));
      if (denied || fought.test(s.folded.slice(Math.max(0, m.at - 12), m.at))) continue;
      const blame = nearestBefore(sig.blame, m.at);
      // "claimed by the Islamic Resistance": in English a claim word before the group is passive and close.
      const before = nearestBefore(sig.claim, m.at);
      const claim = Math.min(arabic || before < 25 ? before : Infinity, nearestAfter(sig.claim, m.end));
      // «استهدفت كتائب حزب الله القاعدة»: the group right after an attack verb is its subject,
      // unless the coalition is named as fighting it («التحالف لمحاربة داعش»).
      // Only Arabic puts the subject after the verb; an English group near "attack" is as often its object.
      const verbFirst = arabic && !notSubject.test(s.folded.slice(Math.max(0, m.at - 12), m.at));
      // «المقاومة الإسلامية في العراق تجدد قصفها قاعدة…»: a headline names the group first, then its verb.
      // «ولم يعرف بعد الجهة … الهجوم … تنظيم الدولة»: a noun with the article («الهجوم», «بالقصف») has no subject.
      const verbs = sig.attack.filter((h) => !DEFINITE.test(s.folded.slice(h.start, h.end)));
      const subject = verbFirst ? Math.min(nearestBefore(verbs, m.at), verbRightAfter(s.folded, verbs, m.end)) : Infinity;
      if (blame < NEAR && blame <= claim) attributed.add(id);
      else if (claim < NEAR) claimed.add(id);
      else if (d.kind === 'attack' && subject < 40) claimed.add(id);
      else targets.add(id);
    }
  }
  // «أعلنت مجموعة مسلحة … أنها قصفت القاعدة … وقالت مجموعة "الثوريون" …»: a claim without a
  // name, then a group speaking of it: the speaker claimed it.
  if (d.kind === 'attack' && claimed.size === 0 && targets.size > 0 && d.sentences.some((s) => s.signals.claim.length > 0)) {
    for (const s of d.sentences) {
      for (const m of s.mentions) {
        const id = m.mention.entity.id;
        if (!targets.has(id)) continue;
        const arabic = ARABIC.test(m.mention.text);
        if ((arabic ? nearestBefore(s.signals.speech, m.at) : nearestAfter(s.signals.speech, m.end)) < SPEAKER) claimed.add(id);
      }
    }
    for (const id of claimed) targets.delete(id);
  }
  return { claimed: [...claimed], attributed: [...attributed].filter((g) => !claimed.has(g)), targets: [...targets] };
}

/** 0 when an attack word follows the group with at most one word between («كتائب حزب الله تقصف», «… تجدد قصفها»), else Infinity. */
function verbRightAfter(folded: string, attack: readonly { start: number }[], end: number): number {
  return attack.some((h) => h.start >= end && h.start - end < 20 && (folded.slice(end, h.start).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 1) ? 0 : Infinity;
}

function nearestBefore(hits: readonly { start: number; end: number }[], at: number): number {
  let best = Infinity;
  for (const h of hits) if (h.end <= at) best = Math.min(best, at - h.end);
  return best;
}

function nearestAfter(hits: readonly { start: number; end: number }[], end: number): number {
  let best = Infinity;
  for (const h of hits) if (h.start >= end) best = Math.min(best, h.start - end);
  return best;
}

/** The weapons the event's first sentences name, or ["unknown"]. */
export function weaponsOf(sentences: readonly ReadSentence[]): Weapon[] {
  const found = new Set<Weapon>();
  for (const s of sentences) for (const h of s.signals.weapons) found.add(h.rule.weapon);
  return found.size > 0 ? [...found] : ['unknown'];
}

/**
 * Killed and injured as reported; null/null when people were hurt but not counted
 * ("injured several"), even if another sentence says nobody was (one drone of three
 * hurt someone); 0/0 when the text says nobody was hurt; null when it says nothing.
 */
export function casualtiesOf(sentences: readonly ReadSentence[]): ArticleEvent['casualties'] {
  let killed: number | null = null;
  let injured: number | null = null;
  let none = false;
  let hurt = false;
  for (const s of sentences) {
    for (const h of s.signals.casualties) {
      const n = h.n ?? h.rule.count ?? null;
      if (h.rule.field === 'none') none = true;
      else if (n === null) hurt = true;
      else if (n < 1000) {
        if (h.rule.field === 'killed') killed = Math.max(killed ?? 0, n);
        else injured = Math.max(injured ?? 0, n);
      }
    }
  }
  if (sentences.some((s) => s.signals.unharmed.some((h) => h.harms !== 'property'))) none = true;
  if (killed === null && injured === null) return hurt ? { killed: null, injured: null } : none ? { killed: 0, injured: 0 } : null;
  return { killed, injured };
}

/** Casualties first, then intercepted, damage, no damage, missed; else unknown. */
export function outcomeOf(sentences: readonly ReadSentence[], casualties: ArticleEvent['casualties']): Outcome {
  if (casualties && ((casualties.killed ?? 0) > 0 || (casualties.injured ?? 0) > 0 || (casualties.killed === null && casualties.injured === null))) return 'casualties';
  const seen = new Set<Outcome>();
  for (const s of sentences) {
    const noDamage: { start: number; end: number }[] = s.signals.outcomes.filter((h) => h.rule.outcome === 'no damage');
    for (const h of s.signals.unharmed) {
      if (h.harms === 'people') continue;
      noDamage.push(h);
      seen.add('no damage');
    }
    for (const h of s.signals.outcomes) {
      // «دون أضرار» contains «أضرار», "no injuries or damage" governs "damage": the damage word in a no-damage phrase does not count.
      if (h.rule.outcome === 'damage' && noDamage.some((o) => o.start <= h.start && o.end >= h.end)) continue;
      seen.add(h.rule.outcome);
    }
  }
  for (const o of ['intercepted', 'damage', 'no damage', 'missed'] as const) if (seen.has(o)) return o;
  return casualties ? 'no damage' : 'unknown';
}
