import { NameIndex, nameTokens } from '../names';
import type { RuleCreate, RuleMeta } from '../types';

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
    for (const t of title ? [title] : TITLES) idx.add({ tokens: [t, last], needCap: true });
  }
  if (idx.size === 0) return null;
  return (doc, report) => idx.scan(doc, report);
};
