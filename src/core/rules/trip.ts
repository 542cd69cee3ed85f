import { PUPIL_GROUP as GROUP } from '../groups';
import { sentenceAround } from '../regex';
import type { RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'trip',
  title: "Pupils' whereabouts",
  severity: 'high',
  questions: [4, 1],
  explanation:
    'This tells people where pupils are or will be. School policy warns that posting that pupils are on a school trip could put a child in danger, especially a looked-after child.',
};

// Always about pupils.
const DIRECT =
  /\b(?:school trips?|class trips?|field ?trips?|school visits?|educational visits?|year group trip|residential(?! (?:street|streets|area|areas|road|roads|care|home|homes|property|properties|address|parking|neighbourhood|estate|development|lettings?|mortgage|building|zone))|pgl|kingswood|robinwood|bushcraft trip|forest school trip)\b/g;
// About pupils only when the same sentence mentions a class or year group.
const OUTING =
  /\b(?:trips?|outing|excursion|day out|visit(?:ing|ed)? (?:to )?the|visit to|on the coach|coach (?:leaves|trip|journey)|zoo|museum|farm|aquarium|sea life|safari park|castle|cathedral|science (?:centre|museum)|planetarium|theatre|panto|pantomime|gallery|seaside|beach|outdoor centre|climbing wall|bowling|cinema)\b/g;

// "Year 6 are at the Tower of London today": a year group somewhere, at a time.
const GROUP_OUT =
  /\b(?:(?:year|yr|y) ?\d{1,2}s?|class \d{1,2}|my class|our class|reception) (?:are|were|is|will be|went|go|going|head|heading|off)(?: off)? (?:to|at|on|visiting)\b/g;
const WHEN = /\b(?:today|tomorrow|tonight|this (?:morning|afternoon|week)|next week|all day|(?:on )?(?:mon|tues|wednes|thurs|fri)day)\b/;

export const create: RuleCreate = () => (doc, report) => {
  const { norm } = doc;
  DIRECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let after = -1;
  while ((m = DIRECT.exec(norm))) {
    report(m.index, m.index + m[0].length);
    after = m.index + m[0].length;
  }
  GROUP_OUT.lastIndex = 0;
  while ((m = GROUP_OUT.exec(norm))) {
    const [a, b] = sentenceAround(norm, m.index);
    if (m.index >= after && WHEN.test(norm.slice(a, b))) {
      report(m.index, m.index + m[0].length);
      after = m.index + m[0].length;
    }
  }
  OUTING.lastIndex = 0;
  while ((m = OUTING.exec(norm))) {
    if (m.index < after) continue;
    const [a, b] = sentenceAround(norm, m.index);
    if (GROUP.test(norm.slice(a, b))) {
      report(m.index, m.index + m[0].length);
      after = b;
    }
  }
};
