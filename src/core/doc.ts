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
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', ':', '…', '"']);

/** Split into word tokens. An apostrophe-s after a word is a possessive and is skipped ("Ellie's" → "ellie"). */
export function tokenise(doc: Doc): Token[] {
  const { norm, text } = doc;
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  let lastEnd = 0;
  while (i < n) {
    if (!isWordCode(norm.charCodeAt(i), norm, i)) { i++; continue; }
    const s = i;
    while (i < n && isWordCode(norm.charCodeAt(i), norm, i)) i++;
    const e = i;
    // Possessive 's (and the apostrophe) belongs to the word before it.
    if (norm.charCodeAt(s - 1) === 39 && e - s === 1 && norm[s] === 's' && tokens.length && tokens[tokens.length - 1]!.end === s - 1) {
      tokens[tokens.length - 1]!.poss = true;
      continue;
    }
    const o0 = doc.origStart(s);
    const o1 = doc.origEnd(e - 1);
    const first = text[o0];
    const cap = isUpper(first);
    let allCaps = cap && e - s > 1;
    let camel = false;
    for (let k = o0 + 1; k < o1; k++) {
      const ch = text[k]!;
      if (isLower(ch)) allCaps = false;
      else if (isUpper(ch) && isLower(text[k - 1])) camel = true;
    }
    // Sentence-initial: nothing but spaces, quotes or brackets since the last sentence end.
    let p = s - 1;
    while (p >= lastEnd && p >= 0) {
      const ch = norm[p]!;
      if (ch === ' ' || ch === '\t' || ch === "'" || ch === '(' || ch === '[' || ch === '*' || ch === '-' || ch === '•' || ch === '\r') { p--; continue; }
      break;
    }
    const prev = p < 0 ? '' : norm[p]!;
    const pc = prev.charCodeAt(0);
    const initial = p < 0 || SENTENCE_END.has(prev) || (pc >= 0x2000 && !isWordCode(pc, norm, p)) || (pc >= 0xd800 && pc <= 0xdfff);
    const before = norm[s - 1];
    const tag = before === '#' || before === '@' ? before : '';
    tokens.push({ start: s, end: e, norm: norm.slice(s, e), cap, allCaps, initial, tag, camel, poss: false });
    lastEnd = e;
  }
  return tokens;
}

export function makeDoc(text: string): Doc {
  const { norm, start, end } = normalise(text);
  const doc: Doc = {
    text,
    norm,
    tokens: [],
    origStart: start ? (i) => (i < norm.length ? start[i]! : text.length) : (i) => i,
    origEnd: end ? (i) => (i < 0 ? 0 : i < norm.length ? end[i]! : text.length) : (i) => i + 1,
    orig: (t) => text.slice(doc.origStart(t.start), doc.origEnd(t.end - 1)),
  };
  doc.tokens = tokenise(doc);
  return doc;
}
