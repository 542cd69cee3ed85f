// Pupil lists as the school's systems save them (samples made byte for byte by
// test/unit/imports/make-samples.mjs, which says which layouts could not be checked against a real
// export): whatever the encoding, Siân, Zoë and Seán come through with their accents.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../src/settings/decode';
import { parsePupilFile, parsePupilList } from '../../src/settings/pupils';
import { say } from '../../src/settings/said';
// @ts-expect-error plain ESM script without types
import { SAMPLES } from './imports/make-samples.mjs';

const dir = join(import.meta.dirname, 'imports');
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

const EXPECTED: Record<string, { encoding: string; bom: boolean }> = {
  'excel-csv-utf8.csv': { encoding: 'UTF-8', bom: true },
  'excel-csv-1252.csv': { encoding: 'Windows-1252', bom: false },
  'excel-unicode-text.txt': { encoding: 'UTF-16LE', bom: true },
  'sims-report.csv': { encoding: 'Windows-1252', bom: false },
  'arbor-students.csv': { encoding: 'UTF-8', bom: false },
  'bromcom-students.csv': { encoding: 'UTF-8', bom: true },
  'utf16le-no-bom.txt': { encoding: 'UTF-16LE', bom: false },
  'utf16be-bom.txt': { encoding: 'UTF-16BE', bom: true },
  'utf16be-no-bom.txt': { encoding: 'UTF-16BE', bom: false },
  'notepad-utf8.txt': { encoding: 'UTF-8', bom: false },
};

describe('pupil lists from Excel and MIS exports', () => {
  it('the committed samples are what make-samples.mjs writes', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [name, bytes] of Object.entries(SAMPLES as Record<string, Buffer>)) {
      expect(Buffer.from(read(name)).equals(bytes), `${name} is out of date: run node test/unit/imports/make-samples.mjs`).toBe(true);
    }
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name}: read as ${want.encoding}${want.bom ? ' with a byte-order mark' : ''}, and Siân, Zoë and Seán survive`, () => {
      const bytes = read(name);
      const decoded = decodeText(bytes);
      expect({ encoding: decoded.encoding, bom: decoded.bom }).toEqual(want);
      expect(decoded.text).not.toMatch(/^\uFEFF|\uFFFD|\u0000/);
      const r = parsePupilFile(bytes);
      expect(r.error).toBeUndefined();
      expect(r.skipped).toEqual([]);
      expect(r.names).toEqual(expect.arrayContaining(['Siân Jones', 'Zoë Smith', 'Seán O’Brien']));
      expect(r.understoodAs.map(say).join(' ')).toContain(want.encoding.replace('UTF-16', 'UTF-16 '));
    });
  }

  it('reading as UTF-8 only (what the options page did before) mangles the Windows-1252 and UTF-16 files', () => {
    for (const name of ['excel-csv-1252.csv', 'sims-report.csv', 'excel-unicode-text.txt', 'utf16le-no-bom.txt']) {
      const r = parsePupilList(new TextDecoder('utf-8').decode(read(name)));
      expect(r.names.includes('Siân Jones'), name).toBe(false);
    }
  });

  it('a spreadsheet saved as .xlsx or .xls is still refused with advice, not read as text', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0, 0x21, 0x00]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const bytes of [xlsx, xls]) expect(say(parsePupilFile(bytes).error!)).toMatch(/spreadsheet file/);
  });

  it('plain ASCII stays UTF-8, and a lone 1252 byte in otherwise ASCII text is read as Windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('Amelia Jones\r\nTom Li\r\n')).encoding).toBe('UTF-8');
    const d = decodeText(new Uint8Array([...new TextEncoder().encode('Chlo'), 0xeb, 0x0d, 0x0a]));
    expect(d).toEqual({ text: 'Chloë\r\n', encoding: 'Windows-1252', bom: false });
  });
});
