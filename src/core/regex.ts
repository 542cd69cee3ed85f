import { charsSeen, SEEN_SIGMA, SEEN_VANISH, vanishes } from './doc';
import { addDigitBit, idOf, SHARED, WHEN, type WordTable } from './lexicon';
import { alignedNorm, lastHadVanishing, VANISHING } from './normalise';
import type { Doc, FoldedBlock, Report } from './types';

/**
 * Report every match of a global RegExp over `over`: the draft as typed by default (for patterns
 * folding cannot change, such as emoji), or its folded copy, which has the same offsets.
 */
export function reportAll(re: RegExp, doc: Doc, report: Report, keep?: (m: RegExpExecArray) => boolean, over: string = doc.text): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(over))) {
    // Step past a whole code point: a /u pattern set to resume inside a surrogate pair (an emoji)
    // starts again at the pair, finds the same match, and would never end.
    const next = m.index + (isHighSurrogate(over.charCodeAt(m.index)) ? 2 : 1);
    if (m[0].length === 0) { re.lastIndex = next; continue; }
    if (keep && !keep(m)) { re.lastIndex = next; continue; }
    report(m.index, m.index + m[0].length);
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Is the character at an offset of the draft (or the first after it that folding keeps) a capital letter? */
export function capAt(doc: Doc, i: number): boolean {
  while (i < doc.text.length && vanishes(doc.text.charCodeAt(i))) i++;
  const ch = doc.text[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

const ends = (c: number) => c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2028 || c === 0x2029;
// A full stop with a letter or digit straight after it sits inside a token ("7.30am", "y.g.b.c",
// "school.cymru"), not at the end of a sentence: cutting there split "leave at 7.30 for the museum".
const inToken = (text: string, k: number) => {
  if (text.charCodeAt(k) !== 46) return false;
  const n = text.charCodeAt(k + 1);
  return (n >= 48 && n <= 57) || (n >= 97 && n <= 122) || (n >= 65 && n <= 90);
};

/**
 * The draft's length as the person sees it: what a "short post" limit counts, so a soft hyphen or
 * zero-width space pasted in cannot tip a draft over it (the tokeniser notes whether there is any).
 */
export function visibleLength(doc: Doc): number {
  if (!(doc.chars & SEEN_VANISH)) return doc.text.length;
  if (doc.visible === undefined) {
    let n = 0;
    for (let k = 0; k < doc.text.length; k++) if (!vanishes(doc.text.charCodeAt(k))) n++;
    doc.visible = n;
  }
  return doc.visible;
}

/** text[a, b) as the person sees it: without the characters folding drops (soft hyphens, zero-width spaces). */
export function plainSlice(doc: Doc, a: number, b: number): string {
  // The tokeniser saw every character: without one that folding drops there is nothing to remove.
  if (!(doc.chars & SEEN_VANISH)) return doc.text.slice(Math.max(0, a), b);
  return doc.text.slice(Math.max(0, a), b).replace(VANISHING, '');
}

/** The fold (doc.norm) of [a, b) without the characters folding keeps but a reader never sees: for whole-draft vetoes and look-backs read on the fold. */
export function foldedSlice(doc: Doc, a: number, b: number): string {
  if (!(doc.chars & SEEN_VANISH)) return doc.norm.slice(Math.max(0, a), b);
  return doc.norm.slice(Math.max(0, a), b).replace(VANISHING, '');
}

/**
 * The offset `n` characters the person sees after `i` (before it when n < 0), within the draft: the
 * rules' look-arounds ("the 30 characters after the match") must not shrink by a soft hyphen.
 */
export function reach(doc: Doc, i: number, n: number): number {
  const t = doc.text;
  if (!(doc.chars & SEEN_VANISH)) return Math.max(0, Math.min(t.length, i + n));
  let k = Math.max(0, Math.min(t.length, i));
  if (n >= 0) for (let left = n; k < t.length && left > 0; k++) { if (!vanishes(t.charCodeAt(k))) left--; }
  else for (let left = -n; k > 0 && left > 0;) if (!vanishes(t.charCodeAt(--k))) left--;
  return k;
}

/**
 * The first index in [lo, hi) of an ascending list whose value is at least x (hi when there is none):
 * the one binary search behind the sentence index, the tables' anchors and the rules' sorted offsets.
 */
export function lowerBound(list: ArrayLike<number>, x: number, lo = 0, hi = list.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Bounds of the sentence (or line) around an offset, looking at most `max` characters each way.
 * Only characters folding keeps count: a soft hyphen pasted into a run-on moved the cut, and with
 * it what the run-on's far end was read beside.
 */
export function sentenceAround(text: string, i: number, max = 200): [number, number] {
  // The rules ask about the sentences of one draft dozens of times (hundreds in a long one): the
  // draft's sentence ends are found once, and a sentence whose ends lie within `max` of i is looked
  // up. Only a run-on longer than that, or a draft with characters folding drops, walks as below.
  const ix = sentenceIndex(text);
  if (!ix.vanish && i >= 0 && i <= text.length) {
    const stops = ix.ends;
    // The first end at or after i (ix.count: none).
    const lo = lowerBound(stops, i, 0, ix.count);
    const a = lo > 0 ? stops[lo - 1]! + 1 : 0;
    const b = lo < ix.count ? stops[lo]! : text.length;
    if (i - a <= max && b - i <= max) return [a, b];
  }
  return walkAround(text, i, max);
}

/**
 * Where each sentence of a draft ends (the offsets of its . ! ? and line breaks, not a full stop
 * inside a token), and whether it holds a character folding drops (then sentenceAround walks, as
 * such characters do not count towards its limit). For the last draft asked about.
 */
interface SentenceIndex {
  text: string;
  ends: Int32Array;
  count: number;
  vanish: boolean;
}
const END_CHARS = /[.!?\n\u2028\u2029]/g;
const MAY_VANISH = /[\u00ad\u0300-\uffff]/g;
let lastIndex: SentenceIndex = { text: '', ends: new Int32Array(64), count: 0, vanish: false };
function sentenceIndex(text: string): SentenceIndex {
  const ix = lastIndex;
  if (ix.text === text) return ix;
  let vanish = false;
  // The tokeniser looked at every character of the draft it read: when it saw none that folding
  // drops, there is nothing to search for (most drafts with emoji or curly quotes).
  const seen = charsSeen(text);
  MAY_VANISH.lastIndex = seen >= 0 && !(seen & SEEN_VANISH) ? text.length : 0;
  while (MAY_VANISH.test(text)) {
    if (vanishes(text.charCodeAt(MAY_VANISH.lastIndex - 1))) { vanish = true; break; }
  }
  let n = 0;
  // A huge paste's array is let go at the next draft.
  let stops = ix.ends.length > 1 << 14 ? new Int32Array(64) : ix.ends;
  if (!vanish) {
    END_CHARS.lastIndex = 0;
    while (END_CHARS.test(text)) {
      const k = END_CHARS.lastIndex - 1;
      if (inToken(text, k)) continue;
      if (n === stops.length) {
        const grown = new Int32Array(n * 2);
        grown.set(stops);
        stops = grown;
      }
      stops[n++] = k;
    }
  }
  return (lastIndex = { text, ends: stops, count: n, vanish });
}

function walkAround(text: string, i: number, max: number): [number, number] {
  let a = i;
  let left = max;
  while (a > 0 && left > 0 && (!ends(text.charCodeAt(a - 1)) || inToken(text, a - 1))) if (!vanishes(text.charCodeAt(--a))) left--;
  // A run-on cut at the limit is cut between words, never inside one: "lying" is not in "flying".
  if (left === 0) while (a < i && wordAt(text, a - 1) && wordAt(text, a)) a++;
  let b = i;
  let right = max;
  while (b < text.length && right > 0 && (!ends(text.charCodeAt(b)) || inToken(text, b))) if (!vanishes(text.charCodeAt(b++))) right--;
  if (right === 0) while (b > i && wordAt(text, b - 1) && wordAt(text, b)) b--;
  return [a, b];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'\u00ad\u200b-\u200d]/u;
const wordAt = (text: string, k: number) => k >= 0 && k < text.length && WORD_CHAR.test(text[k]!);

/**
 * A report that keeps only the first finding of each sentence: for rules where one finding is enough
 * to explain the warning. `widen` may stretch the span reported (to take in the words that make it one).
 */
export function oncePerSentence(doc: Doc, report: Report, widen?: (a: number, b: number) => [number, number]): Report {
  let sentenceEnd = -1;
  return (a, b) => {
    if (a < sentenceEnd) return;
    const [x, y] = widen ? widen(a, b) : [a, b];
    report(x, y);
    sentenceEnd = sentenceAround(doc.text, a)[1];
  };
}

/** Does a pattern (not global) occur in the folded sentence around an offset, with or without the characters folding drops? */
export function sentenceHas(doc: Doc, i: number, re: RegExp): boolean {
  const [a, b] = sentenceAround(doc.text, i);
  const w = sentenceBlock(doc, a, b);
  return re.test(w.s) || (w.alt !== undefined && re.test(w.alt.s));
}

/**
 * The first match of a pattern (not global) in the draft's folded sentences, as draft offsets, each
 * sentence read as sentenceHas reads it: for context that may sit in any sentence of a short post.
 */
export function draftMatch(doc: Doc, re: RegExp): [number, number] | null {
  for (let i = 0; i < doc.text.length; ) {
    const m = sentenceMatch(doc, i, re);
    if (m) return m;
    i = nextSentence(doc.text, i);
  }
  return null;
}

/**
 * Where a walk sentence by sentence goes after the sentence around `i`. Inside a run of word characters
 * longer than a sentence's reach (a pasted link or blob) that sentence shrinks to nothing at every
 * offset, so the run is stepped over as the one word it is: offset by offset, each step walking the
 * reach both ways, a 4,000-character run took a second. `end` is that sentence's end, when the caller has it.
 */
export function nextSentence(text: string, i: number, end = sentenceAround(text, i)[1]): number {
  if (end > i || !(wordAt(text, i - 1) && wordAt(text, i))) return Math.max(end + 1, i + 1);
  let k = i + 1;
  while (k < text.length && wordAt(text, k)) k++;
  return k;
}

/**
 * Does a pattern occur anywhere in a short draft (at most `max` characters, 400 at most), read as
 * sentenceHas reads a sentence? For rules that read a short post as one story; false for longer ones.
 */
export function shortDraftHas(doc: Doc, re: RegExp, max = 320): boolean {
  const n = doc.text.length;
  if (n > Math.min(max, 400) && visibleLength(doc) > Math.min(max, 400)) return false;
  const w = sentenceBlock(doc, 0, n);
  return re.test(w.s) || (w.alt !== undefined && re.test(w.alt.s));
}

/**
 * The folded sentence text[a, b), folded once per draft: the context checks of several rules (and
 * several checks of one rule) read the same sentence, and folding it was most of their cost.
 */
function sentenceBlock(doc: Doc, a: number, b: number): FoldedBlock {
  const cache = (doc.sentences ??= new Map<number, FoldedBlock>());
  // A sentence is at most 400 units long (sentenceAround), so start and length make a unique key.
  const key = a * 512 + (b - a);
  let w = cache.get(key);
  if (!w) {
    const cut = cutFolded(doc, a, b);
    if (cut !== undefined) w = dropVanishing(cut, a, doc.normVanish);
    else {
      const s = alignedNorm(doc.text.slice(a, b));
      w = dropVanishing(s, a, lastHadVanishing());
    }
    cache.set(key, w);
  }
  return w;
}

/**
 * text[a, b) folded, cut from the draft folded whole (Doc.norm), which every scan makes once:
 * folding is the same character by character, so the cut equals folding the stretch alone, except
 * where a capital sigma is (its lower case depends on its neighbours) or where the cut splits an
 * emoji's or other astral character's pair, which the whole folds as one. Then undefined.
 */
function cutFolded(doc: Doc, a: number, b: number): string | undefined {
  if (doc.chars & SEEN_SIGMA) return undefined;
  const { text } = doc;
  if (a > 0 && a < text.length && (text.charCodeAt(a) & 0xfc00) === 0xdc00 && (text.charCodeAt(a - 1) & 0xfc00) === 0xd800) return undefined;
  if (b > 0 && b < text.length && (text.charCodeAt(b - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(b) & 0xfc00) === 0xdc00) return undefined;
  return doc.norm.slice(a, b);
}

/** text[a, b) folded as alignedNorm folds it, cut from the draft's one fold when it can be (cutFolded). */
export function foldRange(doc: Doc, a: number, b: number): string {
  return cutFolded(doc, a, b) ?? alignedNorm(doc.text.slice(a, b));
}

/**
 * Where a pattern (not global) first matches in the folded sentence around an offset, as draft
 * offsets, read as sentenceHas reads it; null when it does not.
 */
export function sentenceMatch(doc: Doc, i: number, re: RegExp): [number, number] | null {
  const [a, b] = sentenceAround(doc.text, i);
  const w = sentenceBlock(doc, a, b);
  for (const block of w.alt ? [w, w.alt] : [w]) {
    const m = re.exec(block.s);
    if (!m) continue;
    const { at } = block;
    const s = m.index, e = m.index + m[0].length;
    return at ? [at[s]!, at[e - 1]! + 1] : [a + s, a + e];
  }
  return null;
}

/**
 * Characters folding drops, after a letter (a soft hyphen or zero-width space pasted inside
 * "teach\u00ADer", a decomposed accent), must not hide a phrase: they go, and `at` keeps where each
 * unit left came from. After anything else (an emoji's variation selector or joiner) they stay.
 * Drafts without them (nearly all) pay one failed search.
 *
 * A zero-width space may also be all that parts two words ("assistant\u200BGrace"), so a block
 * with one also gets `alt`, where zero-width spaces stay (as separators) and the rest still go.
 * Nothing else gets a second reading: read as it stands, "at th\u00ADe moment" slips past the
 * patterns' "not at the moment" checks.
 */
const IN_WORD = new RegExp(`(?<=[\\p{L}\\p{N}])${VANISHING.source}+`, 'gu');
const IN_WORD_BUT_ZWSP = new RegExp(`(?<=[\\p{L}\\p{N}])(?:(?!\\u200b)${VANISHING.source})+`, 'gu');

// The same characters without the look-behind: a plain class V8 searches for quickly, so the
// slower look-behind search runs only on the few blocks that hold one.
const ONE_VANISHING = new RegExp(`^${VANISHING.source}$`, 'u');
/** Per BMP code unit from U+0300: 1 folding drops it, 2 it stays (0: not asked yet). */
const VANISH_TABLE = new Uint8Array(0x10000);
const ASTRAL = new Map<number, boolean>();

/** Characters worth asking about: U+00AD and everything from U+0300 (nothing between folds away). */
const CANDIDATE = /[\u00ad\u0300-\uffff]/g;

/**
 * Does the block hold a character folding drops? A native search finds each character worth asking
 * about (a long draft is mostly ASCII, and a loop over every code unit in JavaScript cost more than
 * folding it), then the class is asked once per character and the answer kept.
 */
function hasVanishing(s: string): boolean {
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(s)) {
    const i = CANDIDATE.lastIndex - 1;
    const c = s.charCodeAt(i);
    if (c === 0xad) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      // Astral marks (rare): ask the class about the whole code point.
      const cp = s.codePointAt(i)!;
      let a = ASTRAL.get(cp);
      if (a === undefined) {
        a = ONE_VANISHING.test(String.fromCodePoint(cp));
        if (ASTRAL.size < 4096) ASTRAL.set(cp, a);
      }
      if (a) return true;
      CANDIDATE.lastIndex = i + 2;
      continue;
    }
    let v = VANISH_TABLE[c]!;
    if (v === 0) v = VANISH_TABLE[c] = ONE_VANISHING.test(String.fromCharCode(c)) ? 1 : 2;
    if (v === 1) return true;
  }
  return false;
}

/** `mayHave`: false when alignedNorm, folding s just now, saw no such character (lastHadVanishing). */
export function dropVanishing(s: string, from: number, mayHave = true): FoldedBlock {
  if (!mayHave || !hasVanishing(s)) return { s, from };
  IN_WORD.lastIndex = 0;
  if (!IN_WORD.test(s)) return { s, from };
  const block = strip(s, from, IN_WORD);
  if (s.includes('\u200b')) block.alt = strip(s, from, IN_WORD_BUT_ZWSP);
  return block;
}

function strip(s: string, from: number, re: RegExp): FoldedBlock {
  re.lastIndex = 0;
  const at = new Int32Array(s.length + 1);
  let n = 0;
  let out = '';
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    for (let i = last; i < m.index; i++) at[n++] = from + i;
    out += s.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < s.length; i++) at[n++] = from + i;
  at[n] = from + s.length;
  return { s: out + s.slice(last), from, at: at.subarray(0, n + 1) };
}

/** Index in a block's folded text of the draft offset p (a word's start, so never a dropped character). */
function indexIn(w: FoldedBlock, p: number): number {
  const at = w.at;
  if (!at) return p - w.from;
  return lowerBound(at, p, 0, at.length - 1);
}

/**
 * Longest stretch a sticky pattern may read past its start (the patterns' bounded repeats add up to
 * well under this), and how far before it a look-behind may look.
 */
const REACH = 256;
const BEHIND = 8;

// 4,096 rather than 1,024: each block is folded with REACH + BEHIND characters of its neighbours,
// which at 1,024 was a quarter more folding than the draft (a 20,000-character draft: 25,000).
const BLOCK = 4096;
/** Tests: the block size, to place a phrase across a block's edge. */
export const FOLD_BLOCK = BLOCK;

/**
 * The folded text around offset p: the draft is folded a block at a time, and only the blocks some
 * pattern is tried in, so a long draft whose trigger words are few is never folded whole.
 */
function windowAt(doc: Doc, p: number): FoldedBlock {
  const k = Math.floor(p / BLOCK);
  const blocks = (doc.windows ??= []);
  let w = blocks[k];
  if (!w) {
    const from = Math.max(0, k * BLOCK - BEHIND);
    const to = Math.min(doc.text.length, (k + 1) * BLOCK + REACH);
    const cut = cutFolded(doc, from, to);
    if (cut !== undefined) w = blocks[k] = dropVanishing(cut, from, doc.normVanish);
    else {
      const raw = doc.text.slice(from, to);
      const s = alignedNorm(raw);
      w = blocks[k] = dropVanishing(s, from, lastHadVanishing());
      if (raw.includes('\u03a3')) w.sigma = true;
    }
  }
  return w;
}

export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Tests switch this off to check that skipping weak trigger words never loses a match. */
export const anchoring = { on: true };

/** m.index and `end` are offsets in the draft; m[0] is the folded text matched. */
type Keep = (m: RegExpExecArray, doc: Doc, end: number) => boolean;
interface Entry {
  re: RegExp;
  keep?: Keep;
  /** Trigger words too common to try the pattern at unless an anchor word follows ('all': every one). */
  weak?: Set<string> | 'all';
  /** The anchor words' group (see groupOf). */
  group?: Group;
  /** The anchor words themselves, for a group that shares its bit. */
  anchors?: Set<string>;
  reach: number;
}

export interface TriggerOptions {
  /** Also try the pattern at every number. */
  digits?: boolean;
  /** Also at words it accepts; only asked about words that contain a digit and do not start with one (postcodes, "y6"). */
  when?: (word: string) => boolean;
  keep?: Keep;
  /**
   * Common trigger words ("at", "the") start the pattern so often that it is only tried there when
   * one of `anchors` follows within reach: words every match must contain ("now" for "at the
   * beach right now"). Exact as long as that holds, which each table's comment states.
   */
  weak?: Set<string> | 'all';
  anchors?: Set<string>;
  /** Characters from the trigger word's start within which an anchor word must start (default 64). */
  reach?: number;
}

/**
 * Anchor groups: every distinct set of anchor words gets a bit of its own in the lexicon's group
 * masks (lexicon.ts), which the tokeniser keeps beside each trigger word's mask. A weak trigger word
 * then learns from one AND whether any of its anchors is in the draft at all (usually none is), and
 * from the words after it which are its anchors, without reading a word. The masks hold 31 groups;
 * past that, sets share a bit round the pool and the word itself decides (`exact` false), so sharing
 * only costs a look-up and never loses a match. All anchor words share one bit of the ordinary masks
 * (ANCHOR), which puts them in the draft's list of hot words.
 */
interface Group {
  bit: number;
  /** Only one set has this bit: a word with it is one of the set's words. */
  exact: boolean;
  /** The set's words. */
  words: Set<string>;
  /** Which word ids of `memberOf` (a scanner's word table) are the set's words, one bit each (isMember). */
  memberOf?: WordTable;
  member?: Uint32Array;
}

/**
 * Is word id `id` of a scanner's word table one of the group's words? With 169 sets sharing 31 bits,
 * nearly every group shares its bit, and asking the set about the word's string was a tenth of the
 * tables' cost; the set's ids are worked out once per table, then one bit answers.
 */
function isMember(g: Group, of: WordTable, id: number): boolean {
  // A group's words are shared words (groupOf marks them in SHARED): the shared table's ids serve
  // every scanner built on it, and a scanner's own words past them are no group's.
  const table = of.shared ?? of;
  let m = g.member;
  if (g.memberOf !== table || !m) {
    const ids: number[] = [];
    let max = 0;
    for (const w of g.words) {
      const k = idOf(table, w);
      if (k) ids.push(k);
      if (k > max) max = k;
    }
    m = new Uint32Array((max >> 5) + 1);
    for (const k of ids) m[k >> 5]! |= 1 << (k & 31);
    g.memberOf = table;
    g.member = m;
  }
  const x = id >> 5;
  return x < m.length && (m[x]! & (1 << (id & 31))) !== 0;
}
const GROUP_BITS = 31;
const groupsByKey = new Map<string, Group>();
const groupsByBit: Group[][] = [];
let ANCHOR = 0;
/** How many anchor groups there are (tests: past GROUP_BITS they share). */
export const anchorGroups = (): number => groupsByKey.size;
function groupOf(anchors: Set<string>): Group {
  const key = [...anchors].sort().join(' ');
  let g = groupsByKey.get(key);
  if (!g) {
    const n = groupsByKey.size;
    const bit = 1 << (n % GROUP_BITS);
    const same = (groupsByBit[n % GROUP_BITS] ??= []);
    g = { bit, exact: same.length === 0, words: anchors };
    for (const other of same) other.exact = false;
    same.push(g);
    groupsByKey.set(key, g);
    ANCHOR ||= SHARED.claim();
    for (const w of anchors) {
      SHARED.mark(w, ANCHOR);
      SHARED.markGroup(w, bit);
    }
  }
  return g;
}

/**
 * The tokeniser splits "co-op", "brother-in-law" and "b&q" into words, so a gate listing them whole
 * would say no to a draft that holds them. The longest part (the last of equals: "op", "q") must be in
 * any draft that holds the whole, so it keeps the gate's "no" exact without opening it to "a" or "in".
 */
function withParts(set: Set<string>): Set<string> {
  const out = new Set(set);
  for (const w of set) {
    const parts = w.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (parts.length < 2) continue;
    out.add(parts.reduce((best, p) => (p.length >= best.length ? p : best), ''));
  }
  return out;
}

/**
 * A set of words a rule can ask a draft about cheaply: does it hold any of them? The set is an
 * anchor group (so no mask bit of its own is spent), and the group masks answer.
 * With anchoring off (tests) it always says yes, so the anchoring tests check a rule that skips
 * work on its answer finds the same things.
 */
export class WordGate {
  private readonly group: Group;
  constructor(private readonly set: Set<string>) {
    this.group = groupOf(withParts(set));
  }

  /** Is word k of the draft one of them? The group bit answers for nearly every word without reading it. */
  at(doc: Doc, k: number): boolean {
    const id = k >= 0 && k < doc.tokens.length ? doc.wordId(k) : 0;
    const table = doc.lexicon.table;
    return id !== 0 && (table.groups[id - 1]! & this.group.bit) !== 0 && (this.group.exact || isMember(this.group, table, id));
  }

  /** The last draft asked about and the answer: a rule may ask once per name in a long draft. */
  private lastDoc: Doc | undefined;
  private lastAnswer = false;

  /** May the draft hold one of the words? A prefilter: with anchoring off it always says yes. */
  in(doc: Doc): boolean {
    return !anchoring.on || this.has(doc);
  }

  /**
   * Does the draft hold one of the words? Exact whatever the anchoring tests set: for code whose
   * findings depend on the answer, not only how much work it skips.
   */
  has(doc: Doc): boolean {
    const { bit, exact } = this.group;
    if (!(doc.groups & bit)) return false;
    if (exact) return true;
    if (doc === this.lastDoc) return this.lastAnswer;
    // Only the hot words with this group's bit (anchorWords lists them), not every hot word of the draft.
    const { hot } = doc;
    const mine = anchorWords(doc);
    const slot = 31 - Math.clz32(bit);
    let yes = false;
    const table = doc.lexicon.table;
    for (let q = gStarts[slot]!, end = gStarts[slot + 1]!; q < end; q++) if (isMember(this.group, table, doc.wordId(hot[mine[q]!]!))) { yes = true; break; }
    this.lastDoc = doc;
    this.lastAnswer = yes;
    return yes;
  }
}

function claimTableBit(): number {
  const bit = SHARED.claim();
  TABLE_BITS |= bit;
  return bit;
}

/**
 * Several sticky patterns tried only where one of their trigger words starts. The words go into the
 * shared lexicon (lexicon.ts), so the tokeniser marks them once and run() visits only marked words.
 * Tables are created when their module loads, before any scanner is compiled.
 */
export class Triggers {
  private byWord = new Map<string, Entry[]>();
  private onDigits: Entry[] = [];
  private onWhen: { when: (word: string) => boolean; entry: Entry }[] = [];
  private readonly bit = claimTableBit();

  constructor() {
    ALL_TABLES.push(this);
  }

  add(re: RegExp, triggers: Set<string>, opts: TriggerOptions = {}): this {
    if (!re.sticky) throw new Error('Triggers needs sticky (y) RegExps');
    const entry: Entry = { re, keep: opts.keep, weak: opts.weak, group: opts.anchors && groupOf(opts.anchors), anchors: opts.anchors, reach: opts.reach ?? 64 };
    if (entry.reach > MAX_REACH) MAX_REACH = entry.reach;
    for (const w of triggers) {
      const list = this.byWord.get(w);
      if (list) list.push(entry);
      else this.byWord.set(w, [entry]);
      SHARED.mark(w, this.bit);
    }
    if (opts.digits) {
      this.onDigits.push(entry);
      addDigitBit(this.bit);
    }
    if (opts.when) {
      this.onWhen.push({ when: opts.when, entry });
      WHEN.push({ when: opts.when, bit: this.bit });
    }
    return this;
  }

  /**
   * This table's entries by word id of a scanner's word table (lexicon.ts), with each entry's `weak`
   * already answered for the word: run() then indexes an array where it used to look the word up in
   * a Map and a Set for every trigger word of the draft, which was most of a short draft's scan.
   */
  private plans = new WeakMap<WordTable, (WordPlans | undefined)[]>();
  /** The last table's plans: one scanner scans draft after draft. */
  private lastTable: WordTable | undefined;
  private lastPlans: (WordPlans | undefined)[] = [];

  /** Notes in `weak` which of this table's words, in a scanner's word table, only wait for anchors (see WeakWords). */
  noteWeak(table: WordTable, weak: WeakWords): void {
    const plans = this.plansFor(table);
    for (let id = 1; id < plans.length; id++) {
      const wp = plans[id];
      if (!wp || wp.strong) continue;
      weak.bits[id]! |= this.bit;
      weak.groups[id]! |= wp.groups;
    }
  }

  private plansFor(of: WordTable): (WordPlans | undefined)[] {
    // Every word of a table is a shared word (SHARED.mark in add), with the same id in a scanner's table.
    const table = of.shared ?? of;
    if (table === this.lastTable) return this.lastPlans;
    let plans = this.plans.get(table);
    if (!plans) {
      // Dense up to the highest id of this table's words: those come first in a scanner's table (the
      // shared words before its names), so a long pupil list does not make the array longer.
      const ids: [number, string, Entry[]][] = [];
      let max = 0;
      for (const [w, list] of this.byWord) {
        const id = idOf(table, w);
        if (id) ids.push([id, w, list]);
        if (id > max) max = id;
      }
      plans = new Array<WordPlans | undefined>(max + 1).fill(undefined);
      for (const [id, w, list] of ids) plans[id] = wordPlans(w, list);
      this.plans.set(table, plans);
    }
    this.lastTable = table;
    this.lastPlans = plans;
    return plans;
  }

  run(doc: Doc, report: Report): void {
    const bit = this.bit;
    // None of this table's words is in the draft: nothing to walk.
    if (!(doc.masks & bit)) return;
    const { hot } = doc;
    const plans = this.plansFor(doc.lexicon.table);
    const anchorsOn = anchoring.on;
    const groups = doc.groups;
    // Only this table's own words, not every hot word of the draft: ten tables each walking the
    // whole list (most of it other tables' words and anchors) was a fifth of a short draft's scan.
    const mine = tableWords(doc);
    const slot = 31 - Math.clz32(bit);
    for (let q = starts[slot]!, qEnd = listEnds[slot]!; q < qEnd; q++) {
      const h = mine[q]!;
      const k = hot[h]!;
      const id = doc.wordId(k);
      const wp = id && id < plans.length ? plans[id] : undefined;
      let list: Plan[];
      if (wp) {
        // Every pattern at this word waits for an anchor and none of their anchors is in the draft
        // (most common words of most drafts): the word is done without looking at its patterns.
        if (anchorsOn && !wp.strong && !(groups & wp.groups)) continue;
        list = wp.list;
      } else {
        // Numbers and words the table does not hold (few): the word itself decides, as it did before plans.
        const word = doc.word(k);
        const entries = this.byWord.get(word) ?? (this.onDigits.length && word.charCodeAt(0) <= 57 ? this.onDigits : undefined);
        let found = entries;
        if (!found) for (const w of this.onWhen) if (w.when(word)) (found ??= []).push(w.entry);
        if (!found) continue;
        list = planFor(word, found);
      }
      const start = doc.startOf(k);
      let win: FoldedBlock | undefined;
      for (let e = 0; e < list.length; e++) {
        const p = list[e]!;
        // near[h] (tableWords) holds the groups of every hot word within MAX_REACH after this one, a
        // superset of those within this plan's reach: without the plan's bit there, no search.
        if (p.weak && anchorsOn && (!p.group || !(near[h]! & p.group.bit) || !anchored(doc, h, p.group, p.anchors, start + p.reach))) continue;
        win ??= windowAt(doc, start);
        if (tryAt(win, p.re, start, p.keep, doc, report) || !win.alt) continue;
        // Dropping a zero-width space can also join two words ("assistant\u200bGrace"): read it as a separator too.
        tryAt(win.alt, p.re, start, p.keep, doc, report);
      }
    }
  }
}

/** Bits of every Triggers table (the rest of a hot word's mask is anchors and name indexes). */
let TABLE_BITS = 0;

/**
 * The draft's hot words by table: for the table with bit 1 << t, list[starts[t] .. listEnds[t]) are
 * the indices into `hot` of its words, in order. Built the first time a table runs on a draft, in one
 * sweep from the last hot word back (which also works out `near`), each table filling its own stretch
 * of `list` from the top down: no counting pass, no prefix sums. The arrays are kept for the next
 * draft (typed arrays cost more to make than to fill).
 */
const starts = new Int32Array(32);
const listEnds = new Int32Array(32);
let list = new Int32Array(256);
let listedDoc: Doc | undefined;
let listedAnchoring = true;
/**
 * near[h]: the anchor groups of hot words h + 1, h + 2… that start less than MAX_REACH characters
 * after hot word h starts. Worked out in tableWords' sweep from the end, counting each group's words
 * in the window, so a long draft costs one step per group bit rather than a walk ahead from every
 * common word.
 */
let near = new Int32Array(256);
/** Hot words per anchor group in the window `near` is being worked out for. */
const inWindow = new Int32Array(32);
/** Hot words past which the arrays above are not kept between drafts. */
const KEEP = 1 << 15;
/** The longest reach of any entry: an anchor further than this from a word is no anchor of it. */
let MAX_REACH = 0;
/** Bit positions of the tables (TABLE_BITS), in order, as of `slotsOf`. */
let tableSlots = new Int32Array(0);
let slotsOf = -1;
function tableWords(doc: Doc): Int32Array {
  const anchorsOn = anchoring.on;
  if (listedDoc === doc && listedAnchoring === anchorsOn) return list;
  const { hot, hotMasks, hotGroups } = doc;
  const n = hotMasks.length;
  const weak = anchorsOn ? weakWords(doc.lexicon.table) : undefined;
  if (slotsOf !== TABLE_BITS) {
    const s: number[] = [];
    for (let b = 0; b < 32; b++) if (TABLE_BITS & (1 << b)) s.push(b);
    tableSlots = Int32Array.from(s);
    slotsOf = TABLE_BITS;
  }
  const T = tableSlots.length;
  // Grown for a long draft; a huge paste's arrays are let go at the next ordinary draft, so they do
  // not pin megabytes for the rest of the session (as doc.ts does with its own).
  if (near.length < n || (near.length > KEEP && n * 2 <= KEEP)) {
    near = new Int32Array(Math.max(256, n * 2));
    gList = new Int32Array(256);
    gListedDoc = undefined;
  }
  if (list.length < T * n || (list.length > KEEP && T * n * 2 <= KEEP)) list = new Int32Array(Math.max(256, T * n * 2));
  // Table t's stretch is list[t * n, (t + 1) * n), filled downwards from its end.
  for (let t = 0; t < T; t++) {
    const slot = tableSlots[t]!;
    starts[slot] = listEnds[slot] = (t + 1) * n;
  }
  inWindow.fill(0);
  let mask = 0;
  // The window is hot words h + 1 .. j - 1.
  let j = n;
  for (let h = n - 1; h >= 0; h--) {
    let bits = hotMasks[h]! & TABLE_BITS;
    if (weak) {
      const limit = doc.startOf(hot[h]!) + MAX_REACH;
      while (j > h + 1 && doc.startOf(hot[j - 1]!) >= limit) {
        j--;
        for (let m = hotGroups[j]!; m !== 0; m &= m - 1) {
          const b = 31 - Math.clz32(m & -m);
          if (--inWindow[b]! === 0) mask &= ~(1 << b);
        }
      }
      near[h] = mask;
      // Hot word h joins the window of the words before it (the while above takes it out again
      // when it is out of their reach).
      for (let m = hotGroups[h]!; m !== 0; m &= m - 1) {
        const b = 31 - Math.clz32(m & -m);
        if (inWindow[b]!++ === 0) mask |= 1 << b;
      }
      if (bits) {
        // Tables where every pattern at this word waits for an anchor and none of their anchors
        // follows within reach ("the", "my", "at" in most sentences): run() would pass the word over there.
        const id = doc.wordId(hot[h]!);
        if (id < weak.bits.length && weak.bits[id]! && !(near[h]! & weak.groups[id]!)) bits &= ~weak.bits[id];
      }
    }
    for (let m = bits; m !== 0; m &= m - 1) list[--starts[31 - Math.clz32(m & -m)]!] = h;
  }
  listedDoc = doc;
  listedAnchoring = anchorsOn;
  return list;
}

/**
 * By word id of a scanner's word table: `bits`, the tables where all of the word's patterns wait
 * for an anchor; `groups`, the anchor groups those patterns wait for, or-ed together. A word none
 * of whose groups is in the draft is not listed for those tables at all.
 */
interface WeakWords {
  bits: Int32Array;
  groups: Int32Array;
}
const ALL_TABLES: Triggers[] = [];
const weakByTable = new WeakMap<WordTable, WeakWords>();
let weakTable: WordTable | undefined;
let weakOfTable: WeakWords | undefined;
function weakWords(of: WordTable): WeakWords {
  // Only the tables' words (shared words) have bits here: the shared table's ids serve every scanner
  // built on it (a scanner's own words, past them, are read as having none: tableWords checks the length).
  const table = of.shared ?? of;
  if (table === weakTable) return weakOfTable!;
  let w = weakByTable.get(table);
  if (!w) {
    const n = table.words.length + 1;
    w = { bits: new Int32Array(n), groups: new Int32Array(n) };
    for (const t of ALL_TABLES) t.noteWeak(table, w);
    weakByTable.set(table, w);
  }
  weakTable = table;
  weakOfTable = w;
  return w;
}

/** A word's plans in one table: `strong` when one of them is tried without an anchor, `groups` the anchor groups the others wait for. */
interface WordPlans {
  list: Plan[];
  strong: boolean;
  groups: number;
}

function wordPlans(word: string, entries: Entry[]): WordPlans {
  const list = planFor(word, entries);
  let strong = false;
  let groups = 0;
  for (const p of list) {
    if (!p.weak) strong = true;
    else if (p.group) groups |= p.group.bit;
  }
  return { list, strong, groups };
}

/** An entry as tried at one word: `weak` says whether that word must wait for an anchor. */
interface Plan {
  re: RegExp;
  keep?: Keep;
  weak: boolean;
  group?: Group;
  anchors?: Set<string>;
  reach: number;
}

const planFor = (word: string, entries: Entry[]): Plan[] =>
  entries.map(({ re, keep, weak, group, anchors, reach }) => ({ re, keep, weak: weak !== undefined && (weak === 'all' || weak.has(word)), group, anchors, reach }));

/** One sticky pattern at draft offset `start` of a folded block; true when it reported a match. */
function tryAt(win: FoldedBlock, re: RegExp, start: number, keep: Keep | undefined, doc: Doc, report: Report): boolean {
  re.lastIndex = indexIn(win, start);
  const m = re.exec(win.s);
  if (!m || m[0].length === 0) return false;
  const { at } = win;
  const len = m[0].length;
  const end = at ? at[m.index + len - 1]! + 1 : m.index + win.from + len;
  m.index = at ? at[m.index]! : m.index + win.from;
  if (keep && !keep(m, doc, end)) return false;
  report(m.index, end);
  return true;
}

/**
 * Is there one of `anchors` after hot word h, starting before `limit`? The group bit finds them;
 * when the bit is shared with other sets, the word itself then says whether it is one of these.
 * Only the hot words with the group's bit are read (anchorWords), from the first after h on.
 */
function anchored(doc: Doc, h: number, group: Group | undefined, anchors: Set<string> | undefined, limit: number): boolean {
  if (!group || !(doc.groups & group.bit) || !anchors) return false;
  const mine = anchorWords(doc);
  const { hot } = doc;
  const { bit, exact } = group;
  const table = doc.lexicon.table;
  const slot = 31 - Math.clz32(bit);
  // The first of the group's words after h: they are few, so a plain walk (a binary search over a
  // long draft's list).
  const lo = lowerBound(mine, h + 1, gStarts[slot], gStarts[slot + 1]);
  for (let q = lo, end = gStarts[slot + 1]!; q < end; q++) {
    const k = hot[mine[q]!]!;
    if (doc.startOf(k) >= limit) return false;
    if (exact || isMember(group, table, doc.wordId(k))) return true;
  }
  return false;
}

/**
 * Hot words 0..n-1 listed by each bit set in their mask (a counting sort): bit b's words are
 * out[starts[b] .. starts[b + 1]). `out` is grown when too short; the array in use is returned.
 */
function byBit(masks: ArrayLike<number>, n: number, starts: Int32Array, at: Int32Array, out: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  starts.fill(0);
  let total = 0;
  for (let h = 0; h < n; h++) {
    for (let m = masks[h]!; m !== 0; m &= m - 1) {
      starts[32 - Math.clz32(m & -m)]!++;
      total++;
    }
  }
  for (let s = 1; s < 33; s++) starts[s]! += starts[s - 1]!;
  if (out.length < total) out = new Int32Array(total * 2);
  // A loop, not at.set(starts.subarray(…)): the subarray is an object made on every call.
  for (let s = 0; s < 32; s++) at[s] = starts[s]!;
  for (let h = 0; h < n; h++) {
    for (let m = masks[h]!; m !== 0; m &= m - 1) out[at[31 - Math.clz32(m & -m)]!++] = h;
  }
  return out;
}

/** The draft's hot words by anchor group, as tableWords lists them by table: built once per draft. */
const gStarts = new Int32Array(33);
const gAt = new Int32Array(32);
let gList = new Int32Array(256);
let gListedDoc: Doc | undefined;
function anchorWords(doc: Doc): Int32Array {
  if (gListedDoc === doc) return gList;
  gList = byBit(doc.hotGroups, doc.hotGroups.length, gStarts, gAt, gList);
  gListedDoc = doc;
  return gList;
}
