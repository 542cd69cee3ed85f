import { Triggers, words } from '../regex';
import type { RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'job',
  examples: 'for example "my class" or "as a teacher"',
  title: 'Clues to your job',
  severity: 'low',
  questions: [6, 1, 3],
  explanation:
    "This shows you work in a school. School policy encourages staff not to identify their job or school on personal accounts, so posts can't be linked to the school or read as its view.",
};

const ROLES = [
  'teacher', 'teaching assistant', 'headteacher', 'head teacher', 'headmaster', 'headmistress', 'deputy head',
  'assistant head', 'head of year', 'senco', 'sendco', 'hlta', 'nqt', 'ect', 'form tutor',
  'lunchtime supervisor', 'midday supervisor', 'dinner lady', 'school receptionist', 'school secretary',
  'school business manager', 'school caretaker', 'school governor', 'safeguarding lead',
];
const ROLE = `(?:${ROLES.join('|')})`;
const AS_ROLE = new RegExp(
  `\\b(?:as an?|i'm an?|i am an?|work as an?|job as an?|life as an?|being an?) (?:primary |secondary |supply |class |reception |nursery |early years |pe |maths |english |science |music |art |sen |send |year \\d{1,2} |new |trainee |newly qualified )?(?:school )?${ROLE}s?\\b`,
  'y',
);
const MINE =
  /\bmy (?:class|classes|pupils|students|form class|form group|form|tutor group|reception class|nursery class|(?:year|yr|y) ?(?:1[0-3]|[1-9])s?|ks ?[1-4]s?|little ones at school|kids at school|school kids|(?:sen|send) kids|headteacher|head teacher|deputy head|senco|teaching assistant|trainee teacher|nqt year|ect year|lessons?|classroom|marking|lesson plans?|observation|class of \d+|teaching|year group|school's|school)\b/y;
const PHRASES =
  /\b(?:headteacher|head teacher|deputy head|senco|sendco|ofsted|staffroom|staff room|parents'? evening|parent'?s'? evening|inset day|insetday|inset|staff meeting|teaching assistants?|(?:year \d{1,2}|reception|teaching|teacher|class teacher|ta|senco) (?:job|post|role|position|vacancy)|lesson plans?|lesson planning|marking (?:books|\d+ books|exercise books|mocks|coursework|homework|tests|papers)|report writing|writing reports|end of term reports|playground duty|break duty|lunch duty|bus duty|gate duty|sats (?:week|results|papers|revision)|mock exams|invigilating|i teach|teaching (?:year|reception|nursery|ks ?[1-4]|maths|english|science)|(?:year \d{1,2}|reception|supply|class|primary|secondary) teachers?|teacherlife|teacher life|teachersofinstagram|ukteachers|edutwitter|primaryteacher|teachertwitter|teachersofig|teacherproblems|ukedchat|pupil premium|behaviour log|cpoms|safeguarding training)\b/y;

/** Acronyms that are only job words in capitals ("TA", not "ta" for thanks). */
// "Marking Isla's story", "bye marking": not "marking the occasion" or "marking out the pitch".
const MARKING = /\bmarking\b(?! (?:the|out|of|a|an|our|his|her|this|their|its|it|time|down|up|\d))/y;

// The words each pattern can start with.
const AS_ROLE_AT = words('as i work job life being');
const MINE_AT = words('my');
const PHRASES_AT = words(
  'headteacher head deputy senco sendco ofsted staffroom staff parents parent inset insetday teaching year reception teacher class ta ' +
    'lesson marking report writing end playground break lunch bus gate sats mock invigilating i supply primary secondary teacherlife ' +
    'ukteachers edutwitter primaryteacher teachertwitter teachersofig teachersofinstagram teacherproblems ukedchat pupil behaviour cpoms safeguarding',
);
const MARKING_AT = words('marking');

// The first word of every role, and its plural ("teachers"): "as a teacher" is only tried at "as"
// when one follows. AS_ROLE's optional "school " before a role is one of them too.
const ROLE_WORDS = new Set(ROLES.flatMap((r) => [r.split(' ')[0]!, r.split(' ')[0]! + 's']));
// The word after "my" in every MINE phrase, with the year groups written as one word ("my y6s", "my ks2").
const YEAR_WORDS = [
  ...['y', 'yr', 'year'].flatMap((p) => Array.from({ length: 13 }, (_, n) => [`${p}${n + 1}`, `${p}${n + 1}s`]).flat()),
  ...['ks1', 'ks2', 'ks3', 'ks4', 'ks1s', 'ks2s', 'ks3s', 'ks4s'],
];
const MINE_NEXT = new Set([
  ...words(
    'class classes pupils students form tutor reception nursery year yr y ks little kids school sen send headteacher head ' +
      'deputy senco teaching trainee nqt ect lesson lessons classroom marking observation',
  ),
  ...YEAR_WORDS,
]);
const PATTERNS = new Triggers()
  .add(AS_ROLE, AS_ROLE_AT, { weak: words('as i'), anchors: ROLE_WORDS })
  .add(MINE, MINE_AT, { weak: 'all', anchors: MINE_NEXT })
  .add(PHRASES, PHRASES_AT, { weak: words('i'), anchors: words('teach') })
  .add(MARKING, MARKING_AT);

const CAPS_ONLY = new Set(['ta', 'ect', 'dsl', 'slt', 'lsa', 'ppa', 'nqt', 'hlta', 'senco', 'sendco']);

export const create: RuleCreate = () => (doc, report) => {
  PATTERNS.run(doc, report);
  // Capitalised words are all in the notable list, so the rest of the draft need not be walked.
  for (const k of doc.notable) {
    const t = doc.tokens.get(k)!;
    if (t.allCaps && CAPS_ONLY.has(t.norm)) report(t.start, t.end);
  }
};
