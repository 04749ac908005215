import { caseFoldRanges, compatibilityRanges, dashes, formatControls, quoteMarks, underscores } from './generic-folds';

/** What the normaliser does with one UTF-16 code unit. */
export const enum FoldAction {
  /** Emit `fold[c]` (often `c` itself). */
  Keep = 0,
  /** Drop; it belongs to the character before it (a vowel mark, tatweel). */
  Attach = 1,
  /** Drop; an invisible format control. */
  Drop = 2,
  /** Emit one space (white space of any kind). */
  Space = 3,
  /** Emit `expansions.get(c)` (several code units, or a mark dropped with its carrier). */
  Expand = 4,
}

/** Emit values at or above `EMIT_SPECIAL` are not code units (U+FFFE and U+FFFF are noncharacters). */
export const EMIT_SPECIAL = 0xfffe;
export const EMIT_NOTHING = 0xfffe;
export const EMIT_EXPANSION = 0xffff;

/** Per-language folds, given as data by a language folder. */
export interface FoldSpec {
  readonly letterRules: readonly { readonly from: string; readonly to: string }[];
  readonly attachedMarks: readonly { readonly ranges: readonly (readonly [number, number])[] }[];
}

/** Lookup tables indexed by UTF-16 code unit; built once per spec. */
export interface FoldTable {
  readonly action: Uint8Array;
  readonly fold: Uint16Array;
  readonly expansions: ReadonlyMap<number, string>;
  /**
   * The folding loop's one lookup: the folded code unit to emit (32 for white space),
   * `EMIT_NOTHING` for marks and controls, `EMIT_EXPANSION` for `expansions`.
   */
  readonly emit: Uint16Array;
  /** 1 where the folded code unit is a letter or digit of any script (a word character). */
  readonly wordChar: Uint8Array;
}

const inRanges = (c: number, ranges: readonly (readonly [number, number])[]): boolean =>
  ranges.some(([lo, hi]) => c >= lo && c <= hi);

/**
 * Builds the tables. Order of precedence: format controls, attached marks, white
 * space, quotes, dashes and underscores, language letter rules, compatibility decompositions,
 * case and accent folding; anything else is kept as it is (lone surrogates too).
 */
export function buildFoldTable(spec: FoldSpec): FoldTable {
  const action = new Uint8Array(0x10000);
  const fold = new Uint16Array(0x10000);
  const expansions = new Map<number, string>();
  const attachRanges = spec.attachedMarks.flatMap((m) => m.ranges);
  const letters = new Map<number, number>();
  for (const rule of spec.letterRules) {
    if (rule.from.length !== rule.to.length && rule.to.length !== 1) throw new Error(`letter rule ${rule.from} → ${rule.to}: lengths differ`);
    for (let i = 0; i < rule.from.length; i++) letters.set(rule.from.charCodeAt(i), rule.to.charCodeAt(rule.to.length === 1 ? 0 : i));
  }
  const quote = '"'.charCodeAt(0);
  const markRe = /\p{M}/u; // combining marks of any script
  const spaceRe = /\s/u;

  const foldOne = (c: number): number => letters.get(c) ?? c;
  for (let c = 0; c < 0x10000; c++) {
    fold[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates pass through unchanged
    if (inRanges(c, formatControls)) action[c] = FoldAction.Drop;
    else if (inRanges(c, attachRanges) || markRe.test(String.fromCharCode(c))) action[c] = FoldAction.Attach;
    else if (spaceRe.test(String.fromCharCode(c)) || dashes.includes(String.fromCharCode(c)) || underscores.includes(String.fromCharCode(c))) action[c] = FoldAction.Space;
    else if (quoteMarks.includes(String.fromCharCode(c))) fold[c] = quote;
    else if (letters.has(c)) fold[c] = foldOne(c);
    else if (inRanges(c, compatibilityRanges)) setExpansion(c, String.fromCharCode(c).normalize('NFKC'));
    else if (inRanges(c, caseFoldRanges)) {
      setExpansion(c, String.fromCharCode(c).normalize('NFD'));
    }
  }

  /** Folds a decomposition character by character; marks and a leading space drop. */
  function setExpansion(c: number, decomposed: string): void {
    let out = '';
    for (const ch of decomposed.replace(/^ /, '')) {
      const d = ch.charCodeAt(0);
      if (markRe.test(ch) || inRanges(d, attachRanges)) continue;
      out += quoteMarks.includes(ch) ? '"' : ch.length === 1 ? String.fromCharCode(foldOne(d)) : ch;
    }
    out = out.toLowerCase();
    if (out.length === 1) fold[c] = out.charCodeAt(0);
    else if (out.length === 0) action[c] = FoldAction.Attach;
    else {
      action[c] = FoldAction.Expand;
      expansions.set(c, out);
    }
  }

  // The noncharacters U+FFFE and U+FFFF double as markers in `emit`: they expand to themselves.
  for (const c of [EMIT_NOTHING, EMIT_EXPANSION]) {
    action[c] = FoldAction.Expand;
    expansions.set(c, String.fromCharCode(c));
  }
  const emit = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const a = action[c];
    emit[c] = a === FoldAction.Keep ? fold[c] : a === FoldAction.Space ? 32 : a === FoldAction.Expand ? EMIT_EXPANSION : EMIT_NOTHING;
  }

  const wordChar = new Uint8Array(0x10000);
  const wordRe = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    // Surrogates (emoji and other astral characters) separate words.
    if ((c < 0xd800 || c > 0xdfff) && wordRe.test(String.fromCharCode(c))) wordChar[c] = 1;
  }
  return { action, fold, expansions, emit, wordChar };
}
