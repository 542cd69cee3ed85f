import { DIGIT_BITS, type Lexicon, SHARED, slotOf, WHEN } from './lexicon';
import { normalise } from './normalise';
import type { Doc, Token } from './types';

const WORD_NON_ASCII = /^[\p{L}\p{N}]$/u;
const wordCache = new Map<number, boolean>();

export function isWordCode(c: number, s: string, i: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  let w = wordCache.get(c);
  if (w === undefined) {
    // Surrogate halves: letters outside the BMP are rare in names; treat them as non-word.
    w = c >= 0xd800 && c <= 0xdfff ? false : WORD_NON_ASCII.test(s[i]!);
    if (wordCache.size < 4096) wordCache.set(c, w);
  }
  return w;
}

function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * A word of the draft. Its folded string is only built when something asks for it: most words of a
 * long draft are ordinary lower-case words no rule looks at, and slicing each one was a large share
 * of a scan.
 */
const CAP = 1, ALL_CAPS = 2, INITIAL = 4, CAMEL = 8, POSS = 16, HASH = 32, AT = 64;

class Tok implements Token {
  constructor(
    private s: string | undefined,
    private readonly src: string,
    public start: number,
    public end: number,
    /** The yes/no facts packed into one number: a long draft has thousands of tokens to allocate. */
    private f: number,
    public mask: number,
  ) {}
  get norm(): string {
    return (this.s ??= this.src.slice(this.start, this.end));
  }
  set norm(v: string) {
    this.s = v;
  }
  get cap(): boolean { return (this.f & CAP) !== 0; }
  get allCaps(): boolean { return (this.f & ALL_CAPS) !== 0; }
  get initial(): boolean { return (this.f & INITIAL) !== 0; }
  get camel(): boolean { return (this.f & CAMEL) !== 0; }
  get tag(): '#' | '@' | '' { return this.f & HASH ? '#' : this.f & AT ? '@' : ''; }
  get poss(): boolean { return (this.f & POSS) !== 0; }
  set poss(v: boolean) { this.f = v ? this.f | POSS : this.f & ~POSS; }
}

/** Split into word tokens. An apostrophe-s after a word is a possessive and is skipped ("Ellie's" → "ellie"). */
export function tokenise(doc: Doc): Token[] {
  const { norm, text, lexicon, hot, hotMasks, notable } = doc;
  const identity = doc.aligned;
  const { slots, words, masks, hashes } = lexicon.table;
  // Words the lexicon's own parties (the name indexes) want are notable; trigger words alone are not.
  const own = lexicon.own;
  const size = slots.length;
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  // Forward state for "first word of a sentence": set by . ! ? : newline, an emoji or a closing quote;
  // cleared by a comma-like separator.
  let boundary = true;
  // When offsets line up (the usual case), read the original text: one read per character gives the
  // folded lower-case code and the capitals at once. Characters outside ASCII use the folded text.
  const src = identity ? text : norm;
  // The folded character just before a word is always the last one the outer loop saw (# or @ tags).
  let before = 0;
  while (i < n) {
    let c = src.charCodeAt(i);
    if (c === 32) { before = 32; i++; continue; } // most separators: a space changes nothing
    if (c >= 0x80) c = norm.charCodeAt(i);
    if (!(c < 0x80 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (identity && c >= 65 && c <= 90) : isWordCode(c, norm, i))) {
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 34 || c === 0x2026) boundary = true;
      else if (c === 44 || c === 59 || c === 38 || c === 43 || c === 47 || c === 61) boundary = false;
      else if (c >= 0x2000) boundary = true; // emoji and symbols start a new thought
      before = c;
      i++;
      continue;
    }
    const s = i;
    const capFirst = c >= 65 && c <= 90;
    let digit = false; // an ASCII digit in the word: numbers, postcodes and "y6" have their own triggers
    // Plain: aligned and ASCII only, so the case flags are worked out in this loop.
    let plain = identity;
    let anyLower = false;
    let prevLower = false;
    let hump = false;
    let h = 0; // wordHash (lexicon.ts) of the folded word
    while (i < n) {
      c = src.charCodeAt(i);
      if (c >= 97 && c <= 122) { anyLower = prevLower = true; }
      else if (c >= 65 && c <= 90 && identity) { if (prevLower) hump = true; prevLower = false; c += 32; }
      else if (c >= 48 && c <= 57) { digit = true; prevLower = false; }
      else if (c >= 0x80) {
        c = norm.charCodeAt(i);
        if (c < 0x80 ? !((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) : !isWordCode(c, norm, i)) break;
        if (c >= 48 && c <= 57) digit = true;
        plain = false;
      } else break;
      h = (Math.imul(h, 31) + c) | 0;
      i++;
    }
    const e = i;
    // Possessive 's (and the apostrophe) belongs to the word before it.
    if (e - s === 1 && norm.charCodeAt(s) === 115 && norm.charCodeAt(s - 1) === 39 && tokens.length && tokens[tokens.length - 1]!.end === s - 1) {
      tokens[tokens.length - 1]!.poss = true;
      continue;
    }
    let cap = false;
    let allCaps = false;
    let camel = false;
    if (plain) {
      cap = capFirst;
      allCaps = cap && e - s > 1 && !anyLower;
      camel = hump;
    } else {
      const o0 = identity ? s : doc.origStart(s);
      const o1 = identity ? e : doc.origEnd(e - 1);
      const fc = text.charCodeAt(o0);
      cap = fc < 0x80 ? fc >= 65 && fc <= 90 : isUpper(text[o0]);
      allCaps = cap && e - s > 1;
      if (cap || o1 - o0 > 1) {
        let prevLower = fc < 0x80 ? fc >= 97 && fc <= 122 : isLower(text[o0]);
        for (let k = o0 + 1; k < o1; k++) {
          const ck = text.charCodeAt(k);
          let lower: boolean, upper: boolean;
          if (ck < 0x80) { lower = ck >= 97 && ck <= 122; upper = ck >= 65 && ck <= 90; }
          else { const ch = text[k]!; lower = isLower(ch); upper = isUpper(ch); }
          if (lower) { allCaps = false; if (!cap && !camel) { prevLower = true; continue; } }
          else if (upper && prevLower) camel = true;
          prevLower = lower;
        }
      }
    }
    const tag = s === 0 ? 0 : before === 35 ? HASH : before === 64 ? AT : 0;
    // Look the word up in place (lexicon.ts): compare characters, cut no string.
    let found: string | undefined;
    let mask = 0;
    const len = e - s;
    for (let slot = slotOf(h, size), k: number; (k = slots[slot]!) !== 0; slot = (slot + 1) & (size - 1)) {
      const w = words[k - 1]!;
      if (hashes[k - 1] === h && w.length === len && norm.startsWith(w, s)) {
        found = w;
        mask = masks[k - 1]!;
        break;
      }
    }
    const tok = new Tok(found, norm, s, e, (cap ? CAP : 0) | (allCaps ? ALL_CAPS : 0) | (boundary ? INITIAL : 0) | (camel ? CAMEL : 0) | tag, 0);
    if (digit) {
      if (norm.charCodeAt(s) <= 57) mask |= DIGIT_BITS;
      else for (const w of WHEN) if (w.when(tok.norm)) mask |= w.bit;
    }
    if (mask) {
      tok.mask = mask;
      // The pattern tables read the masks from a list of their own, not from the token objects.
      if (mask & ~own) {
        hot.push(tokens.length);
        hotMasks.push(mask);
      }
    }
    if (cap || tag || camel || mask & own) notable.push(tokens.length);
    tokens.push(tok);
    boundary = false;
  }
  return tokens;
}

/** `lexicon`: the compiled scanner's words (lexicon.ts); the shared trigger words when left out. */
export function makeDoc(text: string, lexicon: Lexicon = SHARED): Doc {
  const { norm, start, end } = normalise(text);
  const doc: Doc = {
    text,
    norm,
    tokens: [],
    hot: [],
    hotMasks: [],
    notable: [],
    lexicon,
    aligned: start === null,
    addresses: undefined,
    origStart: start ? (i) => (i < norm.length ? start[i]! : text.length) : (i) => i,
    origEnd: end ? (i) => (i < 0 ? 0 : i < norm.length ? end[i]! : text.length) : (i) => i + 1,
    orig: (t) => text.slice(doc.origStart(t.start), doc.origEnd(t.end - 1)),
  };
  doc.tokens = tokenise(doc);
  return doc;
}
