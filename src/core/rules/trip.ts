import { PUPIL_GROUP as GROUP } from '../groups';
import { oncePerSentence, sentenceHas, Triggers, words } from '../regex';
import type { Doc } from '../types';
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
// Pupils' whereabouts without the word "trip" (issue 12): a year group, class, team, squad or choir
// going somewhere at a time; taking a class somewhere; coaches and departure times; fixtures and
// tours; beach and forest school; and the Welsh for these (mynd â Blwyddyn 3, taith ysgol, tîm yr ysgol).
const GROUPS =
  "(?:(?:year|yr|y|blwyddyn|flwyddyn) ?\\d{1,2}s?(?: (?:and|a|&) \\d{1,2})?|class \\d{1,2}|[a-z]+ class|(?:dosbarth|nosbarth) [a-z]+|reception|nursery|ks ?[1-4]|key stage [1-4]|" +
  "(?:the |our |my )?(?:school |year \\d{1,2} |u\\d{1,2}s? |under \\d{1,2}s? |boys'? |girls'? |junior |senior |[a-z-]+ )*(?:team|squad|choir|council|orchestra|band|club)|under \\d{1,2}s|u\\d{1,2}s|(?:the |our )?under \\d{1,2}s|t[iî]m [a-z-]+(?: [a-z0-9-]+){0,2})";
const GROUP_GOES = new RegExp(
  `\\b(?:${GROUPS}(?: girls'?| boys'?)?(?: [a-z]+ team)? (?:(?:are|is|will be|were|off|going|head(?:ing)?|travel(?:s|ling)?|walking|playing|running|singing|performing|competing|swimming|have a fixture|away|leave|leaves|go|visit(?:ing)?|yn chwarae|yn canu|yn mynd) |(?=at ))` +
    '(?:(?:down |off |up |over )?(?:to|at|in|on|against|i|yn|yng)\\b|[a-z]+ (?:down |up |over )?(?:to|at|in)\\b)|taking (?:the |our |my )?' + GROUPS + ' (?:to|on)\\b|mynd [aâ] ' + '|' +
    "(?:(?:coach|coaches|bus|minibus|ferry|bws|bysiau) (?:leaves|leave|departs|back|at|am|yn gadael)|(?:away|fixture|fixtures|match|tournament|finals?|gala|tour) (?:at|to|in|against)|(?:beach|forest) school|(?:t|d)aith ysgol|ymweliad (?:a|â|i)|on the [a-z' ]{2,40} trip|risk assessment for)\\b)",
  'y',
);
// Said of pupils only when the draft also names a group of them or a school team.
const SCHOOLISH = /\b(?:(?:year|yr|y|blwyddyn|flwyddyn) ?\d|class|reception|nursery|ks ?[1-4]|pupils|kids|children|plant|team|squad|choir|school|ysgol|u\d{1,2}s?|under \d{1,2}s|dosbarth|tîm|tim|lads|girls|boys)\b/;
const AT_TIME = /\b(?:today|tomorrow|tonight|this (?:morning|afternoon|week|weekend)|next (?:week|[a-z]+day)|all day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\b|at \d|\d{1,2}(?:[.:]\d\d)? ?(?:am|pm)|\d{1,2}[.:]\d\d|fory|heddiw|dydd [a-z]+|ddydd [a-z]+|fore [a-z]+|bore|nos [a-z]+|evening|morning|afternoon)\b/;
// Where pupils are not: "in foster care from tonight" is a confidential matter, not an outing.
const NOT_OUT = /\b(?:(?:is|are) in (?:foster|care|trouble|tears|bits|shock|a mess|a state|hospital|isolation)|on (?:the )?(?:radio|tv|telly|news|s4c|bbc|itv|youtube))\b/;
// A trip that is over ("went on their first school trip today and came home with a rock", "the
// residential photos from last month") no longer says where pupils are.
const PAST = /\b(?:went on|came (?:home|back)|got back|photos from|last (?:week|month|year|term)|(?:was|were) (?:amazing|brilliant|great|lovely))\b/;
const GROUPS_AT = words(
  'year yr y blwyddyn flwyddyn class dosbarth nosbarth reception nursery ks ks1 ks2 ks3 ks4 key the our my school under tim tîm taking mynd coach coaches bus minibus ferry bws bysiau away fixture fixtures match tournament final finals gala tour beach forest taith daith ymweliad on risk ' +
    'team squad choir council orchestra band club boys girls junior senior u11 u11s u12 u12s u10 u10s u9 u9s u13 u13s u14 u14s u15 u15s u16 u16s',
);
const GROUPS_WHEN = (w: string) => /^(?:y|yr|year|u|ks)\d{1,2}s?$/.test(w);

const WHEN = /\b(?:today|tomorrow|tonight|this (?:morning|afternoon|week)|next week|all day|(?:on )?(?:mon|tues|wednes|thurs|fri)day)\b/;

const inSentence = (re: RegExp) => (m: RegExpExecArray, doc: Doc) => {
  return sentenceHas(doc, m.index, re);
};
/** "y4", "yr6": a year group written as one word. */
const yearWord = (w: string) => w.charCodeAt(0) === 121 && /^y(?:r|ear)?\d/.test(w);

const PATTERNS = new Triggers()
  .add(DIRECT, words('school class field fieldtrip fieldtrips educational year residential pgl kingswood robinwood bushcraft forest'), {
    keep: (m, doc) => !sentenceHas(doc, m.index, PAST),
  })
  .add(GROUP_OUT, words('year yr y class my our reception'), { when: yearWord, keep: inSentence(WHEN), weak: words('my our'), anchors: words('class') })
  .add(
    OUTING,
    words('trip trips outing excursion day visit visiting visited on coach zoo museum farm aquarium sea safari castle cathedral science planetarium theatre panto pantomime gallery seaside beach outdoor climbing bowling cinema'),
    // "on the coach", "day out".
    { keep: inSentence(GROUP), weak: words('on day'), anchors: words('coach out') },
  );

const GOING = new Triggers().add(GROUP_GOES, GROUPS_AT, {
  when: GROUPS_WHEN,
  // From these common words every match holds a group word: "the netball squad", "on the zoo trip".
  weak: words('the our my on school boys girls junior senior'),
  anchors: words('team squad choir council orchestra band club trip class under'),
  reach: 80,
  // A group, a transport or a fixture somewhere is pupils' whereabouts when a time is said and the
  // draft is about pupils or a school team.
  keep: (m, doc) => sentenceHas(doc, m.index, AT_TIME) && (SCHOOLISH.test(m[0]) || sentenceHas(doc, m.index, SCHOOLISH)) && !sentenceHas(doc, m.index, NOT_OUT),
});

export const create: RuleCreate = () => (doc, report) => {
  const once = oncePerSentence(doc, report);
  PATTERNS.run(doc, once);
  GOING.run(doc, once);
};
