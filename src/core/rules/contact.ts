import { findAddresses } from '../address';
import { reportAll } from '../regex';
import type { Doc, Report, RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'contact',
  examples: 'phone numbers and email addresses',
  title: 'Contact details',
  severity: 'high',
  questions: [1, 2, 4],
  explanation:
    "This shares a phone number, email or address. School policy asks staff to keep personal numbers, addresses and email private, so pupils, families or strangers can't reach you outside school.",
};

const EMAIL = /\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}\b/g;
// Read from the folded copy: no-break spaces, dashes and full-width digits are plain there.
const PHONE = /(?<![\w+/.:-])(?:\+|00)?\(?\d[\d ().-]{7,18}\d(?![\d/])/g;

function isPhone(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  if (/^(?:\+|00)/.test(s)) return digits.length >= 9 && digits.length <= 15;
  // UK numbers: 0 then 9-10 more digits ("07700 900123", "(01632) 960 001", "0800 123 456").
  if (!/^\(?0/.test(s)) return false;
  if (/\d\.\d/.test(s)) return false; // dates and versions: 01.02.2025
  return digits.length >= 10 && digits.length <= 11;
}

// The same pattern, tried at one place. Every address holds exactly one @ and starts at most 64
// characters before it, so instead of running EMAIL from every word of a long draft (slow once the
// draft has any @handle), each @ is tried from the one start the global search would have found.
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
const isLocal = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

function findEmails(doc: Doc, report: Report): void {
  const { norm } = doc;
  let from = 0; // where the global search would resume
  for (let at = norm.indexOf('@'); at !== -1; at = norm.indexOf('@', at + 1)) {
    // The local part: up to 64 characters of its class right before the @.
    let s0 = at;
    while (s0 > 0 && at - s0 < 64 && isLocal(norm.charCodeAt(s0 - 1))) s0--;
    // Leftmost start at or after `from` with a letter or digit at a word boundary.
    let s = Math.max(s0, from);
    while (s < at && !(((norm.charCodeAt(s) >= 97 && norm.charCodeAt(s) <= 122) || (norm.charCodeAt(s) >= 48 && norm.charCodeAt(s) <= 57)) && (s === 0 || !isWord(norm.charCodeAt(s - 1))))) s++;
    if (s >= at) continue;
    EMAIL_AT.lastIndex = s;
    const m = EMAIL_AT.exec(norm);
    if (!m) continue;
    report(s, s + m[0].length);
    from = s + m[0].length;
    at = Math.max(at, from - 1);
  }
}

export const create: RuleCreate = () => (doc, report) => {
  if (doc.text.includes('@') || doc.text.includes('\uff20')) findEmails(doc, report);
  // Nine digits at least (isPhone): most drafts have fewer, and then the draft need not be folded.
  if (doc.digits >= 9) reportAll(PHONE, doc, report, (m) => isPhone(m[0].trim()), doc.norm);
  findAddresses(doc, report);
};
