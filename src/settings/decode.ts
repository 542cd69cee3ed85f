// Turns the bytes of a file from the school's systems into text. Excel and the MIS packages save
// in whatever their "Save as" option means: Excel's "CSV UTF-8" is UTF-8 with a byte-order mark,
// "CSV (Comma delimited)" is the Windows code page (Windows-1252 on a British PC), "Unicode Text"
// is UTF-16 little-endian with a mark; some exporters write UTF-16 with no mark at all. Reading
// every file as UTF-8 turns Siân, Zoë and Seán into "Si\uFFFDn"; this picks the encoding from the
// bytes. Pure, so the unit tests feed it real byte sequences.

import { said, type Said } from './said';

type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252' | 'binary';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Whether the file began with a byte-order mark (which is not part of the text). */
  bom: boolean;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the WHATWG Encoding Standard's index-windows-1252;
 * the five unassigned bytes keep their C1 code). The other bytes are the same as in Latin-1. Decoded
 * here rather than with TextDecoder('windows-1252') because Node's decoder treats that label as
 * Latin-1 and turns ’ (0x92) into a control character, which would hide the bug from the tests.
 */
const CP1252_80 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decode1252(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = b.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (x) => (x >= 0x80 && x <= 0x9f ? CP1252_80.charCodeAt(x - 0x80) : x)));
  }
  return out;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/**
 * UTF-16 with no mark, told apart by where the zero bytes fall: names and column headings are
 * mostly Latin letters, whose UTF-16 form has a zero high byte, so one parity is mostly zeros and
 * the other almost never is. UTF-8 and Windows-1252 text has no zero bytes at all.
 */
function bomlessUtf16(b: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'UTF-16LE';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'UTF-16BE';
  return null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  // A spreadsheet saved as .xlsx (a zip) or .xls (an OLE file) is not text; the caller says so.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { text: decode1252(bytes), encoding: 'binary', bom: false };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8', bom: true };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE', bom: true };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16.toLowerCase()).decode(bytes), encoding: utf16, bom: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', bom: false };
  } catch {
    // Not valid UTF-8: a British Windows PC's code page. Every byte maps to a character, so nothing is lost.
    return { text: decode1252(bytes), encoding: 'Windows-1252', bom: false };
  }
}

/** How the file was read, in words an office manager recognises from Excel's "Save as" list. */
export function describeEncoding(d: Decoded): Said | null {
  switch (d.encoding) {
    case 'UTF-8':
      return d.bom ? said('import_read_utf8_bom') : said('import_read_utf8');
    case 'UTF-16LE':
      return said('import_read_utf16', 'UTF-16 LE');
    case 'UTF-16BE':
      return said('import_read_utf16', 'UTF-16 BE');
    case 'Windows-1252':
      return said('import_read_windows_1252');
    case 'binary':
      return null;
  }
}
