import { HASH } from '../doc';
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
  /\bmy (?:class|classes|pupils|students|form class|form group|form|tutor group|reception class|nursery class|(?:year|yr|y) ?(?:1[0-3]|[1-9])s?|ks ?[1-4]s?|little ones at school|kids at school|school kids|(?:sen|send) kids|headteacher|head teacher|deputy head|senco|teaching assistant|trainee teacher|nqt year|ect year|lessons?|classroom|marking|lesson plans?|observation|class of \d+|teaching|year group|school's|school|(?:reception|nursery|year \d{1,2}|yr ?\d{1,2}|y\d{1,2}) (?:lot|ones|kids)|(?:reading|phonics|intervention|maths|spelling|guided reading) group)\b/y;
const PHRASES =
  /\b(?:headteacher|head teacher|deputy head|senco|sendco|ofsted|staffroom|staff room|(?:parents'? evening|parent'?s'? evening)(?! for (?:my|our) (?:own|youngest|eldest|oldest|son|daughter|kids?|little|boy|girl|two|three|lot))|inset day|insetday|inset|staff meeting|teaching assistants?|(?:year \d{1,2}|reception|teaching|teacher|class teacher|ta|senco) (?:job|post|role|position|vacancy)|lesson plans?|lesson planning|marking (?:books|\d+ books|exercise books|mocks|coursework|homework|tests|papers)|report writing|writing reports|end of term reports|playground duty|break duty|lunch duty|bus duty|gate duty|sats (?:week|results|papers|revision)|mock exams|invigilating|i teach|teaching (?:year|reception|nursery|ks ?[1-4]|maths|english|science)|(?:year \d{1,2}|reception|supply|class|primary|secondary) teachers?|teacherlife|teacher life|teachersofinstagram|ukteachers|edutwitter|primaryteacher|teachertwitter|teachersofig|teacherproblems|ukedchat|pupil premium|behaviour log|cpoms|safeguarding training)\b/y;

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
      'deputy senco teaching trainee nqt ect lesson lessons classroom marking observation reading phonics intervention maths spelling guided',
  ),
  ...YEAR_WORDS,
]);
// Categories of job clue beyond the phrases above (issue 12): saying where one works, a subject or
// year group with a job title, and the routines only school staff have.
const SUBJECTS =
  '(?:history|english|maths|math|science|geography|music|art|pe|re|rs|drama|french|spanish|german|welsh|computing|ict|dt|design tech|food tech|chemistry|physics|biology|psychology|sociology|business|media|latin|reception|nursery|year \\d{1,2}|ks ?[1-5]|primary|secondary|supply|cover|class|form|early years|eyfs|sen|send|senco|pastoral)';
const WORK_AT = new RegExp(
  `(?<!\\b(?:my old|old|former|our old|my) )\\b(?:(?:i|we|i've|ive|i have|i've been) (?:work|worked|working|teach|taught|teaching) (?:at|in) (?:an? |the |my )?(?:local |village |little |lovely |welsh |welsh-medium |church |catholic )?(?:primary|secondary|infant|junior|special|high|comprehensive|nursery)? ?(?:school|academy|college|ysgol)|(?:work|worked|working|teach|taught|teaching) (?:at|in) (?:[a-z'-]+ ){1,4}?(?:primary|school|academy|ysgol|sch)\\b|school (?:i|i've|ive|we) (?:ever )?(?:work|worked|teach|taught) (?:at|in)|(?:i|i've|ive|i have) (?:ever )?taught|${SUBJECTS} (?:teachers?|tas|ta|teaching assistants?|lsas?|hltas?|tutors?|department|dept|lead|coordinator)\\b)`,
  'y',
);
const ROUTINE = new RegExp(
  "\\b(?:lesson obs(?:ervation)?s?|(?:got|had|being) observed|book scrutiny|book look|learning walks?|data drops?|(?<!(?:quarterly|annual|monthly|expense|weekly|sales) )reports (?:done|written|due|to write|finished)|end of year reports|planning (?:with|meeting|for (?:next week|tomorrow|monday)|ppa)|ppa (?:time|day)|" +
    "staff (?:wellbeing|training|briefing|shortages?)|twilight (?:training|session)|cover (?:lessons?|supervisor|work)|covering (?:[a-z.,']+ ){0,3}(?:class|lessons?)|" +
    "(?:yard|playground|break|lunch|bus|gate|corridor) duty|moderation (?:meeting|day)|behaviour (?:policy|log|points)|pupil progress (?:meetings?|reviews?)|appraisal|upper pay scale|ups ?[1-3]|tlr|" +
    "taking (?:year \\d{1,2}|yr ?\\d{1,2}|class \\d{1,2}|[a-z]+ class|(?:our|the|my) (?:[a-z0-9']+ ){0,3}(?:team|squad|choir|class|group))|fixture list|keeping an eye on [a-z ]{1,30} on the|" +
    "last day of term|end of term|the whole class|store cupboard|class (?:pet|hamster)|golden time|house points|line leader|star of the week|tidy (?:the|my) classroom|take the register|our (?:head|headteacher|head teacher|deputy|slt|governors)|the governors|slt|all coming out in class|in class (?:today|this week)|" +
    // Welsh: teacher, teaching assistant, head, my class, staff meeting, covering, star of the week.
    "(?:year|yr) \\d{1,2} and i|head of (?:year|yr|ks|key stage|department|dept|maths|english|science|pe|sixth form)|(?:school )?office manager|caretaker at an? (?:primary |secondary )?school|detention duty|risk assessments?|(?:the )?whole staff|" +
    "arsylwad|cynllun gwers|dosbarth fi|o.r dosbarth|athro|athrawes|athrawon|athrawesau|(?:c|g)ymhorthydd dysgu|(?:dirprwy )?(?:b|p)ennaeth|fy nosbarth|dosbarth [a-z]+ ydw|cyfarfod staff|cyflenwi|seren yr wythnos|ar ddyletswydd|hyfforddiant staff)\\b",
  'y',
);
// Hashtags school staff use: #WeAreTeachers, #SENCOlife, #primaryrocks, #athrawon, #teacher5aday.
const STAFF_TAG = /(?:teach|senco|sendco|athraw|athro|primaryrocks|edutwitter|ukedchat|classroom|talife|nqt|ectlife|headteacher|schoolstaff|supplylife|hlta)/;

const PATTERNS = new Triggers()
  .add(AS_ROLE, AS_ROLE_AT, { weak: words('as i'), anchors: ROLE_WORDS })
  .add(MINE, MINE_AT, { weak: 'all', anchors: MINE_NEXT })
  .add(PHRASES, PHRASES_AT, { weak: words('i'), anchors: words('teach') })
  .add(MARKING, MARKING_AT)
  .add(WORK_AT, words(
    'i we ive work worked working teach taught teaching school history english maths math science geography music art pe re rs drama french spanish german welsh computing ict dt design food ' +
      'chemistry physics biology psychology sociology business media latin reception nursery year ks ks1 ks2 ks3 ks4 ks5 primary secondary supply cover class form early eyfs sen send senco pastoral',
  ), {
    weak: words('i we ive school history english maths math science geography music art pe re rs drama french spanish german welsh computing ict dt design food chemistry physics biology psychology sociology business media latin reception nursery year ks primary secondary supply cover class form early eyfs sen send senco pastoral'),
    anchors: words('work worked working teach taught teaching teacher teachers ta tas teaching assistant assistants lsa lsas hlta hltas tutor tutors department dept lead coordinator school'),
    reach: 80,
  })
  .add(ROUTINE, words(
    'lesson got had being book learning data reports end planning ppa staff twilight cover covering yard playground break lunch bus gate corridor moderation behaviour pupil appraisal upper ups ups1 ups2 ups3 tlr ' +
      'taking fixture keeping last our the slt all in store class golden house line star tidy take head office caretaker detention risk whole arsylwad cynllun dosbarth o athro athrawes athrawon athrawesau cymhorthydd gymhorthydd dirprwy pennaeth bennaeth fy dosbarth cyfarfod cyflenwi seren ar hyfforddiant',
  ), {
    weak: words('got had being book end staff break lunch bus gate last our the all in taking keeping ar fy store class golden house line star tidy take head o'),
    anchors: words(
      'observed scrutiny look reports meeting ppa wellbeing training briefing party do night meal shortage shortages photo duty policy log points class lessons head headteacher deputy slt governors ' +
        'term year yr team squad choir group eye coming today nosbarth ddyletswydd teacher whole assembly cupboard pet hamster time points leader week classroom register ' +
          'ks key department dept maths english science pe sixth manager dosbarth',
    ),
    reach: 80,
  });

const CAPS_ONLY = new Set(['ta', 'ect', 'dsl', 'slt', 'lsa', 'ppa', 'nqt', 'hlta', 'senco', 'sendco']);

export const create: RuleCreate = () => (doc, report) => {
  PATTERNS.run(doc, report);
  for (const k of doc.notable) {
    const f = doc.flagsOf(k);
    if (f & HASH && STAFF_TAG.test(doc.word(k))) report(doc.startOf(k), doc.endOf(k));
  }
  // Capitalised words are all in the notable list, so the rest of the draft need not be walked.
  for (const k of doc.notable) {
    const t = doc.tokens.get(k)!;
    if (t.allCaps && CAPS_ONLY.has(t.norm)) report(t.start, t.end);
  }
};
