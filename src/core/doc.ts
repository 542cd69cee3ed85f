// The draft, read once: one pass over its UTF-8 bytes finds the words, folds them (lower case,
// accents and invisible characters gone) into a hash, looks each up in the scanner's word table and
// keeps the few facts the rules need in flat typed arrays. Offsets are the draft's own UTF-16 ones,
// so nothing has to be mapped back. Token objects and the folded text are only made when a rule asks:
// most words of a long draft are ordinary words no rule looks at, and building an object or a string
// for each of them was most of the cost of a scan.
import { DIGIT_BITS, type Lexicon, SHARED, slotOf, WHEN } from './lexicon';
import { alignedNorm, foldCodePoint, lastHadVanishing } from './normalise';
import type { Doc, FoldedBlock, RuleId, Token, TokenList } from './types';

/** Token facts packed into one number each (Doc.flagsOf). */
export const CAP = 1, ALL_CAPS = 2, INITIAL = 4, CAMEL = 8, POSS = 16, HASH = 32, AT = 64, PLAIN = 128, NUMERIC = 256;

/**
 * Doc.chars: characters a rule asks the whole draft about, noted as the tokeniser passes them.
 * text.includes('\u2014') is slow in V8 (it looks for the pattern's higher byte, 0x20, a space,
 * so it stops at every space): 0.4 µs for a 280-character draft, twice per scan.
 */
export const SEEN_DASH = 1;
/** A character folding drops (soft hyphen, zero-width space, combining accent): the draft's length is then not what it shows. */
export const SEEN_VANISH = 2;
/** A left curly double quote (U+201C): searching a draft for it costs what searching for a dash does. */
export const SEEN_LDQUO = 4;
/**
 * A capital sigma (U+03A3), the one letter whose lower case depends on its neighbours: the folded
 * whole (Doc.norm) can then not be cut into sentences that equal each sentence folded alone (regex.ts).
 */
export const SEEN_SIGMA = 8;

/** Byte classes: 0 separator, then one bit each for lower, upper, digit, and the start of a character outside ASCII. */
const LOWER = 1, UPPER = 2, DIGIT = 4, NON_ASCII = 8;
const CLS = new Uint8Array(256);
for (let c = 97; c <= 122; c++) CLS[c] = LOWER;
for (let c = 65; c <= 90; c++) CLS[c] = UPPER;
for (let c = 48; c <= 57; c++) CLS[c] = DIGIT;
for (let c = 0x80; c < 0x100; c++) CLS[c] = NON_ASCII;

/** Bytes of the UTF-8 sequence a lead byte (0x80 or more) starts. */
const seqLength = (c: number): number => (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2);
/** Its bytes beyond its UTF-16 units (4 bytes are 2 units, 3 or 2 bytes are 1). */
const surplus = (c: number): number => (c >= 0xe0 ? 2 : 1);

/** Code point of the UTF-8 sequence starting at b[i] (lead byte 0x80 or more). */
function decodeAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c >= 0xf0) return ((c & 7) << 18) | ((b[i + 1]! & 63) << 12) | ((b[i + 2]! & 63) << 6) | (b[i + 3]! & 63);
  if (c >= 0xe0) return ((c & 15) << 12) | ((b[i + 1]! & 63) << 6) | (b[i + 2]! & 63);
  return ((c & 31) << 6) | (b[i + 1]! & 63);
}

/**
 * Is the next word the first of a sentence, after the separator with this folded code? Set by
 * . ! ? : newline, a quote or an emoji (anything from U+2000); cleared by a comma or the like.
 */
function startsSentence(c: number, before: boolean): boolean {
  if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 34 || c >= 0x2000) return true;
  if (c === 44 || c === 59 || c === 38 || c === 43 || c === 47 || c === 61) return false;
  return before;
}

/** CAP, ALL_CAPS (no lower-case letter) and CAMEL (lower then upper) of a word with letters outside ASCII. */
function caseFacts(text: string, s: number, e: number): number {
  let facts = 0;
  let anyLower = false;
  let prevLower = false;
  let firstLetter = true;
  for (const ch of text.slice(s, e)) {
    const cp = ch.codePointAt(0)!;
    let upper: boolean, lower: boolean;
    if (cp < 0x80) { upper = cp >= 65 && cp <= 90; lower = cp >= 97 && cp <= 122; }
    else {
      const inf = charInfo(cp);
      if (inf.kind !== WORD) continue;
      upper = inf.upper;
      lower = inf.lower;
    }
    if (firstLetter && upper) facts |= CAP;
    firstLetter = false;
    if (upper && prevLower) facts |= CAMEL;
    if (lower) anyLower = true;
    prevLower = lower;
  }
  return anyLower ? facts : facts | ALL_CAPS;
}

const SEP = 0, WORD = 1, VANISH = 2;
interface CharInfo {
  /** SEP, WORD or VANISH (inside a word it disappears: zero-width characters, combining accents). */
  kind: number;
  /** Folded lower-case form, one or more UTF-16 units. */
  fold: string;
  upper: boolean;
  lower: boolean;
  /** Folded code of a separator (’ → ', NBSP → space, U+2028 → newline). */
  sep: number;
  /** Doc.chars bit of a separator some rule asks the draft about (SEEN_DASH), 0 for the rest. */
  seen: number;
}
const WORDLIKE = /^[\p{L}\p{N}]+$/u;
const infoCache = new Map<number, CharInfo>();

/** What a character outside ASCII is to the tokeniser, worked out once per character. */
function charInfo(cp: number): CharInfo {
  let r = infoCache.get(cp);
  if (r !== undefined) return r;
  const fold = foldCodePoint(cp);
  const ch = String.fromCodePoint(cp);
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  // Letters outside the Basic Multilingual Plane (maths alphabets, emoji) stay separators, as before.
  const kind = fold === '' ? VANISH : cp <= 0xffff && !(cp >= 0xd800 && cp <= 0xdfff) && WORDLIKE.test(fold) ? WORD : SEP;
  r = { kind, fold, upper: ch !== lo && ch === up, lower: ch !== up && ch === lo, sep: fold === '' ? 0 : fold.charCodeAt(0), seen: cp === 0x2013 || cp === 0x2014 ? SEEN_DASH : cp === 0x201c ? SEEN_LDQUO : cp === 0x3a3 ? SEEN_SIGMA : 0 };
  if (infoCache.size < 8192) infoCache.set(cp, r);
  return r;
}

/** A UTF-16 unit that folding removes (zero-width characters, combining accents). */
export const vanishes = (c: number): boolean => c >= 0x80 && !(c >= 0xd800 && c <= 0xdfff) && charInfo(c).kind === VANISH;

/** Folded lower-case form of text[s, e): the key the name indexes use. */
export function foldSlice(text: string, s: number, e: number): string {
  const raw = text.slice(s, e);
  let ascii = true;
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) >= 0x80) { ascii = false; break; }
  if (ascii) return raw.toLowerCase();
  let out = '';
  for (const ch of raw) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
    else {
      const inf = charInfo(cp);
      if (inf.kind === WORD) out += inf.fold;
    }
  }
  return out;
}

const encoder = new TextEncoder();
/** Reused between scans (see `reuse`): a long draft would otherwise allocate them on every keystroke. */
let shared: Arrays | undefined;

interface Arrays {
  bytes: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  flags: Int32Array;
  mask: Int32Array;
  /** Index + 1 of the word in the lexicon's table, 0 when the word is not in it. */
  word: Int32Array;
  /** wordHash (lexicon.ts) of the folded word, as the tokeniser computed it: the model looks its features up by it. */
  hash: Int32Array;
}

function arrays(n: number, reuse: boolean): Arrays {
  const bytes = n * 3 + 4;
  const toks = (n >> 1) + 2;
  const a = reuse ? shared : undefined;
  if (a && a.bytes.length >= bytes && a.start.length >= toks) return a;
  // Arrays kept for later scans start big enough for an ordinary post.
  const nb = Math.max(bytes, reuse ? 4096 : 0);
  const nt = Math.max(toks, reuse ? 2048 : 0);
  const made: Arrays = { bytes: new Uint8Array(nb), start: new Int32Array(nt), end: new Int32Array(nt), flags: new Int32Array(nt), mask: new Int32Array(nt), word: new Int32Array(nt), hash: new Int32Array(nt) };
  // A huge paste should not pin megabytes for the rest of the session.
  if (reuse && n <= 1 << 15) shared = made;
  return made;
}

class Tok implements Token {
  private s: string | undefined;
  constructor(private readonly d: DocImpl, readonly i: number) {}
  get start(): number { return this.d.a.start[this.i]!; }
  get end(): number { return this.d.a.end[this.i]!; }
  get mask(): number { return this.d.a.mask[this.i]!; }
  get norm(): string { return (this.s ??= this.d.wordOf(this.i)); }
  private get f(): number { return this.d.a.flags[this.i]!; }
  get cap(): boolean { return (this.f & CAP) !== 0; }
  get allCaps(): boolean { return (this.f & ALL_CAPS) !== 0; }
  get initial(): boolean { return (this.f & INITIAL) !== 0; }
  get camel(): boolean { return (this.f & CAMEL) !== 0; }
  get tag(): '#' | '@' | '' { return this.f & HASH ? '#' : this.f & AT ? '@' : ''; }
  get poss(): boolean { return (this.f & POSS) !== 0; }
}

class DocImpl implements Doc, TokenList {
  length = 0;
  hot: number[] = [];
  hotMasks: number[] = [];
  hotGroups: number[] = [];
  groups = 0;
  notable: number[] = [];
  masks = 0;
  digits = 0;
  chars = 0;
  visible: number | undefined;
  windows: (FoldedBlock | undefined)[] | undefined;
  sentences: Map<number, FoldedBlock> | undefined;
  addresses: [number, number][] | undefined;
  found: Partial<Record<RuleId, [number, number][]>> | undefined;
  learnt: Partial<Record<RuleId, true>> | undefined;
  private cache: (Tok | undefined)[] | undefined;
  private folded: string | undefined;
  constructor(readonly text: string, readonly lexicon: Lexicon, readonly a: Arrays) {}

  get tokens(): TokenList { return this; }
  /** Whether folding the draft whole (norm) met characters folding drops, or could not tell. */
  normVanish = true;
  get norm(): string {
    if (this.folded === undefined) {
      this.folded = alignedNorm(this.text);
      this.normVanish = lastHadVanishing();
    }
    return this.folded;
  }

  flagsOf(i: number): number {
    return i >= 0 && i < this.length ? this.a.flags[i]! : 0;
  }
  maskOf(i: number): number {
    return i >= 0 && i < this.length ? this.a.mask[i]! : 0;
  }
  startOf(i: number): number {
    return this.a.start[i]!;
  }
  endOf(i: number): number {
    return this.a.end[i]!;
  }
  word(i: number): string {
    return this.cache?.[i]?.norm ?? this.wordOf(i);
  }
  wordId(i: number): number {
    return this.a.word[i]!;
  }
  hashOf(i: number): number {
    return this.a.hash[i]!;
  }
  get(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const cache = (this.cache ??= new Array<Tok | undefined>(this.length));
    return (cache[i] ??= new Tok(this, i));
  }
  wordOf(i: number): string {
    const k = this.a.word[i]!;
    return k ? this.lexicon.table.words[k - 1]! : foldSlice(this.text, this.a.start[i]!, this.a.end[i]!);
  }
}

/**
 * `lexicon`: the compiled scanner's words (lexicon.ts); the shared trigger words when left out.
 * `reuse`: the scanner's own call, whose draft is dropped before the next scan, may reuse the arrays.
 */
export function makeDoc(text: string, lexicon: Lexicon = SHARED, reuse = false): Doc {
  const n = text.length;
  const a = arrays(n, reuse);
  const doc = new DocImpl(text, lexicon, a);
  const b = a.bytes;
  const w = encoder.encodeInto(text, b).written;
  const { start: S, end: E, flags: F, mask: M, word: W, hash: H } = a;
  const { hot, hotMasks, hotGroups, notable } = doc;
  const { slots, words, masks, hashes, groups } = lexicon.table;
  const size = slots.length;
  // Words the lexicon's own parties (the name indexes) want are notable; trigger words alone are not.
  const own = lexicon.own;
  let all = 0;
  let allGroups = 0;
  let digits = 0;
  let chars = 0;
  let nt = 0;
  let i = 0;
  /** UTF-8 bytes minus UTF-16 units before byte i: turns byte offsets into the draft's own. */
  let delta = 0;
  // "First word of a sentence": set by . ! ? : newline, an emoji or a closing quote; cleared by a comma.
  let boundary = true;
  /** Folded code of the separator just before the next word (# and @ make tags, ' a possessive). */
  let before = 0;
  while (i < w) {
    let c = b[i]!;
    if (c < 0x80) {
      if (CLS[c]! === 0) {
        if (c !== 32) boundary = startsSentence(c, boundary);
        before = c === 96 ? 39 : c;
        i++;
        continue;
      }
    } else {
      const inf = charInfo(decodeAt(b, i));
      if (inf.kind !== WORD) {
        if (inf.kind === VANISH) chars |= SEEN_VANISH;
        if (inf.kind === SEP) {
          if (inf.sep !== 32) boundary = startsSentence(inf.sep, boundary);
          before = inf.sep;
          chars |= inf.seen;
        }
        i += seqLength(c);
        delta += surplus(c);
        continue;
      }
    }
    // A word starts at byte i. The ASCII loop only hashes and notes which classes it saw; case facts
    // are worked out afterwards, and only for the few words with a capital.
    const sb = i;
    const s16 = i - delta;
    let h = 0; // wordHash (lexicon.ts) of the folded word
    let seen = 0; // LOWER | UPPER | DIGIT bits of the ASCII characters
    let plain = true; // ASCII only: the word can be compared byte by byte
    let extra = 0; // folded units of the characters outside ASCII
    let nd = 0; // ASCII digits
    for (;;) {
      const cl = CLS[c]!;
      if (cl === 0) break;
      if (cl !== NON_ASCII) {
        seen |= cl;
        if (cl === DIGIT) nd++;
        h = (Math.imul(h, 31) + (c | 32)) | 0; // | 32: lower case for letters, unchanged for digits
        if (++i >= w) break;
        c = b[i]!;
        continue;
      }
      const inf = charInfo(decodeAt(b, i));
      if (inf.kind === SEP) break;
      if (inf.kind === VANISH) chars |= SEEN_VANISH;
      chars |= inf.seen;
      plain = false;
      const f = inf.fold; // '' for a character that vanishes
      for (let k = 0; k < f.length; k++) {
        const fc = f.charCodeAt(k);
        if (fc >= 48 && fc <= 57) nd++;
        h = (Math.imul(h, 31) + fc) | 0;
      }
      const blen = seqLength(c);
      extra += f.length - blen;
      i += blen;
      delta += surplus(c);
      if (i >= w) break;
      c = b[i]!;
    }
    const e16 = i - delta;
    const len = i - sb + extra; // folded length
    if (len === 0) continue; // only invisible characters
    digits += nd;
    // Possessive 's (and the apostrophe) belongs to the word before it: "Ellie's" is Ellie.
    if (len === 1 && h === 115 && before === 39 && nt > 0 && E[nt - 1] === s16 - 1) {
      F[nt - 1]! |= POSS;
      boundary = false;
      continue;
    }
    // A word with characters outside ASCII (rare) is folded once here, for the look-up and the rest.
    const folded = plain ? '' : foldSlice(text, s16, e16);
    let capFirst = false;
    let allCaps = false;
    let hump = false;
    if (plain) {
      if (seen & UPPER) {
        capFirst = CLS[b[sb]!] === UPPER;
        allCaps = capFirst && len > 1 && !(seen & LOWER);
        for (let k = sb + 1; k < i; k++) if (CLS[b[k]!] === UPPER && CLS[b[k - 1]!] === LOWER) { hump = true; break; }
      }
    } else {
      const facts = caseFacts(text, s16, e16);
      capFirst = (facts & CAP) !== 0;
      allCaps = capFirst && len > 1 && (facts & ALL_CAPS) !== 0;
      hump = (facts & CAMEL) !== 0;
    }
    // Look the word up in place: compare bytes, cut no string.
    let found = 0;
    let mask = 0;
    for (let slot = slotOf(h, size), k: number; (k = slots[slot]!) !== 0; slot = (slot + 1) & (size - 1)) {
      if (hashes[k - 1] !== h) continue;
      const word = words[k - 1]!;
      if (word.length !== len) continue;
      let same = true;
      if (plain) {
        for (let j = 0; j < len; j++) {
          const x = b[sb + j]!;
          if ((x >= 65 && x <= 90 ? x + 32 : x) !== word.charCodeAt(j)) { same = false; break; }
        }
      } else same = folded === word;
      if (same) { found = k; mask = masks[k - 1]!; break; }
    }
    if (nd > 0) {
      if ((plain ? b[sb]! : folded.charCodeAt(0)) <= 57) mask |= DIGIT_BITS;
      else if (WHEN.length) {
        const norm = found ? words[found - 1]! : plain ? text.slice(s16, e16).toLowerCase() : folded;
        for (const x of WHEN) if (x.when(norm)) mask |= x.bit;
      }
    }
    const tag = s16 === 0 ? 0 : before === 35 ? HASH : before === 64 ? AT : 0;
    F[nt] = (capFirst ? CAP : 0) | (allCaps ? ALL_CAPS : 0) | (boundary ? INITIAL : 0) | (hump ? CAMEL : 0) | tag | (plain ? PLAIN : 0) | (nd > 0 ? NUMERIC : 0);
    S[nt] = s16;
    E[nt] = e16;
    W[nt] = found;
    H[nt] = h;
    M[nt] = mask;
    if (mask) {
      all |= mask;
      // The pattern tables read the masks from a list of their own.
      if (mask & ~own) {
        hot.push(nt);
        hotMasks.push(mask);
        const g = found ? groups[found - 1]! : 0;
        hotGroups.push(g);
        allGroups |= g;
      }
    }
    if (capFirst || tag || hump || mask & own) notable.push(nt);
    nt++;
    boundary = false;
  }
  doc.length = nt;
  doc.masks = all;
  doc.groups = allGroups;
  doc.digits = digits;
  doc.chars = chars;
  lastText = text;
  lastChars = chars;
  return doc;
}

let lastText: string | undefined;
let lastChars = 0;
/**
 * Doc.chars of the draft last read by makeDoc, when `text` is that draft; -1 for another text. Lets
 * code that is handed only the text (sentenceAround) skip its own search for characters the
 * tokeniser has already seen are absent.
 */
export const charsSeen = (text: string): number => (text === lastText ? lastChars : -1);

// One small draft through every branch when the module loads. The first real scan of a long draft
// is compiled while its loop runs (on-stack replacement); a branch that had never run by then had
// no type feedback, and the compiled loop fell back to the interpreter at that branch on every later
// scan, which measured at over a third of the cost of a 20,000-character scan.
makeDoc("Ab cD É'x Zoë’s #t @u y6 ß 1st Ж\u200b😀. \u2028", SHARED);
