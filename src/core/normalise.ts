// Folding: lower case, accents removed, zero-width characters dropped, curly quotes straightened.
// The tokeniser (doc.ts) folds words one character at a time; the pattern tables read a folded copy
// of the draft with the same offsets (alignedNorm), so they report exact positions with no mapping.

/** Invisible characters people (or copy-paste) put inside words; they must not hide a name. */
const INVISIBLE = new Set([0x00ad, 0x034f, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);

const hex = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
/**
 * Characters that folding drops (foldCodePoint gives ''): the invisible ones, variation selectors, combining marks.
 * The look-ahead is a plain range holding all of them (the first mark is U+0300): V8 rules an ASCII
 * character out with it in one comparison, where the class with \\p{M} cost 2.6 times as much per
 * character (a search of a 20,000-character draft, 125 against 48 µs). Same characters matched.
 */
export const VANISHING = new RegExp(`(?=[\\u00ad\\u0300-\\u{10ffff}])[${[...INVISIBLE].map(hex).join('')}\\ufe00-\\ufe0e\\p{M}]`, 'gu');

const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u3000': ' ', '\u2028': '\n', '\u2029': '\n',
  '\uff20': '@', '\uff03': '#',
};

const MARKS = /\p{M}/gu;
const cache = new Map<number, string>();

/** Folded lower-case form of one code point ('' when it should disappear). */
export function foldCodePoint(cp: number): string {
  let f = cache.get(cp);
  if (f !== undefined) return f;
  if (INVISIBLE.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0e)) f = '';
  else {
    const ch = String.fromCodePoint(cp);
    const lower = ch.toLowerCase();
    f = SPECIAL[ch] ?? SPECIAL[lower] ?? lower.normalize('NFD').replace(MARKS, '');
    // Full-width Latin letters and digits ("Ｅｌｌｉｅ") fold to ASCII.
    if (f.length === 1) {
      const c = f.charCodeAt(0);
      if (c >= 0xff01 && c <= 0xff5e) f = String.fromCharCode(c - 0xfee0).toLowerCase();
    }
  }
  if (cache.size < 4096) cache.set(cp, f);
  return f;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** The next code unit outside ASCII (a run of them, e.g. a surrogate pair, is walked from there). */
const NON_ASCII_G = /[^\x00-\x7f]/g;
const NON_ASCII_CP = /[^\x00-\x7f]/gu;
const backticks = (s: string) => (s.includes('`') ? s.replace(/`/g, "'") : s);

/** Same length as the input, whatever toLowerCase does to a few letters ("İ" becomes two units). */
function lowerKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Folded form of one character (code point cp, `width` UTF-16 units) that keeps its length:
 * ß → "ss" cannot keep the offsets, so it becomes "s", still a letter ("ßmy class" stays one word);
 * a character with no such form (zero-width, combining accents) stays as it is.
 */
function foldKeepingLength(cp: number, width: number): string {
  const f = foldCodePoint(cp);
  if (f.length === width) return f;
  return width === 1 && f.length > 1 ? f[0]! : String.fromCodePoint(cp);
}

/**
 * Whether the text alignedNorm last folded held a character folding drops (VANISHING), or it could
 * not tell (true): the pattern tables then look for them (regex.ts), and skip that search when not.
 */
let vanishing = true;
export const lastHadVanishing = (): boolean => vanishing;

/**
 * The draft folded for the pattern tables: lower case, accents removed, curly quotes and dashes
 * straightened, offset for offset the same as the draft. A character whose folded form has another
 * length keeps its first folded letter (ß → s) or, if it has none (zero-width characters, combining
 * accents), is left as it is: the pattern tables are plain English phrases, and the tokeniser, which
 * names depend on, folds those words itself.
 */
export function alignedNorm(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = lowerKeepingLength(text);
  vanishing = false;
  if (!NON_ASCII.test(lower)) return backticks(lower);
  // Usually only a few characters change (’ → ', é → e; emoji stay): copy just those.
  const parts: string[] = [];
  let from = 0;
  NON_ASCII_G.lastIndex = 0;
  // test() finds the next character outside ASCII without building a match object; the loop below
  // then walks the run it starts.
  while (NON_ASCII_G.test(lower)) {
    const runStart = NON_ASCII_G.lastIndex - 1;
    let runEnd = runStart + 1;
    while (runEnd < lower.length && lower.charCodeAt(runEnd) >= 0x80) runEnd++;
    NON_ASCII_G.lastIndex = runEnd;
    for (let i = runStart; i < runEnd; ) {
      const c = lower.charCodeAt(i);
      let cp = c;
      let width = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < runEnd) {
        const d = lower.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      const folded = foldCodePoint(cp);
      if (folded === '') vanishing = true;
      const f = folded.length === width ? folded : width === 1 && folded.length > 1 ? folded[0]! : String.fromCodePoint(cp);
      if (f.charCodeAt(0) !== c || (width === 2 && f.charCodeAt(1) !== lower.charCodeAt(i + 1))) {
        // Text full of accents: one native replace beats copying piece by piece.
        if (parts.length >= 128) {
          vanishing = true; // not looked at past here
          return backticks(lower.replace(NON_ASCII_CP, (ch) => foldKeepingLength(ch.codePointAt(0)!, ch.length)));
        }
        parts.push(lower.slice(from, i), f);
        from = i + width;
      }
      i += width;
    }
  }
  if (from === 0) return backticks(lower);
  parts.push(lower.slice(from));
  return backticks(parts.join(''));
}
