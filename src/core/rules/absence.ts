import { PUPIL_GROUP } from '../groups';
import { capAt, sentenceHas, Triggers, words } from '../regex';
import type { Report } from '../types';
import type { RuleCreate, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'absence',
  examples: 'for example "away all week"',
  title: 'Your home may be empty',
  severity: 'medium',
  questions: [4, 1],
  explanation:
    'This could tell people your home is empty. The school\'s seven questions ask: could it put you or others in danger? Share holiday posts when you are back.',
};

const NUM = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}|a couple of|couple of|a few|the next|the whole|the)';
const SPAN = `(?:weeks?|fortnight|nights?|days|months?|half term|summer|holidays|hols|easter|christmas|weekend)`;
const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const WHEN = `(?:for ${NUM} ${SPAN}|until|till|til|tomorrow|tonight|tonite|tmrw|today|in \\d{1,2} days|at the weekend|on the \\d{1,2}(?:st|nd|rd|th)?|on ${DAY}|fory|heno|wythnos nesa|nos [a-z]+|ddydd [a-z]+|this (?:weekend|week|${DAY}|morning|evening)|next (?:week|weekend|${DAY})|in the morning|first thing|at \\d|over (?:half term|easter|christmas|the summer|the holidays))`;
const TRAVEL = new RegExp(
  `\\b(?:off|flying|fly|flew|heading|jetting off|jetting|going|travelling|traveling|driving|sailing|escaping|leaving|hedfan|wyliau|ffwrdd) (?:off )?(?:to|for|away to|i|o) (?!(?:see|be|have|get|make|do|try|watch|need|bed|work|school|sleep|meet|visit|pop|go|give|take|start|miss|call|ring|text|cook|bake|buy|pick|help|join|ask|tell|say|keep|let|put|sort|finish|write|read|play|spend|stay|the shops|the gym|the doctor|the dentist|the pub|the cinema|the park)\\b)[^\\n.!?]{1,30}? ${WHEN}`,
  'y',
);
const AWAY = new RegExp(
  `\\b(?:away|abroad|on holiday|on hols|on our holidays|out of the country|overseas|out of town) (?:until|till|til|from|for ${NUM}|over|all (?:week|weekend|of)|this|next|${WHEN})`,
  'y',
);
const BE_AWAY = /\b(?:we're|we are|i'm|i am|we'll be|i'll be|we will be|i will be|whole family(?:'s| is)?|family(?:'s| is)) (?:away|abroad|on holiday|on hols|out of the country)\b/y;
const EMPTY =
  /\b(?:(?:house|home|flat|place)(?: is|'s| will be| stays| sits| left)? (?:empty|unoccupied|unattended)|empty (?:house|home|flat)|(?:leave|leaving|left) (?:the )?(?:house|home|flat) empty|(?:no ?one|nobody|noone)(?:'s| is| will be)? (?:home|at home|in the house|in)\b|house[- ]?sitter|cat[- ]?sitter|(?:at|to) the airport|airport (?:bound|run|lounge)|holiday countdown|countdown to (?:our|the) holiday)(?:s\b|\b)/y;
const PERIOD_IN = new RegExp(`\\b${NUM} (?:weeks?|fortnight|nights?|days) (?:in|away in|touring|exploring) (?=[a-z])`, 'y');

// The words each pattern can start with.
const TRAVEL_AT = words('off flying fly flew heading jetting going travelling traveling driving sailing escaping leaving hedfan wyliau ffwrdd');
const AWAY_AT = words('away abroad on out overseas');
const BE_AWAY_AT = words('we i whole family');
const EMPTY_AT = words('house home flat place empty leave leaving left no noone nobody housesitter catsitter cat at to airport holiday countdown');
const PERIOD_IN_AT = words('a an one two three four five six seven eight nine ten couple the');

// Anchors: a word every match contains after its common first word (regex.ts): "on holiday",
// "we are away", "no one home", "at the airport", "two weeks in".
const GOING = new Triggers()
  // "flying off to", "jetting off away to": "to" or "for" within a few words.
  .add(TRAVEL, TRAVEL_AT, { weak: 'all', anchors: words('to for i o'), reach: 24 })
  .add(AWAY, AWAY_AT, { weak: words('on out'), anchors: words('holiday hols holidays country town') });
const AT_HOME = new Triggers()
  .add(BE_AWAY, BE_AWAY_AT, { weak: words('we i'), anchors: words('away abroad holiday hols country') })
  .add(EMPTY, EMPTY_AT, {
    weak: words('house home flat place leave leaving left no nobody noone cat at to'),
    // Every match ends on a whole word (the pattern's last \b), so "house is emptyish" is not one.
    anchors: words('empty unoccupied unattended home house in sitter sitters airport airports'),
    reach: 32,
  })
  // "Two weeks in Crete" is a holiday; "two weeks in and loving it" is not, so a place needs a capital.
  .add(PERIOD_IN, PERIOD_IN_AT, {
    digits: true,
    keep: (_m, doc, end) => capAt(doc, end),
    weak: 'all',
    anchors: words('week weeks fortnight night nights days'),
  });

// Empty homes said through flights, departure times, dates and countdowns rather than "away"
// (issue 12): "flight to Portugal", "boarding now", "3 more sleeps till Florida", "away 24/07 until
// 07/08", "we leave for Canada in the morning", "Tromsø, here we come".
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
const TRAVEL_DAY = new RegExp(
  '\\b(?:(?:our |my |the )?flights? (?:to|at|out|home|is at|leaves|tomorrow|tonight)|boarding (?:now|in \\d|pass|gate)|(?:we|i) (?:fly|flew out|leave|set off|head off) (?:to |for |out |from )?(?:tonight|tomorrow|in the morning|on|this|next|at|saturday|sunday|monday|tuesday|wednesday|thursday|friday|[a-z]+ (?:tonight|tomorrow|on|at|in the morning))|' +
    'flying (?:out|off|home|from|tomorrow|tonight)|hedfan (?:i|o|bore|heno|fory)|airport at|(?:airport|eurostar|ferry|taxi|tacsi) (?:at|am|tomorrow|leaves|to) \\d|' +
    `(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|only \\d{1,2}|only two|only three) (?:more )?(?:sleeps|days|weeks|nights) (?:till|until|til|to go till) (?!(?:payday|pay day|christmas|xmas|half term|the weekend|friday|school|work|term|my birthday|the holidays|results|i|we|my|it|he|she|they|you|our|the end|the kids|school)\\b)(?=[a-z])|` +
    '\\d{1,2} (?:days|sleeps) till we (?:go|leave|fly)|packing for (?!(?:school|work|the gym|uni|a|the|my|our|tomorrow|monday)\\b)(?=[a-z])|bags? (?:are |is )?packed|bagiau wedi pacio|' +
    `away (?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]* )?${ORDINAL}(?: of [a-z]+)? (?:to|till|until|-)|away \\d{1,2}/\\d{1,2}|from the ${ORDINAL} (?:to|till|until) the ${ORDINAL}|` +
    `leaving (?:on the ${ORDINAL}|at [a-z0-9' ]{1,20} tomorrow|saturday|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|first thing)|back (?:on )?the ${ORDINAL}|out of here in \\d{1,2} (?:hours|days)|` +
    'see (?:you|ya) (?:all )?(?:in \\d{1,2} (?:weeks|days|nights)|on the other side|in a (?:whole )?week|in a fortnight)|out of office (?:is )?on|flights? booked (?:for|to)|' +
    `away ${ORDINAL} ?(?:-|to|till|until) ?\\d|away \\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day to (?:mon|tues|wednes|thurs|fri|satur|sun)day|` +
    'see ya (?:wales|cymru|uk)|hwyl fawr (?:pawb|cymru)|then [a-z]+(?: [a-z]+)? (?:on|at the|tomorrow|tonight) ?(?:[a-z]+day|weekend|\\d)?)\\b',
  'y',
);
const TRAVEL_DAY_AT = words(
  'our my the flight flights boarding we i flying hedfan airport eurostar ferry taxi tacsi one two three four five six seven eight nine ten a only packing bags bag bagiau here dyma away from leaving back out see hwyl then ' +
    'monday tuesday wednesday thursday friday saturday sunday',
);
const TRAVEL_DAYS = new Triggers().add(TRAVEL_DAY, TRAVEL_DAY_AT, {
  digits: true,
  weak: words('our my the we i a only out one two three four five six seven eight nine ten monday tuesday wednesday thursday friday saturday sunday'),
  // Every match from a weak word holds one of these: "our flight", "we fly", "3 more sleeps",
  // "out of office", "Saturday to Saturday".
  anchors: words('flight flights fly flew leave set head sleeps days weeks nights here office monday tuesday wednesday thursday friday saturday sunday'),
  keep: (m, doc) => !m[0].startsWith('then ') || capAt(doc, m.index + 5),
  reach: 48,
});

export const create: RuleCreate = () => (doc, report) => {
  // "Year 6 off to Kingswood on Monday" is pupils on a trip (the trip rule), not an empty house.
  const notPupils: Report = (a, b) => {
    if (!sentenceHas(doc, a, PUPIL_GROUP)) report(a, b);
  };
  GOING.run(doc, notPupils);
  TRAVEL_DAYS.run(doc, notPupils);
  AT_HOME.run(doc, report);
};
