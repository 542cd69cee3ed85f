import { findAddresses } from '../address';
import { reportAll } from '../regex';
import type { RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'contact',
  title: 'Contact details',
  severity: 'high',
  questions: [1, 2, 4],
  explanation:
    "This shares a phone number, email or address. School policy asks staff to keep personal numbers, addresses and email private, so pupils, families or strangers can't reach you outside school.",
};

const EMAIL = /\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}\b/g;
const PHONE = /(?<![\w+/.:-])(?:\+|00)?\(?\d[\d ().-]{7,18}\d(?![\d/])/g;

function isPhone(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  if (/^(?:\+|00)/.test(s)) return digits.length >= 9 && digits.length <= 15;
  // UK numbers: 0 then 9-10 more digits ("07700 900123", "(01632) 960 001", "0800 123 456").
  if (!/^\(?0/.test(s)) return false;
  if (/\d\.\d/.test(s)) return false; // dates and versions: 01.02.2025
  return digits.length >= 10 && digits.length <= 11;
}

export const create: RuleCreate = () => (doc, report) => {
  if (doc.norm.includes('@')) reportAll(EMAIL, doc, report);
  reportAll(PHONE, doc, report, (m) => isPhone(m[0].trim()));
  findAddresses(doc, report);
};
