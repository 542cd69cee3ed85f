import { editDistance, NameIndex, nameTokens } from '../names';
import type { Doc, Report, RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'colleague',
  examples: 'names from the staff list',
  title: "A colleague's name",
  severity: 'medium',
  questions: [5, 3, 7],
  explanation:
    'This names a colleague. School policy says staff should not post about colleagues or share anything they know through work.',
};

const TITLES = ['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir'];

export const create: RuleCreate = ({ raw, lexicon }) => {
  const idx = new NameIndex(lexicon);
  const surnames: string[] = [];
  for (const entry of raw.staffNames ?? []) {
    let { tokens } = nameTokens(entry);
    const title = TITLES.includes(tokens[0] ?? '') ? tokens[0] : undefined;
    if (title) tokens = tokens.slice(1);
    if (!tokens.length) continue;
    const last = tokens[tokens.length - 1]!;
    // Staff first names alone are too common to flag; a full name or "Mrs Jones" is specific.
    if (tokens.length > 1) {
      idx.add({ tokens });
      idx.add({ tokens: [tokens[0]!, last] });
      idx.addJoined(tokens[0]! + last, { tokens });
    }
    // A title makes the surname a person in any case ("mr baker", "miss cole").
    for (const t of title ? [title] : TITLES) idx.add({ tokens: [t, last] });
    if (last.length >= 4) surnames.push(last);
  }
  if (idx.size === 0) return null;
  return (doc, report) => {
    idx.scan(doc, report);
    if (surnames.length) typos(doc, report);
  };
  /** A title then a surname one letter out ("Mr Bakr", "mrs pritchad", "Mr Lewellyn's"). */
  function typos(doc: Doc, report: Report): void {
    for (let k = 0; k + 1 < doc.tokens.length; k++) {
      if (doc.endOf(k) - doc.startOf(k) > 4 || !TITLES.includes(doc.word(k))) continue;
      const w = doc.word(k + 1);
      if (w.length < 4 || doc.startOf(k + 1) - doc.endOf(k) > 2 || surnames.includes(w)) continue;
      if (surnames.some((s) => s[0] === w[0] && editDistance(s, w, 1) <= 1)) report(doc.startOf(k), doc.endOf(k + 1));
    }
  }
};
