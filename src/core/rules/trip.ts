import { PUPIL_GROUP as GROUP } from '../groups';
import { sentenceHas, sentenceAround, Triggers, words } from '../regex';
import type { Doc, Report } from '../types';
import type { RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'trip',
  examples: 'where and when pupils are out on a trip',
  title: "Pupils' whereabouts",
  severity: 'high',
  questions: [4, 1],
  explanation:
    'This tells people where pupils are or will be. School policy warns that posting that pupils are on a school trip could put a child in danger, especially a looked-after child.',
};

// Always about pupils.
const DIRECT =
  /\b(?:school trips?|class trips?|field ?trips?|school visits?|educational visits?|year group trip|residential(?! (?:street|streets|area|areas|road|roads|care|home|homes|property|properties|address|parking|neighbourhood|estate|development|lettings?|mortgage|building|zone))|pgl|kingswood|robinwood|bushcraft trip|forest school trip)\b/y;
// About pupils only when the same sentence mentions a class or year group.
const OUTING =
  /\b(?:trips?|outing|excursion|day out|visit(?:ing|ed)? (?:to )?the|visit to|on the coach|coach (?:leaves|trip|journey)|zoo|museum|farm|aquarium|sea life|safari park|castle|cathedral|science (?:centre|museum)|planetarium|theatre|panto|pantomime|gallery|seaside|beach|outdoor centre|climbing wall|bowling|cinema)\b/y;

// "Year 6 are at the Tower of London today": a year group somewhere, at a time.
const GROUP_OUT =
  /\b(?:(?:year|yr|y) ?\d{1,2}s?|class \d{1,2}|my class|our class|reception) (?:are|were|is|will be|went|go|going|head|heading|off)(?: off)? (?:to|at|on|visiting)\b/y;
const WHEN = /\b(?:today|tomorrow|tonight|this (?:morning|afternoon|week)|next week|all day|(?:on )?(?:mon|tues|wednes|thurs|fri)day)\b/;

const inSentence = (re: RegExp) => (m: RegExpExecArray, doc: Doc) => {
  return sentenceHas(doc, m.index, re);
};
/** "y4", "yr6": a year group written as one word. */
const yearWord = (w: string) => w.charCodeAt(0) === 121 && /^y(?:r|ear)?\d/.test(w);

const PATTERNS = new Triggers()
  .add(DIRECT, words('school class field fieldtrip fieldtrips educational year residential pgl kingswood robinwood bushcraft forest'))
  .add(GROUP_OUT, words('year yr y class my our reception'), { when: yearWord, keep: inSentence(WHEN), weak: words('my our'), anchors: words('class') })
  .add(
    OUTING,
    words('trip trips outing excursion day visit visiting visited on coach zoo museum farm aquarium sea safari castle cathedral science planetarium theatre panto pantomime gallery seaside beach outdoor climbing bowling cinema'),
    // "on the coach", "day out".
    { keep: inSentence(GROUP), weak: words('on day'), anchors: words('coach out') },
  );

export const create: RuleCreate = () => (doc, report) => {
  // One finding per sentence is enough to explain the warning.
  let sentenceEnd = -1;
  const once: Report = (a, b) => {
    if (a < sentenceEnd) return;
    report(a, b);
    sentenceEnd = sentenceAround(doc.text, a)[1];
  };
  PATTERNS.run(doc, once);
};
