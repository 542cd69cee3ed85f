import { NameIndex, nameTokens, type NameForm } from '../names';
import { nameVariants } from '../nicknames';
import type { RuleCreate, RuleMeta } from '../types';
import { STRICT_WORD_NAMES, WORD_NAMES } from '../words';

export const meta: RuleMeta = {
  id: 'pupil',
  title: "A pupil's name",
  severity: 'high',
  questions: [4, 5, 1],
  explanation:
    "This looks like a pupil's name. School policy says information about pupils must never be shared on personal social media: a name can help someone find a child.",
};

export function firstNameForm(first: string, surname?: string): NameForm {
  const word = WORD_NAMES.has(first) || first.length <= 2;
  return { tokens: [first], wordName: word, strict: STRICT_WORD_NAMES.has(first), surname, vetoOtherSurname: true };
}

export const create: RuleCreate = ({ raw }) => {
  const idx = new NameIndex();
  for (const entry of raw.pupilNames) {
    const { tokens } = nameTokens(entry);
    if (!tokens.length) continue;
    const first = tokens[0]!;
    const last = tokens.length > 1 ? tokens[tokens.length - 1]! : undefined;
    const firsts = [first, ...nameVariants(first)];
    for (const f of firsts) {
      idx.add(firstNameForm(f, last));
      if (!WORD_NAMES.has(f)) idx.addAffix(f, { tokens: [f] });
      if (last) idx.addSurname(last, f);
      if (last) {
        const full = f === first ? tokens : [f, ...tokens.slice(1)];
        idx.add({ tokens: full });
        idx.add({ tokens: [f, last] });
        idx.add({ tokens: [last, f] }); // "Smith, Ellie" in a register-style list
        idx.addJoined(full.join(''), { tokens: full });
        idx.addJoined(f + last, { tokens: [f, last] });
      }
    }
    // Typos are looked for in the name as given, not in every nickname ("Mill" is not "Milly").
    if (!WORD_NAMES.has(first)) idx.addFuzzy(first, { tokens: [first], surname: last, vetoOtherSurname: true });
    // "E. Smith", "Ellie S": an initial needs capitals to be a name.
    if (last) {
      idx.add({ tokens: [first[0]!, last], needCap: true });
      idx.add({ tokens: [first, last[0]!], needCap: true });
    }
  }
  if (idx.size === 0) return null;
  return (doc, report) => idx.scan(doc, report);
};
