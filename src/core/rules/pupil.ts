import { NameIndex, nameTokens, type NameForm } from '../names';
import { nameVariants } from '../nicknames';
import type { Check, CompiledConfig, Doc, RuleMeta } from '../types';
import { COMMON_FIRST_NAMES, STRICT_WORD_NAMES, WELSH_WORD_NAMES, WORD_NAMES } from '../words';
import { mutations } from './school';

export const meta: RuleMeta = {
  id: 'pupil',
  examples: 'names from the pupil list',
  title: "A pupil's name",
  severity: 'high',
  questions: [4, 5, 1],
  explanation:
    "This looks like a pupil's name. School policy says information about pupils must never be shared on personal social media: a name can help someone find a child.",
};

/** Session 8: first names that are everyday nouns too ("the marina", "a carol service", "reef safe"), beside words.ts's WORD_NAMES. */
const NOUN_NAMES = new Set(['marina', 'carol', 'coral', 'candy', 'archer', 'reef', 'blaze', 'duke']);

export function firstNameForm(first: string): NameForm {
  const word = WORD_NAMES.has(first) || NOUN_NAMES.has(first) || first.length <= 2;
  return { tokens: [first], wordName: word, strict: STRICT_WORD_NAMES.has(first), vetoOtherSurname: true };
}

/*
 * Short forms used for pupils beyond the shared nickname table (which the contact nudge also reads,
 * so it is left as it is): Welsh and Arabic names' everyday forms ("Twm" for Tomos, "Mo" for Mohammed).
 */
const PUPIL_SHORT: Record<string, string[]> = {
  tomos: ['twm', 'tom', 'tomi'], dafydd: ['daf', 'dafs'], gwenllian: ['gwenni'], llywelyn: ['llew'], rhodri: ['rhods'],
  mohammed: ['mo', 'moe', 'mohammad', 'muhammad'], muhammad: ['mo', 'moe', 'mohammed'], mohammad: ['mo', 'moe', 'mohammed'], ibrahim: ['ibby', 'ibi'], finley: ['finn'], finlay: ['finn'],
  gruffydd: ['guto'], gruffudd: ['guto'], elis: ['eli'], gethin: ['geth'],
  aarav: ['avi'], jakub: ['kuba'], zofia: ['zosia'], oliwia: ['oliwka'], osian: ['osh', 'ossie', 'osi'], george: ['georgie'], lucy: ['luce'], harry: ['hazza', 'haz'],
  freddie: ['freddy'], oscar: ['ossie'], thomas: ['tommo'], alexander: ['zander'], isabella: ['issy', 'izzy', 'bella', 'izzie'], elizabeth: ['lizzie', 'libby', 'beth', 'betsy', 'eliza'],
};

/** Names compiled between two yields: a few milliseconds' work. */
const STEP = 250;

/** "hollys reading": the next word is a child's thing or family. */
const CHILDS_THING = /^\s+(?:reading|writing|handwriting|spelling|spellings|maths|work|drawing|painting|story|poem|book|books|tray|coat|bag|mum|mam|dad|nan|gran|teacher|homework|behaviour|confidence|phonics|times tables|lunchbox|peg)\b/;
function childsThing(doc: Doc, _a: number, b: number): boolean {
  return CHILDS_THING.test(doc.norm.slice(b, b + 16));
}

export function* steps({ raw, lexicon }: CompiledConfig): Generator<void, Check | null, void> {
  const idx = new NameIndex(lexicon);
  const shortOnly = new Set<string>();
  let n = 0;
  const firstNames = new Set<string>();
  // Each entry's tokens, for the second pass; and each first name's forms, made once per name
  // rather than once per pupil (a list repeats its first names).
  const tokenLists: string[][] = [];
  const formsOf = new Map<string, string[]>();
  for (const entry of raw.pupilNames) {
    if (++n % STEP === 0) yield;
    const { tokens } = nameTokens(entry);
    tokenLists.push(tokens);
    if (!tokens.length) continue;
    const first = tokens[0]!;
    const last = tokens.length > 1 ? tokens[tokens.length - 1]! : undefined;
    let firsts = formsOf.get(first);
    const again = firsts !== undefined;
    if (!firsts) {
      firstNames.add(first);
      const short = PUPIL_SHORT[first];
      firsts = short ? [first, ...new Set([...nameVariants(first), ...short])] : [first, ...nameVariants(first)];
      formsOf.set(first, firsts);
    }
    for (const f of firsts) idx.addPerson(f, last, firstNameForm);
    // "Ellie Smith" for Ellie Smith-Jones (or Ellie Mae Smith) is still her.
    for (let k = 1; k < tokens.length - 1; k++) for (const f of firsts) idx.addPerson(f, tokens[k], firstNameForm);
    // Middle names and double-barrelled surnames: #EllieSmithJones.
    if (tokens.length > 2) idx.addJoined(tokens.join(''), firstNameForm(first));
    // A first name's affix and typos are added by its first pupil: for the others both are no-ops.
    if (again) continue;
    if (WORD_NAMES.has(first) || NOUN_NAMES.has(first)) {
      // Session 5: typos of a word-name ("Gace T", "Hpoe M"), only with the surname or its initial after.
      if (first.length >= 4) idx.addFuzzy(first, () => ({ ...firstNameForm(first), surnames: undefined, surname: last, needSurname: true }), 4);
    } else {
      const form = firstNameForm(first);
      idx.addAffix(first, form);
      // Typos are looked for in the name as given, not in every nickname ("Mill" is not "Milly").
      // Only the first pupil with this first name adds them: building the form for every other
      // one was a third of compiling a 2,000-name list.
      idx.addFuzzy(first, () => ({ ...form, surnames: undefined, surname: last }));
    }
  }
  // Session 5: Welsh mutates a name after "i", "o", "gyda", "ei"…: "da iawn i Gerys", "gyda Thomos",
  // "i Fegan". Each pupil's first name's mutated forms, when they are no name or word of their own
  // ("Dom", "Nan", "Wyn"), are hers or his only in that place (names.ts: `mutated`); four letters at least ("Dim" for Tim is a word).
  const mutated = new Set<string>();
  for (const first of firstNames) {
    if (first.length < 4) continue;
    for (const m of mutations(first)) {
      if (m.length < 4 || mutated.has(m) || WORD_NAMES.has(m) || COMMON_FIRST_NAMES.has(m) || idx.has(m)) continue;
      mutated.add(m);
      idx.add({ tokens: [m], mutated: true });
    }
  }
  // Session 6: a long first name's start before the surname or its initial ("Kath C" for Kathleen
  // Connors, "abdi f" for Abdirahman Farah, "Ted C" for Teddy Crowther), only so; and the name typed
  // without its apostrophe before a child's things ("hollys reading", "mays handwriting").
  n = 0;
  for (const tokens of tokenLists) {
    if (++n % STEP === 0) yield;
    if (tokens.length < 2) continue;
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    // Two starts at most, so a big list stays cheap to compile and scan: four letters of a long name,
    // three when they are a first name of their own ("Ted" for Teddy).
    if (first.length >= 5) {
      for (const len of [3, 4]) {
        if (first.length - len < 2 || (len === 3 && !COMMON_FIRST_NAMES.has(first.slice(0, 3)) && !WORD_NAMES.has(first.slice(0, 3)))) continue;
        const p = first.slice(0, len);
        if (idx.has(p) && !shortOnly.has(p)) continue;
        shortOnly.add(p);
        idx.addPerson(p, last, (f) => ({ ...firstNameForm(f), needSurname: true }));
      }
    }
    // Only word-names: "hollys", "mays" (a plain name typed so is rarer than the cost of every one).
    const poss = first + 's';
    // Not a Welsh word's ("maths" for Math is the subject).
    if (WORD_NAMES.has(first) && !WELSH_WORD_NAMES.has(first) && !idx.has(poss)) idx.add({ tokens: [poss], when: childsThing });
  }
  if (idx.size === 0) return null;
  return (doc, report) => idx.scan(doc, report);
}
