import { NameIndex, nameTokens, type NameForm } from '../names';
import { nameVariants } from '../nicknames';
import { listedNames, TITLES } from '../people';
import type { Check, CompiledConfig, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'parent-names',
  examples: "full names from the parents' and carers' list",
  title: "A parent's or carer's name",
  severity: 'medium',
  questions: [4, 5, 3],
  explanation:
    "This looks like the name of a pupil's parent or carer. School policy says staff must not share information about pupils or their families on personal social media: a parent's name can lead someone to their child.",
  // Many parents are also friends and neighbours: the school decides whether drafts are checked for them.
  defaultOn: false,
  help: "A parent's or carer's full name, or a nickname with the surname, in a post (never a first name alone). Off unless the school switches it on; the reminder before friending, following or messaging a parent also uses the list.",
};

/** Names compiled between two yields: a few milliseconds' work. */
const STEP = 250;

export function* steps({ raw, lexicon }: CompiledConfig): Generator<void, Check | null, void> {
  const idx = new NameIndex(lexicon);
  let n = 0;
  for (const entry of raw.parentNames ?? []) {
    if (++n % STEP === 0) yield;
    for (const name of listedNames(entry)) {
      const ws = name.trim().split(/\s+/);
      while (ws.length > 1 && TITLES.has(nameTokens(ws[0]!).tokens.join(''))) ws.shift();
      if (ws.length < 2) continue; // a first name or a surname alone is too common to flag
      const tokens = nameTokens(ws.join(' ')).tokens;
      const first = nameTokens(ws[0]!).tokens[0];
      const last = nameTokens(ws[ws.length - 1]!).tokens;
      if (!first || !last.length) continue;
      const form: NameForm = { tokens };
      idx.add(form);
      for (const f of [first, ...nameVariants(first)]) {
        // "Jane Porter", "Janie Porter"; "Ellie Jones-Baker", "Ellie Baker" for a double-barrelled name.
        idx.add({ tokens: [f, ...last] });
        if (last.length > 1) for (const part of last) idx.add({ tokens: [f, part] });
        // #JanePorter, @janeporter: joined up, but never inside a longer word.
        idx.addJoined(f + last.join(''), form, false);
      }
    }
  }
  if (idx.size === 0) return null;
  return (doc, report) => idx.scan(doc, report);
}
