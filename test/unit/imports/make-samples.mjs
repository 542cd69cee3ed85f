// Writes the sample exports in this folder, byte for byte as each program saves them, so the
// import tests read real bytes rather than strings. Run: node test/unit/imports/make-samples.mjs
//
// Excel's three "Save as" types follow Microsoft's descriptions of them ("CSV UTF-8 (Comma
// delimited)": UTF-8 with a byte-order mark; "CSV (Comma delimited)": the Windows code page, 1252
// on a British PC; "Unicode Text": UTF-16 little-endian with a mark, tab-separated), all with CRLF
// line ends. The SIMS, Arbor and Bromcom files are modelled on the column headings those systems
// use; none could be checked against a real export from the system itself (no access here), so
// their encodings are assumptions, stated beside each below.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Windows-1252: ASCII and Latin-1 as themselves, plus the characters it puts in 0x80–0x9F. */
const CP1252_EXTRA = { '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, 'Š': 0x8a, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'š': 0x9a, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f };
function cp1252(text) {
  return Buffer.from([...text].map((ch) => {
    const c = ch.codePointAt(0);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
    if (ch in CP1252_EXTRA) return CP1252_EXTRA[ch];
    throw new Error(`${ch} has no Windows-1252 byte`);
  }));
}
const utf8 = (text, bom) => Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
const utf16le = (text, bom) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
const utf16be = (text, bom) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), le]);
};
const crlf = (rows) => rows.join('\r\n') + '\r\n';

export const SAMPLES = {
  // Excel, Save as "CSV UTF-8 (Comma delimited)".
  'excel-csv-utf8.csv': utf8(crlf(['Surname,Forename,Reg Group', 'Jones,Siân,6J', 'Smith,Zoë,6J', 'O’Brien,Seán,5B', 'Hughes,Amelia,5B']), true),
  // Excel, Save as "CSV (Comma delimited)" on a British Windows PC: Windows-1252, no mark.
  'excel-csv-1252.csv': cp1252(crlf(['Surname,Forename,Reg Group', 'Jones,Siân,6J', 'Smith,Zoë,6J', 'O’Brien,Seán,5B', 'Hughes,Amelia,5B'])),
  // Excel, Save as "Unicode Text": UTF-16 LE with a mark, tab-separated.
  'excel-unicode-text.txt': utf16le(crlf(['Surname\tForename\tReg Group', 'Jones\tSiân\t6J', 'Smith\tZoë\t6J', 'O’Brien\tSeán\t5B', 'Hughes\tAmelia\t5B']), true),
  // SIMS report exported to CSV (assumed Windows-1252: SIMS .NET is a Windows program; not verified).
  'sims-report.csv': cp1252(crlf(['UPN,Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group', 'A123456789012,Jones,Siân,Siân,Year 6,6J', 'A123456789013,Smith,Zoë,Zoë,Year 6,6J', 'A123456789014,O’Brien,Seán,Seán,Year 5,5B'])),
  // Arbor student list exported to CSV (assumed UTF-8 without a mark, every field quoted, LF; not verified).
  'arbor-students.csv': utf8(['"First Name","Last Name","Year","Registration Form"', '"Siân","Jones","Year 6","6J"', '"Zoë","Smith","Year 6","6J"', '"Seán","O’Brien","Year 5","5B"'].join('\n') + '\n', false),
  // Bromcom student list exported to CSV (assumed UTF-8 with a mark, CRLF; not verified).
  'bromcom-students.csv': utf8(crlf(['Forename,Surname,Preferred Name,Year Group,Tutor Group', 'Siân,Jones,,6,6J', 'Zoë,Smith,,6,6J', 'Seán,"O’Brien",,5,5B']), true),
  // An exporter writing UTF-16 without a mark, and one writing big-endian with a mark.
  'utf16le-no-bom.txt': utf16le(crlf(['Siân Jones', 'Zoë Smith', 'Seán O’Brien']), false),
  'utf16be-bom.txt': utf16be(crlf(['Siân Jones', 'Zoë Smith', 'Seán O’Brien']), true),
  'utf16be-no-bom.txt': utf16be(crlf(['Siân Jones', 'Zoë Smith', 'Seán O’Brien']), false),
  // A plain list typed in Notepad on Windows 10+ (UTF-8, no mark).
  'notepad-utf8.txt': utf8(crlf(['Siân Jones', 'Zoë Smith', 'Seán O’Brien']), false),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, bytes] of Object.entries(SAMPLES)) writeFileSync(join(here, name), bytes);
  console.log(`wrote ${Object.keys(SAMPLES).length} samples to ${here}`);
}
