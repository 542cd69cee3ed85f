// Reads a pupil list pasted in or exported from the school's MIS (SIMS, Arbor, Bromcom…) as CSV or
// plain text. It must cope with whatever the office exports: a byte-order mark, commas, semicolons
// or tabs, "Surname, Forename" in one or two columns, header rows, blank lines and repeats.
// Pure and linear, so a 50,000-row file reads in well under a second.
import { decodeText, describeEncoding } from './decode';
import { said, saidN, type Said } from './said';

interface SkippedRow {
  line: number;
  text: string;
  reason: Said;
}

export interface PupilImport {
  /** "Forename Surname", cleaned, each once. */
  names: string[];
  /** Rows that held a name already in the list. */
  duplicates: number;
  skipped: SkippedRow[];
  /** How we read it, in plain words, for the preview: one sentence each (layout, then encoding). */
  understoodAs: Said[];
  /** Set when nothing usable could be read. */
  error?: Said;
}

type Delim = ',' | ';' | '\t' | null;

const HEADER_WORDS: Record<string, 'forename' | 'preferred' | 'surname' | 'name' | 'other'> = {
  forename: 'forename', forenames: 'forename', 'first name': 'forename', firstname: 'forename', 'given name': 'forename', 'legal forename': 'forename', 'first names': 'forename',
  'preferred forename': 'preferred', 'preferred name': 'preferred', 'known as': 'preferred', 'preferred first name': 'preferred',
  surname: 'surname', 'last name': 'surname', lastname: 'surname', 'family name': 'surname', 'legal surname': 'surname', 'preferred surname': 'surname',
  name: 'name', 'full name': 'name', 'pupil name': 'name', 'student name': 'name', 'child name': 'name', pupil: 'name', student: 'name', 'pupil/student': 'name',
  // Parents' and carers' exports (contacts in SIMS, Arbor, Bromcom): the contact's own columns.
  'parent name': 'name', 'carer name': 'name', 'contact name': 'name', 'parent/carer name': 'name', 'parent/carer': 'name', parent: 'name', carer: 'name', contact: 'name',
  'contact forename': 'forename', 'parent forename': 'forename', 'carer forename': 'forename', 'contact first name': 'forename',
  'contact surname': 'surname', 'parent surname': 'surname', 'carer surname': 'surname', 'contact last name': 'surname',
  title: 'other', relationship: 'other', 'relationship to pupil': 'other', priority: 'other', email: 'other', telephone: 'other', phone: 'other', mobile: 'other', address: 'other', 'parental responsibility': 'other',
  upn: 'other', 'reg group': 'other', registration: 'other', class: 'other', form: 'other', year: 'other', 'year group': 'other', dob: 'other', 'date of birth': 'other', gender: 'other', sex: 'other', 'admission number': 'other', adno: 'other', id: 'other',
};

const LETTER = /\p{L}/u;
// "&" for one line naming two parents ("Tom & Amira Khan").
const NAME_OK = /^[\p{L}\p{M}][\p{L}\p{M}'’\-.& ]*$/u;

/** Which list a file is read for: a parents' export also names each contact's child, which is left out. */
export type ListKind = 'pupils' | 'parents';
/** Columns that name the pupil: in a parents' or contacts' export they are not the person on the list. */
const PUPIL_COLUMNS = new Set(['pupil name', 'student name', 'child name', 'pupil', 'student', 'pupil/student', 'forename', 'surname', 'legal forename', 'legal surname', 'preferred forename', 'preferred surname', 'first name', 'last name']);

export function parsePupilList(input: string, max = 100_000, list: ListKind = 'pupils'): PupilImport {
  const result: PupilImport = { names: [], duplicates: 0, skipped: [], understoodAs: [] };
  if (input.startsWith('PK\u0003\u0004') || input.includes('\u0000')) {
    return { ...result, error: said('import_error_spreadsheet') };
  }
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ...result, error: said('import_error_empty') };

  const delim = detectDelimiter(text);
  const rows = delim ? parseDelimited(text, delim) : text.split(/\r\n|\r|\n/).map((l, i) => ({ line: i + 1, cells: [l] }));
  const nonBlank = rows.filter((r) => r.cells.some((c) => c.trim()));

  const header = nonBlank[0] ? readHeader(nonBlank[0].cells, list) : null;
  const body = header ? nonBlank.slice(1) : nonBlank;
  const seen = new Set<string>();
  const push = (name: string) => {
    const key = name.toLocaleLowerCase('en-GB');
    if (seen.has(key)) result.duplicates++;
    else {
      seen.add(key);
      result.names.push(name);
    }
  };

  for (const { line, cells } of body) {
    const raw = cells.join(delim ?? '');
    const found: string[] = [];
    if (header) {
      const surname = header.surname >= 0 ? tidy(cells[header.surname] ?? '') : '';
      for (const col of [header.forename, header.preferred]) if (col >= 0 && tidy(cells[col] ?? '')) found.push(`${tidy(cells[col]!)} ${surname}`.trim());
      if (header.name >= 0 && tidy(cells[header.name] ?? '')) found.push(flip(tidy(cells[header.name]!)));
      if (!found.length && surname) found.push(surname);
    } else {
      const filled = cells.map(tidy).filter(Boolean);
      if (filled.length === 1) found.push(flip(filled[0]!));
      else if (filled.length >= 2) found.push(`${filled[1]} ${filled[0]}`); // MIS exports put surname first
    }
    if (!found.length) {
      result.skipped.push({ line, text: raw, reason: said('import_skip_no_name') });
      continue;
    }
    for (const name of new Set(found)) {
      const problem = checkName(name);
      if (problem) result.skipped.push({ line, text: raw, reason: problem });
      else push(name);
    }
  }

  result.understoodAs = [describeLayout(delim, header, nonBlank[0]?.cells.length ?? 0)];
  if (!result.names.length) {
    result.error = header
      ? said('import_error_headings_only')
      : said(list === 'pupils' ? 'import_error_no_pupils' : 'import_error_no_parents');
  } else if (result.names.length > max) {
    result.error = saidN('import_error_too_many', result.names.length, max);
  }
  return result;
}

/** A pupil list file as it came from the disk: the encoding is picked from the bytes (decode.ts). */
export function parsePupilFile(bytes: Uint8Array, max = 100_000, list: ListKind = 'pupils'): PupilImport {
  const decoded = decodeText(bytes);
  const result = parsePupilList(decoded.text, max, list);
  const how = describeEncoding(decoded);
  if (!result.error && how) result.understoodAs.push(how);
  return result;
}

function tidy(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim();
}

/** "Smith, John" → "John Smith"; anything else unchanged. */
function flip(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : name;
}

function checkName(name: string): Said | null {
  if (!LETTER.test(name)) return said('import_skip_no_letters');
  if (/@|https?:|www\./i.test(name)) return said('import_skip_address');
  if (/\d/.test(name)) return said('import_skip_numbers');
  if (!NAME_OK.test(name)) return said('import_skip_characters');
  if (name.length > 80) return said('import_skip_too_long');
  if (name.replace(/[^\p{L}]/gu, '').length < 2) return said('import_skip_too_short');
  return null;
}

interface Header {
  forename: number;
  preferred: number;
  surname: number;
  name: number;
}

function readHeader(cells: string[], list: ListKind): Header | null {
  const h: Header = { forename: -1, preferred: -1, surname: -1, name: -1 };
  let known = 0;
  const words = cells.map((c) => c.trim().toLowerCase().replace(/[_\s]+/g, ' ').replace(/[:*]$/, ''));
  // A contacts export with its own "Contact Forename" columns names the pupil in the plain ones.
  const contactColumns = list === 'parents' && words.some((w) => /^(contact|parent|carer)/.test(w) && HEADER_WORDS[w]);
  words.forEach((w, i) => {
    let kind = HEADER_WORDS[w];
    if (!kind) return;
    known++;
    if (contactColumns && PUPIL_COLUMNS.has(w)) kind = 'other';
    if (kind !== 'other' && h[kind] < 0) h[kind] = i;
  });
  // A header is a row of column names we recognise, not a pupil called "Name".
  if (!known || known < Math.ceil(cells.filter((c) => c.trim()).length / 2)) return null;
  return h.forename >= 0 || h.preferred >= 0 || h.surname >= 0 || h.name >= 0 ? h : null;
}

// One message per separator: Welsh mutates the word after "gan" (tabiau → dabiau), so the
// separator cannot be a word dropped into one sentence.
const LAYOUT = {
  '\t': { headings: 'import_layout_tabs_headings', columns: 'import_layout_tabs_columns', plain: 'import_layout_tabs' },
  ';': { headings: 'import_layout_semicolons_headings', columns: 'import_layout_semicolons_columns', plain: 'import_layout_semicolons' },
  ',': { headings: 'import_layout_commas_headings', columns: 'import_layout_commas_columns', plain: 'import_layout_commas' },
} as const;

function describeLayout(delim: Delim, header: Header | null, columns: number): Said {
  if (!delim) return said('import_layout_lines');
  const words = LAYOUT[delim];
  return said(header ? words.headings : columns >= 2 ? words.columns : words.plain);
}

/**
 * Picks the separator that splits most lines the same way. A comma on only some lines is the
 * "Surname, Forename" convention inside a one-name-per-line list, not a column separator.
 */
function detectDelimiter(text: string): Delim {
  const records = countPerRecord(text.slice(0, 50_000));
  let best: Delim = null;
  let bestScore = 0;
  for (const d of ['\t', ';', ','] as const) {
    const withIt = records.filter((r) => (r[d] ?? 0) > 0).length;
    if (!records.length || withIt < records.length * 0.8) continue;
    const score = withIt + (d === ',' ? 0 : 0.5);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Separator counts per non-blank record; a quoted line break does not end a record. */
function countPerRecord(text: string): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  let cur = { '\t': 0, ';': 0, ',': 0 } as Record<string, number>;
  let filled = false;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (filled) out.push(cur);
      cur = { '\t': 0, ';': 0, ',': 0 };
      filled = false;
      continue;
    } else if (!quoted && ch in cur) cur[ch]!++;
    if (ch.trim()) filled = true;
  }
  if (filled) out.push(cur);
  return out;
}

/** RFC 4180 reading: quotes may hold the separator, doubled quotes and line breaks. */
function parseDelimited(text: string, d: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        }
        else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && !cell.trim()) {
      quoted = true;
      cell = '';
    } else if (ch === d) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      rowLine = ++line;
    } else cell += ch;
  }
  if (cell || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
