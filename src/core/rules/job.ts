import { ALL_CAPS, HASH, SEEN_VANISH } from '../doc';
import { VANISHING } from '../normalise';
import { foldedSlice, lowerBound, nextSentence, reach, sentenceAround, sentenceHas, sentenceMatch, shortDraftHas, Triggers, visibleLength, WordGate, words } from '../regex';
import type { Check, Doc, RuleCreate, RuleId, RuleMeta } from '../types';
import * as conduct from './conduct';
import * as confidential from './confidential';

export const meta: RuleMeta = {
  id: 'job',
  examples: 'for example "my class" or "as a teacher"',
  title: 'Clues to your job',
  severity: 'low',
  questions: [6, 1, 3],
  explanation:
    "This shows you work in a school. School policy encourages staff not to identify their job or school on personal accounts, so posts can't be linked to the school or read as its view.",
  reads: ['school', 'pupil', 'colleague', 'contact', 'trip', 'conduct', 'confidential'],
};

const ROLES = [
  'teacher', 'teaching assistant', 'headteacher', 'head teacher', 'headmaster', 'headmistress', 'deputy head',
  'assistant head', 'head of year', 'senco', 'sendco', 'hlta', 'nqt', 'ect', 'form tutor',
  'lunchtime supervisor', 'midday supervisor', 'dinner lady', 'school receptionist', 'school secretary',
  'school business manager', 'school caretaker', 'school governor', 'safeguarding lead',
  // Session 4 (issue 12): the rest of a school's staff.
  'cover supervisor', 'exams officer', 'attendance officer', 'pastoral manager', 'pastoral lead', 'learning support assistant', 'lsa',
  'school nurse', 'school cook', 'science technician', 'invigilator', 'supply teacher', 'music teacher', 'pe teacher',
  // Session 6: the support staff a school's day runs on.
  'midday supervisor', 'midday assistant', 'school administrator', 'school admin', 'school cleaner', 'site manager', 'premises manager', 'kitchen assistant',
  'breakfast club manager', 'breakfast club assistant', 'after school club manager', 'after-school club manager', 'after school club assistant', 'playground supervisor',
];
const ROLE = `(?:${ROLES.join('|')})`;
const AS_ROLE = new RegExp(
  `(?<!\\b(?:is|it's|was|job's|'s) like )\\b(?:as an?|i'm an?|i am an?|im an?|i'm the|i am the|im the|i've been an?|ive been an?|i have been an?|work as an?|job as an?|life as an?|being an?|(?:post|role|position|job) as(?: an?| the)?) (?:primary |secondary |supply |class |reception |nursery |early years |pe |maths |english |science |music |art |sen |send |year \\d{1,2} |new |trainee |newly qualified |qualified |fully qualified )?(?:school )?${ROLE}s?\\b(?!'s|’s| at heart)`,
  'y',
);
const MINE =
  /\b(?:my|fy) (?:class|classes|pupils|students|form class|form group|form(?! tutor| teacher)|tutor group|reception class|nursery class|(?:year|yr|y) ?(?:1[0-4]|[1-9])s?|ks ?[1-4]s?|little ones at school|kids at school|school kids|(?:sen|send|aln) (?:kids?|kiddos?|pupils?|students?|learners?)|headteacher|head teacher|deputy head|senco|teaching assistant|trainee teacher|nqt year|ect year|lessons?|classroom|marking|lesson plans?|observation|class of \d+|teaching|year group|school's|school(?! (?:days|years|friends?|uniform|photos?|dinners?|shoes|bag|run|trip|memories))|(?:reception|nursery|year \d{1,2}|yr ?\d{1,2}|y\d{1,2}) (?:lot|ones|kids)|(?:reading|phonics|intervention|maths|spelling|guided reading) group|learners|ppa|tutees|set|sets|nisgyblion|ngwersi|ngwers)\b/y;
const PHRASES =
  /\b(?:headteacher|head teacher|deputy head|senco|sendco|ofsted|staffroom|staff room|(?:parents'? evening|parent'?s'? evening|parents'? eve\b)(?! for (?:my|our) (?:year|yr|y\d|own|youngest|eldest|oldest|son|daughter|kids?|little|boy|girl|two|three|lot))|inset day|insetday|inset|staff meeting|teaching assistants?|(?:year \d{1,2}|reception|teaching|teacher|class teacher|ta|senco) (?:job|post|role|position|vacancy)|lesson plans?|lesson planning|marking (?:books|\d+ books|exercise books|mocks|coursework|homework|tests|papers)|report writing|writing reports|end of term reports|(?:playground|break|lunch|bus|gate) duty(?! at home)|sats (?:week|results|papers|revision)|mock exams|invigilating|i teach|teaching (?:year|reception|nursery|ks ?[1-4]|maths|english|science)|(?:year \d{1,2}|reception|supply|class|primary|secondary) teachers?|teacherlife|teacher life|teachersofinstagram|ukteachers|edutwitter|primaryteacher|teachertwitter|teachersofig|teacherproblems|ukedchat|pupil premium|behaviour log|cpoms|qts)\b/y;

/** Acronyms that are only job words in capitals ("TA", not "ta" for thanks). */
// "Marking Isla's story", "bye marking": not "marking the occasion" or "marking out the pitch". Whole words
// only (session 9): "marking at the kitchen table" and "marking all weekend" are not "marking a milestone".
const MARKING = /\bmarking\b(?! on the (?:new )?(?:pitch|road|field|court|floor|car park))(?! (?:[a-z’']+ ){0,3}heights?\b)(?! (?:\d|my \d|(?:my|our) [a-z]+'s \d|(?:the|out|of|a|an|our|his|her|this|their|its|it|time|down|up|my (?:birthday|anniversary|retirement|territory|spot|place|seat|calendar|diary|card|words)|(?:my|our) [a-z]+'s (?:\d|birthday|anniversary|retirement|big))\b))/y;

// The words each pattern can start with.
const AS_ROLE_AT = words('as i im ive work job life being post role position');
const MINE_AT = words('my fy');
const PHRASES_AT = words(
  'headteacher head deputy senco sendco ofsted staffroom staff parents parent inset insetday teaching year reception teacher class ta ' +
    'lesson marking report writing end playground break lunch bus gate sats mock invigilating i supply primary secondary teacherlife ' +
    'ukteachers edutwitter primaryteacher teachertwitter teachersofig teachersofinstagram teacherproblems ukedchat pupil behaviour cpoms qts',
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
      'deputy senco teaching trainee nqt ect lesson lessons classroom marking observation reading phonics intervention maths spelling guided learners ppa tutees set sets nisgyblion ngwersi ngwers',
  ),
  ...YEAR_WORDS,
]);
// Categories of job clue beyond the phrases above (issue 12): saying where one works, a subject or
// year group with a job title, and the routines only school staff have.
const SUBJECTS =
  '(?:history|english|maths|math|science|geography|music|art|pe|re|rs|drama|french|spanish|german|welsh|computing|ict|dt|design tech|food tech|chemistry|physics|biology|psychology|sociology|business|media|latin|reception|nursery|year \\d{1,2}(?:(?:/| and | & )\\d{1,2})?|year (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)|yr ?\\d{1,2}|y\\d{1,2}|ks ?[1-5]|primary|secondary|supply|cover|class|form|early years|eyfs|sen|send|senco|pastoral)';
const WORK_AT = new RegExp(
  `(?<!\\b(?:my old|old|former|our old|my|own|son's|daughter's|child's|kid's|kids'|kids|children's|his|her|their|your) )\\b(?:(?:i|we|i've|ive|i have|i've been) (?:work|worked|working) in (?:education|schools|early years|eyfs|send|sen)\\b|(?:i|we|i've|ive|i have|i've been) (?:work|worked|working|teach|taught|teaching) (?:at|in) (?:an? |the |my )?(?:local |village |little |lovely |welsh |welsh-medium |church |catholic |big |small |rural |inner city )?(?:(?:primary|secondary|infant|junior|special|high|comprehensive|nursery)? ?(?:school|academy|college|ysgol)|(?:primary|secondary|comp|comprehensive|infants|juniors|pru|sixth form)\\b)|(?:work|worked|working|teach|taught|teaching) (?:at|in) (?:[a-z'-]+ ){1,4}?(?:primary|school|academy|ysgol|sch)\\b|school (?:i|i've|ive|we) (?:ever )?(?:work|worked|teach|taught) (?:at|in)|(?:i|i've|ive|i have) (?:ever )?taught(?! (?:my|our|the|his|her) (?:dog|cat|puppy|pup|son|daughter|kids?|husband|wife|partner|baby|nephew|niece|mum|dad|mam|nan|parrot)| myself)|${SUBJECTS} (?:teachers?|tas|ta|teaching assistants?|lsas?|hltas?|department|dept|lead|coordinator|phase leaders?|leaders?|specialists?|practitioners?|technicians?)\\b)`,
  'y',
);
const ROUTINE = new RegExp(
  "\\b(?:lesson obs(?:ervation)?s?|(?:got|had|being) observed|book scrutiny|book look|learning walks?|data drops?|(?<!(?:quarterly|annual|monthly|expense|weekly|sales) )reports (?:done|written|due|to write|finished)|end of year reports|planning (?:with|meeting|for (?:next week|tomorrow|monday)|ppa)|ppa (?:time|day)|" +
    "staff (?:wellbeing|training|briefing|shortages?)|twilight (?:training|session)|cover (?:lessons?|supervisor|work)|covering (?:[a-z.,']+ ){0,3}(?:class|lessons?)|" +
    "(?:yard|playground|break|lunch|bus|gate|corridor) duty(?! at home)|moderation (?:meeting|day)|behaviour (?:policy|log|points)|pupil progress (?:meetings?|reviews?)|appraisal|upper pay scale|ups ?[1-3]|tlr|" +
    "(?<!\\b(?:is|was|were|will be|mr [a-z]+|mrs [a-z]+|miss [a-z]+|ms [a-z]+) )taking (?:year \\d{1,2}|yr ?\\d{1,2}|class \\d{1,2}|[a-z]+ class|(?:our|the|my) (?:[a-z0-9']+ ){0,3}(?:team|squad|choir|class|group))|fixture list|keeping an eye on [a-z ]{1,30} on the|" +
    "last day of term|end of term|the whole class|store cupboard|class (?:pet|hamster)|golden time|house points|line leader|star of the week|tidy (?:the|my) classroom|take the register|our (?:head(?! (?:boy|girl)s?\\b)|headteacher|head teacher|deputy|slt|governors)|the governors|slt|all coming out in class|in class (?:today|this week)|" +
    // Welsh: teacher, teaching assistant, head, my class, staff meeting, covering, star of the week.
    "(?:year|yr) \\d{1,2} and i|head of (?:year|yr|ks|key stage|department|dept|maths|english|science|pe|sixth form)|(?:school )?office manager|caretaker at an? (?:primary |secondary )?school|detention duty|risk assessments?|(?:the )?whole staff|" +
    "arsylwad|cynllun gwers|dosbarth fi|o.r dosbarth|athro|athrawes|athrawon|athrawesau|(?:c|g)ymhorthydd dysgu|(?:dirprwy )?(?:b|p)ennaeth|fy nosbarth|dosbarth [a-z]+ ydw|cyfarfod staff|cyflenwi|seren yr wythnos|ar ddyletswydd|hyfforddiant staff)\\b",
  'y',
);
// Hashtags school staff use: #WeAreTeachers, #SENCOlife, #primaryrocks, #athrawon, #teacher5aday.
const STAFF_TAG = /(?:^teamsend$|specialschool|^sendteacher|proudmiss|schoollife|^team(?:english|maths|science|pe|history|geography|mfl|re|art|music|drama|computing|dt|eyfs|ks[1-4]|primary|secondary)$|tatwitter|teach|teamta|talife|tasofinstagram|supportstaff|senco|sendco|athraw|athro|primaryrocks|edutwitter|ukedchat|classroom|talife|nqt|ectlife|headteacher|schoolstaff|supplylife|hlta|^eyfs|earlyyears|^edchat|^ukedu|^sltlife|^slt$|schoolleader|schoolofficemanager|schooloffice|^dsl|^sendlife|^alnco|cymhorthydd|^ks[1-4]$|^mfl|pastoral|displayboard|^addysg|^cfw$|cwricwlwm|dinnerlady|lunchtimesupervisor|schoolbusiness|^headship|^lsa|schoolsupport|^eduwales|^ukeducation|gofalwr|gyrrwrbws|^cogydd|schoolcook|schoolcaretaker|schoolbusdriver|middaysupervisor|^lunchtimeteam|^middayteam|^sitemanager|^schoolnurse|^schoollibrar|^exams?officer|^cymhorthydd)/;

/*
 * More of the working days only school staff have (issue 12, by kind): a class-sized crowd of
 * children with the poster ("60 kids, 2 coaches", "me and 20 kids"), being observed, wet play, the
 * photocopier queue, training on the curriculum, a PGCE, leavers' assembly, a pupil calling "Miss,",
 * a role and how long one has held it ("lunchtime supervisor for 8 years"), and the Welsh forms
 * (HMS days, Estyn, cynllunio gwersi, marcio, adroddiadau, seren y dydd).
 */
const MORE_ROUTINE = new RegExp(
  '(?<![\\d.]|\\b(?:[2-9]|\\d\\d),)(?:[2-9]\\d|\\d{3}|twenty|thirty|forty|fifty|sixty) (?:tiny |new |little |nervous |excited |fresh |smiley |smiling )*faces\\b|(?<![\\d.]|\\b(?:[2-9]|\\d\\d),)(?:[2-9]\\d|\\d{3}|twenty|thirty|forty|fifty|sixty) (?:kids|kiddos|children|pupils|students|teenagers|teens|little ones|(?:[a-z]+ )?year olds|year \\d{1,2}s|y\\d{1,2}s|o blant|o ddisgyblion)\\b|' +
    // Session 5: a class's worth of pupils' work to read ("60 year 10 essays", "reading 30 stories").
    '(?:[2-9]\\d|\\d{3}) (?:year|yr|y) ?\\d{1,2} books|(?:[2-9]\\d|\\d{3}|twenty|thirty|forty|fifty|sixty) (?:(?:year|yr|y) ?\\d{1,2} )?(?:(?:maths|english|science|topic|writing|handwriting|literacy|lab|history|geography|spelling|homework|re|rs|french|welsh) books|essays|stories|scripts|assessments|exercise books|worksheets|mocks|test papers|spelling tests|reading records|reading journals|pe kits|permission slips|reply slips|consent forms|book bags)\\b(?! (?:to mark|marked|left to mark))|' +
    '\\b(?:observation (?:period|tomorrow|today|week|day)|(?:i was|i.m being|being) observed|wet play|photocopier|worksheets|curriculum for wales|progression step|(?<!(?:doing|do|start|starting|applying for|apply for|about) a )pgce(?! (?:interview|application|applications|next year|in september))|leavers.? assembly|' +
    '(?<!\\b(?:was|were) (?:a |an )?)(?:lunchtime supervisor|dinner lady|teaching assistant|ta|teacher|caretaker|school cook|office manager) for \\d+ years|(?:do|doing|did|done) the register|my own classroom|' +
    'report (?:season|writing)|report comments(?! from (?:my|his|her|their|our))|invigilation|staff (?:band|panto|choir|(?:v|vs|versus) (?:pupils|kids|students))\\b|(?:sen|send|aln) paperwork|pay progression|(?:i.m|i am) on (?:m|ups ?)[1-6]\\b|' +
    '(?:teacher|ta|hlta|senco|sendco|school business manager|dinner lady|nqt|ect|supply) life\\b|' +
    '(?:books|essays|mocks|papers|scripts|assessments|coursework|exercise books|tests|homeworks?|stories) (?:to mark|marked|left to mark)|(?:mark|marking|marked) \\d{1,3} (?:(?:lab|maths|english|science|topic|homework|writing|literacy|history|geography|re|exercise|reading) books|books|essays|scripts|papers|tests|spelling tests|stories|assessments|exercise books|worksheets)|(?:displays?|my display|working walls?) (?:up|done|finished|ready)|(?:putting|put) up (?:my |the |new )?displays?|(?:setting|set) up (?:my|the) classroom|' +
    'noson rieni|(?:mynd a|gyda).?r dosbarth|diwrnod hms|hms day|arolwg estyn|cynllunio gwersi|marcio(?! fy nhiriogaeth)|adroddiadau|seren y dydd)\\b|' +
    // Session 9: a pupil calling the poster "Miss" or "Sir" in a quote ("'Miss, is your husband a teacher?'",
    // "Miss your hair looks different"), not "Miss says", a Miss by name or "still calls every teacher 'Sir'".
    '(?<=^|["\u201c\u2018\'] ?)(?<!\\bcall(?:s|ed|ing)? (?:[a-z]+ ){0,3}["\u201c\u2018\'] ?)(?:miss|sir)(?:[,!?]|(?=["\u201d\u2019\'] | (?:miss|sir|your|you|u|ur|can|is|are|do|did|have|has|why|what|whats|when|where|who|how|i|look|guess|will|would)\\b))',
  'y',
);
const MORE_ROUTINE_AT = words(
  'twenty thirty forty fifty sixty books essays mocks papers scripts assessments coursework exercise tests homework homeworks stories mark marking marked displays display working putting put setting set report invigilation staff sen send aln pay ta hlta senco sendco nqt ect supply noson mynd gyda observation i being wet photocopier worksheets curriculum progression pgce leavers lunchtime dinner teaching ta teacher caretaker school office do doing my diwrnod hms arolwg cynllunio marcio adroddiadau seren miss sir',
);

/*
 * Session 4 (issue 12), by class, from general knowledge of a school's working day rather than from
 * corpus lines: the rooms, kit and paperwork only staff have (the staffroom, board pens, seating
 * plans, mark schemes, the wall display); "<role> life" for every school role; supply work; teaching
 * as one's career ("before teaching", "12 years in teaching", "19 mlynedd yn dysgu"); a year group
 * doing what a class does to its teacher ("year 8 decided", "Year 7 asked if"); a lesson period with
 * a class; Sunday-night planning; the inspectorate in Wales; and the Welsh forms (dyletswydd iard,
 * gofalwr ysgol, dynes ginio, ystafell staff, CADY).
 */
const STAFF_LIFE = new RegExp(
  '\\b(?:staff ?room|staffrwm|staff (?:car park|toilets?|loos?|kitchen|photo|5k|netball|football|room)|ystafell staff|' +
    '(?:caretaker|office|supply|pastoral|cover supervisor|hlta|lsa|senco|alnco|dsl|nqt|ect|pgce|invigilator|exams officer|attendance officer|' +
    'dinner lady|midday|midday supervisor|midday assistant|kitchen assistant|site manager|premises manager|school receptionist|lunchtime supervisor|business manager|school office|head of year|hoy|hod|deputy head|headteacher|head teacher|teaching) life|' +
    'pastoral (?:manager|team|lead|support|office)|attendance officer|exams officer|cover supervisor|' +
    'supply (?:agency|work|teaching|day|days|booking|bookings)|on supply|(?:week|weeks|day|days|term|year|month) of supply|' +
    '(?:whiteboard|board) pens?|interactive whiteboard|visuali[sz]er|seating plans?|mark schemes?|exam board|coursework drafts?|unseen poetry|' +
    'wall display|working walls?|reading corner|circle time|carpet time|tidy up time|finger spaces|pens down|department meeting|dept meeting|' +
    'detentions?(?! (?:centre|center|camp))|headship|registers? (?:done|taken)|took the register|(?:morning|afternoon) register|' +
    '(?:doing|do|did) (?:my|their|our|the) planning|sunday (?:night )?planning|(?<!\\b(?:holiday|wedding|party|trip|meal|menu|hen|stag|birthday|garden|travel|event) )planning (?:on a sunday|for the week|for next week|for monday)|' +
    '(?:before|into|left|leaving|quit|quitting|career in|years in|year in|life before|back to) teaching(?! (?:my|him|her|them|the (?:dog|kids|baby)|myself))|' +
    'teaching is (?:glamorous|exhausting|relentless|hard|a vocation|the best|the only)|teaching for (?:\\d+|a|two|three|ten|twenty) (?:years|yrs|decades?)|' +
    '(?:year|yr|y) ?(?:[1-9]|1[0-3])s? (?:asked (?:me|if|why|whether)|decided|forgot|refused|told me|kept asking|have decided)|' +
    'period [1-6] (?:on|with)|(?:with|taught|teach|teaching) (?:year|yr|y) ?(?:[7-9]|1[0-3])\\b|' +
    '(?:estyn|ofsted) (?:next|this|inspection|visit|are|is|week|coming|call|in(?! the (?:news|papers?|headlines)))|(?:arolygiad|arolwg) estyn|' +
    'dyletswydd (?:iard|buarth|cinio|bws|giat|amser chwarae)|gofalwr ysgol|dynes ginio|profion cenedlaethol|cady|llywodraethwr|llywodraethwyr|' +
    '(?:mlynedd|blynedd) (?:yn )?dysgu|yn dysgu ers|dysgu [a-z]+ i (?:flwyddyn|fl|blwyddyn|bl|ddosbarth|dosbarth)|ddysgu mewn \\d+ mlynedd|cynllunio nos sul|' +
    'governors? (?:visit|visited|walked|came in|asked me)|writing \\d+ reports|' +
    'on duty (?:at|during|on|in) (?:break|lunch|the gate|the yard|the playground|the field)|(?:hall|canteen|pick ?up|drop ?off|after school|exam|toilet|morning) duty|' +
    'covering (?:year|yr|y|reception|nursery) ?\\d*|phonics screening|(?:with|meet|meeting|met) (?:a|my|the) new class|new class lists?|' +
    '(?:years|yrs|decades?) in the classroom|(?:back in|out of|left|leaving) the classroom|' +
    '(?:being|be|stop being|not being) ["\u201c]?(?:miss|sir)\\b|[2-9]\\d (?:year \\d{1,2} |y\\d{1,2} |yr ?\\d{1,2} )?(?:essays|stories|scripts|assessments|exercise books|worksheets|mocks|test papers)|' +
    'period [1-6](?! (?:pain|cramps?|drama))|staff (?:v|vs|versus) (?:year|yr|y|the|sixth)|teacher (?:outfit|ootd|mode|voice|bag|starter pack|tired)|' +
    'pleasure to teach|(?:individual|pupil) targets|(?:do|doing|did) moderation|moderation (?:with|for|session|week)|observation (?:went|feedback)|' +
    'working in (?:year \\d{1,2}|yr ?\\d{1,2}|y\\d{1,2}|ks ?\\d|eyfs|early years|education|primary|secondary|a primary|a secondary|schools?)|hms (?:fory|yfory|heddiw|dydd|bore|wythnos)|' +
    '(?:run|running|manage|managing) the school (?:office|kitchen|library|canteen)|(?<!\\bex[- ]|former |retired )(?:teacher|ta|hlta|lsa|senco|sendco|nqt|ect|headteacher|deputy head|supply teacher|learning support assistant|teaching assistant|dinner lady|lunchtime supervisor|school cook|cover supervisor) here|' +
    'obs (?:tomorrow|today|this week|next week|went|feedback)|(?:do|did|doing) supply|covering (?:ppa|a class|classes|duties)|' +
    // The school's people as its staff meet them: the head and leaders over the poster, a teaching
    // partner, governors in the building, parents at the poster (issue 12: complaints and what only
    // staff know are job clues even where those rules miss them).
    '(?:told|asked|emailed|messaged) (?:the|my|our) (?:head|headteacher|deputy)|(?:the|our|my) (?:head|headteacher|deputy)(?:.s| has)? (?:put|asked|told|called|pulled|made) (?:me|us)|' +
    '(?:the|our|whole|senior) (?:leadership team|smt)|senior leadership|middle leaders?|' +
    'my (?:teaching partner|job share|tas?|lsas?|mentor|ect mentor|nqt mentor|year group partner|parallel class)|team teaching|' +
    '(?<=\\b(?:a|one|the|this|that) )(?:parent|mum|mam|dad) (?:just )?(?:emailed|rang|phoned|messaged|complained|told|shouted at|cornered|collared|stopped|called) me|' +
    'emails? from (?:a |the same |another )?(?:parent|mum|mam|dad)s?|parents? (?:emailing|emailed) me|' +
    'chair of governors|governors? (?:came|visited|walked|were in|asked)|(?:this|last) year.s (?:cohort|intake)|' +
    'referral (?:made|done)|made a referral|told the dsl|tutees?|nurture group|exclusion panel|fixed term exclusion|' +
    'photocopying|(?:between|before|after|during) (?:lessons|registration)|\\d+ (?:families|appointments|sets of parents)|' +
    'fellow (?:teachers|tas|educators|primary teachers|secondary teachers)|calling all (?:teachers|tas)|any (?:other )?teachers (?:out there|on here)|' +
    'gweithio (?:mewn|yn|yng|ym) (?:ysgol|nghynradd|cynradd|uwchradd)|swydd (?:athro|athrawes|cymhorthydd|mewn ysgol)|' +
    // "Bl.6 fi" (my Year 6), "fy mlwyddyn 4", "dysgu Bl.4"; "one of the kids at work"; half-term marking.
    '(?:bl\\.?|blwyddyn|flwyddyn) ?\\d{1,2} fi|fy mlwyddyn ?\\d{1,2}|dysgu (?:bl\\.?|blwyddyn) ?\\d{1,2}|(?:kids|children|pupils) at work|' +
    '(?:weekend|half term|sunday|evening) (?:marking|planning)|holiday marking)\\b',
  'y',
);
const STAFF_LIFE_AT = words(
  'staff staffroom staffrwm ystafell caretaker office supply pastoral cover hlta lsa senco alnco dsl nqt ect pgce invigilator exams attendance dinner midday lunchtime business school head hoy hod deputy headteacher teaching on ' +
    'whiteboard board interactive visualiser visualizer seating mark exam coursework unseen wall working reading circle carpet tidy finger pens department dept detention detentions headship register registers took morning afternoon ' +
    'doing do did sunday planning before into left leaving quit quitting career years year life back teaching yr y period with taught teach estyn ofsted arolygiad arolwg ' +
    'dyletswydd gofalwr dynes profion cady llywodraethwr llywodraethwyr mlynedd blynedd yn dysgu ddysgu cynllunio governor governors writing on hall canteen pick pickup drop dropoff after exam toilet covering phonics meet meeting met new decades decade yrs back out ' +
    'being be stop not during teacher pleasure individual pupil do moderation observation working hms run running manage managing ta hlta lsa senco sendco nqt ect headteacher deputy obs covering ' +
    'told asked emailed messaged the our my whole senior middle team this emails parent parents chair governor governors last new referral made tutee tutees nurture exclusion fixed ' +
    'photocopying between fellow calling any gweithio swydd bl blwyddyn flwyddyn fy kids children pupils weekend half holiday evening ' +
    Array.from({ length: 13 }, (_, n) => `y${n + 1} yr${n + 1} y${n + 1}s yr${n + 1}s`).join(' '),
);
/** A class code after "in", "of", "from": "a kid in 10Y", "Robin in 8R", "the whole of 9D". */
const CLASS_CODE = /(?<=\b(?:in|of|from|with|gyda|teach|teaching|taught) )(?:[7-9]|1[0-3])(?!am\b|pm\b|th\b|st\b|nd\b|rd\b|k\b|m\b|g\b|s\b|x\b|km\b|kg\b|ml\b|mm\b|cm\b|ft\b|mph\b|hrs?\b|mins?\b|yrs?\b|lbs?\b)[a-z]{1,2}\b/y;
/**
 * The poster's own children, a relative's job, or a childhood memory in the sentence: a parent at
 * parents' evening, "my son's teacher", "my friend is a teacher", "my old primary".
 */
const PARENT_VOICE =
  /\b(?:(?:my|our) (?:son|daughter|kids?|children|child|boy|girl|lad|baby|babies|little one|youngest|eldest|middle one|grandson|granddaughter|niece|nephew|little sister|little brother)(?:'s|s'|s)?|[a-z]+'s school|(?:his|her|their) (?:teacher|class teacher|form tutor|head of year|detentions?)|proud (?:mum|mam|dad|nan|nain|grandma|grandad|parent|auntie)|(?:i'r|i fy|fy|y) (?:mab|merch|mhlant)|(?:mab|merch|plentyn) fi\b|plant fi\b(?! (?:yn y dosbarth|yn yr ysgol))|(?:mab|merch) i\b(?![\u0027\u2019])|my old (?:primary|school|teacher|headteacher|head)|when i was at school|(?:my|fy) (?:best )?(?:friend|ffrind|mate|sister|brother|mum|mam|dad|wife|husband|partner|chwaer|mrawd|auntie|aunt|uncle|cousin|nan|gran)(?:'s)? (?:is|yn|who'?s|has been|had been|was|used to be|(?:has )?just (?:got|landed|started|qualified|passed))|as a parent|the kids'? school|kids' school|the kids (?:have|are off|are home|are at home|are back)|(?:the )?kids (?:are )?off (?:for|school|today|tomorrow|again)|childcare|school run|(?:i'm|i am|im) not a teacher|[a-z]+ else'?s (?:kids?|son|daughter|child)|(?:year|yr|y) ?\d{1,2} (?:son|daughter)|my \d{1,2} ?(?:year old|yo)|(?:athro|athrawes|athrawon) (?:y|yr|fy|ei) (?:ferch|mab|plant|plentyn|mhlant)|(?:dwi|dw i|dydw i|dwi.n) ddim yn (?:athro|athrawes|gymhorthydd|bennaeth)|(?:he|she)(?:'s|’s| is) doing (?:really |so |very )?well|(?:first|1st)[- ]time (?:mum|mam|mom|dad|parent)|(?:i'm|i am|im) the (?:mum|mam|mom|dad)\b|(?<=\()a (?:parent|mum|mam|dad)(?=\))|(?:to do|ideas|stuff|things) with (?:[2-6]|two|three|four|five) kids|stay[- ]at[- ]home (?:mum|mam|mom|dad|parent)s?|(?:got|have|with) (?:all (?:three|two|four|five)|the (?:kids|three|two|four)) (?:at )?home)\b/;
/**
 * More of the same, and someone else's job in a school: "I'm just a parent", "noson rieni'r ferch",
 * "my mum taught in a primary", "friend's daughter has qualified as a teacher", "teachers I know",
 * "a bloke on the bus marking papers", foster carers, "I'm just the taxi".
 */
const NOT_MINE = new RegExp(
  "\\b(?:just a parent|as a (?:mum|mam|dad|parent|mother|father)|i.?r (?:ferch|mab|bychan|fechan)|.r (?:ferch|mab) heno|y bychan|y fechan|" +
    'my (?:year|yr|y) ?\\d{1,2} (?:son|daughter|boy|girl)|just the taxi|(?:mum|mam|dad) taxi|' +
    '(?:my|fy) (?:mum|mam|dad|sister|brother|friend|mate|wife|husband|partner|daughter|son|cousin|aunt|auntie|uncle|nan|gran) (?:taught|teaches|works|worked|has just qualified|qualified|is training)|' +
    "[a-z]+'s (?:daughter|son|wife|husband|partner) (?:has|is|just)|(?:my|our|your|his|her|their) teacher friends?|teacher friends? (?:say|says|tell|told|reckon)|teachers i know|teachers' (?:husbands|wives|partners)|" +
    '(?:a|some) (?:bloke|guy|man|woman|lady|fella) (?:on|in|at) the|in the (?:60s|70s|80s|90s|noughties|nineties|eighties|seventies)|when we were (?:kids|little|young|at school)|wish we.?d had|(?:grandma|grandad|granny|grandpa|nan|nanna|nain|taid|auntie|aunty|uncle|mum|mam|dad) here|book(?:ed|ing)? (?:the|a|an|our|my) (?:last |first |early |late )?(?:slot|appointment)|' +
    'my own (?:leavers|school|year \\d|primary|secondary|teachers?|head|gcses?|a levels?|sats)|my (?:old )?school reports|found my (?:old )?(?:year \\d{1,2}|school|primary) (?:project|book|report|photo|jumper|tie)|' +
    'as (?:a |the )?(?:chair of )?governors?|(?:i.m|i am) (?:a |the )?(?:parent )?governor|all (?:parents )?welcome|when i was (?:in|at) (?:year|yr|school|primary|secondary|juniors|infants|sixth form)|my (?:old )?form tutor|foster carers?|speech and language|accountant|(?:year|yr) ?1[0-3] me|as a sixth former|for my (?:epq|dofe|volunteering)|parent helpers?|parent volunteers?|helping out (?:on|at|with))\\b',
);
/** The poster's own child or another workplace: narrower than PARENT_VOICE, as staff say "my kids" of their class. */
const OWN_FAMILY = /\b(?:(?:my|our) (?:son|daughter|boy|girl|lad|youngest|eldest|little one)(?:'s)?|as a (?:mum|mam|dad|parent)|just a parent|fy (?:mab|merch)|i work at (?:asda|tesco|aldi|lidl|sainsbury'?s|morrisons|the bank)|at the bank|my teacher friend|teacher friend|speech and language|ward slt|as a (?:student|pupil)|my teachers|my (?:form tutor|head of year)|(?:i'm|im|i am) in (?:year|yr) ?\d|(?:for|with) my (?:two|three|four)|my kids'|childcare|[a-z]+ else'?s (?:kids?|son|daughter|child|(?:year|yr) ?\d{1,2})|or just mine|(?:year|yr|y) ?\d{1,2} (?:son|daughter)|my \d{1,2} ?(?:year old|yo)|i.?r (?:mab|ferch)|y (?:mab|ferch)|my (?:manager|boss)|(?:i'm|i am|im|as|we're|we are) (?:an? )?foster carers?|^foster carers?|we foster|fostering|(?<=\()(?:a|[a-z]+'s) (?:parent|mum|mam|mom|dad)(?=\))|(?:i'm|i am|im) (?:just )?(?:the|a) (?:mum|mam|mom|dad|parent)\b|stay[- ]at[- ]home (?:mum|mam|mom|dad|parent)s?|from a (?:mum|mam|mom|dad|parent) who|(?:mum|mam|mom|dad) of (?:two|three|four|five|[2-9])\b)\b/;
/** Someone else's school job: "my sister is a TA", "my son's TA", "my mum has been a dinner lady". */
const RELATIVE_JOB = /\b(?:(?:my|fy) (?:best )?(?:friend|mate|sister|brother|mum|mam|dad|wife|husband|partner|auntie|aunt|uncle|cousin|nan|gran)'s (?:class|school|pupils|kids|students|year|form)|(?:my|fy) (?:best )?(?:friend|ffrind|mate|sister|brother|mum|mam|dad|wife|husband|partner|chwaer|mrawd|auntie|aunt|uncle|cousin|nan|gran)(?:'s)? (?:is|yn|who'?s|has been|had been|was|used to be)|(?:my|our|his|her|their) (?:son|daughter|child|kid|boy|girl)(?:'s|s') )/;
/** Speech and language therapy: "our SLT (speech and language therapist)", "ward SLT". */
const SPEECH = /\b(?:speech|language|therapist|therapy|ward|swallow|stammer|hospital)\b/;
/** Parent voice anywhere in a short draft ("Inset day AGAIN?! who do I send my childcare bill to"), else in the sentence. */
function parentVoice(doc: Doc, i: number): boolean {
  if (visibleLength(doc) > 400) return sentenceHas(doc, i, PARENT_VOICE) || sentenceHas(doc, i, NOT_MINE);
  // Asked once per draft however many clues it holds (the last draft's answer is kept).
  if (doc.norm !== voiceText) {
    voiceText = doc.norm;
    voiceAnswer = normHas(doc, PARENT_VOICE) || normHas(doc, NOT_MINE);
  }
  return voiceAnswer;
}
let voiceText = '';
let voiceAnswer = false;

/*
 * Words that put "my class", "staff meeting" or "INSET day" somewhere other than a school staff's
 * working life: another workplace, a gym class, or a parent whose children are home for it.
 */
const NOT_SCHOOL =
  /\b(?:restaurants?|(?<!\b(?:harvest|carol|remembrance|church|memorial|leavers'?|christingle|easter|christmas|nativity|thanksgiving|school|the) )service|shifts?|shifft|warehouse|factory|ffatri|the bank|bank|council|quarterly|annual|the shop|the store|cafe|the pub|salon|ward|steelworks|works canteen|driving theory|the office|the menu|customers?|gym|spin|yoga|pilates|zumba|fitness|instructor|care home|nursing home|my (?:new |old )?(?:manager|boss)|line manager|clients?|uni|university|lecturer|undergrads?|hospice|volunteer(?:ing)?|saturday (?:football|club)|sunday league|dance (?:teacher|school|studio|show)|nursery nurse|childminder|childminding|childminderlife|day nursery|pre-?school|playgroup|nursery (?:practitioner|manager|worker|assistant|room leader)|room leader|sunday school|church hall|(?:at|in) (?:the |our )?church\b(?! school)|church (?:choir|youth|group|children)|catechis[a-z]*|at (?:the|a) festival|(?:piano|violin|guitar|drum|drums|singing|swimming|swim|tennis|riding|private) (?:teacher|lessons?|coach|instructor|tutor)|driving (?:instructor|lessons?|tests?|school)|(?:teach|teaching|taught) (?:piano|guitar|violin|drums|singing|swimming|dance|ballet|yoga|pilates|zumba|spin|driving|karate|judo)|(?:maths|english|science|private|home|online|gcse|a level) tutor|tutoring|bus driver|coach driver|brownies|scouts|cubs|beavers|dance class|swimming lessons|got the kids|kids (?:are |at )?home|childcare|asda|tesco|aldi|lidl|sainsbury'?s|morrisons|retail|hospital|nhs|holby|pottery|fy ffrind|my friend|my (?:kids|son|daughter|little one|youngest|eldest|two|boys|girls|boy|girl)|fy (?:mab|merch|mhlant)|even though i left school|they'?ve (?:moved|changed)|who decides|weddings?|hen (?:do|party)|christening|funeral|audit)\b/;

/** A teacher no longer: "I was a teacher for 30 years and I don't miss the marking". */
const FORMER = /\b(?:i was an? (?:[a-z]+ ){0,2}(?:teacher|ta|head|headteacher|dinner lady|caretaker|cook|lsa|hlta|senco|cleaner|supervisor|secretary)|i used to (?:be an? teacher|teach)|used to teach|retired|ex[- ]?teacher|former teacher|left teaching)\b/;
/** A pupil's voice: "Miss said we can watch a film", "Sir kept us in". */
const PUPIL_VOICE = /\b(?:sir|miss|mrs [a-z]+|mr [a-z]+) (?:kept|made|gave|told|said|let|put|moved) (?:us|me|we)\b/;

// "my own Year 4 teacher", "her reception teacher": someone else's teacher, not the poster's job.
const SOMEONE_ELSES = /\b(?:own|old|former|retired|ex|son's|daughter's|child's|kids'|his|her|their|your)[ -](?:(?:primary|secondary|school|first|new|lovely|favourite|form|class) )?$/;
/** A school job as a likeness (session 8): "the energy of a supply teacher", "look like a primary school teacher", "a dinner lady at heart". */
const LIKENESS = /\b(?:like|energy of|vibes? of|the patience of|channel(?:ling)?|as if|look(?:ed|s)? like) (?:an? |the )(?:[a-z]+ )?$/;

const PATTERNS = new Triggers()
  .add(AS_ROLE, AS_ROLE_AT, { weak: words('as i'), anchors: ROLE_WORDS })
  .add(MINE, MINE_AT, {
    weak: 'all',
    anchors: MINE_NEXT,
    keep: (m, doc) =>
      !(/^my (?:class|pupils|students|lessons?|learners)/.test(m[0]) && sentenceHas(doc, m.index, NOT_SCHOOL)) &&
      !(/^my (?:year|yr|y) ?\d/.test(m[0]) && (parentVoice(doc, m.index) || sentenceHas(doc, m.index, /\b(?:uni|university)\b/) ||
        // "parents evening for my Year 7", "my Year 9 has a timetable": one child, not a class.
        (!/s$/.test(m[0]) && (/ (?:has|is|was|hasn't|isn't|wasn't|'s|son|daughter|boy|girl|child|baby|lad|kid|cousin|brother|sister|niece|nephew|grandson|granddaughter|friend)\b/.test(doc.norm.slice(m.index + m[0].length, m.index + m[0].length + 10)) || /\bfor $/.test(doc.norm.slice(Math.max(0, m.index - 4), m.index)))))),
  })
  .add(PHRASES, PHRASES_AT, {
    weak: words('i'),
    anchors: words('teach'),
    keep: (m, doc) =>
      !(/^(?:staff|inset|report|writing|end of term|i teach)/.test(m[0]) && sentenceHas(doc, m.index, NOT_SCHOOL)) &&
      !SOMEONE_ELSES.test(foldedSlice(doc, reach(doc, m.index, -16), m.index)) &&
      !LIKENESS.test(foldedSlice(doc, reach(doc, m.index, -32), m.index)) &&
      // Session 9: the inspectorate as news: "Ofsted in the papers again", "the Ofsted report is out".
      !(m[0] === 'ofsted' && /^ (?:in the (?:news|papers?|headlines)|reports? (?:says?|came out|is out))/.test(doc.norm.slice(m.index + 6, m.index + 30))) &&
      // Qualified teacher status still being studied for: "Student · Primary Education (QTS)".
      !(m[0] === 'qts' && sentenceHas(doc, m.index, /\b(?:student|trainee|course|degree|uni|university|pgce|applying)\b/)) &&
      // A parent at parents' evening or reading the Ofsted report: "I teach" still counts.
      (/^(?:i teach|teaching )/.test(m[0]) || !parentVoice(doc, m.index) ||
        // "INSET tomorrow so the kids are off, I'm in at 8:30 for safeguarding": the poster goes in.
        (/^inset/.test(m[0]) && sentenceHas(doc, m.index, /\b(?:i'?m|i am|we'?re|we are) in (?:at|for|school|work|early)\b/))),
  })
  .add(MARKING, MARKING_AT, { keep: (m, doc) => !sentenceHas(doc, m.index, NOT_SCHOOL) && !sentenceHas(doc, m.index, FORMER) && !sentenceHas(doc, m.index, NOT_MINE) })
  .add(WORK_AT, words(
    'i we ive work worked working teach taught teaching school history english maths math science geography music art pe re rs drama french spanish german welsh computing ict dt design food ' +
      'chemistry physics biology psychology sociology business media latin reception nursery year yr ks ks1 ks2 ks3 ks4 ks5 primary secondary supply cover class form early eyfs sen send senco pastoral ' +
      Array.from({ length: 13 }, (_, n) => `y${n + 1} yr${n + 1}`).join(' '),
  ), {
    weak: words('i we ive school history english maths math science geography music art pe re rs drama french spanish german welsh computing ict dt design food chemistry physics biology psychology sociology business media latin reception nursery year yr ks primary secondary supply cover class form early eyfs sen send senco pastoral ' +
      Array.from({ length: 13 }, (_, n) => `y${n + 1} yr${n + 1}`).join(' ')),
    anchors: words('work worked working teach taught teaching teacher teachers ta tas teaching assistant assistants lsa lsas hlta hltas tutor tutors department dept lead coordinator school phase leader leaders specialist specialists practitioner practitioners technician technicians nurse nurses'),
    reach: 80,
    // "any recommendations for a GCSE English tutor? my son needs a boost": the poster's own words only.
    keep: (m, doc) => (/^(?:i|we)\b/.test(m[0]) ? !sentenceHas(doc, m.index, NOT_SCHOOL) && !sentenceHas(doc, m.index, FORMER) : !parentVoice(doc, m.index) && !LIKENESS.test(doc.norm.slice(reach(doc, m.index, -32), m.index))),
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
    // "star of the week" for the poster's own boy, an appraisal at the bank, a Zumba class.
    keep: (m, doc) => !sentenceHas(doc, m.index, NOT_SCHOOL) && !parentVoice(doc, m.index) && !sentenceHas(doc, m.index, PUPIL_VOICE),
  })
  .add(MORE_ROUTINE, MORE_ROUTINE_AT, { digits: true, keep: (m, doc) => !parentVoice(doc, m.index) && !sentenceHas(doc, m.index, NOT_SCHOOL) })
  .add(CLASS_CODE, new Set<string>(), { digits: true, keep: (m, doc) => /[A-Z]/.test(doc.text.slice(m.index, m.index + m[0].length)) || /^\d+$/.test(m[0]) });

/*
 * STAFF_LIFE by the common words it can start with, each with the words one of which every match
 * from it holds, so that "the", "a", "my" or "year" is only tried where such a word follows (one
 * anchor set for all of them had "the" tried before every "for" and "on").
 */
const YEAR_TOKENS = Array.from({ length: 13 }, (_, n) => `y${n + 1} yr${n + 1}`).join(' ');
const STAFF_WEAK: [string, string][] = [
  ['staff', 'room car toilet toilets loo loos kitchen photo 5k netball football v vs versus'],
  ['office school head deputy headteacher teacher ta hlta lsa senco sendco nqt ect', 'life here office teacher of outfit ootd mode voice bag starter tired manager'],
  ['on do did doing', 'supply duty planning moderation'],
  ['board interactive reading working wall circle carpet tidy took morning afternoon hall pick drop after exam toilet', 'pen pens whiteboard corner display walls wall time up register duty board year yr y ks ks1 ks2 ks3 ks4 eyfs early education primary secondary schools school lessons registration ' + YEAR_TOKENS],
  ['before into left leaving back career years year yr y life decades yrs out ' + YEAR_TOKENS + ' ' + YEAR_TOKENS.split(' ').map((w) => w + 's').join(' '), 'teaching classroom lessons registration asked decided forgot refused told kept'],
  ['with taught teach meet meeting met new', 'year yr y class ' + YEAR_TOKENS],
  ['being be stop not', 'miss sir'],
  ['yn mlynedd blynedd', 'dysgu ers'],
  ['writing', 'reports'],
  ['pupil individual', 'targets'],
  ['observation', 'went feedback'],
  ['sunday', 'planning marking'],
  ['the our my whole senior middle told asked emailed messaged this last', 'head headteacher deputy leadership smt leaders leader share ta tas lsa lsas mentor partner parallel cohort intake dsl'],
  ['emails', 'parent parents mum mam dad'],
  ['parent parents mum mam dad', 'emailing emailed rang phoned messaged complained told shouted cornered collared stopped called'],
  ['made', 'referral'],
  ['between during any calling', 'lessons registration teachers tas'],
  ['run running manage managing', 'school'],
  ['team', 'teaching'],
  ['bl blwyddyn flwyddyn fy', 'fi mlwyddyn'],
  ['kids children pupils', 'work'],
  ['weekend half holiday evening', 'marking planning'],
  [
    'mark period planning register registers dinner lunchtime midday business cover supply exams attendance department dept pastoral caretaker chair governor governors phonics coursework seating finger pens unseen fellow',
    'schemes scheme 1 2 3 4 5 6 sunday week monday done taken lady supervisor manager agency work teaching day days booking bookings officer meeting team lead support office life ' +
      'governors came visited walked were asked screening drafts draft plan plans spaces down poetry teachers tas educators primary secondary',
  ],
];
const STAFF_KEEP = (m: RegExpExecArray, doc: Doc): boolean => !sentenceHas(doc, m.index, NOT_SCHOOL) && !parentVoice(doc, m.index);
const staffWeak = new Set<string>();
for (const [at, anchors] of STAFF_WEAK) {
  const at_ = words(at);
  for (const w of at_) staffWeak.add(w);
  PATTERNS.add(STAFF_LIFE, at_, { weak: 'all', anchors: words(anchors), reach: 48, keep: STAFF_KEEP });
}
PATTERNS.add(STAFF_LIFE, new Set([...STAFF_LIFE_AT].filter((w) => !staffWeak.has(w))), { keep: STAFF_KEEP });

/*
 * Session 5 (issue 12): the rest of a school's working year that only its staff live through, written
 * from general knowledge rather than corpus lines: inspections rehearsed ("Mocksted", a mock
 * inspection, a deep dive), performance management, data and assessment deadlines, the early years'
 * floor books and profile, phonics and reading groups, lesson parts (plenary, starter), a student
 * teacher in the room, open evening for prospective parents, transition days, rehearsals for the
 * nativity or the concert, a class assembly, periods of cover, the site team, workload in the job,
 * pupils' "can I go toilet", and the Welsh forms (lunchtime supervisor, school office manager,
 * personalised assessments, decorating the classroom, my group, the staff room, the whole school's
 * assembly, goodbye to pupils for the holidays).
 */
const STAFF_ONLY = new RegExp(
  '\\b(?:mocksted|mock (?:ofsted|estyn|inspection)|deep dives?|performance management|pm targets|(?:profile|assessment|tracking|eyfs) data|(?:term ?[1-6]|(?:autumn|spring|summer) (?:term )?(?:[1-2] )?)data (?:in|due|deadline|drop|entry|entered|done|submitted)|data (?:deadline|entry|due)|' +
    'floor ?books?|reading records?|(?:phonics|rwi|read write inc|guided reading|intervention|spelling) groups?|ditty books?|phonics (?:check|screening|lessons?|sessions?|practice|groups?)|pen licen[cs]es?|' +
    'plenar(?:y|ies)|starter activit(?:y|ies)|schemes? of work|student teachers?|trainee teachers?|' +
    // Not open evening or transition day alone: parents choosing a school go to them.
    'open evening (?:outfit|prep|talks?|speech|tour guides?|set up|setup)|prospective parents|prospectus(?:es)?|' +
    '(?:dress|nativity|concert|christmas play|carol service|panto|show|assembly|leavers.? assembly) rehearsals?|rehearsal (?:number|no\\.?) ?\\d+|speaking parts|class assembly|' +
    '(?:periods?|lessons?|hours?) of cover|cover slips?|site team|site manager|' +
    '(?:workload|work load) (?:in|of) (?:this job|the job|teaching|education|schools?)|(?:workload|work load) (?:this|last|next) (?:term|half term|half)|leavers.? speech|' +
    // "our Year 11s sat their first GCSE": a cohort in the plural is how its staff speak of it.
    'our (?:year|yr|y) ?\\d{1,2}s|(?:gosod|rhoi i fyny) (?:yr? )?arddangosfa|teacher workload|can i go (?:to the )?toilet|' +
    'goruchwyliwr amser cinio|rheolwr swyddfa|profion personol|addurno.r dosbarth|fy ngr[ŵw]p|(?<=\\b(?:yn y|i.r|yr) )stafell staff|gwasanaeth (?:i.r ysgol gyfan|boreol|yr ysgol)|' +
    '(?:ta ta|hwyl fawr|dim) (?:disgyblion|blwyddyn \\d{1,2}|bl\\.? ?\\d{1,2})|(?:see you|bye|byeee*|ta ra|tara),? (?:in [a-z0-9]+ weeks?,? |after (?:the )?(?:holidays|hols|half term|easter|summer),? |in september,? )?(?:year|yr|y) ?\\d{1,2}s?|' +
    'adroddiad(?:au)? i.w (?:sgwennu|ysgrifennu)|(?:sgwennu|ysgrifennu) \\d+ adroddiad|' +
    // Session 5, after fresh-e's first score, by class: the staff's rooms, kit and paperwork, the
    // people over them ("our new deputy", "one of our deputies", the trust, a governor's visit), the
    // poster with pupils ("the children in my room", "a pupil asked"), setting homework, marking a
    // mock, writing reports, a placement or a trainee, a cohort's "lot", phases' "life".
    'pigeon ?holes?|dry ?wipe (?:markers?|pens?)|(?:whiteboard|board) markers?|requisition forms?|(?:dt|art|stock|stationery) cupboard|book corner|duty rota|dinner hall|cook in charge|school kitchen|' +
    '(?:children|kids|pupils|students) in my (?:room|group)|(?<=\\b(?:a|one|another|this) )(?:pupil|student) (?:just )?(?:asked|told|said|called|informed|corrected)|' +
    'set (?:a |the |them |some )?homeworks?|marked (?:the |my |all (?:the )?|their |a )?(?:last )?(?:mocks?|mock papers?|papers|essays|books|scripts|tests|homeworks?|coursework)|' +
    '(?:writing|write|wrote|written) (?:my |the |\\d+ )?(?:(?:year|yr|y) ?\\d{1,2} |end of (?:year|term) |school )reports|' +
    '(?:teaching|school) placement|placement in (?:year|yr|y|reception|nursery|a school|a primary|a secondary)|trainees? (?:is|are) teaching|teaching (?:her|his|their|my) first (?:full )?lesson|' +
    // Lookbehinds keep common words ("to", "my", "the") out of the trigger list: each costs on every scan.
    '(?<=\\b(?:to|with|teach|teaching) (?:top |bottom )?)set [1-9]\\b|(?<=\\bmy )(?:gcse|sixth form|ks ?[1-5]|top set|bottom set) (?:lot|ones|kids|class|group)|' +
    '(?:cyfnod sylfaen|eyfs|early years|ks ?[1-4]|reception|nursery|special school|primary|secondary) life|caretaker.?s life|' +
    'our (?:new |old |acting |interim )?(?:deputy|deputies|hod|head of department|business manager|bursar|senco|trust|caretaker|site manager|cleaners?|school cook|dinner ladies|office manager|receptionist)|head.?s pa|' +
    // Session 5, fresh-e's later chunks: leads and heads of house, periods of a year group on the
    // timetable, UCAS references, confiscating, the classroom made ready, the WALT and "show me 5",
    // being called Mum or Miss by children, signing off as a class's teacher, lining up for assembly.
    'head of (?:house|humanities|geography|history|languages|mfl|music|art|drama|computing|re|rs|lower school|upper school|inclusion|faculty|chemistry|physics|biology|welsh|design)|(?:dofe|behaviour|inclusion|literacy|numeracy|reading|phonics|attendance|sen|send|aln|eal|computing|science|maths|english|pe|art|music|ks ?[1-4]|eyfs) (?:lead|leader|co-?ordinator)|inclusion unit|' +
    '(?:\\d+ )?periods? of (?:year|yr|y) ?\\d{1,2}|ucas references?|confiscat(?:ed|ing|e)(?= (?:a|an|the|his|her|their|\\d+|two|three|four)\\b)|classroom (?:ready|done|set up|sorted)|(?<=\\b(?:the|my|a) )walt\\b|show me (?:5|five)\\b|eyes on me\\b|' +
    'called ["\u201c]?(?:mum|mam|miss|sir)["\u201d]? (?:by|\\d+ times)|(?:mrs|mr|miss|ms) [a-z]+,? (?:year|yr|class) ?\\d{1,2}\\b|(?:lined|line|lining) up (?:in silence|silently|for assembly)|marking (?:their|his|her) (?:books|work|essays|tests|homework)|' +
    '(?<=\\bone of our )(?:deputies|tas|lsas|teachers|dinner ladies|governors)|' +
    'academy trust|trust ceo|governors?.? (?:visit|tour)|told off by (?:a|the|our) (?:governor|head|deputy)|(?:our|my) open evening|phonics songs?|catching up on (?:the |my )?(?:planning|marking)|' +
    'estyn yn dod|cymhorthwyr|corff llywodraethu|(?:did|done) the register|(?<!\\bex[- ]|former |retired )learning support assistant here|' +
    '(?<=\\b(?:on|marking|marked|mark|read|reading) (?:a |an |the |their |\\d+ )?)(?:year|yr|y) ?\\d{1,2} (?:essays?|exercise books?|scripts?|mocks?)|laminat(?:ing|ed) (?:[a-z]+ ){0,2}(?:name cards|name labels|labels|word cards|flash ?cards|tray labels|peg labels)|' +
    '(?<=\\bto a )parent on the gate|(?:parent|mum|mam|dad) on the gate (?:shouting|asking|telling|complaining)|reading recovery|' +
    'hods?|teaching and learning lead|t&l lead|exams office|staff voice|(?:been|worked|taught) at this school|' +
    '(?:cydweithiwr|gydweithiwr|cydweithwyr|gydweithwyr|cydweithwraig|gydweithwraig) (?:yn yr ysgol|o.r adran)|' +
    // A year group's lesson or team, explaining to a year group, a provision area for one, the
    // caretaker's or the office's list, children calling the poster Mum, a teacher's edition of
    // anything, covering one's duty, the role play corner, a split site.
    '(?:year|yr|y) ?\\d{1,2} (?:science|maths|english|history|geography|art|dt|pe|music|re|rs|welsh|french|spanish|computing) (?:investigations?|lessons?|topics?|units?|assessments?|schemes?)|' +
    'moderating (?:writing|reading|maths|books|work|art)|(?<=\\bwith the )(?:year|yr|y) ?\\d{1,2} team|' +
    '(?:explained|explaining|taught|showed|showing) (?:[a-z]+ ){1,4}to (?:year|yr|y) ?\\d{1,2}s?\\b|' +
    '(?:corner|area|display|provision|tray|table) (?:set ?up |ideas? )?for (?:year|yr|y) ?(?:r|\\d{1,2})\\b|' +
    '(?:caretaker|site manager).?s (?:[a-z]+ )?(?:list|checklist|to ?do list)|school office (?:checklist|to ?do list|life|chaos)|' +
    '(?<=\\b(?:child|kid|pupil|student)s? )(?:calls?|called|calling) me ["\u201c]?(?:mum|mam|miss|sir|dad)\\b|(?:teacher|ta|staff|teaching) edition|photocopy the|' +
    'cover(?:ed|ing)? my (?:duty|duties|lessons?|class|break duty|lunch duty)|role ?play (?:corner|area)|split site|' +
    'our (?:year|yr|y) ?\\d{1,2} (?:girls|boys|team|squad|netball|rugby|football)|' +
    // Session 8, by class: a free period lost to cover, planning or teaching the week's lessons, the
    // clubs before and after school run by the poster or counted in children, the bell at a time, the
    // print room, and the Welsh "I have a class of 29".
    '(?:lost|lose|losing) (?:my|our) (?:(?:only |one |last )(?:free(?: period)?|frees|ppa)|free(?: period)?|frees)|free periods? (?:taken|gone|lost|eaten) (?:for|to|by) cover|' +
    '(?:planning|planned|plan|prepping) (?:next week.s|tomorrow.s|monday.s|this week.s|the|all my) lessons|taught (?:the same|that|this) lesson|' +
    // Read from "club", not from "i" or "after": a trigger word as common as those costs every scan.
    '(?<=\\b(?:i run|i.m running|i manage|running|managing) (?:the |our )?(?:school.s |[a-z]+.s )?(?:breakfast|after[- ]?school) )club|(?<=\\b(?:breakfast|after[- ]?school) )club(?:.s)?\\b[^.!?\\n]{0,40}?\\b[1-9]\\d? (?:kids|children|little ones)\\b|' +
    'bell (?:goes|went|rang|rings) at \\d|gen i ddosbarth|dosbarth o (?:[12]\\d|3[0-5])|reprographics|' +
    // A class named for its subject, as its teachers call it: "my GCSE biologists", "Year 8 geographers".
    '(?<=\\b(?:gcse|a ?levels?|a-level|btec|(?:year|yr|y) ?\\d{1,2}|sixth form|ks ?[3-5]) )(?:biologists|chemists|physicists|historians|geographers|mathematicians|linguists|scientists|musicians|economists|psychologists|sociologists|philosophers|classicists|engineers))\\b',
  'y',
);
const STAFF_ONLY_AT = words(
  'mocksted mock deep performance pm profile assessment tracking eyfs data term autumn spring summer floor floorbook floorbooks reading phonics rwi read guided intervention spelling ditty pen ' +
    'plenary plenaries starter scheme schemes student trainee open prospective prospectus prospectuses dress nativity concert christmas carol panto show assembly leavers rehearsal speaking class ' +
    'head dofe behaviour inclusion literacy numeracy attendance sen send aln eal computing science maths english pe art music periods period ucas confiscated confiscating confiscate classroom walt eyes called mrs mr miss ms lined line lining marking ' +
    'sgwennu ysgrifennu laminating laminated parent mum mam dad hod hods t exams staff been worked taught cydweithiwr gydweithiwr cydweithwyr gydweithwyr cydweithwraig gydweithwraig pigeonhole pigeonholes pigeon dry dryw whiteboard board requisition dt stock stationery book duty dinner cook school children kids pupils pupil students ' +
    'set marked writing write wrote written teaching placement trainees teach cyfnod early ks ks1 ks2 ks3 ks4 ks5 reception nursery special primary secondary caretaker caretakers our academy trust governors governor told catching estyn cymhorthwyr corff ' +
    'gcse sixth top bottom deputies tas lsas teachers stafell year yr y reprographics club biologists chemists physicists historians geographers mathematicians linguists scientists musicians economists psychologists sociologists philosophers classicists engineers ' + YEAR_TOKENS + ' ' +
    'lessons lesson hours hour cover site workload work teacher can goruchwyliwr rheolwr profion addurno fy gwasanaeth ta hwyl dim see bye byee byeee tara adroddiad adroddiadau gosod rhoi',
);

/*
 * Bios and profile lines (session 5): a subject or role at a kind of school ("business manager at a
 * 3-18 school", "English dept at a Cardiff comp"), a role by day, or a role opening a "|" list
 * ("ALNCo | views my own").
 */
const BIO = new RegExp(
  '\\b(?:(?:teacher|ta|hlta|lsa|senco|sendco|alnco|business manager|bursar|office manager|site manager|caretaker|school cook|librarian|technician|lunchtime supervisor|dinner lady|cover supervisor|' +
    'deputy head|assistant head|headteacher|head teacher|dept|department|faculty|pe|maths|english|science|history|geography|music|art|drama|mfl|computing|dt) (?:at|@) (?:(?:an?|the) (?:[a-z0-9-]+ ){0,3}?|(?:[a-z0-9-]+ ){1,3}?)(?:school|primary|comp|comprehensive|academy|ysgol|infants|juniors|secondary|high school)\\b|' +
    '(?:teacher|ta|hlta|lsa|senco|sendco|alnco|deputy head|assistant head|headteacher|head teacher|head of [a-z]+|business manager|dinner lady|lunchtime supervisor|caretaker) by day\\b)',
  'y',
);
/** A role opening a profile's "|" list, read once at the start of the draft rather than at every such word. */
const BIO_OPENING = /^(?:ta|hlta|lsa|senco|sendco|alnco|cymhorthydd|athrawes|athro|deputy head|assistant head|headteacher|head teacher|head of [a-z]+|school business manager|cover supervisor|(?:primary|secondary|supply|ks ?[1-4]|eyfs|year \d{1,2}) teacher)(?= ?[|•·])/;
const BIO_AT = words(
  'teacher ta hlta lsa senco sendco alnco business bursar office site caretaker school librarian technician lunchtime dinner cover deputy assistant headteacher head dept department faculty pe maths english science history geography music art drama mfl computing dt',
);

const STAFF_ONLY_STRONG = words('roleplay walt deputies lsas stafell hod hods pigeonhole pigeonholes dofe confiscated confiscating confiscate ucas mocksted plenary plenaries prospectus prospectuses floorbook floorbooks ditty goruchwyliwr rheolwr profion addurno adroddiad adroddiadau workload rehearsal pigeonhole pigeonholes requisition cymhorthwyr reprographics club biologists chemists physicists historians geographers mathematicians linguists scientists musicians economists psychologists sociologists philosophers classicists engineers');
/** Watching the show, not running it: "the funniest video of the nativity rehearsal". */
const AUDIENCE = /\b(?:videos?|photos?|pics?|watch|watched|watching|tickets?|sent me|choosing a school|looking round)\b/;
const SHOWN = /rehears|assembly|concert|nativity|show|panto|play|open evening|speaking parts/;
/** A class named for its subject is the poster's own only with a speaker: "Year 11 geographers at Slapton all week" alone is a trip's notice. */
const SUBJECT_CLASS = /(?:ists|ians|ers)$/;
// Session 9: the family side of the home-school paperwork ("signed the reading record", "reading record signed").
const SIGNED = /\b(?:signed|sign|signing|filled in|fill in|filling in)(?: (?:the|his|her|their|my|your))? $/;
const STAFF_ONLY_KEEP = (m: RegExpExecArray, doc: Doc): boolean =>
  STAFF_KEEP(m, doc) && !(/^reading record/.test(m[0]) && (SIGNED.test(doc.norm.slice(Math.max(0, m.index - 24), m.index)) || doc.norm.startsWith(' signed', m.index + m[0].length))) && !(SHOWN.test(m[0]) && sentenceHas(doc, m.index, AUDIENCE)) && !(SUBJECT_CLASS.test(m[0]) && !shortDraftHas(doc, VOICE_ME, 280));
PATTERNS.add(STAFF_ONLY, new Set([...STAFF_ONLY_AT].filter((w) => STAFF_ONLY_STRONG.has(w))), { keep: STAFF_ONLY_KEEP });
/*
 * STAFF_ONLY's common start words, each with the words one of which must follow within reach (one
 * anchor set for all of them had "year" or "school" tried before every "day" and "group" of a long
 * draft): only what that word's own branches need.
 */
const Y = YEAR_TOKENS + ' ' + YEAR_TOKENS.split(' ').map((w) => w + 's').join(' ');
const STAFF_ONLY_WEAK: [string, string][] = [
  ['mock', 'ofsted estyn inspection'],
  ['deep', 'dive dives'],
  ['performance', 'management'],
  ['pm', 'targets'],
  ['profile assessment tracking eyfs term autumn spring summer', 'data'],
  ['data', 'deadline entry due'],
  ['floor', 'book books'],
  ['reading', 'records record recovery group groups'],
  ['phonics rwi read guided intervention spelling', 'groups group check screening lessons lesson sessions session practice songs song'],
  ['pen', 'licence licences license licenses'],
  ['starter', 'activity activities'],
  ['scheme schemes', 'work'],
  ['student trainee trainees', 'teacher teachers is are'],
  ['open', 'evening'],
  // The role itself is the anchor ("our new deputy" waits for "deputy", not "new"): "our" is common.
  ['our', 'evening year yr girls boys team squad netball rugby football deputy deputies hod department manager bursar senco trust caretaker cleaner cleaners cook ladies receptionist ' + Y],
  ['my', 'evening'],
  ['prospective', 'parents'],
  ['dress nativity concert christmas carol panto show assembly leavers', 'rehearsal rehearsals speech'],
  ['speaking', 'parts'],
  ['class', 'assembly'],
  ['lessons lesson hours hour', 'cover'],
  ['periods period', 'cover year yr y ' + Y],
  ['cover', 'slip slips'],
  ['site', 'team manager'],
  ['work', 'load'],
  ['teacher', 'workload'],
  ['gosod rhoi', 'arddangosfa'],
  ['can', 'toilet'],
  ['fy', 'ngrŵp ngrwp'],
  ['gwasanaeth', 'ysgol boreol'],
  ['ta hwyl dim', 'disgyblion blwyddyn bl'],
  ['see bye byee byeee tara', 'year yr y ' + Y],
  ['sgwennu ysgrifennu', 'adroddiad'],
  ['pigeon', 'hole holes'],
  ['learning', 'here'],
  ['did done', 'register'],
  ['moderating', 'writing reading maths books work art'],
  ['explained explaining taught showed showing', 'year yr y ' + Y],
  ['corner area display provision tray table', 'year yr y ' + Y],
  ['site', 'list checklist'],
  ['call calls called calling', 'mum mam miss sir dad'],
  ['teacher ta staff teaching', 'edition'],
  ['photocopy', 'the'],
  ['cover covered covering', 'duty duties lesson lessons class'],
  ['role', 'play corner area'],
  ['split', 'site'],
  ['dry', 'wipe'],
  ['whiteboard board', 'markers marker'],
  ['dt stock stationery art', 'cupboard'],
  ['book', 'corner'],
  ['duty', 'rota'],
  ['dinner', 'hall'],
  ['cook', 'charge'],
  ['school', 'kitchen placement office'],
  ['children kids pupils students', 'room group'],
  ['pupil student', 'asked told said called informed corrected'],
  ['set', 'homework homeworks 1 2 3 4 5 6 7 8 9'],
  ['marked', 'mocks mock papers essays books scripts tests homework homeworks coursework'],
  ['writing write wrote written', 'reports'],
  ['teaching', 'placement first learning'],
  ['placement', 'year yr y reception nursery school primary secondary ' + Y],
  ['gcse sixth top bottom', 'lot ones kids class group'],
  ['cyfnod eyfs early reception nursery special primary secondary caretaker caretakers', 'life'],
  ['ks ks1 ks2 ks3 ks4 ks5', 'lot ones kids class group life lead leader coordinator co'],
  ['caretaker', 'list checklist life'],
  ['head', 'house pa humanities geography history languages mfl music art drama computing re rs lower upper inclusion faculty chemistry physics biology welsh design'],
  ['behaviour inclusion literacy numeracy attendance sen send aln eal computing science maths english pe art music', 'lead leader coordinator co unit'],
  ['classroom', 'ready done set sorted'],
  ['show', '5 five'],
  ['eyes', 'me'],
  ['called', 'mum mam miss sir'],
  ['mrs mr miss ms', 'year yr class'],
  ['lined line lining', 'silence silently assembly'],
  ['marking', 'their his her'],
  ['academy', 'trust'],
  ['trust', 'ceo'],
  ['governors governor', 'visit tour'],
  ['told', 'governor head deputy'],
  ['catching', 'planning marking'],
  ['estyn', 'dod'],
  ['corff', 'llywodraethu'],
  ['year yr y ' + YEAR_TOKENS, 'essay essays exercise scripts script mocks mock team science maths english history geography art dt pe music re rs welsh french spanish computing'],
  ['laminating laminated', 'cards labels flashcards'],
  ['parent mum mam dad', 'gate'],
  ['staff', 'voice'],
  ['been worked taught', 'school'],
  ['t', 'lead'],
  ['exams', 'office'],
  ['lost lose losing', 'free frees ppa'],
  ['free', 'taken gone lost eaten'],
  ['planning planned plan prepping', 'lessons'],
  ['taught', 'lesson'],
  ['bell', 'goes went rang rings'],
  ['gen', 'ddosbarth'],
  ['dosbarth', 'o'],
  ['cydweithiwr gydweithiwr cydweithwyr gydweithwyr cydweithwraig gydweithwraig', 'ysgol adran'],
];
{
  // One entry per start word, with every anchor its branches need: a word in two rows is tried once.
  const anchorsOf = new Map<string, Set<string>>();
  for (const [at, anchors] of STAFF_ONLY_WEAK) {
    for (const w of words(at)) {
      if (STAFF_ONLY_STRONG.has(w)) continue;
      const set = anchorsOf.get(w) ?? new Set<string>();
      for (const x of words(anchors)) set.add(x);
      anchorsOf.set(w, set);
    }
  }
  const byAnchors = new Map<string, { at: Set<string>; anchors: Set<string> }>();
  for (const [w, set] of anchorsOf) {
    const key = [...set].sort().join(' ');
    const g = byAnchors.get(key) ?? { at: new Set<string>(), anchors: set };
    g.at.add(w);
    byAnchors.set(key, g);
  }
  for (const { at, anchors } of byAnchors.values()) PATTERNS.add(STAFF_ONLY, at, { weak: 'all', anchors, reach: 64, keep: STAFF_ONLY_KEEP });
}
/** Someone else's school in the title's own words: "the caretaker at my old school" (session 9). */
const TITLE_NOT_BIO = /\b(?:old|former|ex|my (?:son|daughter|kids?|child|children|boy|girl|lad)(?:'s)?|[a-z]+'s|his|her|their|your)\b/;
const BIO_STRONG = words('hlta lsa senco sendco alnco bursar caretaker librarian headteacher');
// A role stated outright stands beside being a parent ("Deputy head by day, mum taxi by night"), not
// someone else's ("my son's PE teacher at a Cardiff comp").
const BIO_KEEP = (m: RegExpExecArray, doc: Doc): boolean =>
  !TITLE_NOT_BIO.test(m[0]) && !sentenceHas(doc, m.index, NOT_SCHOOL) && !/(?:'s|s'|\b(?:my|his|her|their|your|our|old|former|ex|retired)) $/.test(doc.norm.slice(Math.max(0, m.index - 16), m.index));
PATTERNS.add(BIO, new Set([...BIO_AT].filter((w) => BIO_STRONG.has(w))), { keep: BIO_KEEP });
PATTERNS.add(BIO, new Set([...BIO_AT].filter((w) => !BIO_STRONG.has(w))), {
  weak: 'all',
  // Every branch but the opening "|" line has "at", "@" or "by" within a few words of the role.
  anchors: words('at by'),
  reach: 48,
  keep: BIO_KEEP,
});

/** A profile or post that opens with a school role at or of a school ("Head of a small junior school: my job today…", "Head of St K's C of E Juniors."). */
const ROLE_OPENING = /^(?:as (?:the )?)?(?:head|headteacher|head teacher|deputy head|assistant head|class teacher|teacher|ta|hlta|lsa|senco|sendco|alnco|office manager|business manager|caretaker|site manager|midday supervisor|dinner lady|school cook|librarian|teaching assistant|(?:year|yr) ?\d{1,2} teacher|(?:reception|nursery|eyfs|ks ?[1-4]) teacher) (?:of|at|@) /;
const SCHOOL_KIND = /\b(?:school|juniors|infants|primary|academy|ysgol|c of e|ce|comp|comprehensive|high)\b/;
/** 🧑‍🏫 👩‍🏫 👨‍🏫, with or without a skin tone. */
const TEACHER_EMOJI = /[\u{1F9D1}\u{1F469}\u{1F468}][\u{1F3FB}-\u{1F3FF}]?\u200D\u{1F3EB}/u;
/*
 * Session 7 (issue 12): the rest of a school's staff by title, from general knowledge of schools in
 * England and Wales rather than corpus lines: the office, the kitchen, the site team, transport
 * escorts, midday staff, cover and exams, IT and the library, pastoral and therapy staff, the special
 * school's and the early years' roles. A title only a school has opens a draft on its own ("Midday
 * supervisor shift done", "Exams officer in May is…", "Learning mentor, 1 office"); one other
 * workplaces share needs a school beside it ("librarian at a secondary", "special school physio").
 */
const SCHOOL_TITLES =
  '(?:exams? officer|examinations officer|exams? manager|exam invigilator|invigilator|midday supervisor|midday assistant|lunchtime supervisor|lunchtime assistant|dinner lady|hlta|higher level teaching assistant|' +
  'teaching assistant|learning support assistant|cover supervisor|attendance officer|elsa|learning mentor|family liaison officer|pastoral (?:manager|lead|worker|officer|support worker)|' +
  'behaviour (?:lead|manager|mentor)|inclusion (?:lead|manager)|cover manager|(?:sixth form )?form tutor|head of (?:year|house|sixth form|ks ?[1-5]|key stage [1-5])|senco|sendco|alnco|designated safeguarding lead|school business manager|bursar|site manager|premises manager|' +
  'reprographics (?:manager|technician|assistant)|passenger assistant|transport escort|headteacher|head teacher|deputy head(?:teacher)?|assistant head(?:teacher)?|class teacher|supply teacher|' +
  '(?:year|yr) ?\\d{1,2} teacher|(?:reception|nursery|eyfs|ks ?[1-4]|foundation phase|cyfnod sylfaen|welsh[- ]medium|primary|secondary|infant|junior|sen|send|special school|special needs) (?:teacher|ta)|teaching head|' +
  '(?:after[- ]?school|breakfast) club (?:manager|leader|lead|assistant|worker|supervisor|staff)|wraparound (?:manager|lead|leader|assistant|worker|staff)|school (?:bus|minibus) driver|' +
  'cymhorthydd dysgu|athrawes|pennaeth|dirprwy bennaeth|special educational needs co-?ordinator|phase lead(?:er)?|(?:ks|key stage) ?[1-4] lead(?:er)?|acting head(?:teacher)?)';
const SHARED_TITLES =
  '(?:librarian|library assistant|receptionist|administrator|admin assistant|office manager|business manager|finance officer|data manager|cook|chef|kitchen assistant|catering manager|cleaner|caretaker|site agent|' +
  'technician|it technician|ict technician|network manager|lab technician|science technician|physio|physiotherapist|speech and language therapist|salt|occupational therapist|music therapist|play therapist|' +
  'counsellor|nurse|escort|minibus driver|mentor|support worker|teacher|ta|early years practitioner|practitioner|nursery nurse)';
const TITLE_OPENING = new RegExp(
  '^(?:(?:x |twitter |insta |instagram |ig |tiktok |linkedin |facebook )?bio: ?|experience: ?|(?:linkedin )?headline: ?|day job: ?|job(?: title)?: ?|occupation: ?|role: ?)?(?:proud |qualified |newly qualified |full[- ]time |part[- ]time |trainee |acting |senior |level [1-4] )?' +
    // Session 9: a teacher by the kind of school ("Welsh-medium primary school teacher", "Catholic primary teacher").
    `(?:((?:special school|special needs|sen school|send school|primary school|secondary school|school|ysgol) ${SHARED_TITLES})|${SCHOOL_TITLES}|(?:catholic |church |c of e |church of england |welsh[- ]medium |faith |village )(?:primary |secondary |infant |junior |high )?(?:school )?teacher|(?:primary|secondary|infant|junior|high) school teacher)` +
    '(?= ?[,:;|\u2022\u00b7!(\u2014\u2013&+/@-]| (?:here|life|shift|by day|and (?:proud|mum|mam|dad|professional|part[- ]time|full[- ]time)|for the (?:day|week|term|month|year)|since|(?:for )?(?:over |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty) (?:years|yrs)|' +
    'in (?:may|june|january|september|december|exam season|the summer|summer|winter)|at an?|at \\d|@|diaries|diary|report|question|problems|tips?|things|mode|confessions?|update|today|this week|means|glamour|vibes|wins?|struggles)\\b|$)',
);
/*
 * The Welsh for saying one's own school job (session 7): "Cymhorthydd ydw i", "Fi yw'r cogydd", "Dwi'n
 * ofalwr", with the soft mutation a title takes after "yn" (gymhorthydd, ofalwr, gogydd, bennaeth,
 * yrrwr bws); not "Rhiant ydw i, nid athrawes" or a title that has ended (wedi ymddeol).
 */
const CY_TITLE = '(?:c|g)ymhorthydd(?: dysgu)?|athro|athrawes|(?:g)?ofalwr(?! maeth)|(?:c|g)ogydd(?:es)?|(?:p|b)ennaeth|dirprwy(?: bennaeth)?|(?:g)?yrrwr bws(?: ysgol)?|ysgrifenyddes(?: yr ysgol)?|(?:g)?oruchwyliwr amser cinio';
const CY_SELF = new RegExp(`\\b(?:(${CY_TITLE}) (?:ydw i|ydw|dw i|wyf i|yw fi)|(?:fi|fi.n|i) yw.r (${CY_TITLE})|(?:dwi|dw i|rydw i|rwy|wi)['’ ]?n (${CY_TITLE}))\\b`, 'd');
const CY_HINT = /ydw|yw.r|n (?:c|g)ymh|n athr|n (?:g)?ofal|n (?:c|g)ogy|n (?:p|b)enn|n dirp|n (?:g)?yrr|n ysgrif|n (?:g)?oruch|wyf i|yw fi/;
/** A class out with the poster, said at the start of the draft from where they are. */
const WITH_CLASS =
  /^(?:(?:currently |right now |just |now )?(?:at|in|on|ar|yn|back from|just back from|nôl o|(?:away|off) (?:at|in|on)|i ffwrdd (?:yn|ym|yng|ar))|(?:(?:an? |what an? )?(?:amazing|great|lovely|brilliant|fab|fantastic|wonderful|long|busy|exhausting|epic|[a-z]+) )?(?:day|days|morning|afternoon|evening|night|nights|week|trip|visit) (?:out )?(?:at|in|on|to)) (?:[^,.!?\n]{1,40}) (?:with|gyda|efo) (?:the |my |.r |dosbarth )?(?:year|yr|y|bl\.?|blwyddyn|class|reception|nursery|derbyn|meithrin|infants|juniors|babanod|ks ?\d|cyfnod sylfaen)\b(?: ?\d{1,2})?/;
const CY_NOT = /\b(?:nid (?:athro|athrawes|cymhorthydd)|rhiant ydw|wedi ymddeol|ymddeol|oedd|(?:fy|fy n|ei) ?(?:nhad|nhad-cu|mam|mam-gu|ffrind|chwaer|mrawd|ngŵr|ngwr|ngwraig|merch|mab)|ffrind (?:gorau )?fi|mam yn|dad yn|(?:piano|ioga|yoga|gitâr|gitar|nofio|dawns|canu|telyn|ffidil|zumba|gyrru)\b)/;
/** A title and a school: "librarian at a secondary", "cook in a village primary", "physio for a special school". */
const TITLE_AT_SCHOOL = new RegExp(
  `(?:${SCHOOL_TITLES}|${SHARED_TITLES}) (?:at|in|@|for|with) (?:an? |the |our |my |this )?(?:[a-z0-9,'’-]+ ){0,3}?(?:school|primary|secondary|academy|comp|comprehensive|infants|juniors|sixth form|pru|ysgol)\\b(?! (?:holidays?|hols|run|gates?|trip|fair|uniform|disco|reunion|car park|playground|photos?))|` +
    `(?<=\\b(?:an?|as an?|as the|i'm an?|i'm the|im an?|i am an?|i am the|work as an?) )(?:special school|special needs|sen school|send school|primary school|secondary school|school|ysgol) ${SHARED_TITLES}\\b(?!'s|’s)`,
  'y',
);
const TITLE_WORDS = (src: string) => [...src.matchAll(/(?:^|[(|:])([a-z]+)/g)].map((m) => m[1]!);
const TITLE_AT = new Set([...TITLE_WORDS(SCHOOL_TITLES), ...TITLE_WORDS(SHARED_TITLES), 'special', 'sen', 'send', 'primary', 'secondary', 'school', 'ysgol', 'year', 'yr', 'reception', 'nursery', 'eyfs', 'ks', 'exam', 'exams']);
/** Someone else's workplace in the title's own words: "the caretaker at my old school", "nurse at my son's school". */
const TITLE_NOT = /\b(?:old|former|ex|my (?:son|daughter|kids?|child|children|boy|girl|lad)|[a-z]+'s|[a-z]+s'|his|her|their|your|kids'?|children's)\b/;
PATTERNS.add(TITLE_AT_SCHOOL, TITLE_AT, {
  weak: 'all',
  anchors: words('school primary secondary academy comp comprehensive infants juniors sixth pru ysgol needs'),
  reach: 64,
  keep: (m, doc) => !TITLE_NOT.test(m[0]) && BIO_KEEP(m, doc) && !sentenceHas(doc, m.index, PARENT_VOICE),
});

/*
 * Not the poster's own school job (session 7), read over every finding of the rule's own checks: a
 * relative's ("Mam's been a dinner lady for 30 years", "my husband's a caretaker", "my nan did 30 years
 * as a school cook", "30 years a dinner lady, my mom"), a former one ("I used to be a TA", "Ex-TA, now a
 * postie", "retired exams officer"), and the early years outside school (childminders, day nurseries,
 * pre-schools), whose Ofsted, EYFS and practitioners are not a school's.
 */
const KIN = '(?:mum|mam|mom|mother|dad|father|nain|taid|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|sister|brother|wife|husband|hubby|partner|fianc[eé]e?|boyfriend|girlfriend|auntie|aunty|aunt|uncle|cousin|friend|mate|son|daughter|niece|nephew|neighbou?r)(?:[- ]in[- ]law)?';
const KIN_ROLE = '(?:teacher|ta|hlta|lsa|head|headteacher|deputy|caretaker|cook|dinner lady|supervisor|officer|librarian|assistant|senco|nurse|cleaner|technician|receptionist|governor|manager|bursar|escort|driver|mentor|practitioner|secretary)';
const NOT_MY_JOB = new RegExp(
  `\\b(?:${KIN}(?:'s|’s|'s been|’s been| has been| had been| was| is) (?:an? |the )?(?:[a-z]+ ){0,2}${KIN_ROLE}\\b|${KIN}(?:'s|’s| is| has) (?:just )?(?:retiring|leaving|starting|started|qualified|newly qualified)\\b|${KIN},? who(?:'s|’s| is| was) an? (?:[a-z]+ ){0,2}${KIN_ROLE}\\b|(?:my|our|fy) ${KIN} (?:taught|teaches|works|worked|did \\d+ years|spent \\d+ years|retired|retires|is retiring|used to|(?:has )?(?:just )?(?:got|started|landed|qualified|been offered))\\b|, (?:my|our) ${KIN}\\b|` +
    `an? (?:[a-z]+ ){0,2}(?:lady|man|${KIN_ROLE})(?:'s|’s) (?:son|daughter|wife|husband)\\b|` +
    "i used to be an?|used to work (?:at|in|as)|ex[- ](?:ta|hlta|lsa|teacher|head|headteacher|senco|dinner lady|caretaker|school)\\b|(?:fy |fy n|ei )?(?:nhad|dad|mam|ffrind(?: gorau)?(?: fi)?|chwaer|mrawd|brawd|ngŵr|ngwr|ngwraig|gwraig|merch|mab|nain|taid|mam-?gu|tad-?cu|wncwl|anti|modryb) (?:oedd|yn|yw|fi.n|wedi bod yn) (?:an? )?(?:athro|athrawes|bennaeth|pennaeth|gymhorthydd|cymhorthydd|ofalwr|gofalwr|gogydd|cogydd|gogyddes|cogyddes|dirprwy)|(?:athro|athrawes) (?:piano|ioga|yoga|gitâr|gitar|nofio|dawns|canu|telyn|ffidil|zumba|gyrru)|(?:fy|fy n) athr(?:o|awes) (?:i )?yn (?:19|20)\\d\\d|rhiant ydw|nid (?:athro|athrawes|staff)|not staff|wedi ymddeol|in the (?:[5-9]0s|19[5-9]0s|nineties|eighties|seventies|sixties|noughties)|(?:retired|former) (?:school )?(?:exams officer|teacher|ta|head|headteacher|deputy head|caretaker|cook|school cook|midday supervisor|lunchtime supervisor|librarian|dinner lady|senco|teaching assistant|bursar|business manager)\\b)",
);
// Session 8: the rest of the work with children outside a school too, and a childminder's or nursery's own words ("my setting", "key children").
const PRIVATE_EY =
  /\b(?:childminders?|childminding|childminderlife|day nursery|private nursery|pre-?school|playgroup|toddler group|nursery (?:manager|practitioner|nurse|worker|assistant|life|diaries)|nurserylife|nurserynurse|under[- ]?(?:twos|2s|threes|3s)|funded (?:places|hours)|ofsted registered|room leader|mindees?|my setting|key (?:children|child)|(?:baby|babies|toddler|tweenies) room|youth (?:club|worker|work)|(?:swimming|swim) (?:teacher|instructor|coach|lessons)|children.s home|(?:brownie|scout|cub|beaver|guide) (?:leader|pack|unit|camp|hut|group)|sunday school|nanny|au pair|wedi ymddeol|(?:i'?m|i am|now|newly|happily) retired|retired (?:yesterday|today|last)|i work (?:in|at|for) (?:an? |the )(?:bank|shop|hospital|hotel|factory|call centre|supermarket|pub|bar|restaurant|cafe|care home|warehouse|garage|salon|council|office)|(?:i'?m|i am) an? (?:nurse|fisherman|plumber|electrician|builder|accountant|solicitor|lawyer|hairdresser|barber|chef|paramedic|police officer|firefighter|social worker|midwife|vet|doctor|gp|dentist|pharmacist|engineer|mechanic|farmer|postman|postie|lecturer|youth worker|childminder|nanny)\b)\b/;
/*
 * Words one of which every NOT_MY_JOB and PRIVATE_EY match holds: a draft without them is not read for
 * either (most drafts), as the check runs on every finding.
 */
const NOT_MY_JOB_LIST = words(
  'mum mam mom mother dad father nain taid nan nana nanna gran granny grandma grandad grandpa sister brother wife husband hubby partner fiance fiancé fiancee fiancée boyfriend girlfriend ' +
    "auntie aunty aunt uncle cousin friend mate son daughter niece nephew neighbour neighbor mum's mam's mom's dad's nan's gran's sister's brother's wife's husband's partner's friend's mate's son's daughter's " +
    "mum’s mam’s mom’s dad’s nan’s gran’s sister’s brother’s wife’s husband’s partner’s friend’s mate’s son’s daughter’s " +
    'brother-in-law sister-in-law mother-in-law father-in-law son-in-law daughter-in-law in-law in-laws ' +
    '50s 60s 70s 80s 90s 1950s 1960s 1970s 1980s 1990s nineties eighties seventies sixties noughties used ex retired former nhad mam-gu tad-cu mamgu tadcu ffrind chwaer mrawd brawd ngŵr ngwr ngwraig gwraig merch mab wncwl anti modryb athro athrawes rhiant nid not ymddeol',
);
const NOT_MY_JOB_WORDS = new WordGate(NOT_MY_JOB_LIST);
const PRIVATE_EY_LIST = words(
  'toddler childminder childminders childminding childminderlife nursery preschool pre-school pre playgroup nurserylife nurserynurse twos threes 2s 3s under-twos under-threes funded registered leader ' +
    // Session 8: the rest of the work with children outside a school, and a childminder's or nursery's own words ("my setting", "key children").
    "mindee mindees setting key room youth swimming swim home brownie scout cub beaver guide sunday nanny au ymddeol retired work i'm im am",
);
const PRIVATE_EY_WORDS = new WordGate(PRIVATE_EY_LIST);
/*
 * Session 9: another job said outright, which no school word beside it lifts (a childminder's "two
 * minutes from the primary", a nurse's "not a social worker"): "I'm a district nurse", "Paramedic
 * here", "Ref life:", "I work in a garage". Not a school's own nurse, cook or receptionist.
 */
const OTHER_JOB_TITLE =
  '(?:nurse|health visitor|social worker|paramedic|midwife|police officer|copper|firefighter|carer|care worker|support worker|hairdresser|barber|referee|ref|coach|personal trainer|' +
  'lecturer|plumber|electrician|builder|accountant|solicitor|lawyer|chef|vet|doctor|gp|dentist|pharmacist|engineer|mechanic|farmer|postman|postie|childminder|nanny|catechist|youth worker|physio|receptionist|cleaner|driver)';
const OTHER_JOB = new RegExp(
  `(?:^|[.!?]\\s*)(?:(?:[a-z]+ ){0,2}${OTHER_JOB_TITLE}) (?:here|life|for (?:\\d+|two|three|four|five|ten|twenty|thirty) (?:years|yrs))\\b|\\b(?:rhiant ydw i|nid (?:athro|athrawes)|(?:i'?m|i am) not (?:a teacher|staff)|not even the teacher)\\b|\\b(?:i'?m|i am|as) (?:now |just )?an? (?!school |primary |secondary |special )(?:[a-z]+ )?${OTHER_JOB_TITLE}\\b(?! at (?:an? |the |our |my )?(?:[a-z]+ ){0,2}(?:school|primary|secondary|academy|ysgol))|` +
    '\\bchildmind(?:er|ers|ing)\\b|\\bi work (?:in|at|for) (?:an? |the )?(?:chippy|garage|bank|shop|hotel|factory|call centre|supermarket|pub|bar|restaurant|cafe|care home|warehouse|salon|council|hospital|office|gym)\\b',
);
const OTHER_JOB_LIST = words("here life years yrs i'm im am as work childminder childminders childminding rhiant nid not");
const OTHER_JOB_WORDS = new WordGate(OTHER_JOB_LIST);
/*
 * Session 9: a school job as a vacancy or as a whole workforce, with no one in it speaking: "TA jobs round
 * here are like gold dust", "the primary is advertising for a TA", "Supply teachers deserve more credit".
 */
const ROLE_SPAN = /^(?:(?:supply|primary|secondary|class|pe|[a-z]+) )?(?:teachers?|teaching assistants?|tas?|lsas?|hltas?|dinner lad(?:y|ies)|support staff|midday supervisors?|lunchtime supervisors?|cover supervisors?)$/;
const VACANCY_AFTER = /^(?:'s|s)? (?:jobs|vacancies|posts|roles|positions|wanted|needed|required)\b/;
const VACANCY_BEFORE = /\b(?:advertising|advertised|hiring|recruiting|interviewing) for (?:an? |the |new )?$/;
const OTHER_TEACHER = /\b(?:dance|ballet|tap|swimming|swim|piano|guitar|violin|drum|drums|singing|yoga|pilates|driving|karate|judo|riding|gymnastics|surf|ski|tennis|golf|sunday school) $/;
const HOME_AFTER = /^[:,]? (?:at heart|at home|in (?:our|this|my) house)\b/;
const ALL_OF_THEM = /(?:^|[.!?:]\s*|\b(?:all|every|most|many|some) )$/;
const GENERALISED = /^ (?:are|deserve|don'?t|do not|never|should|get|need|work|have|make|aren'?t)\b/;
/*
 * Session 9: what only a class's own teacher or TA writes, which a parent's or a relative's word beside it
 * does not undo ("Writing Year 5 reports in the car park before my son's swimming lesson", "covering my
 * class so I could get to my daughter's assembly", "26 reports to go"): staff are parents too.
 */
const STRONG_STAFF =
  /\b(?:(?:[2-9]\d|1\d|\d{3}) reports? (?:to go|left|to write|to do|i fod|done)|(?:writing|wrote|written|finished|finishing|doing|did|do) (?:my |the |all |\d+ )?(?:(?:year|yr|y) ?\d{1,2}|reception|nursery|class|form|tutor group) reports|(?:year|yr|y) ?\d{1,2} reports|cover(?:ed|ing|s)? (?:my|our) (?:class|lessons?|group|(?:year|yr|y) ?\d{1,2}s)|(?:g|c)yflenwi (?:fy |yn fy )?nosbarth|(?:teacher|ta|hlta|lsa|senco|sendco|headteacher|head teacher|deputy head|teaching assistant|dinner lady|lunchtime supervisor|midday supervisor|form tutor|head of year) here)\b/;
/** Another workplace's reports, cover and lanyards: "12 reports to go before the board meeting", "a twelve-hour shift at the hospital". */
const OTHER_WORK = /\b(?:board meeting|board|clients?|customers?|audit|quarterly|annual|monthly|weekly|shifts?|the office|hospital|ward|nhs|council|conference|festival|gym|spin|yoga|pilates|zumba|fitness|sales|expenses?)\b/;
/** A lanyard in a short draft about the school year: "Lanyard off and the term is done", "new class, new pencil cases, new lanyard". */
const LANYARD_YEAR = /\b(?:term|half term|inset|class|pupils|sports day|classroom|staffroom|teacher|register|summer holidays|whistle|pencil cases?|playground|yard duty|pecs)\b/;
/*
 * Session 9: a profile's fields (workplace, works at, a bio with a year group, a class name or the school
 * emoji): "Workplace: Hillside Primary School", "Works at: a C of E junior school", "Insta bio: Mrs P 🍎 Y2 🏫"; not "Miss B 💅 nail tech".
 */
const WORK_FIELD = /^(?:workplace|works? at|worked at|employer|place of work|current(?:ly)? at):? ?[^|\n\u2022\u00b7]{0,80}/;
const BIO_FIELD = /^(?:(?:x|twitter|insta|instagram|ig|tiktok|linkedin|facebook) )?bio:/;
const BIO_STAFF = /\u{1F3EB}|\b(?:y|yr|year) ?\d{1,2}\b/u;
const BIO_PARENT = /\b(?:mum|mam|mom|mummy|dad|daddy|mother|father|parent|grandma|nan|nain)\b/;
const SCHOOL_EY = /\b(?:school nursery|nursery class|primary|academy|infants)\b/;
const CAPS_ONLY = new Set(['ta', 'ect', 'dsl', 'slt', 'lsa', 'ppa', 'nqt', 'hlta', 'senco', 'sendco']);

/*
 * Clues that come from what the rest of the draft is about (issue 12: job clues were four in five of
 * the misses on drafts nobody here wrote). Whoever criticises pupils, parents, colleagues or their
 * school as a workplace, or shares what only staff know about a child or a colleague, shows they work
 * at a school: every conduct and confidential finding is also a job clue. A pupil's name is a job
 * clue only beside classroom life (lessons, homework, "my desk", the register); the school's name
 * only beside working life there (staff, years at, my last day, an interview); pupils out on a trip
 * only when the poster is the one taking them ("taking Year 4", "wish me luck", "Year 4 and I").
 */
const CLASSROOM = new RegExp(
  '\\b(?:maths|english|science|phonics|spellings?|times tables?|multiplication|division|fractions|homework|lessons?|register|registration|' +
    // Not "his new single is class" (slang for great).
    '(?<!\\b(?:is|was|so|pure|proper|absolutely|well|dead|puppy|dog|dance|gym|swim|swimming|yoga|pilates|baby|toddler|music|cookery|pottery|spin|fitness|ballet|karate|judo|boxing|zumba) |\\b(?:joined|join|joining|booked|book|started|start|doing|took|take) (?:an? |the )?(?:[a-z]+ )?)class(?:room)?|(?:in|during|of) pe|pe lessons?|desk|whiteboard|worksheet|teachers?|taught|teach|learnt to|learned to|new starter|class reps?|eal|sen|' +
    'year \\d{1,2}s?|yr ?\\d{1,2}s?|y\\d{1,2}s?|reception|nursery|ks ?[1-4]|break ?time|lunch ?time|playtime|golden time|' +
    'dosbarth|gwers|athro|athrawes|mathemateg|' +
    // Session 4: a secondary class or set ("Mo Rahman in 10", "11 set 4"), exams, reading age, the yard and carpet in Welsh.
    'in (?:[7-9]|1[0-3])(?! ?(?:minutes|mins|hours|hrs|days|weeks|months|years|yrs|seconds|secs|am|pm|o.?clock|miles|k\\b))|set [1-9]|gcses?|a levels?|reading age|on report|for the staff|' +
    'amser (?:cinio|chwarae)|ar yr iard|ar y carped|' +
    // Session 5: the rest of the school day around a pupil (assembly, the library, coursework, a
    // planner, PE kit, the book corner, a pen licence, a certificate, staying in at lunch, an oral).
    // Not assembly, a certificate or the school eisteddfod: parents are there too.
    'foyer|(?:our|the school.?s?) library|coursework|planner|pe kit|exercise books?|book corner|reading corner|pen licen[cs]e|reading buddies|' +
    'stay (?:in|behind)|at lunch|in dt|oral|u1[0-8]s|wers|ddesg|llawysgrifen|stars? of the week|star readers?|reading group|top group|at break|in the corridor|school field|(?:music|science|art|dt|maths|english|pe|languages|humanities|sixth form) block)\\b',
);
/*
 * A word every CLASSROOM match holds: a pupil's name is only read against the classroom when the
 * draft has one (the anchoring tests in regex.test.ts run with this gate off and compare).
 */
const CLASSROOM_WORDS = new WordGate(words(
  'maths english science phonics spelling spellings times multiplication division fractions homework lesson lessons register registration class classroom desk whiteboard worksheet ' +
    'pe teacher teachers taught teach learnt learned starter reps eal sen year yr ks ks1 ks2 ks3 ks4 reception nursery break breaktime lunch lunchtime playtime golden dosbarth gwers athro athrawes mathemateg ' +
    '7 8 9 10 11 12 13 set gcse gcses levels age report staff amser iard carped ' +
    // Not "at" or "book": every draft has them, and the gate would open on each.
    'field block stars star readers reader group corridor foyer library coursework planner kit exercise corner licence license buddies stay dt oral u10s u11s u12s u13s u14s u15s u16s u17s u18s wers ddesg llawysgrifen' +
    ' ' + Array.from({ length: 13 }, (_, n) => `y${n + 1} yr${n + 1}`).join(' '),
));

/** A pupil with a school thing of the poster's: "Ollie P and Freddy B now sit at opposite ends of my room", "Faith and Storm from my lot", "Joy's mum sent me a lovely email". */
const PUPIL_MINE =
  /\b(?:my (?:[a-z]+ ){0,2}(?:room|group|register|assembly|assemblies|table|nature walk|lessons?|classroom|desk|angels|class|gang|bunch|reading group|intervention|set|form)|(?:with|from|in) my (?:lot|class|group|form|room|set)|(?:with me|in my care) this (?:week|term|year)|(?:mum|mam|dad|parents|nan|gran) (?:sent in|sent me an? (?:lovely |kind |thank you )?(?:email|note|card|message)|emailed me|thanked me))\b/;
const PUPIL_MINE_WORDS = new WordGate(words('room group register assembly assemblies table walk lesson lessons classroom desk angels class gang bunch intervention set form lot me care sent emailed thanked'));
/** The infant and primary day around a pupil, only with a speaker (see create). */
const PUPIL_DAY =
  /\b(?:story ?time|home ?time|book bands?|(?:our|the class|the school) (?:nativity|christmas play|christmas star|star of the week|class assembly|hamster|guinea pig)|sticker charts?|line ?up|lining up|carpet|snack ?time|show and tell|stop (?:chatting|talking)|(?:moved|move|moving) (?:him|her|them) up|handwriting|sound hunt|wet play|(?:wrote|write|writing|spelt|spelled) (?:his|her|their) (?:own |whole |full |first |surname |name )?(?:name|surname)|read (?:to me|aloud|out loud|a whole)|(?:the|our) library|playground)\b/;
// Session 9 round 2: a pupil's first written name, reading to the poster, the library or playground (only with a speaker, see create).
const PUPIL_DAY_WORDS = new WordGate(words('story storytime home hometime book bands band our class school sticker chart charts line lineup lining carpet snack snacktime show stop moved move moving handwriting sound wet wrote write writing spelt spelled read library playground'));
/**
 * Session 9 round 2: the places and times of the school day a pupil is seen in ("wouldn't come in from the
 * yard after break", "did a dance in the corridor", "brought in a lamb for show and tell"), read only in a
 * short draft in which the poster speaks in the singular (see create): a family names its child at the gate too.
 */
const PUPIL_PLACE =
  /\b(?:(?:the |our )?yard|(?:at|after|before|during|end of) (?:break|lunch|playtime)|(?:in|down) the corridor|at the (?:school )?gate|(?:in|at|during) (?:the )?(?:assembly|the hall)|drop off|climbing frame|tuck shop|school radio|(?:the|our) class (?:rabbit|tortoise|hamster|fish|pet|guinea pig|caterpillars?|book)|whole (?:class|topic)|(?:a|our|the) topic|the (?:whole )?table|(?:iard|amser chwarae|gwasanaeth|neuadd)|(?:came|come|brought) in (?:with|his|her|their)|in (?:the )?classroom|nativity|assembly|worship|carol service|harvest|reading scheme|(?:a|her|his|their|own) (?:poem|story|prayer|diary)|in (?:art|pe|maths|english|science|music|life skills)|my (?:planning|feedback|room|hand|girls|boys)|dinner money|confiscate|gwasanaeth|y dosbarth|ddosbarth)\b/;
// The poster in the singular, without a bare lower-case "i" (in Welsh "to": "diolch i Wenllian").
const ME_ONLY = /(?:^|[^\p{L}\p{N}'’])(?:i(?:'m|’m|'ve|’ve|'ll|’ll|'d|’d)|im|ive|me|my|myself|fi|fy|dw i|dwi|ges i|nes i|wnes i|o'n i)(?![\p{L}\p{N}'’])/u;
const PUPIL_PLACE_WORDS = new WordGate(words('yard break lunch playtime corridor gate assembly hall drop climbing tuck radio class topic table iard amser gwasanaeth neuadd came come brought classroom nativity worship carol harvest scheme poem story prayer diary art pe maths english science music skills planning feedback room hand girls boys money confiscate dosbarth ddosbarth'));

/*
 * Session 9 round 2 (issue 12): the routines of a special school or an early-years room, from general
 * knowledge of them: the hoist, hydrotherapy, the sensory room, PECS, tube feeds, Makaton, a standing
 * frame, one-to-one support. Families, carers and hospitals use every one of these words, so one alone
 * needs a class of pupils or the poster's own charge beside it; two of them together are a school day.
 * "First work, then choosing" and intensive interaction are the staff's own words: a speaker is enough.
 */
const SEND_STRONG = /\b(?:first (?:work|[a-z]+ing),? then (?:choosing|choose|golden time|[a-z]+ time)|intensive interaction)\b/;
const SEND_TERM = /\b(?:hoist(?:s|ing|ed)?|(?<!\b(?:to|at|from) the )hydro(?:therapy|therapi| pool)?|sensory (?:room|story|stories|circuit|circuits|break|breaks|garden|tray|trays)|pecs|tube[- ]?feed(?:s|ing)?|makaton|standing frames?|physio|1:1|one[- ]to[- ]one|ystafell synhwyraidd|intensive interaction)\b/g;
const SEND_CLASS = /\b(?:class|dosbarth) (?:\d{1,2}|[a-z])\b|\b(?:my|our) (?:lot|class|group|base|young people)\b|\b(?:pupils|disgyblion|plant|young people|the lad i|the boy i|the girl i|team teach|the class)\b/;
/** Terms that count only beside another: "physio" and "1:1" are every clinic's and every office's too. */
const PAIRED_ONLY = new Set(['physi', '1:1', 'one-t', 'one t']);
const SEND_NOT = /\b(?:care home|nursing home|residents?|patients?|ward|hospital|nhs|shift|shifts|nurse|nurses|carer for|caring for (?:my|our)|at home|soft play|my (?:son|daughter|boy|girl|child|kid|little one)|our (?:son|daughter|boy|girl|child|little one)|(?:his|her|their) (?:1:1|one to one)|manager|boss|appraisal|crane|engine|garage|workshop|warehouse|gym)\b/;

const WORKPLACE = new RegExp(
  "\\b(?:staff|colleagues?|part of the team|the team at|lanyard|vacancy|vacancies|interview(?:ed)?|appraisal|leaving do|my last day|last day|first (?:day|week|term) (?:at|in|ym|yn)|\\d+ years (?:at|in)|(?<!\\bon (?:\\d+|ten|twenty|thirty|forty) )years as|" +
"(?:i work|i worked|i've worked|working|teach|taught|teaching) at|place to work|nqt|ect|ta|cover|laminator|photocopier|staffroom|" +
    'staff newydd|fel (?:athro|athrawes|cymhorthydd|pennaeth)|diwrnod cyntaf|dwi.n (?:chwilio|dysgu|gweithio)|' +
    // Session 4: belonging to the school's team, a contract or a first day there, a job title at it.
    'part of (?:the|this|our) (?:[a-z@]+ )?(?:team|family)|work with this|#(?:team|tim)[a-z0-9]{2,}|(?:signed|got) (?:my|the) contract|new job|swydd newydd|diwrnod cynta|' +
    'dechrau gweithio|gweithio (?:i|yn|yng|ym)|croeso n[oô]l i bawb|(?:pe|maths|english|science|music|art|drama|head|deputy|senco|teacher|ta|business manager|office manager|caretaker) at|not my mobile|' +
    // Session 5: a start or an end there, and the leaving card; "rhan o deulu" (part of the family of).
    "(?:since i|i|we) (?:started|joined) (?:at|here)|started at|leaving (?:card|present|gift|party|speech)|don.?t forget us|miss you all|you.ve been a joy|" +
    'nôl yn y gwaith|yn y gwaith|rhan o (?:deulu|d[iî]m|t[iî]m)|(?:love|loving|hate|hating|miss|quit|quitting|leaving) my job|my job)\\b|\\b(?:pe|maths|english|science|music|art|drama|head|deputy|senco|alnco|teacher|ta|business manager|office manager|caretaker) ?@',
);
// A pupil from the school's list talking to or doing things for the poster, or the poster's lesson
// around them (issue 12: pupil anecdotes told by their teacher): "hope asked me today if I had a mum",
// "robin came in with a tooth missing … than anything I'd planned", "better than me".
const WITH_ME = /\b(?:teaching me|taught me|better than mine|made me|drew me|show me|ran up to me|help me|lend(?:ing)? me|lent me|beat me|when i told (?:him|her|them)|my (?:star |little |best |reading |special )?(?:helpers?|monitors?|buddies|hero|shadow)|give me \d+|(?:i'?m|i am) keeping (?:it|this)|i welled up|asked me|told me|showed me|gave me|brought me|handed me|hugged me|called me|said to me|corrected me|informed me|reminded me|explain(?:ed)? to me|came in (?:with|today|this morning|wearing|beaming|crying)|(?:i'?d|i had|i'?ve|i) planned|better than me|(?:i'?d|i would) vote for|i had to google|better than (?:i did|i could|my|i ever|anything i)|drawn me|making me|texted me|messaged me|(?:a|one) joke for me|to confuse me|(?:telling|tell) me (?:about|what|that|how|all)|(?:to|for) me every (?:morning|day|week|lesson)|(?:i|and i) cried more|i fi|gen i|bo fi|na fi|wrtha i)\b/;
// The rarer word of each phrase ("helpers", not "my"; "told", not "when"), so the gate stays shut on most drafts.
const WITH_ME_WORDS = new WordGate(words('teaching taught lend lending lent beat made drew show ran help helper helpers monitor monitors buddies hero shadow give keeping welled asked told showed gave brought handed hugged called said corrected informed reminded explain explained came planned better vote google fi gen wrtha drawn making texted messaged joke confuse telling tell every cried'));
/** The poster's own child or relative: "my daughter Grace asked me". */
const OWN_CHILD = /\bmy (?:son|daughter|boy|girl|kids?|children|niece|nephew|grandson|granddaughter|little one|eldest|youngest|godson|goddaughter)\b|\b(?:mummy|mammy|daddy)\b/;
// Session 5: "we", "us", "our" and the Welsh first person too ("that's us", "fi sy'n eu gyrru", "gweddïwch drosta i").
// Not "our" or "ni": "our netball girls play the final" is how the school and its parents announce it too.
/** Who the poster's contact details are for, when they are staff: parents, a year group, revision, the residential, the school office. */
const STAFF_CONTACT = /\b(?:parents|rhieni|revision|residential|school office|office hours|direct line|(?:year|yr|y|blwyddyn|bl) ?\d{1,2}s?|y daith|the trip)\b/;
const FIRST_ME = /\b(?:me|my|i'm|i am|fy|fi)\b|(?<![\p{L}'])i(?= (?:am|will|can|have|won't|don't)\b)/u;
/** A child at the poster's home, not in their class: "came round for tea and drew me a rainbow". */
const AT_HOME = /\b(?:came round|come round|for tea|sleepover|play ?date|next door|neighbou?rs?|on (?:my|the) fridge|my fridge)\b/;
/** Outings that are a club's, a choir's or a party's, not a school's. */
const NOT_PUPILS = /\b(?:brownies|guides|rainbows|scouts|cubs|beavers|community choir|male voice choir|c[oô]r meibion|birthday|pen-?blwydd|party|parti|hen do|stag do|my (?:mates|friends)|the lads|the girls from work|our dog|the dog)\b/;
/** A group of pupils, in English and Welsh. */
const PUPIL_GROUP = /\b(?:year|yr|y|blwyddyn|bl|class|dosbarth|form|set) ?(?:\d{1,2}|r)s?\b|\b(?:criw|club|clwb|council|cyngor|ks ?[1-5]|eyfs|reception|nursery|meithrin|derbyn|kids|children|pupils|students|plant|disgyblion|squad|team|t[iî]m|choir|c[oô]r|class|dosbarth|u\d{2}s?|under \d{2}s?|dan \d{2}|girls|boys|lads|school|ysgol|teenagers|little ones)\b/;
const TAKING = /\b(?:i'm|i've|i'll|i'd|i have|i am|and i|me|my|myself|taking|dwi|dw i|mynd a|we|we're|we've|we'll|we'd|us|let's|fi|drosta i|arna i|gen i|fy)\b/;
// A colleague named beside the school day ("Mr Baker climbed on the school roof", "Eleri in the office").
const AT_WORK = /\b(?:(?:in|at) school since|in (?:the staffroom|briefing)|on (?:duty|gate duty|yard duty)|for the staff|on the school roof|the rest of us|the office|briefings?|staff party|staffroom|smartboard|register|my (?:classroom|display|assembly|planning|smartboard)|fixing my|helping me|helpu fi|saves my life|leaving do|years at the school|cover for me|covered for me|before the kids|the kids came in)\b/;
// A bare "I" only counts as a capital: in Welsh "i" is "to".
// Characters folding drops count as part of a word here too ("I\u00ADbiza" is no "I").
const CAPITAL_I = new RegExp(`(?<![\\p{L}'\\p{N}]|${VANISHING.source})(I)(?![\\p{L}'\\p{N}]|${VANISHING.source})`, 'du');

/*
 * Session 6 (issue 12): a staff voice, built from classes rather than phrases. The poster speaking
 * (I, me, my, we, us, our, "yours truly", a sentence that drops its "I": "Laminated my whole
 * display", "Told the class to line up"; Welsh fi, fy, ni, ein, dw i) together, in one sentence, with
 * something only school staff have charge of: a group of pupils by any name (the Year 11s, my P7s,
 * set 3, tutees, the infants, a Year 8), a staff-only routine that needs a speaker to be a job clue
 * (duty, the register, laminating, a display, guided reading, the lanyard, supply), or children by
 * an everyday name (kids, a 5 year old, little ones, plant) beside the school day (lessons, maths,
 * phonics, break, story time, the yard, lining up). Vetoed by a parent's, pupil's, governor's,
 * volunteer's or former teacher's voice and by other workplaces.
 */
const VOICE_FIRST =
  /(?:^|[^\p{L}\p{N}'’])(?:i(?:'m|’m|'ve|’ve|'ll|’ll|'d|’d)|im|ive|me|my|mine|myself|we|we're|we’re|we've|we’ve|we'll|us|our|ours|yours truly|fi|fy|ein|dwi|dw i|rydw i|dwi['’]n|dw i['’]n|rydw i['’]n|rwy['’]n|ges i|es i|nes i|wnes i|o'n i|gen i|arna i|i(?= (?:am|was|have|had|will|would|can|could|do|did|don't|dont|didn't|didnt|never|just|love|need|think|know|got|get|made|make|said|told|asked|took|take|found|spent|swear|feel|felt|really|still|only|actually|genuinely|literally|honestly|must|might|should|want|wanted|tried|try|went|go|saw|see|heard|let|gave|give|put|set|caught|called|sat|stood|ran|realised|realized|forgot|remember|mean|guess|reckon|hope|wish|moved|marked|laminated|taught|teach|cried|laughed|nearly|also|always|literally|even|managed|finally|haven't|havent|can't|cant|won't|wont)\b))(?![\p{L}\p{N}'’])/u;
/** A sentence that starts with a verb in the past and no subject: "Mopped up three lots of sick". */
const VOICE_DROPPED =
  /^[\s"'“‘(*•-]*(?:(?:just|finally|already|then|so|literally|honestly|officially|also|nearly|almost) )?(?:(?!(?:need|feed|speed|seed|bleed|red|bed|shed|wed|fed|sled|bred|shred|hundred|sacred|naked|wicked|wretched)\b)[a-z]{2,}ed|led|told|had|got|took|gave|spent|sat|stood|ran|caught|found|put|made|did|taught|kept|left|lost|wrote|said|heard|felt|bought|brought|sent|won|been|[a-z]{3,}ing (?:out |up |off |in |round )?(?:the|my|a|an|our|all|every|\d+|three|four|five|six|ten|twenty|thirty|forty))\b/;
/** The speaker in the singular: a short draft's "I" anywhere makes its group of pupils theirs ("Tutor group did a bake sale … my heart"); "we" and "our" are how a school's own account speaks. */
const VOICE_ME = /(?:^|[^\p{L}\p{N}'’])(?:i(?:'m|’m|'ve|’ve|'ll|’ll|'d|’d)|im|ive|me|my|myself|yours truly)(?![\p{L}\p{N}'’])|(?<![\p{L}'’])i(?= [a-z])/u;
/** Pupils as a class or group, which a speaker has charge of. */
const VOICE_GROUP = new RegExp(
  '\\b(?:(?:year|yr|y|blwyddyn|bl\\.?) ?(?:[1-9]|1[0-3])s\\b(?!\\x27)|[sp][1-7]s\\b|(?:top|bottom|middle) set|set [1-9]\\b|tutees?|tutor group|form group|pupils|disgyblion|nisgyblion|' +
    '(?:my|our) (?:new |whole |lovely |little |current |old )?(?:class|infants|juniors)\\b|the (?:whole |new )?(?:infants|juniors)\\b|the (?:whole )?class(?= (?:to|were|was|are|did|had|have|all|just|went|sang|laughed|cheered|gasped|clapped|erupted)\\b)|my (?:[a-z]+ )?classroom|(?:gyda|efo|with) (?:bl\\.?|blwyddyn|year|yr|y) ?\\d{1,2}\\b|(?:gyda|efo)(?:.r| y)? (?:derbyn|meithrin|babanod|dosbarth [a-z]+|cyfnod sylfaen)\\b|with (?:the )?(?:reception|nursery|infants|juniors) (?:class|kids|children|lot)\\b|' +
    '(?:my|our) (?:(?:btec|gcse|a ?level|level [1-3])(?: [a-z]+)?|sixth form|(?:year|yr|y) ?\\d{1,2}|set \\d|ks ?\\d|intervention|nurture|phonics|maths|english|science|reading|spelling|sen|send|aln|eal) (?:group|groups|class|lot|ones)\\b|(?:[7-9]|1[0-3])[a-z]\\d? (?:lot|class|group|kids|ones)|' +
    '(?:a|one|one more|another|this) (?:year|yr|y) ?(?:[1-9]|1[0-4])(?= (?:asked|asks|tells|says|told|handed|gave|said|came|walked|called|just|has|had|was|did|tried|put|wrote|drew|shouted|swore|cried)\\b|[,.!?]|$)|(?:my|our) (?:one to one|one-to-one)|(?:in|at) the (?:infants|juniors)\\b)',
);
/** Routines only school staff have that are a job clue once someone says they do them. */
const VOICE_ROUTINE = new RegExp(
  '\\b(?:(?<!\\b(?:jury|civic|night|nights|heavy|light|double|active|customs|import|plant|taxi|bbq|barbecue|dog|nappy|host|hosting|[a-z]+ing) |line of )duty\\b(?! (?:free|of care|to |calls|manager|solicitor|doctor|nurse|officer|roster|sergeant|pharmacist|vet)|fi\\b)|duty fi\\b|laminat(?:e|ing) in my sleep|' +
    'invigilat(?:e|ed|es|ing)\\b|(?:observations?|obs|photos|uploads?) (?:on|to|onto) tapestry|tapestry (?:observations?|obs|uploads?)|dinner money (?:queries|query|emails|chasing|debts?|arrears|letters)|chasing dinner money|' +
    '(?:served|serving|cooked|cooking|dished up|plated) (?:up )?(?:\\d+ |over \\d+ |the )?school (?:dinners|lunches|meals)|resource base|inclusion unit|(?:sen|send|asd|aln) unit|specialist (?:unit|provision)|nurture room|' +
    '(?:unlock(?:ed|ing)?|lock(?:ed|ing)? up|open(?:ed|ing)? up) (?:the )?school\\b|breakfast club|after ?school club|wraparound|on the (?:school |front |back )?gates?\\b|(?:my|our) (?:class )?registers?\\b|' +
    '(?:sen|send|aln|safeguarding|phonics|behaviour|team teach|epi-?pen|prevent|makaton|twilight) training|(?:office|dinner) lad(?:y|ies)(?![\u0027\u2019]s)|(?:in|on|drove|driving|drive|back of) (?:the )?(?:school )?minibus|' +
    '(?:teaching|taught|teach) (?:[a-z]+ ){1,3}to (?:the )?(?:children|kids|pupils|year|reception|infants|juniors|little ones)\\b|those of us (?:actually )?(?:in (?:the )?classrooms?|in schools?|who teach|on the front ?line)|' +
    '(?:(?<=\\b(?:i|we|i.m|im|i.ve|ive|i.ll|i am|i was|we.re|we.ve|asked to|got to|have to|had to|need to|going to|gonna|me) )|(?<=^\\W*))(?:do|doing|did|done|lead|leading|led|take|taking|took|give|giving|gave|run|running|ran|plan|planning|planned) (?:the |an? |my |our |this week.s |tomorrow.s )?(?:(?!(?:in|at|during|through|for|of) )[a-z.\'’]+ ){0,5}?assembly\\b|(?<!(?:water|gas|power|electricity|blood|food|mains|oxygen|money|air|toilet|paper|office) )supply (?:again|today|tomorrow|this week|next week|this term|at an?|in an?)\\b|' +
    '(?:i|we) (?:run|ran|help run|organise|organised|do|did|started|start) (?:the |our )?(?:[a-z\'’]+ ){0,3}?(?:breakfast club|after ?school club|homework club|lunchtime club|gardening club|eco club|eco council|school council|school choir|chess club|coding club)|' +
    '(?:teaching|taught|teach|did|doing|led|leading|lead|ran|running|planned|planning|delivered|delivering) (?:the |my |our |a |an )?(?:[a-z]+ )?(?:phonics|guided reading|forest school|carpet time|circle time|golden time|snack time|show and tell|interventions?|booster (?:group|session)s?)\\b|gritt(?:ed|ing) the (?:yard|playground|paths)|' +
    '(?:my|the|our|class|classroom|wall|working|new|whole|hall|corridor|reading|maths|science|topic) (?:[a-z]+ )?displays?\\b|the register\\b(?! office)|lanyard|guided reading|' +
    '(?:moved|move|moving|changed|change|changing|levelled|levelling|sorted|newid|rhoi|rhannu) (?:[a-z]+ ){0,3}(?:book bands?|reading books?|reading levels?|colour bands?|llyfr(?:au)? darllen)|' +
    '(?:book bands?|reading books?|llyfr(?:au)? darllen) (?:all |wedi )?(?:levelled|labelled|changed|sorted|to change|newid)|wal arddangos|arsylwi\\b|' +
    '(?:hoover(?:ed|ing)?|vac(?:ced|uumed|uuming)|clean(?:ed|ing)?|mop(?:ped|ping)?|swept|sweeping) (?:\\d+ |the |all (?:the |\\d+ )?|every )?(?:classrooms?|corridors?|school hall|the hall|school toilets|dinner hall)|(?:classroom|my room) (?:boxed up|packed (?:up|away)|cleared|tidied)|' +
    '(?:handing|handed|hand|gave|giving|dish|dishing|cast|casting) (?:out )?(?:the )?(?:[a-z]+ ){0,2}(?:parts|speaking parts|roles|lines)\\b)',
);
/** A staff night out, a school's only when the draft is about school ("no children allowed, not even Year 6"). */
const STAFF_SOCIAL = /\bstaff (?:night out|nights out|meal|do|party|drinks|social|christmas (?:do|party|meal|dinner)|quiz|bake off|panto|outing)\b/;
/** Needs no speaker: supply work at a named kind of school ("supply at a new academy tomorrow"). */
const VOICE_PLAIN = /\bsupply (?:again |today |tomorrow |this week |next week )?(?:at|in) (?:an?|the|another) (?:[a-z]+ ){0,2}(?:school|academy|primary|secondary|comp|comprehensive|juniors|infants|high school|special school|pru)\b/;
/*
 * Session 7 (issue 12): routines of the staff the voice above lacked, by class from general knowledge of
 * schools in England and Wales rather than corpus lines: a special school's care day (changes, hoists,
 * tube feeds, the meds round, sensory circuits and stories, hydro, rebound, intensive interaction,
 * Attention Autism, Team Teach), the early years' (key children, continuous and outdoor provision), the
 * kitchen's counts of dinners, the site team's gates and yard, the office's phones, visitors and lost
 * property, exams' candidates, the transport run, and the Welsh lunchtime supervisor, school office and
 * breakfast club. Like VOICE_ROUTINE, they need a speaker.
 */
const VOICE_CARE = new RegExp(
  '\\b(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:pad |personal care )?changes\\b|(?:pad|personal care) changes|changes (?:done|on the trot)|' +
    '(?:did|done|doing|do) (?:the |my |all the |\\d+ )?(?:changes|hoists|tube feeds|meds round)\\b|(?:\\d+|two|three|four|five|six) (?:hoists|tube feeds|purees|thickened drinks)\\b|meds round|' +
    'sensory (?:circuits?|story|stories|diets?|breaks?)|dark den|rebound (?:therapy|sessions?)|intensive interaction|attention autism|bucket time|' +
    'team teach|pi training|physical intervention (?:training|refresher)|de-?escalation training|hydro (?:rota|sessions?|slot|time)|standing frames|slings|' +
    'key children|(?:continuous|outdoor|enhanced) provision|' +
    '(?:served|serving|cooked|cooking|dished up|plated up|plated|prepped|blended|pureed|peeled|washed(?: up)?) (?:over )?\\d{2,} (?:[a-z]+ ){0,2}(?:dinners|lunches|meals|portions|jacket potatoes|purees|sandwiches|beakers|bowls|fish fingers|pizzas)\\b|last dinners? of (?:the )?term|' +
    '(?:unlock(?:ed|ing)?|lock(?:ed|ing)?|open(?:ed|ing)?|shut(?:ting)?) (?:up )?(?:the )?(?:school )?(?:gates|site)\\b|(?:salt(?:ed|ing)?|gritt?(?:ed|ing)?) (?:the )?(?:yard|playground)|' +
    '(?:put|putting|set|setting|stacked|stacking) (?:out |up |away )?(?:\\d+ )?chairs (?:for|in) (?:the )?(?:hall|assembly|concert|carol|nativity|performance|show|parents)|' +
    'office phones?|sign(?:ed|ing)? in (?:\\d+ )?visitors|late book|absence line|lost property|' +
    '\\d+ candidates|summer series|exam series|' +
    '(?:on|did|doing|do|done) the (?:school |home to school )?(?:taxi|minibus|transport|bus) run|home to school transport run|' +
    'g?oruchwyl(?:io|iwr|wraig) amser cinio|swyddfa.r ysgol|clwb brecwast)',
);
/** Children by an everyday name: a parent's words too, so only beside the school day. */
const VOICE_CHILDREN = /\b(?:kids|kiddos|children|little ones|little darlings|darlings|(?:a|one|another|the) (?:child|kid|little one)|\d{1,2} ?(?:year|yr) olds?|(?:four|five|six|seven|eight|nine|ten|eleven|twelve) year olds?|plant|my lot|our lot|one of ours|one of mine|(?:all|both) (?:[a-z]+ )?of mine|(?:my|me) babbies)\b/;
const VOICE_SCHOOL_DAY =
  /\b(?:lessons?|maths|phonics|spellings?|register|classroom|the hall|(?:on|in|round|of) the yard|playground|break ?time|(?:at|from|after|before) break|playtime|home ?time|story ?time|carpet|reading books?|book bands?|guided reading|worksheets?|line up|lining up|lined up|tidy up|golden time|wet play|snack ?time|dinner hall|circle time|plenary|intervention|handwriting|times tables|sound hunt|show and tell|cloakroom|sensory room|book corner|pe|p\.e\.|tuff trays?|carpet spaces?|snack table|gwers|gwersi|iard|amser chwarae|sensory (?:circuit|story|garden|den)|dark den|hydro|hydrotherapy|life skills|quiet room|makaton|pecs|visual timetables?|standing frame|hoist|tube feeds?|peg feeds?|in class|key stage \d|sixth form|messy play|outdoor learning|nurture (?:room|group)|playdough|play dough)\b/;
/** Not a staff voice: a pupil's, a governor's, a volunteer's, a former teacher's, or a family's day at home. */
const VOICE_NOT =
  /\b(?:homework|home learning|school run|pick ?up|drop ?off|governors?|pta|ptfa|volunteer(?:ing)?|parent helper|helping out|optician|eyes?|dilated|work experience|when i was|i was a (?:teacher|ta)|used to (?:teach|work)|ex[- ]?teacher|retired|former|left teaching|(?:sir|miss|mrs [a-z]+|mr [a-z]+) (?:kept|made|gave|told|said|let|put|moved) (?:us|me|we)|my (?:teachers?|form tutor|head of year|tutor)|at (?:my|our) school|wedding|nephew|niece|grandchildren|grandkids|soft play|the park|all (?:parents )?welcome|everyone welcome|childcare|book(?:ed|ing)?|dropped|collected|collecting)\b/;
const VOICE_WORD_LIST = words(
  'year yr y bl blwyddyn top bottom middle set tutee tutees tutor form pupils disgyblion nisgyblion class infants juniors lot ones one ' +
    's1s s2s s3s s4s s5s s6s p1s p2s p3s p4s p5s p6s p7s ' + YEAR_TOKENS.split(' ').map((w) => w + 's').join(' ') + ' ' +
    'duty laminate laminating display displays register lanyard reading book books bands levelled labelled parts roles lines classroom gyda efo with btec gcse level sixth ' +
    'group groups darllen llyfr llyfrau wal arsylwi hoovered hoovering hoover vacced vacuumed vacuuming cleaned cleaning mopped mopping swept sweeping classroom classrooms corridor corridors hall toilets staff breakfast after wraparound gate gates registers sen send aln safeguarding behaviour team epi epipen prevent makaton twilight office lady ladies minibus those assembly supply club council choir phonics forest carpet circle golden snack show intervention interventions booster told asked called telling asking calling tell ask corrected informed reminded hugged handed gave drew brought boy girl lad pupil invigilate invigilated invigilates invigilating tapestry dinner school resource base inclusion unit specialist nurture gritted gritting ' +
    'kids kiddos children ones darlings child kid olds old plant mine babbies ' +
    // "a Y10 asked me", "my 1:1": VOICE_GROUP reads them.
    YEAR_TOKENS + ' derbyn meithrin babanod dosbarth cyfnod ' +
    // VOICE_CARE's words (session 7).
    'changes hoists feeds purees drinks meds sensory den rebound interaction autism bucket teach pi intervention escalation deescalation de-escalation hydro frames slings provision ' +
    'dinners lunches meals portions potatoes sandwiches beakers bowls fingers pizzas gates site yard playground chairs phone phones visitors absence property candidates series taxi transport bus ' +
    "goruchwylio goruchwyliwr goruchwylwraig oruchwylio oruchwyliwr oruchwylwraig swyddfa swyddfa'r swyddfa’r clwb",
);
const VOICE_WORDS = new WordGate(VOICE_WORD_LIST);

/**
 * A child the poster does not introduce as their own, talking to them: "a 4 year old told me I'm old",
 * "had a kid tell me to eff off", "got told by a Year 8". Not out and about, or at home.
 */
const CHILD_TO_ME = new RegExp(
  '\\b(?:(?:(?:a|one|another|this|the) |(?<!\\b(?:my|our|his|her|their|your) )(?=(?:year|yr|y) ?\\d))(?:(?:child|kid|little one|little boy|little girl|boy|girl|lad) (?:in|from) (?:reception|nursery|the infants|the juniors|(?:year|yr|y) ?\\d{1,2}|class \\d{1,2}|my class|my form|my group|[a-z]+ class)|(?:pupil|(?:year|yr|y) ?(?:[1-9]|1[0-3])|[ps][1-7])(?: (?:in|from) (?:my class|my form|my group|[a-z]+ class))?) ' +
    '(?:who |that )?(?:just |then |today |once |will |would |\'ll |always |keeps? )?(?:told|asked|called|tell|telling|asking|calling|corrected|informed|reminded|handed|gave|hugged|drew|brought) (?:me|you|us)\\b|' +
    '(?:told|asked|called|corrected|hugged) by (?:a|one of the|one of my|one of our) (?:pupils?|(?:year|yr|y) ?(?:[1-9]|1[0-3])s?|[ps][1-7]s?)\\b)',
);
/** Any child talking to the poster ("a kid told me to calm down", "asked by a child if I live at school"), only in a draft that is about school. */
const ANY_CHILD_TO_ME = new RegExp(
  '\\b(?:(?:a|one|another|this|the|one more|any) (?:child|kid|little one|little boy|little girl|\\d{1,2} ?(?:year|yr) old|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen) year old) ' +
    '(?:who |that )?(?:just |then |today |once |will |would |always |keeps? )?(?:told|asked|called|tell|tells|telling|asks|asking|calls|calling|corrected|informed|reminded|handed|gave|hugged) (?:me|us)\\b|' +
    '(?:told|asked|called|corrected|hugged) by (?:a|one of the) (?:child|kid|little one|\\d{1,2} ?(?:year|yr) old)\\b)',
);
const ABOUT_SCHOOL = /\b(?:school|referral|dsl|safeguarding|staffroom|upstairs|slt|the head|class|lesson|lessons|break|playground|yard|register|assembly|water fountain|the hall|sticker chart|behaviour|home ?time|teachers|pupils|year \d{1,2}|reception|infants|juniors)\b/;
/** Out and about: a child talking to the poster there is anyone's. */
const OUT_AND_ABOUT = /\b(?:park|shop|shops|supermarket|bus|train|queue|party|soft play|cafe|restaurant|beach|pool|library|church|football|rugby|swimming|cousin|neighbou?rs?|friend's|next door)\b/;

/*
 * Gates: for each pattern above, letters every match of it must contain (no \b, no case folding, so a
 * sentence without them cannot match). A plain test for them is far cheaper than the patterns, which
 * most sentences of a draft never need to meet. Keep them in step when a pattern gains a branch.
 */
const GROUP_GATE = /\d| set|tut|form group|pupils|isgyblion| class|infants|juniors| group| lot\b| ones\b|one to one|one-to-one|derbyn|meithrin|babanod|dosbarth|cyfnod sylfaen/;
const ROUTINE_GATE = new RegExp(
  'duty|laminat|invigilat|tapestry|dinner money|school|resource base| unit|specialist|nurture|breakfast club|after ?school club|wraparound|gate|register|training|lady|ladies|minibus|' +
    'teach|taught|those of us|assembly|supply|\\b(?:i|we) (?:run|ran|help|organise|do|did|start)|phonics|guided reading|carpet time|circle time|golden time|snack time|show and tell|intervention|booster|' +
    'gritt|display|lanyard|book band|reading book|reading level|colour band|llyfr|arddangos|arsylwi|classroom|corridor|hall|toilets|my room|parts|roles|lines',
);
const CARE_GATE = new RegExp(
  'changes|hoist|tube feed|puree|thickened|meds round|sensory|dark den|rebound|intensive interaction|attention autism|bucket time|team teach|pi training|physical intervention|escalation|hydro|standing frames|slings|' +
    'key children|continuous provision|outdoor provision|enhanced provision|served|serving|cooked|cooking|dished up|plated|prepped|blended|pureed|peeled|washed|last dinner|lock|open|shut|salt|grit|chairs|' +
    'office phone|visitors|late book|absence line|lost property|candidates|summer series|exam series|taxi run|minibus run|transport run|bus run|' +
    'oruchwyl|swyddfa|clwb brecwast',
);
const TO_ME_GATE = /\btold|\bask|\bcall|\btell|\bcorrected|\binformed|\breminded|\bhanded|\bgave|\bhugged|\bdrew|\bbrought/;
const CHILDREN_GATE = /kid|child|little one|darling|year old|yr old|plant|my lot|our lot|one of ours|of mine|babbies/;
/** What STAFF_SOCIAL and VOICE_PLAIN need. */
const PLAIN_GATE = /supply|staff/;
const GATES = [GROUP_GATE, ROUTINE_GATE, CARE_GATE, TO_ME_GATE, CHILDREN_GATE, PLAIN_GATE];
const VOICE_ANY = new RegExp(GATES.map((g) => g.source).join('|'));
/** A regex source's alternatives at its top level ("a|(?:b|c)d" gives "a" and "(?:b|c)d"). */
export function topLevel(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, k));
      from = k + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}
/*
 * The gates' letters once more, without \b, grouped by first letter: read over a whole draft, where the
 * same letters as one flat list cost twice as long. Derived from the gates, so they cannot drift apart;
 * the alternatives that are not plain letters ("\d", "after ?school club") are kept whole.
 */
const GATE_PARTS = GATES.flatMap((g) => topLevel(g.source)).map((a) => a.replace(/\\b/g, ''));
const GATE_LETTERS = GATE_PARTS.filter((a) => /^[^\\()[\]?*+.{}^$|]+$/.test(a));
const byFirst = new Map<string, string[]>();
for (const w of GATE_LETTERS) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w.slice(1)]);
const VOICE_ANY_LOOSE = new RegExp(
  [...GATE_PARTS.filter((a) => !GATE_LETTERS.includes(a)), ...[...byFirst].map(([c, rest]) => `${c}(?:${rest.join('|')})`)].join('|'),
);
const VOICE_ANY_ALL = new RegExp(VOICE_ANY_LOOSE.source, 'g');
/**
 * The staff voice's patterns, each with the gate a sentence must pass before it is read, for the test
 * beside this file that every match holds its gate's letters, the short draft's gate and one of the
 * words the draft must hold.
 */
export const VOICE_GATES: { name: string; pattern: RegExp; gate: RegExp }[] = [
  { name: 'VOICE_GROUP', pattern: VOICE_GROUP, gate: GROUP_GATE },
  { name: 'VOICE_ROUTINE', pattern: VOICE_ROUTINE, gate: ROUTINE_GATE },
  { name: 'VOICE_CARE', pattern: VOICE_CARE, gate: CARE_GATE },
  { name: 'CHILD_TO_ME', pattern: CHILD_TO_ME, gate: TO_ME_GATE },
  { name: 'ANY_CHILD_TO_ME', pattern: ANY_CHILD_TO_ME, gate: TO_ME_GATE },
  { name: 'VOICE_CHILDREN', pattern: VOICE_CHILDREN, gate: CHILDREN_GATE },
  { name: 'VOICE_PLAIN', pattern: VOICE_PLAIN, gate: /supply/ },
  { name: 'STAFF_SOCIAL', pattern: STAFF_SOCIAL, gate: /staff/ },
];
export { VOICE_ANY, VOICE_ANY_LOOSE, VOICE_WORD_LIST };
/** The draft-level vetoes, each with the words one of which every match holds (job.test.ts checks). */
export const VETO_GATES = (): { name: string; pattern: RegExp; list: Set<string> }[] => [
  { name: 'NOT_MY_JOB', pattern: NOT_MY_JOB, list: NOT_MY_JOB_LIST },
  { name: 'PRIVATE_EY', pattern: PRIVATE_EY, list: PRIVATE_EY_LIST },
  { name: 'OTHER_JOB', pattern: OTHER_JOB, list: OTHER_JOB_LIST },
];
/** Does a start of gate letters fall in [a, b)? `starts` ascending. */
function startsIn(starts: number[], a: number, b: number): boolean {
  const lo = lowerBound(starts, a);
  return lo < starts.length && starts[lo]! < b;
}

/** Each sentence where a speaker and something only staff have charge of meet: the thing is what the warning marks. */
function staffVoice(doc: Doc, report: (a: number, b: number) => void): void {
  if (!VOICE_WORDS.in(doc)) return;
  // A short draft is read whole once: each sentence's folded text is cut from it character by character,
  // so letters a sentence holds the draft holds too (the gate without its \b, as a cut may move one).
  if (doc.text.length <= 400 && !shortDraftHas(doc, VOICE_ANY_LOOSE, 400)) return;
  const short = visibleLength(doc) <= 200;
  let draftVoiced: boolean | undefined;
  let draftMe: boolean | undefined;
  // A long draft with no characters folding drops: its folded sentences are cuts of its folded whole,
  // so a sentence where no gate letters start in the whole needs no read of its own.
  let starts: number[] | undefined;
  if (doc.text.length > 400 && !(doc.chars & SEEN_VANISH) && doc.norm.length === doc.text.length) {
    starts = [];
    const re = VOICE_ANY_ALL;
    re.lastIndex = 0;
    for (let g = re.exec(doc.norm); g; g = re.exec(doc.norm)) {
      starts.push(g.index);
      re.lastIndex = g.index + 1;
    }
    if (!starts.length) return;
  }
  for (let i = 0; i < doc.text.length; ) {
    const [a, end] = sentenceAround(doc.text, i);
    // Most sentences hold none of the words every pattern below needs: one cheap read skips them.
    if ((starts && !startsIn(starts, a, end)) || !sentenceHas(doc, i, VOICE_ANY)) {
      i = nextSentence(doc.text, i, end);
      continue;
    }
    const voiced = () => sentenceHas(doc, i, VOICE_FIRST) || sentenceHas(doc, i, VOICE_DROPPED);
    const group = sentenceHas(doc, i, GROUP_GATE) ? sentenceMatch(doc, i, VOICE_GROUP) : null;
    const m = group ?? (sentenceHas(doc, i, ROUTINE_GATE) ? sentenceMatch(doc, i, VOICE_ROUTINE) : null) ?? (sentenceHas(doc, i, CARE_GATE) ? sentenceMatch(doc, i, VOICE_CARE) : null);
    let hit: [number, number] | null = sentenceHas(doc, i, /supply/) ? sentenceMatch(doc, i, VOICE_PLAIN) : null;
    if (!hit && sentenceHas(doc, i, /staff/)) {
      const social = sentenceMatch(doc, i, STAFF_SOCIAL);
      if (social && shortDraftHas(doc, ABOUT_SCHOOL, 280)) hit = social;
    }
    if (m && !hit) {
      const routine = !group;
      if (voiced() || (short && (routine ? (draftVoiced ??= shortDraftHas(doc, VOICE_FIRST, 200)) : (draftMe ??= shortDraftHas(doc, VOICE_ME, 200))))) hit = m;
    }
    if (!hit && sentenceHas(doc, i, TO_ME_GATE)) {
      const k = sentenceMatch(doc, i, CHILD_TO_ME);
      const a = k ?? (shortDraftHas(doc, ABOUT_SCHOOL, 280) ? sentenceMatch(doc, i, ANY_CHILD_TO_ME) : null);
      if (a && !sentenceHas(doc, i, OUT_AND_ABOUT) && !sentenceHas(doc, i, AT_HOME)) hit = a;
    }
    if (!hit && sentenceHas(doc, i, CHILDREN_GATE)) {
      const c = sentenceMatch(doc, i, VOICE_CHILDREN);
      if (c && sentenceHas(doc, i, VOICE_SCHOOL_DAY) && voiced()) hit = c;
    }
    // "the office" is another workplace elsewhere, but a school has one too.
    const other = hit && sentenceMatch(doc, hit[0], NOT_SCHOOL);
    if (hit && !sentenceHas(doc, hit[0], VOICE_NOT) && !sentenceHas(doc, hit[0], FORMER) && !sentenceHas(doc, hit[0], RELATIVE_JOB) && !(other && doc.norm.slice(other[0], other[1]) !== 'the office') && !parentVoice(doc, hit[0])) report(hit[0], hit[1]);
    i = nextSentence(doc.text, i, end);
  }
}



/*
 * Session 8: a complaint or a confidence passes for a job clue only in a draft about a school's people
 * or day: the A30's roundabout, a fox on the doorbell camera, an appraisal at the shop or an EHCP a
 * parent waited for are those rules' findings, not a sign the poster works in a school. A long draft, or
 * one where a school, pupil or colleague was named, is taken as about school.
 */
const TOLD_SCHOOL = new RegExp(
  '\\b(?:school|schools|ysgol|class|classes|classroom|dosbarth|pupils?|students?|disgyblion|plant|kids?|kiddos?|child|children|parents?|rhieni|rhiant|mums|dads|mams|moms|staff|staffroom|colleagues?|(?:c|g)ydweith\\w*|head|heads|headteacher|pennaeth|bennaeth|deputy|dirprwy|teachers?|athr\\w*|tas|ta|lsas?|hltas?|senco|sendco|alnco|slt|smt|governors?|(?:l)?lywodraethwyr|lessons?|gwers\\w*|(?:year|yr|y|bl|blwyddyn|flwyddyn) ?\\d{1,2}s?|form|tutor|tutees?|office|swyddfa|management|leadership|leaders|trust|ofsted|estyn|term|tymor|inset|sats|gcses?|exams?|mocks?|marking|marcio|boy|girl|lad|lads|family|families|teulu|mam|mum|mom|dad|behaviour|excluded|exclusion|detentions?|safeguarding|dsl|referral|register|playground|yard|iard|assembly|gwasanaeth|gate|lunchtime|duty|caretaker|cook|dinner ladies|dinner lady|timetable|pta|' +
    // The staff's own words for their pupils, their work and the people and services round it.
    'one of (?:mine|ours|my|our)|(?:my|our) (?:little ones?|lot|girls|boys|group|department|dept|line manager|new starters?|sixth formers?|base|unit)|department|dept|' +
    'social services|social workers?|gweithwyr cymdeithasol|business manager|data manager|line manager|hr|cp|case conference|body map|disclosure|foster|camhs|annual reviews?|capability|nqts?|ects?|briefing|' +
    'this place|working here|work here|restructure|pay (?:scale|step|point)|performance review|placement|it support|uwch d[iî]m|plentyn|bachgen|disgybl|teuluoedd|reception|meltdowns?|epi ?pens?|' +
    'my career|the job|wellbeing|union rep|ht|rieni|(?:c|g)ymhorthydd|h?adran|teenagers?|spelling tests?|homework|covers?)\\b',
);
/** Session 9: a child of one's own by name ("My Alfie's been assessed"), in a short draft; staff say "our Aisha" of a pupil. */
function ownNamed(doc: Doc): boolean {
  if (doc.norm.length > 400) return false;
  return !!doc.found?.pupil?.some(([a]) => /\bmy $/.test(doc.norm.slice(Math.max(0, a - 3), a)));
}
/** Session 9: a memory of one's own schooldays: "Year 4 residential memories from 1995", "back in 2003". */
const MEMORY = /\b(?:memories (?:from|of)|i was (?:that|the|a) (?:little |quiet |naughty )?(?:boy|girl|kid|child)\b|back in (?:the day|(?:19|20)\d\d)|when i was (?:little|a kid|at school|in (?:year|yr|primary|juniors|infants))|(?:from|in) (?:19[5-9]\d|200\d)\b)/;
function aboutSchool(doc: Doc): boolean {
  if (doc.norm.length > 400 || doc.found?.school?.length || doc.found?.pupil?.length || doc.found?.colleague?.length) return true;
  return normHas(doc, TOLD_SCHOOL);
}

/** The spans a rule found in this draft: the scanner's record when it ran, else our own copy's. */
function spansOf(doc: Doc, id: RuleId, own: Check | null): [number, number][] {
  const found = doc.found?.[id];
  // The learnt second opinion's sentence is no clue of its own: job reads the rules' own findings.
  if (doc.learnt?.[id]) return [];
  if (found) return found;
  const spans: [number, number][] = [];
  own?.(doc, (a, b) => spans.push([a, b]));
  return spans;
}

/**
 * A whole-draft test on the fold, also as a reader sees it: a soft hyphen pasted inside "Sunday school"
 * or "my son" must not lift a veto (the fold keeps such characters, so offsets hold).
 */
const normHas = (doc: Doc, re: RegExp): boolean => re.test(doc.norm) || (!!(doc.chars & SEEN_VANISH) && re.test(foldedSlice(doc, 0, doc.norm.length)));

function sendRoutine(doc: Doc, report: (a: number, b: number) => void): void {
  const n = doc.norm;
  const strong = SEND_STRONG.exec(n);
  const seen = new Set<string>();
  let first: RegExpExecArray | null = null;
  let alone = false;
  for (const m of n.matchAll(SEND_TERM)) {
    first ??= m;
    const key = m[0].replace(/(?:s|ing|ed|therapy|therapi| pool)$/, '').slice(0, 5);
    seen.add(key);
    if (!PAIRED_ONLY.has(key)) alone = true;
  }
  const many = seen.size >= 2;
  if (!strong && !(first && (many || alone))) return;
  if (normHas(doc, SEND_NOT) || OWN_FAMILY.test(n) || parentVoice(doc, 0)) return;
  if (strong && (VOICE_FIRST.test(n) || CAPITAL_I.test(doc.text))) return report(strong.index, strong.index + strong[0].length);
  if (first && (many || (alone && SEND_CLASS.test(n)))) report(first.index, first.index + first[0].length);
}

export const create: RuleCreate = (config) => {
  // Copies for when those rules are switched off: the job clue stands whether or not they warn.
  const ownConduct = conduct.create(config);
  const ownConfidential = confidential.create(config);
  return (doc, reportAll) => {
    // Findings of the rule's own checks, read once more against another's or a former job and the early
    // years outside school (the draft is read only when there is a finding).
    let privateEy: boolean | undefined;
    let kin: boolean | undefined;
    const report = (a: number, b: number): void => {
      const said = foldedSlice(doc, a, b);
      // A teacher of something schools do not teach ("Dance teacher life"), a job as a likeness ("a dinner
      // lady at heart"), a school routine borrowed at home ("Lunch duty at home", "Star of the week in our house").
      if (/^(?:teacher|teaching)/.test(said) && OTHER_TEACHER.test(doc.norm.slice(Math.max(0, a - 24), a))) return;
      // Not a thing left at home: "left my lanyard at home".
      if (HOME_AFTER.test(doc.norm.slice(b, b + 20)) && !/\b(?:left|leave|forgot|forgotten)\b/.test(doc.norm.slice(Math.max(0, a - 16), a))) return;
      if (ROLE_SPAN.test(said)) {
        const after = doc.norm.slice(b, b + 24);
        const before = doc.norm.slice(Math.max(0, a - 32), a);
        if (VACANCY_AFTER.test(after) || VACANCY_BEFORE.test(before) || (/s$/.test(said) && ALL_OF_THEM.test(before) && GENERALISED.test(after))) return;
      }
      if ((privateEy ??= visibleLength(doc) <= 400 && ((PRIVATE_EY_WORDS.in(doc) && normHas(doc, PRIVATE_EY) && !normHas(doc, SCHOOL_EY)) || (OTHER_JOB_WORDS.in(doc) && normHas(doc, OTHER_JOB)))) || ((kin ??= NOT_MY_JOB_WORDS.in(doc)) && sentenceHas(doc, a, NOT_MY_JOB))) return;
      reportAll(a, b);
    };
    PATTERNS.run(doc, report);
    const title = TITLE_OPENING.exec(doc.norm);
    if (title && !((title[1] || doc.norm.startsWith(' at ', title[0].length)) && sentenceHas(doc, 0, NOT_SCHOOL)) && !sentenceHas(doc, 0, FORMER)) report(0, title[0].length);
    // Letters every CY_SELF match holds, looked for with plain string searches before any RegExp.
    const n = doc.norm;
    if (n.length <= 400 && (n.includes("'n ") || n.includes('\u2019n ') || n.includes('ydw') || n.includes('yw') || n.includes('wyf') || n.includes('dw i') || n.includes('win ') || n.includes('wyn ') || n.includes('i n ')) && CY_HINT.test(n)) {
      const cy = CY_SELF.exec(doc.norm);
      // The title itself is what the warning marks.
      const t = cy?.indices?.[1] ?? cy?.indices?.[2] ?? cy?.indices?.[3];
      if (t && !normHas(doc, CY_NOT)) report(t[0], t[1]);
    }
    // A class out with the poster, told from where they are: "Currently at the National Library with Year 3".
    if (doc.norm.length <= 400) {
      const out = WITH_CLASS.exec(doc.norm);
      if (out && !parentVoice(doc, 0) && !sentenceHas(doc, 0, NOT_PUPILS)) report(out.index, out.index + out[0].length);
    }
    staffVoice(doc, report);
    if (n.includes('report') || n.includes('cover') || n.includes('yflenwi') || n.includes(' here')) {
      const st = STRONG_STAFF.exec(n);
      if (st && !sentenceHas(doc, st.index, OTHER_WORK) && !sentenceHas(doc, st.index, FORMER)) report(st.index, st.index + st[0].length);
    }
    // Physio and 1:1 count only beside another routine, whose own word opens the gate.
    if (n.length <= 400 && (n.includes('hoist') || n.includes('hydro') || n.includes('sensory') || n.includes('pecs') || n.includes('tube feed') || n.includes('tube-feed') || n.includes('tubefeed') || n.includes('makaton') || n.includes('standing frame') || (n.includes('first ') && (n.includes('then choos') || n.includes('then golden'))) || n.includes('intensive interaction') || n.includes('synhwyraidd'))) sendRoutine(doc, report);
    // Session 9 round 2: "lanyard off" is the whole post, with nothing about another workplace in it.
    if (n.length <= 40 && n.startsWith('lanyard')) {
      const l = /^lanyards? (?:off|on)\b[^.!?\n]{0,24}$/.exec(n);
      if (l && !OTHER_WORK.test(n) && !/\b(?:hospital|nhs|ward|conference|festival|gig|office|shift)\b/.test(n)) report(0, l[0].indexOf(' '));
    }
    if (n.length <= 280 && n.includes('lanyard')) {
      const l = /\blanyards?\b/.exec(n);
      if (l && LANYARD_YEAR.test(n) && !OTHER_WORK.test(n) && !parentVoice(doc, l.index)) report(l.index, l.index + l[0].length);
    }
    for (const k of doc.notable) {
      const f = doc.flagsOf(k);
      // "#TeacherAppreciationWeek" is what parents tag.
      if (f & HASH && STAFF_TAG.test(doc.word(k)) && !/appreciation|thankyou|thanks/.test(doc.word(k))) report(doc.startOf(k), doc.endOf(k));
    }
    if (doc.text.includes('|') || doc.text.includes('\u2022') || doc.text.includes('\u00B7')) {
      const o = BIO_OPENING.exec(doc.norm);
      if (o) report(0, o[0].length);
    }
    if (n.length <= 400 && (n.startsWith('w') || n.startsWith('e') || n.startsWith('p') || n.startsWith('c'))) {
      const w = WORK_FIELD.exec(n);
      // A school by kind or by the name the school rule found, and still there ("2014-present", not "in the 90s").
      if (w && (SCHOOL_KIND.test(w[0]) || !!doc.found?.school?.some(([a]) => a < w[0].length)) && !sentenceHas(doc, 0, NOT_SCHOOL)) report(0, w[0].length);
    }
    if (n.length <= 400 && n.includes('bio:')) {
      const b = BIO_FIELD.exec(n);
      if (b && BIO_STAFF.test(n) && !BIO_PARENT.test(n)) report(0, b[0].length);
    }
    const ro = ROLE_OPENING.exec(doc.norm);
    if (ro) {
      // A title: the words after it up to the first stop name a school and hold no verb ("Head of our school has put in her notice" is news).
      const rest = /^[^:.|,•\n]{0,60}/.exec(doc.norm.slice(ro[0].length))![0];
      const named = SCHOOL_KIND.test(rest) || !!doc.found?.school?.some(([a]) => a >= ro[0].length && a < ro[0].length + rest.length);
      if (named && !/^(?:our|my|your|his|her|their)\b|\b(?:has|have|is|was|were|will|had|says|said)\b/.test(rest) && !sentenceHas(doc, 0, NOT_SCHOOL)) report(0, ro[0].length - 1);
    }
    // A teacher emoji in a bio ("👩‍🏫 KS1 | phonics nerd | mum to 2"): a profile line says who one is.
    if (doc.text.includes('\u{1F3EB}') && doc.text.includes('|')) {
      const e = TEACHER_EMOJI.exec(doc.text);
      if (e) report(e.index, e.index + e[0].length);
    }
    // Capitalised words are all in the notable list, so the rest of the draft need not be walked.
    for (const k of doc.notable) {
      if (doc.flagsOf(k) & ALL_CAPS && CAPS_ONLY.has(doc.word(k)) && !(doc.word(k) === 'slt' && sentenceHas(doc, doc.startOf(k), SPEECH)) && !sentenceHas(doc, doc.startOf(k), NOT_MINE) && !sentenceHas(doc, doc.startOf(k), RELATIVE_JOB)) report(doc.startOf(k), doc.endOf(k));
    }
    // A complaint or a confidence is a job clue when the poster is staff, not a parent about their own
    // child ("my son got excluded … the school were fair") or someone else's workplace.
    const told = [...spansOf(doc, 'conduct', ownConduct), ...spansOf(doc, 'confidential', ownConfidential)];
    // Read only when there is something to pass on: most drafts have neither.
    if (told.length && !OWN_FAMILY.test(doc.norm.length <= 400 ? doc.norm : '') && !ownNamed(doc) && aboutSchool(doc)) {
      for (const [a, b] of told) if (!sentenceHas(doc, a, MEMORY) && !((kin ??= NOT_MY_JOB_WORDS.in(doc)) && sentenceHas(doc, a, NOT_MY_JOB)) && !(privateEy ??= visibleLength(doc) <= 400 && ((PRIVATE_EY_WORDS.in(doc) && normHas(doc, PRIVATE_EY) && !normHas(doc, SCHOOL_EY)) || (OTHER_JOB_WORDS.in(doc) && normHas(doc, OTHER_JOB))))) reportAll(a, b);
    }
    const colleagues = doc.found?.colleague;
    const pupils = doc.found?.pupil;
    const schools = doc.found?.school;
    const trips = doc.found?.trip;
    const contacts = doc.learnt?.contact ? undefined : doc.found?.contact;
    if (!pupils?.length && !schools?.length && !trips?.length && !colleagues?.length && !contacts?.length) return;
    // The words that make it work (the lesson, the lanyard), not the name again: the pupil and
    // school rules already show the name. Looked for in the finding's sentence and the ones either
    // side, so a long draft is not read whole for one name.
    const near = (spans: [number, number][] | undefined, re: RegExp): [number, number] | null => {
      if (!spans?.length) return null;
      const seen = new Set<number>();
      for (let k = 0; k < spans.length && k < 8; k++) {
        const [a, b] = sentenceAround(doc.text, spans[k]![0]);
        // The next sentence starts after any run of marks ("with year 5!!! Zip wire, … me screaming").
        let next = b + 1;
        while (next < doc.text.length && next < b + 8 && !/[\p{L}\p{N}]/u.test(doc.text[next]!)) next++;
        for (const at of [a - 2, a, next]) {
          if (at < 0 || at >= doc.text.length) continue;
          const start = sentenceAround(doc.text, at)[0];
          if (seen.has(start)) continue;
          seen.add(start);
          const m = sentenceMatch(doc, at, re);
          if (m) return m;
        }
      }
      return null;
    };
    let talk = pupils?.length && WITH_ME_WORDS.in(doc) ? near(pupils, WITH_ME) : null;
    if (talk && (sentenceHas(doc, talk[0], OWN_CHILD) || sentenceHas(doc, talk[0], AT_HOME))) talk = null;
    // Pupils out with the poster: not a parent's own child's trip, nor a gym class or the lads' five-a-side.
    const parentTrip = !!trips?.length && (parentVoice(doc, trips[0]![0]) || sentenceHas(doc, trips[0]![0], NOT_SCHOOL));
    let taking = parentTrip || (trips?.length && sentenceHas(doc, trips[0]![0], NOT_PUPILS)) ? null : near(trips, TAKING);
    // "Mrs Pritchard will be taking the choir": someone else is.
    if (taking && doc.norm.startsWith('taking', taking[0]) && /(?:(?<!\b(?:i|we) )(?:is|are|was|were|be)|(?:mr|mrs|miss|ms|dr) [a-z]+) $/.test(doc.norm.slice(Math.max(0, taking[0] - 24), taking[0]))) taking = null;
    // "we", "us" and the Welsh first person only beside a group of pupils: "we set off at 5am" is a family's too.
    // They count in the outing's sentence or the next, not before it: "We are at the beach. Year 4 are
    // at the museum" is the poster's own day out beside someone else's.
    if (taking && /^(?:we|us|let|fi|drosta|arna|gen|fy)/.test(foldedSlice(doc, taking[0], taking[1]))) {
      const [sa] = sentenceAround(doc.text, trips![0]![0]);
      if (taking[0] < sa || (!pupils?.length && !sentenceHas(doc, trips![0]![0], PUPIL_GROUP))) taking = null;
    }
    // Session 5: the poster's own contact details given out for their pupils and parents ("year 11
    // parents: my direct line", "text me if the revision session moves"), not a parent's or a club's.
    let reach = contacts?.length ? near(contacts, STAFF_CONTACT) : null;
    if (reach && (!sentenceHas(doc, reach[0], FIRST_ME) || parentVoice(doc, reach[0]) || sentenceHas(doc, reach[0], NOT_PUPILS) || sentenceHas(doc, reach[0], /\b(?:hoodies?|orders?|collecting)\b/))) reach = null;
    let lesson = CLASSROOM_WORDS.in(doc) ? near(pupils, CLASSROOM) : null;
    // Session 6: a pupil in the infant day the poster runs ("Robin fell asleep in story time, I didn't
    // have the heart to wake him", "moved her up two book bands"), said by a speaker.
    if (!lesson && pupils?.length && PUPIL_MINE_WORDS.in(doc)) {
      lesson = near(pupils, PUPIL_MINE);
      if (lesson && (parentVoice(doc, lesson[0]) || sentenceHas(doc, lesson[0], AT_HOME) || sentenceHas(doc, lesson[0], NOT_PUPILS) || sentenceHas(doc, lesson[0], NOT_SCHOOL))) lesson = null;
    }
    if (!lesson && pupils?.length && PUPIL_DAY_WORDS.in(doc)) {
      lesson = near(pupils, PUPIL_DAY);
      if (lesson && (!(sentenceHas(doc, lesson[0], VOICE_FIRST) || sentenceHas(doc, lesson[0], VOICE_DROPPED)) || ownNamed(doc) || sentenceHas(doc, lesson[0], OWN_CHILD) || sentenceHas(doc, lesson[0], AT_HOME) || parentVoice(doc, lesson[0]))) lesson = null;
    }
    if (!lesson && pupils?.length && doc.norm.length <= 280 && PUPIL_PLACE_WORDS.in(doc) && (ME_ONLY.test(doc.norm) || CAPITAL_I.test(doc.text))) {
      lesson = near(pupils, PUPIL_PLACE);
      if (lesson && (ownNamed(doc) || normHas(doc, OWN_CHILD) || OWN_FAMILY.test(doc.norm) || normHas(doc, AUDIENCE) || sentenceHas(doc, lesson[0], AT_HOME) || sentenceHas(doc, lesson[0], NOT_PUPILS) || sentenceHas(doc, lesson[0], NOT_SCHOOL) || parentVoice(doc, lesson[0]))) lesson = null;
    }
    // "Our Ruby's maths homework": a family's way of naming its own child.
    if (lesson && (sentenceHas(doc, lesson[0], PARENT_VOICE) || /\b[Oo]ur [A-Z][a-z]+['\u2019]s\b/.test(doc.text.slice(...sentenceAround(doc.text, lesson[0]))))) lesson = null;
    for (const m of [lesson, talk, near(schools, WORKPLACE), taking, near(colleagues, AT_WORK), reach]) if (m) report(m[0], m[1]);
    if (trips?.length && !parentTrip && !taking) {
      const i = CAPITAL_I.exec(doc.text);
      if (i) report(i.indices![1]![0], i.indices![1]![1]);
    }
  };
};
