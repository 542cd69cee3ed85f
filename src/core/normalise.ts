// One pass over the draft that yields a folded lower-case copy (accents removed, zero-width
// characters dropped, curly quotes straightened) plus a map back to the original UTF-16 offsets,
// so every rule can match simple ASCII-ish text and still report exact positions.

/** Invisible characters people (or copy-paste) put inside words; they must not hide a name. */
const INVISIBLE = new Set([0x00ad, 0x034f, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);

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

export interface Normalised {
  norm: string;
  /** null when norm is offset-for-offset the same as the text (plain ASCII). */
  start: Uint32Array | null;
  end: Uint32Array | null;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** The next code unit outside ASCII (a run of them, e.g. a surrogate pair, is walked from there). */
const NON_ASCII_G = /[^\x00-\x7f]/g;
const NON_ASCII_CP = /[^\x00-\x7f]/gu;
const backticks = (s: string) => (s.includes('`') ? s.replace(/`/g, "'") : s);

export function normalise(text: string): Normalised {
  if (!NON_ASCII.test(text)) return { norm: backticks(text.toLowerCase()), start: null, end: null };
  // Usual case: every character folds to as many UTF-16 units as it had (é → e, ’ → ', emoji stay),
  // so offsets are unchanged and no map is needed. Only the characters that change are copied.
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    const parts: string[] = [];
    let from = 0;
    let same = true;
    let dense = false;
    NON_ASCII_G.lastIndex = 0;
    // test() finds the next character outside ASCII without building a match object; the loop below
    // then walks the run it starts.
    runs: while (NON_ASCII_G.test(lower)) {
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
        const f = foldCodePoint(cp);
        if (f.length !== width) { same = false; break runs; }
        if (f.charCodeAt(0) !== c || (width === 2 && f.charCodeAt(1) !== lower.charCodeAt(i + 1))) {
          // Text full of accents: one native replace beats copying piece by piece.
          if (parts.length >= 128) { dense = true; break runs; }
          parts.push(lower.slice(from, i), f);
          from = i + width;
        }
        i += width;
      }
    }
    if (dense) {
      const norm = lower.replace(NON_ASCII_CP, (ch) => {
        const f = foldCodePoint(ch.codePointAt(0)!);
        if (f.length !== ch.length) same = false;
        return f;
      });
      if (same) return { norm: backticks(norm), start: null, end: null };
    } else if (same) {
      if (from === 0) return { norm: backticks(lower), start: null, end: null };
      parts.push(lower.slice(from));
      return { norm: backticks(parts.join('')), start: null, end: null };
    }
  }
  const n = text.length;
  // Folding can lengthen text (ß → ss); grow on demand.
  let start = new Uint32Array(n + 16);
  let end = new Uint32Array(n + 16);
  const parts: string[] = [];
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let piece: string;
    let width = 1;
    if (c < 0x80) piece = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c === 96 ? "'" : text[i]!;
    else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      piece = foldCodePoint(cp);
    }
    if (piece.length === 0) {
      // Dropped mark or invisible: the previous character now covers it, so a highlight keeps it.
      if (len > 0) end[len - 1] = i + width;
    } else {
      if (len + piece.length >= start.length) {
        const grow = (a: Uint32Array) => { const b = new Uint32Array(a.length * 2 + piece.length); b.set(a); return b; };
        start = grow(start);
        end = grow(end);
      }
      for (let k = 0; k < piece.length; k++) {
        start[len + k] = i;
        end[len + k] = i + width;
      }
      parts.push(piece);
      len += piece.length;
    }
    i += width;
  }
  return { norm: parts.join(''), start, end };
}
