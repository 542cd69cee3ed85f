import { PUPIL_GROUP } from '../groups';
import { commonFirst, DESTINATION_ANY, DESTINATION_RE, MULTI_FIRST, MULTI_REST, ONE_WORD } from '../places';
import { capAt, dropVanishing, plainSlice, reach, reportAll, sentenceAround, sentenceHas, shortDraftHas, Triggers, visibleLength, WordGate, words } from '../regex';
import { SEEN_VANISH } from '../doc';
import type { Doc } from '../types';
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
const WHEN = `(?:for ${NUM} ${SPAN}|for (?:half term|easter|christmas|new year|the bank holiday)|until|till|til|tomorrow|tonight|tonite|tmrw|today|in \\d{1,2} days|at the weekend|on the \\d{1,2}(?:st|nd|rd|th)?|on ${DAY}|${DAY}|fory|heno|wythnos nesa|wythnos nesaf|mis nesa|nos [a-z]+|ddydd [a-z]+|this (?:weekend|week|${DAY}|morning|evening)|next (?:week|weekend|${DAY})|in the morning|first thing|at first light|at dawn|crack of dawn|at \\d|over (?:half term|easter|christmas|the summer|the holidays))`;
const TRAVEL = new RegExp(
  `\\b(?:off|flying|fly|flew|heading|jetting off|jetting|going|travelling|traveling|driving|sailing|escaping|leaving|hedfan|wyliau|ffwrdd|bant|mynd|fynd) (?:off |up |down |over |out |away )?(?:to|for|away to|i|o) (?!(?:see|be|have|get|make|do|try|watch|need|bed|work|school|sleep|meet|visit|pop|go|give|take|start|miss|call|ring|text|cook|bake|buy|pick|help|join|ask|tell|say|keep|let|put|sort|finish|write|read|play|spend|stay|the shops|the gym|the doctor|the dentist|the pub|the cinema|the park)\\b)[^\\n.!?]{1,30}? ${WHEN}`,
  'y',
);
const AWAY = new RegExp(
  `\\b(?:away|abroad|on holiday|on hols|on our holidays|out of the country|overseas|out of town) (?:until|till|til|from|for ${NUM}|over|all (?:week|weekend|of)|this(?! year)|next(?! year)|by (?:${DAY}|tomorrow|tonight|the weekend)|${WHEN})|\\baway in (?:the )?[a-z][a-z' -]{1,25}? (?:from|until|till|til|for|this|next|over|all|${DAY}|tomorrow|tonight)\\b`,
  'y',
);
const BE_AWAY = /\b(?:(?:we'?re|we are|we'll be|i'll be|we will be) (?:in|there|away in) (?=\p{L})|(?:we're|we are|i'm|i am|we'll be|i'll be|we will be|i will be|whole family(?:'s| is)?|family(?:'s| is)) (?:away|abroad|on holiday|on hols|out of the country)|(?:whole family|all of us|the (?:three|four|five|six) of us)(?:'s| is| are)? (?:in|off to|heading to) (?=[a-z])|(?:we're|we are|we'll be|i'm|i'll be) (?:at|in) (?:the|our) (?:caravan|cottage|lodge|static|villa|cabin|chalet|campsite|airbnb) (?=from|till|until|for|all|this|next|tonight|tomorrow))\b/uy;
const EMPTY =
  /\b(?:(?:house|home|flat|place|street|road|close)(?: is| is going to be|'s| will be| stays| sits| left)? (?:empty|unoccupied|unattended)|empty (?:house|home|flat)|(?:leave|leaving|left) (?:the )?(?:house|home|flat) empty|(?:no ?one|nobody|noone)(?:'s| is| will be)? (?:home|at home|in the house|in (?=tonight|all|till|until|for|from|over)|in(?= ?(?:[.!,]|$)))\b(?! (?:is |was |will )?(?:answer|pick|respond|repl|call|ring))|at (?:heathrow|gatwick|stansted|luton|manchester airport|bristol airport|cardiff airport|birmingham airport|liverpool airport|terminal \d)|house[- ]?sitter|cat[- ]?sitter|(?:at|to) the airport|(?<=\bfor the )airport|airport (?:bound|run|lounge)|(?<=\b(?:on (?:the|our) (?:way|road|motorway|m\d{1,2}|train|coach|bus)|omw|en route|driving|heading) to )(?:heathrow|gatwick|stansted|luton|(?:manchester|bristol|cardiff|birmingham|liverpool|east midlands) airport)|holiday countdown|countdown to (?:our|the) holiday)(?:s\b|\b)/y;
const PERIOD_IN = new RegExp(`\\b${NUM} (?:weeks?|fortnight|nights?|days) (?:in|away in|touring|exploring) (?=[a-z])`, 'y');

// The words each pattern can start with.
const TRAVEL_AT = words('off flying fly flew heading jetting going travelling traveling driving sailing escaping leaving hedfan wyliau ffwrdd bant mynd fynd');
const AWAY_AT = words('away abroad on out overseas');
const BE_AWAY_AT = words('we i whole family all the');
const EMPTY_AT = words('street road close house home flat place empty leave leaving left no noone nobody housesitter catsitter cat at to airport holiday countdown heathrow gatwick stansted luton manchester bristol cardiff birmingham liverpool east');
/** After "two weeks in": months, year groups and the like are no place. */
const NOT_A_PLACE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|yr|reception|nursery|term|school|class|my|our|the job|and|to|with)/;
const PERIOD_IN_AT = words('a an one two three four five six seven eight nine ten couple the');


// What makes a trip an empty home, read over the sentence (issue 12). A destination or a travel word
// alone is not one ("holiday photos from Greece", "going to Tesco tomorrow"): it takes a time to come
// or a stay of days, from the poster's own household, not someone else's and not a day out.
const DAYS = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const COUNT = '(?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a few|a couple of)';
/** A time still to come. */
const SOON = new RegExp(
  `\\b(?:tomorrow|tmrw|tmw|tomoz|2moro|tonight|tonite|in the morning|first thing|at first light|at dawn|crack of dawn|${DAYS}|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)|this weekend|this time (?:tomorrow|next week)|(?:all of |over |this |next )?half term|over (?:easter|christmas|the summer)|at the weekend|next (?:week|weekend|month|${DAYS})|` +
    `in ${COUNT} (?:more )?(?:days|sleeps|weeks|hours|nights)|\\d{1,2} (?:more )?sleeps?|sleeps|(?:\\d{1,2}|a|one|two|three) (?:weeks?|days?) today|(?:this|over the|all of the|for the|all) (?:easter|summer|christmas|october|may|february) (?:hols|holidays|half term)|on the \\d{1,2}(?:st|nd|rd|th)?(?![.:]\\d)|from the \\d{1,2}|(?:the|till|until|to) \\d{1,2}(?:st|nd|rd|th)|\\d{1,2}(?:st|nd|rd|th) (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|` +
    "countdown|counting down|sleep count|here (?:we|i) come|(?:can'?t|cannot|can not) wait|so excited|buzzing|starts? (?:today|tomorrow|now)|at \\d{1,2}(?:[.:]\\d\\d)? ?(?:am|pm)?|\\d{1,2}(?:[.:]\\d\\d)? ?am|" +
    'fory|yfory|heno|nesaf|nesa|bore|dydd|ddydd|ymlaen|methu aros|(?:diwrnod|noson|wythnos|niwrnod) tan|\\d{1,2}(?:af|il|ydd|edd|fed|ed|eg|ain)|tan y)\\b',
);
/** A stay of days: "for ten nights", "two weeks", "a fortnight", "am bythefnos". */
const STAY = new RegExp(
  `\\b(?:for (?:${COUNT} |the )?(?:whole )?(?:weeks?|fortnight|nights|days|months?|weekend|long weekend)|${COUNT} (?:nights|weeks|days)|\\d{1,2}(?:nights|weeks|days)|(?:the )?whole of (?:the )?(?:january|february|march|april|june|july|august|september|october|november|december|summer|holidays|hols|half term|(?:easter|summer|christmas|october|may|february) (?:holidays|hols|half term))|(?:first|second|third|last) (?:week|fortnight) of (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:a|one) (?:whole )?(?:week|fortnight)|fortnight|` +
    '(?:am|o) (?:wythnos|bythefnos|pythefnos|\\d{1,2} (?:diwrnod|niwrnod|noson|wythnos))|bythefnos|pythefnos)\\b',
);
/** Words of leaving, flying and holidays that, with a destination and a time, make it a trip away. */
const GETAWAY = /\b(?:train|back (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|off|flying|fly|flight|flights|boarding|airport|ferry|eurostar|eurotunnel|cruise|jetting|heading|going|go|leave|leaving|set off|setting off|travel|travelling|drive|driving|holiday|hols|honeymoon|villa|all inclusive|road trip|trip|getaway|here we come|passports?|suitcases?|cases|packing|packed|countdown|sleeps|excited|(?:can'?t|cannot) wait|buzzing|bound|hedfan|wyliau|gwyliau|mynd|fynd|methu aros|dyma ni|see (?:you|ya)|out of office|bring on|eek|yay|woo+|booked|hwyl fawr|i ffwrdd|(?:diwrnod|noson|wythnos|niwrnod) tan|(?:days|weeks|nights) (?:till|until|to go)|airbnb|hotel|apartment|caravan|cottage|lodge|cabin|tent|campsite|glamping|camping|no signal|no wifi|off grid|landing|land|we land|ski|skiing|snowboarding|here i come|(?:we'?re|i'?m|we are|i am) coming|at the gate|(?:we're|we are|we'll be|i'll be|we will be|i will be|i'm) (?:up |down |over |out )?(?:in|on|at|by))\b|[\u2708\u{1f6eb}\u{1f9f3}\u{1f334}\u{1f3dd}\u{1f3d6}\u26f1\u{1f379}]/u;
/** Flying, sailing and holiday words strong enough, with a time, on their own. */
const STRONG =
  /\b(?:jet(?:ting)? off|fly(?:ing)? (?:out|off)|flying to|(?<=\b(?:we|i) )fly to|(?<=\b(?:my|our|the|early|late|red-eye|morning|evening|night|(?:tomorrow|tonight|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)'s) )flights?|check(?:ed|ing)? in online|online check-?in|boarding pass(?:es)?|flights?(?: (?:to|at|is|leaves|tomorrow|tonight|home|out|booked|from|in)|'s)|boarding(?! school| house| fees)|(?<=\b(?:the|to|at|luton|manchester|bristol|cardiff|birmingham|liverpool|newcastle|edinburgh|glasgow|midlands|bradford) )airport|ferry (?:to|at|from|leaves|tomorrow|tonight|booked)|eurostar|eurotunnel|(?<=\b(?:a|our|the|same|first|med|caribbean|river|baltic|norwegian|mediterranean) )cruise|cruise (?:ship|to|from|leaves|departs|round)|passports?|suitcases?|cases (?:are )?packed|(?:cases|suitcases?) (?:are |is )?(?:in the hall|by the (?:front )?door)|(?<=\bcar(?:'s| is) (?:already )?)(?:packed|loaded)|honeymoon(?! period| phase)|(?<!\baston )villa(?! park| fans| game| match| v\b| away| at home)|(?<=\ball )inclusive|(?<=\bon (?:our |my |the )?)(?:holiday|hols|hol)|(?<=\b(?:our|my|family|summer|big|first) )(?:holiday|hols)|holiday (?:mode|starts|countdown|time|begins)|hols (?:start|begin)|(?<=\b(?:road|ski) )trip|cattery|kennels|(?<=\bout of )office|gatwick|heathrow|stansted|landing (?:in|at|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|touch(?:ing|es)? down (?:in|at)|caravan|glamping|(?<=\bthis )time (?:tomorrow|next week) (?:we'll|i'll|we will|i will) be|hedfan|(?<=\bar )wyliau|(?<=\bein )gwyliau|hit(?:ting)? the road)\b/;
/** The past, plans and daydreams: "photos from", "back from", "last year", "one day", "can't afford". */
const PAST =
  /\b(?:(?:photos?|pics?|pictures?|videos?) (?:from|of)|loved|would (?:go|do it) (?:back|again)|(?:so|too|really|crazy|stupidly) (?:expensive|dear|pricey)|staying (?:home|put)|staying in (?:this|all|tonight|for)|day after(?! (?:they|we|the kids|school) (?:break|breaks|finish|finishes))|back from|got back|just back|home from|came back|last (?:week|weekend|year|month|summer|spring|autumn|winter|time|night(?! in (?:the|our|my) (?:house|home|own bed|bed))|christmas|easter|half term|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|ago|back in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|went|(?:was|were) (?:lush|amazing|brilliant|great|lovely|the best|fab|gorgeous|beautiful|incredible|unreal|so)|pretend(?:ing)? (?:we'?re|i'?m|we are|i am|to be|it'?s)|imagin(?:e|ing)|if only|best holiday|worst holiday|remember|throwback|tbt|missing|(?<!(?:'ll|will|gonna|to) )miss (?:it|the|being)|wish (?:i|we) (?:was|were|could)|dream(?:ing)?|one day|some ?day|bucket list|afford|watching|never been (?:to|there|abroad)|been to|used to|grew up|post[- ]holiday|holiday blues|unpack(?:ed|ing)?|jet ?lag|anyone (?:been|recommend)|anyone know(?! (?:someone|somebody|anyone) (?:who|to|that))|recommendations?|thinking (?:of|about)|should we|where should|looking at|prices? (?:for|of|are|to|doubled|went|have|rose|shot)|(?:were|was) (?:going|supposed|meant) to|done and dusted|been and gone|(?:is|are) (?:like|always|never)|asked (?:me )?(?:if|whether|where|when|what)|cost(?:s)? (?:how much|a fortune)|paid(?! (?:anghofio|poeni|becso|â|a|gofyn|dweud|mynd|gadael))|(?<!\b(?:milk|papers?|newspapers?|post|deliver(?:y|ies)|veg box)(?:'s| is| are)? )cancell?ed|(?<!\bthen )back to reality|renew(?:al|ed|ing)?|expired|application|after (?:a|our|the|two|three|\d{1,2}) (?:weeks?|fortnight|holiday|hols|days|nights)|gutted|next (?:year|summer)|photos|pics)\b/;
/** Someone else going, or someone staying home: "hubby's off to Spain", "just me and the dog". */
const OTHERS =
  /\b(?:(?:someone|somebody|a colleague|a friend|a mate|one of (?:my|the) [a-z]+) (?:at|in|from) (?:work|school|the office|the staffroom)(?: is| are|'s)? (?:off|going|away|flying|heading)|(?:he|she|they|hubby|husband|wife|partner|other half|son|daughter|eldest|youngest|kids|children|mum|mam|mom|dad|parents|sister|brother|nan|nain|gran|grandad|taid|friend|friends|bestie|boss|neighbours?|neighbors?|in-laws|fella|boyfriend|girlfriend|fiance|fiancee|colleague|lot|mate|best mate|pal|bff|cousin|aunt|auntie|uncle|niece|nephew|grandparents|granny|nana|someone|somebody|(?:mr|mrs|miss|ms) [a-z]+|head|deputy|ta|teachers?|staff|everyone|half (?:the|my|our) (?:class|staff|school|year)|class|pupils)(?:'s|'re| is| are| has| have| will be| was| were)? (?:on (?:holiday|hols|leave|annual leave)|gone|off|away|flying|fly|flies|flew|going|goes|go|packing for|heading|head|leaving|leave|jetting|jet|travelling|out|flight|plane|holiday|hols|trip|cruise|set off)|\b(?:kids|children|son|daughter|eldest|youngest|he|she|they)(?:'s|'re| is| are) with|\b(?:son|daughter|eldest|youngest|kids|children|boy|girl)(?:'s|s')? (?:school |class |rugby |football |netball |hockey |ski |uni |year \d{1,2} )?(?:trip|tour|residential|exchange)|home alone|me and the (?:dog|cat)|on my own|holding the fort|(?:their|his|her) (?:flight|holiday|hols|cruise|trip|plane|ferry)|(?:checked in|check in|checking in|booked|tickets?|boarding pass(?:es)?)(?: online)? for (?:my|our) (?:mum|mam|dad|parents|sister|brother|nan|gran|son|daughter|husband|wife|partner)'s|(?<!\b(?:cats?|dogs?|keys|car|pets?|bags?) )(?:pick(?:ing|ed)?|collect(?:ing|ed)?|drop(?:ping|ped)?|meet(?:ing)?|met) (?!(?:the|our|my) (?:dogs?|cats?|pets?|keys?|car|bags?|cases?|suitcases?|parcels?|rabbits?)\b)[a-z' ]{0,20}?(?:up|off|at|from)|(?:run|lift|taxi|flight|flights|tickets?) for (?:my|our|the) (?:in-laws|mum|mam|dad|parents|sister|brother|nan|gran|friend|mate|son|daughter|neighbours?)|day trip|for the day|back by|home by|(?:our|my) (?!family|fam|household)[a-z]+'s (?:flight|plane|ferry|holiday|hols|trip|cruise))\b/;
/** Sport and screens: "Spain v England tonight", "watching Italy on Saturday". */
const NOT_TRAVEL = /\b(?:v|vs|versus|match|game|kick[- ]off|(?<!radio )play(?:ing|s)?|beat|rugby|football|cup|six nations|the euros|world cup|eurovision|grand prix|on (?:tv|the telly)|is on (?:tonight|tomorrow|at)|(?<!\b(?:lock(?:ing|ed)?|pack(?:ing|ed)?|fill(?:ing|ed)?|set(?:ting)?) )up the|come on the|episode|series|programme|documentary|channel|bbc|itv|iplayer|for sale|selling|sold|insurance|netflix|film|movie|restaurant|takeaway|food|themed|big shop|food shop|supermarket|frozen|tour|squad|team|under \d{1,2}s|u\d{1,2}s|fixture|residential|away (?:day|game|end|fans)|villa (?:away|park)|holte end)\b/;
/** Dates and spans that are work, not a trip: "exams from the 12th to the 19th", "working Monday to Friday". */
const NOT_AWAY = /\b(?:meetings?|at my desk|afternoon of|morning of|(?<!\boff )work|working|shifts?|open|closed|exams?|mocks|sats|tests?|course|training|inset|assessments?|moderation|ofsted|inspection|parents'? evening|concert|fixture|sale|offer|tickets?|deadline|school|term)\b/;

/**
 * The poster's own household going, said outright, which outweighs others named beside it: "me and
 * the husband are going", "the kids are at their dad's and I'm off to Barcelona", "hubby and I fly".
 */
const OURS = /\b(?:me and (?:the |my )?[a-z]+|with (?:the|my|our) (?:family|fam)|with (?:my|our) (?:kids|husband|wife|partner|hubby|other half|boys|girls|little ones)|(?:hubby|husband|wife|partner|other half|fella|boyfriend|girlfriend|fiance|fiancee|kids|boys|girls|family|mum|mam|dad|son|daughter|sister|brother|bestie|friends?) (?:and|&) (?:i|me)|(?:i'?m|we'?re|i am|we are|im) (?:off|going(?! to (?:miss|be|have|need|get|make|do|try|cry|love|hate|see|say|tell|ask|sleep|eat|watch)\b)|heading|flying|jetting|escaping|travelling|driving|sailing)|(?:i|we) (?:go|fly|leave|head|travel|set off|drive|sail)|(?:i'?m|we'?re|i am|we are|im) (?:on (?:a|the|our|my) (?:plane|flight|ferry|train)|straight (?:to|off to) the airport)|my (?:\d{1,2}(?:[.:]\d\d)? ?(?:am|pm) |early |late |night |morning |evening )?flight|^(?:off|flying|heading|jetting off|driving|sailing) (?:to|for))\b/;
/**
 * A trip already over, said in another sentence of a short post: "We're back!! 10 days in Crete and I
 * could've stayed forever", "home sweet home after a week in Kos".
 */
const RETURNED = /\b(?:(?<!\blike )(?:we'?re|i'?m|we are|i am) (?:back|home)(?= ?[!.,]|$| home| safe| again| in (?:wales|the uk|cymru|the rain))|(?:could|would)'?ve stayed|just (?:got )?back|got back|home sweet home|(?<!\bthen )back to (?:reality|earth|normal)|post[- ]holiday|holiday blues|not going anywhere|we went)\b/;
const SHORT_POST = 320;
/** "We're in Jersey till Thursday", "we're in Turkey this week": the days of a stay somewhere. */
const IN_TILL = new RegExp(`\\b(?:(?:till|until|til) (?:next |the following )?(?:${DAYS}|the \\d{1,2}|\\d{1,2}(?:st|nd|rd|th))|(?:this|all) week|for (?:christmas|new year|easter|half term|the holidays|the summer|hogmanay)(?! (?:shopping|dinner|lunch|food|party|do|market|fair|show|concert)))\\b`);
/** A trip of the poster's own household, not one in the past or someone else's. */
function ownTrip(doc: Doc, i: number, backFrom = false): boolean {
  // "Won't be back from Skye till Saturday": "back from" is PAST's, but here it is a trip still on.
  if ((!backFrom && sentenceHas(doc, i, PAST)) || sentenceHas(doc, i, RETURNED) || shortDraftHas(doc, RETURNED, SHORT_POST) || shortDraftHas(doc, DAYDREAM, SHORT_POST) || sentenceHas(doc, i, WELSH_OTHERS)) return false;
  return !(sentenceHas(doc, i, OTHERS) || sentenceHas(doc, i, OTHERS_IN)) || (sentenceHas(doc, i, OURS) && !sentenceHas(doc, i, STAYING));
}
/**
 * The class left behind, not taken (session 9): "no Year 9 for 16 days", "my Y2s know not to email me",
 * "Year 10 coursework can wait", "see you in January". A class named so beside the poster's own trip does
 * not make the trip the pupils'; a class that goes ("Year 6 off to…", "with 28 Year 4s") still does.
 */
const CLASS_LEFT = /\b(?:(?:no|without|zero|escaping|escape from|a break from|away from) (?:more )?(?:my |our |the )?(?:(?:year|yr|y) ?\d{1,2}s?|class \d{1,2}|\d{1,2}[a-z]s?|kids|pupils|students|class)|(?:know|been told|told) not to|not to (?:miss|email|message|contact|bother|call|text) me|(?:don'?t|do not) (?:ask|email|message|call|text|contact) me|(?:can|will) wait|see (?:you|ya|u) (?:all )?(?:in|after) (?:september|january|april|the new year|\d{1,2}|two|three|a (?:week|fortnight))|sabbatical)\b/;
const GROUP_GOES = new RegExp(`${PUPIL_GROUP.source}(?:'s)? (?:are |will be |is )?(?:off|go|goes|going|fly|flying|flies|head|heading|leave|leaving|travel|travelling|set off|setting off|away|visit|visiting|to)\\b|\\bwith (?:my |our |the |\\d{1,3} )?${PUPIL_GROUP.source.slice(2)}`);
/** Pupils named in the sentence who may be the ones going: the trip rule's, unless the poster's household goes or the class is left behind. */
function pupilsGo(doc: Doc, i: number): boolean {
  if (!sentenceHas(doc, i, PUPIL_GROUP) || sentenceHas(doc, i, OURS)) return false;
  return !(sentenceHas(doc, i, CLASS_LEFT) || shortDraftHas(doc, CLASS_LEFT, SHORT_POST)) || sentenceHas(doc, i, GROUP_GOES);
}
/** Someone else going, in Welsh: "Mae fy chwaer yn mynd i Efrog Newydd". */
const WELSH_OTHERS = /\b(?:mae (?:fy|ei|eu) (?:merch|mab|gwr|ngwr|chwaer|mrawd|mam|nhad|rhieni|ffrind)|mae (?:mam|dad|nain|taid|nan|mamgu|tadcu|anti|wncwl|yncl)\b|(?:mam|nain|mamgu) a (?:dad|taid|tadcu)|maen nhw|mae hi|mae o|mae e)\b/;
/** Someone else somewhere already: "my parents are in Portugal for a month" (their home, not ours). */
const OTHERS_IN = /(?<!\b(?:at|to|from|for|with) (?:my |our |the |me )?)\b(?:he|she|they|wife|husband|partner|boyfriend|girlfriend|family|cousins?|aunt|auntie|uncle|kids|children|colleagues?|boss|in-laws|parents|mum|mam|dad|sister|brother|nan|gran|grandparents|in-laws|friends?|mate|neighbours?|son|daughter)(?:'s|'re| is| are| will be) (?:in|staying in|staying at) (?=[a-z])/;
/** A sitter had before, or recommended: not one for a trip to come. */
const SITTER_PAST = /\b(?:last (?:year|summer|time|week|month)|used|was|were|ago|recommend(?:ed)?|anyone need)\b/;
/** Wishes and what cannot be afforded: "If I won the lottery…", "A fortnight in Spain? Not on a teacher's salary". */
const DAYDREAM = /\b(?:lottery|holiday fund|20[3-9]\d|feels? like (?:we'?re|i'?m|we'?ve been|i'?ve been|being|a holiday|we were)|felt like (?:we|i) (?:were|was|had been)|(?:i'?d|we'?d|would) love|if (?:i|we) (?:won|had|could)|(?:on|with) (?:a|my|our) (?:teacher'?s|ta'?s) (?:salary|wage|pay)|not on (?:my|our|a) (?:salary|wage|budget)|as if|yeah right|chance would be a fine thing|in my dreams|wishful thinking|i wish|we wish|(?<!\b(?:kids|children|they|he|she|boys|girls|[a-z]+'s)(?: have| has|'ve)? )no idea (?:yet|where|what we)|nothing booked|not booked|haven'?t booked|probably just|(?:a whole|another|over a|nearly a|almost a) year (?:to wait|away|to go)|\d{1,2} months (?:to wait|away|to go))\b/;
/** Someone at home all along, or back the same day: OTHERS' words that no "we're off" outweighs. */
const STAYING = /\b(?:home alone|me and the (?:dog|dogs|cat|cats)|on my own|holding the fort|day trip|for the day|back by|home by|stag|hen do)\b/;
/** Staying in: "staycation on the sofa", "nothing at home". */
const STAYING_IN = /\b(?:at home|on the sofa|staying (?:home|in|put)|not going anywhere|nowhere|lie-?ins?|no alarms?|the garden|days out)\b/;
/** Words before a destination that make it a thing: "the turkey", "a jersey", "our china". */
const THING_BEFORE = /(?:^|[^a-z])(?:the|a|my|our|some|(?<!\b(?:south|north|east|west|rest|middle|centre|heart|coast|top|bottom) )of|your) $/;
const THE_OK = words('algarve alps med mediterranean lakes lake canaries canary maldives caribbean dordogne highlands scottish states cotswolds bahamas dominican netherlands isle isles dolomites pyrenees costa azores peak yorkshire norfolk amalfi');
/** After a destination, words that make it a person: "Sydney's", "Paris is", "Florence and". */
const PERSON_AFTER = /^(?:'s\b| (?:is|was|has|said|says)\b)/;
/** "Florence and", "Sydney and": "and" after a destination makes a person only of destinations that are also given names ("Mexico and none of you can reach me" is a place). */
const NAME_AND = words('florence sydney paris georgia india jordan chelsea brittany kerry devon victoria austin dallas phoenix orlando lincoln chester madison savannah lourdes siena verona valencia florida skye bali cuba');

/**
 * Looking forward to going, said without a weekday (issue 12): "can't come soon enough", "Crete,
 * we're coming for you", "one more sleep", "21st-28th", "waving goodbye to Wales", "final day at work then…".
 */
const EXCITED = /\b(?:can'?t come (?:soon|quick|fast) enough|(?:we'?re|i'?m) coming for (?:you|ya)|one more sleep|\d{1,2}(?:st|nd|rd|th)? ?(?:-|\u2013|to) ?\d{1,2}(?:st|nd|rd|th)|countdown|\d{1,2} (?:more )?days|(?:waving|saying|wave) (?:goodbye|bye|ta-?ra|hwyl) to|final day|last day (?:at work|of term)|then (?:\d{1,2}|two|three) (?:weeks|days|nights))\b/;
function keepDestination(m: RegExpExecArray, doc: Doc, end: number): boolean {
  const before = plainSlice(doc, reach(doc, m.index, -8), m.index).toLowerCase();
  const first = m[0].split(' ')[0]!;
  if (THING_BEFORE.test(before) && !THE_OK.has(first)) return false;
  const next8 = plainSlice(doc, end, reach(doc, end, 8)).toLowerCase();
  if (PERSON_AFTER.test(next8) || (next8.startsWith(' and') && NAME_AND.has(m[0]))) return false;
  const i = m.index;
  const has = (re: RegExp) => sentenceHas(doc, i, re) || shortDraftHas(doc, re, SHORT_POST);
  if (!(has(SOON) || has(STAY) || has(EXCITED) || HOLIDAY_EMOJI.test(plainSlice(doc, m.index, reach(doc, end, 40))))) return false;
  // A destination right before its time is enough ("Lanzarote tomorrow!!", "Iceland on Saturday").
  const after = plainSlice(doc, end, reach(doc, end, 30)).toLowerCase();
  const cue = /^[,:!]* (?:tomorrow|tmrw|tonight|in the morning|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day|on (?:the )?\w+|next \w+|this \w+|in \d|for \d|from (?:the )?\d|for (?:a|two|three|ten) |here we come|bound|fory|heno|bore fory|dydd|ddydd)/.test(after) || has(GETAWAY) || has(STAY) || has(EXCITED);
  return cue && ownTrip(doc, i) && !sentenceHas(doc, i, NOT_TRAVEL) && !pupilsGo(doc, i);
}

/** Asking about plans, not asking for help while away ("anyone able to feed the cat?"). */
const PLANNING = /\b(?:quickest|fastest|best way|how (?:long|far|do|does|much)|what time|anyone been|been to|recommend|recommendations|should (?:we|i)|which|where|thinking|or|worth it|what's the best|any tips)\b/;
/** A sentence that is a question about plans ("Croatia or Portugal?"): not a trip booked. */
function question(doc: Doc, i: number): boolean {
  const [, b] = sentenceAround(doc.text, i);
  return doc.text[b] === '?' && sentenceHas(doc, i, PLANNING);
}

/**
 * "Away" said of people going: "we're away until Sunday", "Away 24/07 …", not "passed away on
 * Sunday", "put away tonight", "stay away from", "right away tomorrow".
 */
const AWAY_BEFORE = /(?:^|\b(?:we're|we are|were|we'll be|i'm|i am|i'll be|will be|be|been|being|is|are|going|go|get|getting|off|gone|heading|jetting|escaping|sneaking|family|both|all|us|we|fly|flying|travelling|sailing)\W*)$/;
function awayOfOurs(doc: Doc, m: RegExpExecArray): boolean {
  if (sentenceHas(doc, m.index, OTHERS) || sentenceHas(doc, m.index, PAST) || sentenceHas(doc, m.index, DAYDREAM)) return false;
  // "Not out of the country this year", "never abroad at Easter": said not to go.
  if (/\b(?:not|never|no)\s+$/i.test(plainSlice(doc, reach(doc, m.index, -8), m.index))) return false;
  if (!m[0].startsWith('away')) return true;
  const [a] = sentenceAround(doc.text, m.index);
  const before = plainSlice(doc, Math.max(a, reach(doc, m.index, -24)), m.index).toLowerCase().replace(/\u2019/g, "'");
  return before.trim() === '' || /[-:,(]\s*$/.test(before) || AWAY_BEFORE.test(before.trimEnd());
}

/** "I'm away with the fairies", "away to bed", "away from my desk": not gone. */
const NOT_GONE = /^ (?:with the fairies|to (?:my )?bed|from (?:my|the) (?:desk|phone|screen|computer)|in a manger)/;

/** Holiday emoji and flags other than the UK's own: "Off to Kefalos tomorrow 🌴", "… 🇬🇷". */
const HOLIDAY_EMOJI = /[\u2708\u{1f6eb}\u{1f9f3}\u{1f334}\u{1f3dd}\u{1f3d6}\u26f1\u{1f379}]|(?!\u{1f1ec}\u{1f1e7})[\u{1f1e6}-\u{1f1ff}]{2}/u;

/**
 * "Off to X tomorrow" is a trip away when X is a holiday place, the stay is days long or the
 * sentence flies or holidays, and it is the poster's household going: not "off to Tesco tomorrow".
 */
function awayTrip(doc: Doc, i: number, stayCounts = true, strongCounts = true): boolean {
  if (!ownTrip(doc, i) || question(doc, i)) return false;
  if ((stayCounts && sentenceHas(doc, i, STAY)) || (strongCounts && sentenceHas(doc, i, STRONG)) || sentenceHas(doc, i, DESTINATION_ANY)) return true;
  const [a, b] = sentenceAround(doc.text, i);
  if (HOLIDAY_EMOJI.test(plainSlice(doc, a, reach(doc, b, 12)))) return true;
  // A short post is one story: "Two weeks in the Dordogne. Leaving Saturday." The past and other
  // people's trips are still read in the sentence itself (ownTrip, above).
  if (visibleLength(doc) > SHORT_POST) return false;
  const has = (re: RegExp) => shortDraftHas(doc, re, SHORT_POST);
  return (stayCounts && has(STAY)) || (strongCounts && has(STRONG)) || has(DESTINATION_ANY) || HOLIDAY_EMOJI.test(doc.text);
}

/** Destinations and flying words join AT_HOME's table: each table takes one of the lexicon's few bits. */
const addPlaces = (t: Triggers): Triggers => t
  .add(DESTINATION_RE, new Set([...ONE_WORD].filter((w) => !commonFirst(w))), { keep: (m, doc, end) => !question(doc, m.index) && keepDestination(m, doc, end) })
  .add(DESTINATION_RE, new Set([...MULTI_FIRST].filter((w) => !ONE_WORD.has(w))), {
    weak: new Set([...MULTI_FIRST].filter(commonFirst)),
    // Every multi-word destination holds one of its later words: "new york", "lake garda".
    anchors: MULTI_REST,
    reach: 24,
    keep: (m, doc, end) => m[0].includes(' ') && !question(doc, m.index) && keepDestination(m, doc, end),
  });
// Each alternative starts at its own word (what comes before is a look-behind), so no common word
// ("the", "on", "this") wakes the pattern.
const STRONG_AT = words(
  'hit hitting packed loaded jet jetting fly flying flight flights check checked checking online boarding airport ferry eurostar eurotunnel cruise passport passports suitcase suitcases cases honeymoon villa inclusive holiday hols hol trip cattery kennels office gatwick heathrow stansted landing touch touching touches caravan glamping time hedfan wyliau gwyliau',
);
const addFlying = (t: Triggers): Triggers => t.add(new RegExp(STRONG.source, 'y'), STRONG_AT, {
  keep: (m, doc) => !(/^(?:packed|loaded)/.test(m[0]) && sentenceHas(doc, m.index, NOT_HOLIDAY_BAG)) && !(/office/.test(m[0]) && sentenceHas(doc, m.index, NOT_AWAY)) && (sentenceHas(doc, m.index, SOON) || sentenceHas(doc, m.index, STAY) || (/^(?:cases|suitcase|packed|loaded|passport)/.test(m[0]) && shortDraftHas(doc, SOON, SHORT_POST))) && ownTrip(doc, m.index) && !question(doc, m.index) && !pupilsGo(doc, m.index) && !sentenceHas(doc, m.index, NOT_TRAVEL),
});

// Anchors: a word every match contains after its common first word (regex.ts): "on holiday",
// "we are away", "no one home", "at the airport", "two weeks in".
const GOING = new Triggers()
  // "flying off to", "jetting off away to": "to" or "for" within a few words.
  .add(TRAVEL, TRAVEL_AT, { weak: 'all', anchors: words('to for i o'), reach: 24, keep: (m, doc) => awayTrip(doc, m.index) })
  .add(AWAY, AWAY_AT, { weak: words('on out'), anchors: words('holiday hols holidays country town'), keep: (m, doc) => awayOfOurs(doc, m) && (!/^away in /.test(m[0]) || capAt(doc, m.index + 8) || capAt(doc, m.index + 12)) });
const AT_HOME = addFlying(addPlaces(new Triggers()))
  .add(BE_AWAY, BE_AWAY_AT, { weak: words('we i all the'), anchors: words('away abroad holiday hols country us caravan cottage lodge static villa cabin chalet campsite airbnb in there'), keep: (m, doc, end) => {
    if (NOT_GONE.test(plainSlice(doc, end, reach(doc, end, 24)).toLowerCase()) || !ownTrip(doc, m.index)) return false;
    // "We're in Lisbon from the 8th to the 15th", "we're in Wales all week", "we're there the whole of Easter week": a place and the days away.
    if (/^(?:we'?re|we are|we'll be|i'll be|we will be) (?:in|there|away in) $/.test(m[0].toLowerCase())) {
      const has = (re: RegExp) => sentenceHas(doc, m.index, re) || shortDraftHas(doc, re, SHORT_POST);
      // "We're in Year 6 this week" is a class, not a place.
      if (NOT_A_PLACE.test(plainSlice(doc, end, reach(doc, end, 12)).toLowerCase())) return false;
      return (capAt(doc, end) || / there $/.test(m[0])) && (has(DATE_SPAN) || sentenceHas(doc, m.index, STAY) || sentenceHas(doc, m.index, IN_TILL)) && !question(doc, m.index) && !sentenceHas(doc, m.index, NOT_TRAVEL);
    }
    return !/ (?:in|to) $/.test(m[0]) || (capAt(doc, end) && awayTrip(doc, m.index));
  } })
  .add(EMPTY, EMPTY_AT, {
    weak: words('street road close house home flat place leave leaving left no nobody noone cat at to manchester bristol cardiff birmingham liverpool east'),
    // Every match ends on a whole word (the pattern's last \b), so "house is emptyish" is not one.
    anchors: words('empty unoccupied unattended home house in sitter sitters airport airports heathrow gatwick stansted luton terminal'),
    reach: 32,
    keep: (m, doc) => {
      // Someone else's house: "Mum's house is empty since she went into the home".
      if (/^(?:house|home|flat|place)/.test(m[0]) && /['\u2019]s\s+$/.test(plainSlice(doc, reach(doc, m.index, -4), m.index))) return false;
      // A sitter is for an empty home only when it is ours and still to come: "the cat sitter we used last year" is not.
      if (/sitter/.test(m[0])) return !sentenceHas(doc, m.index, SITTER_PAST) && (!sentenceHas(doc, m.index, OTHERS) || sentenceHas(doc, m.index, OURS));
      if (!/airport|^at |^(?:heathrow|gatwick|stansted|luton)/.test(m[0])) return true;
      if (!ownTrip(doc, m.index) || question(doc, m.index)) return false;
      // At a named airport: a trip only with the holiday said too ("just arrived at Cardiff Airport" may be a pick-up).
      return !/^at /.test(m[0]) || /the airport/.test(m[0]) || awayTrip(doc, m.index, true, false);
    },
  })
  // "Two weeks in Crete" is a holiday; "two weeks in and loving it" is not, so a place needs a capital.
  .add(PERIOD_IN, PERIOD_IN_AT, {
    digits: true,
    keep: (m, doc, end) => capAt(doc, end) && !NOT_A_PLACE.test(plainSlice(doc, end, reach(doc, end, 12)).toLowerCase()) && ownTrip(doc, m.index),
    weak: 'all',
    anchors: words('week weeks fortnight night nights days'),
  });

// Empty homes said through flights, departure times, dates and countdowns rather than "away"
// (issue 12): "flight to Portugal", "boarding now", "3 more sleeps till Florida", "away 24/07 until
// 07/08", "we leave for Canada in the morning", "Tromsø, here we come".
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
const TRAVEL_DAY = new RegExp(
  '\\b(?:(?:our |my |the )?flights? (?:to|at|out|home|is at|leaves|tomorrow|tonight)|boarding (?:now|in \\d{1,3}|pass|gate)|(?:we|i) (?:can |could |have to |need to |must |will |should )?(?:fly|flew out|leave|set off|head off) (?:to |for |out |from )?(?:tonight|tomorrow|in the morning|on|this|next|at|saturday|sunday|monday|tuesday|wednesday|thursday|friday|[a-z]+ (?:tonight|tomorrow|on|at|in the morning))|' +
    "(?:we'?re|we are|i'?m|i am) (?:gone|not (?:going to be )?around) (?:from )?(?=the \\d|\\d|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the whole|all (?:week|of))|(?:we'?re|we are) off (?:on |from )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|in the morning|first thing|at \\d|on the \\d|(?:from )?(?:the )?\\d{1,2}(?:st|nd|rd|th))|(?:bye|tara|hwyl) (?:uk|wales|cymru|england|britain)|off we go|" +
    '(?:we|i) fly (?:from |out of )?(?:bristol|cardiff|manchester|gatwick|heathrow|stansted|luton|birmingham|liverpool|newcastle|edinburgh|glasgow|east midlands|exeter|southampton|bournemouth|leeds) (?:at |on |tomorrow|tonight|\\d{1,2}(?:[.:]\\d\\d)? ?(?:am|pm)?)|' +
    "(?:we|i) (?:leave|depart|set off|fly|head off) (?:for|to) (?=[a-z][a-z' -]{1,25}? (?:on|this|next|tomorrow|tonight|in the morning|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b)|" +
    'flying (?:out|off|home|from|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|fly (?:out|home) (?:on|at|tomorrow|tonight|from|this|next)|hedfan (?:i|o|bore|heno|fory)|airport at|(?:airport|eurostar|ferry|taxi|tacsi) (?:at|am|tomorrow|leaves|to) \\d|' +
    `(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|only \\d{1,2}|only two|only three) (?:more )?(?:sleeps?|days|weeks|nights) (?:(?:of|at) (?:work|school|term|teaching) |left )?(?:till|until|til|to go till) (?!(?:payday|pay day|christmas|xmas|half term|the weekend|friday|school|work|term|my birthday|the holidays|results|i|we|my|it|he|she|they|you|our|the end|the kids|school)\\b)(?=[a-z])|` +
    '\\d{1,2} (?:days|sleeps|weeks) (?:till|until|til) we (?:go|leave|fly|sail)|(?<=\\bon the )(?:plane|flight|ferry|eurostar) to|packing for (?!(?:school|work|the gym|uni|a|the|my|our|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this|camp|christmas)\\b)(?=[a-z])|bags? (?:are |is )?packed|bagiau wedi pacio|' +
    `away (?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]* )?${ORDINAL}(?: of [a-z]+)? (?:to|till|until|-)|away \\d{1,2}/\\d{1,2}|from the ${ORDINAL} (?:to|till|until) the ${ORDINAL}|` +
    `leaving (?:on the ${ORDINAL}|the \\d{1,2}(?:st|nd|rd|th)\\b|at [a-z0-9' ]{1,20} tomorrow|saturday|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|first thing)|(?:back|home|returning) (?:on )?the ${ORDINAL}|(?<=\\b(?:we're|we are|we'll be|i'll be) )back (?:on )?(?:the )?${ORDINAL}|out of here in \\d{1,2} (?:hours|days)|` +
    'see (?:you|ya|u|yas) (?:all )?(?:in (?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen) (?:weeks|wks|days|nights)|on the other side|in a (?:whole )?week|in a fortnight)|out of office (?:is )?on|flights? booked (?:for|to)|' +
    `away ${ORDINAL} ?(?:-|to|till|until) ?${ORDINAL}|away \\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day to (?:mon|tues|wednes|thurs|fri|satur|sun)day|` +
    '(?<=\\bthis )time (?:tomorrow|next week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:we\'ll|i\'ll|we will|i will) be (?:in|on|at|by|sat|lying)|see ya (?:wales|cymru|uk)|hwyl fawr (?:pawb|cymru)|then [a-z]+(?: [a-z]+)? (?:on|at the|tomorrow|tonight) ?(?:[a-z]+day|weekend|\\d)?)\\b',
  'y',
);
const TRAVEL_DAY_AT = words(
  'home returning fly time our my the flight plane flights boarding we i flying hedfan airport eurostar ferry taxi tacsi one two three four five six seven eight nine ten a only packing bags bag bagiau here dyma away from leaving back out see hwyl then bye tara off ' +
    'monday tuesday wednesday thursday friday saturday sunday',
);
/** Spans of days and dates, which are also working weeks and exam timetables. */
const SPAN_OR_COUNT = /day to |^from the |^then /;
/** "3 more sleeps till …", a countdown that is a trip only with a destination or a travel word. */
const SLEEPS = /(?:sleeps|days|weeks|nights) (?:(?:of|at) (?:work|school|term|teaching) |left )?(?:till|until|til|to go)/;
/** Said only of flying, sailing and holiday dates: enough with the poster's own household. */
const INHERENT = /^(?:not back|plane|\d{1,2} (?:days|sleeps|weeks) (?:till|until|til) we|(?:we|i) (?:go|leave|fly|sail) in|(?:we|i) sail|(?:we|i) fly (?:from |out of )?[a-z]|(?:we|i) (?:leave|depart|set off|fly|head off) (?:for|to) $|(?:bye|ta-?ra|hwyl) (?:uk|wales|cymru|england|britain)|out of here|(?:our |my |the )?flights?|flying|fly (?:out|home)|boarding|hedfan|airport|eurostar|ferry|(?:we|i) (?:fly|flew out)|flights? booked|time|out of office|away|bagiau|\d{1,2} (?:days|sleeps) till we)/;
/** School bags and hospital bags are packed too. */
const NOT_HOLIDAY_BAG = /\b(?:pe|school|gym|swim|swimming|book|lunch|hospital|nursery|football|rugby|kit|changing|sports|dance|uni)\b/;
function travelDay(doc: Doc, m: RegExpExecArray): boolean {
  const t = m[0];
  if (SLEEPS.test(t) || /off we go$/.test(t)) return awayTrip(doc, m.index, false);
  if (/^(?:we'?re|we are) off/.test(t) && (sentenceHas(doc, m.index, COMING_BACK) || shortDraftHas(doc, COMING_BACK, SHORT_POST))) return true;
  // "We're off the 30th to the 6th", "we're gone Thursday to Sunday": going, with the days between.
  if (/^(?:we'?re|we are|i'?m|i am) (?:off|gone|not)/.test(t) && sentenceHas(doc, m.index, DATE_SPAN)) return true;
  if (/^bags?/.test(t)) return !sentenceHas(doc, m.index, NOT_HOLIDAY_BAG);
  if (/^out of office/.test(t) && sentenceHas(doc, m.index, NOT_AWAY)) return false;
  // "From Friday to Tuesday, if anyone hears our alarm go off": the house left, said by its alarm.
  if (sentenceHas(doc, m.index, ALARM) || shortDraftHas(doc, ALARM, SHORT_POST)) return ownTrip(doc, m.index);
  if (SPAN_OR_COUNT.test(t) && !awayTrip(doc, m.index) && sentenceHas(doc, m.index, NOT_AWAY)) return false;
  // "We leave on Saturday", "leaving tomorrow", "back on the 5th", "hwyl fawr pawb": a trip only
  // when the sentence also says where to, for how long, or flies.
  // "Off on the 12th, back on the 26th": a leaving date and a coming-back date make a trip.
  if (/^(?:back|home|returning) /.test(t) && (sentenceHas(doc, m.index, LEAVE_DATE) || sentenceHas(doc, m.index, FAREWELL) || BACK_DATE.test(plainSlice(doc, reach(doc, m.index, -12), m.index).toLowerCase()))) return true;
  return INHERENT.test(t) || awayTrip(doc, m.index);
}
/** The house left with its alarm, or to burglars' luck. */
const ALARM = /\b(?:(?:our|the) (?:house |burglar )?alarm|burglars?)\b/;
/** Coming home on a day: "back late Sunday", "home on the 26th". */
const COMING_BACK = /\b(?:back|home|returning) (?:(?:late|early|on|by|next) )?(?:the \d|\d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/;
/** "Back on the 14th, don't miss me": a goodbye beside the date of coming back. */
const FAREWELL = /\b(?:gone (?:fishing|walkabout|travelling|away|off grid)|signing off|logging off|(?:don'?t|do not) miss me|miss me|see (?:you|ya) (?:all )?(?:soon|then|when|after)|bye for now|ta-?ra|laters|be good|behave while|hold the fort)\b/;
/** "We're back on the 26th": said by someone who will be away until then. */
const BACK_DATE = /(?:we're|we are|we'll be|i'll be) $/;
const LEAVE_DATE = /\b(?:off|away|leave|leaving|fly|flying|go|going|out|heading|driving|travelling|setting off)\b[^.!?\n]{0,20}?\b\d{1,2}(?:st|nd|rd|th)\b/;
/** A span of dates or days: "the 30th to the 6th", "Thursday to Sunday", "from tomorrow till Tuesday", "all week". */
const DATE_SPAN = /\b(?:(?:the )?\d{1,2}(?:st|nd|rd|th)? ?(?:to|till|until|til|-|\u2013) ?(?:the )?\d{1,2}(?:st|nd|rd|th)?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:to|till|until|til|-) (?:(?:the )?(?:following|next) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|from (?:tomorrow|the \d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[^.!?\n]{0,20}?(?:till|until|til|to) |all (?:next )?week|all weekend|the whole (?:of )?(?:the )?(?:week|weekend|month|holidays|half term|summer|august|july|easter|christmas|[a-z]+ week)|that whole week)/;
const TRAVEL_DAYS = new Triggers().add(TRAVEL_DAY, TRAVEL_DAY_AT, {
  digits: true,
  weak: words('our my the we i a only out off one two three four five six seven eight nine ten monday tuesday wednesday thursday friday saturday sunday'),
  // Every match from a weak word holds one of these: "our flight", "we fly", "3 more sleeps",
  // "out of office", "Saturday to Saturday".
  anchors: words('flight flights fly flew leave set head sleeps days weeks nights here office off go gone around monday tuesday wednesday thursday friday saturday sunday'),
  keep: (m, doc) => (!m[0].startsWith('then ') || capAt(doc, m.index + 5)) && (!/ (?:for|to) $/.test(m[0]) || capAt(doc, m.index + m[0].length)) && ownTrip(doc, m.index) && travelDay(doc, m),
  reach: 48,
});

// Going and coming back said by the days between, with words too common to wake TRAVEL_DAY for (session 5):
// "we go in 5 days", "we sail Saturday", "… and not back till the 20th".
const GO_IN = new RegExp(
  `(?:we|i) (?:go|leave|fly|sail) in \\d{1,2} (?:days|sleeps|weeks)|(?:we|i) sail (?:on |this |next )?(?:tomorrow|tonight|${DAYS})|(?<=(?:^|[\\n.!?] *|\\b(?:we're|we are|i'm|i am|and) )not )back (?:till|until|til|before) (?:the ${ORDINAL}|${ORDINAL}(?:st|nd|rd|th)|${DAYS})`,
  'y',
);
TRAVEL_DAYS.add(GO_IN, words('we i back'), {
  weak: words('we i back'),
  anchors: words('go leave fly sail till until til before'),
  reach: 12,
  keep: (m, doc) => ownTrip(doc, m.index) && !question(doc, m.index),
});

// Gone until a day, said of ourselves (session 8): "Gone till Sunday", "not home till the 14th",
// "won't be back from Skye till next Saturday", "not coming back till the 30th". A day or a date, not an
// hour ("not back till 6 tonight" is a long day at work); a month alone only with a trip said in the post.
const MONTHS = 'january|february|march|april|june|july|august|september|october|november|december';
const NOT_BACK = new RegExp(
  `(?:gone|home|back)(?: from [a-z' -]{1,25}?)? (?:till|until|til|before) (?:the \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)\\b|(?:next |the following )?${DAYS}|next (?:week|weekend)|the (?:following|end of the|end of) (?:week|weekend|month|${MONTHS})|the new year|new year|christmas eve|boxing day|(${MONTHS})\\b)`,
  'y',
);
/** Who is not back: ourselves, at the start of a sentence or after "we", "I", "and", "so", "because". */
const NOT_BACK_BEFORE = /(?:^|[\n.!?,;:(] *|\b(?:we|i|and|so|because|cos|as|but|then)\s)(?:(?:we'?re|we are|i'?m|i am|we'?ll|i'?ll|we will|i will|we|i) )?(?:not|won'?t be|wont be|will not be|not going to be|aren'?t|not getting|won'?t get|not coming)\s$/;
TRAVEL_DAYS.add(NOT_BACK, words('gone home back'), {
  weak: 'all',
  anchors: words('till until til before'),
  reach: 40,
  keep: (m, doc) => {
    const before = plainSlice(doc, Math.max(sentenceAround(doc.text, m.index)[0], reach(doc, m.index, -40)), m.index).toLowerCase().replace(/\u2019/g, "'");
    if (m[0].startsWith('gone') ? !/(?:^|[\n.!?,;:(] *|\b(?:we'?re|we are|i'?m|i am|we'?ll be|i'?ll be)\s)$/.test(before) : !NOT_BACK_BEFORE.test(before)) return false;
    if (sentenceHas(doc, m.index, NOT_AWAY) || !ownTrip(doc, m.index, / from /.test(m[0])) || question(doc, m.index)) return false;
    // "Not back till September" is a teacher's summer too: a month alone needs the trip said.
    return !m[1] || shortDraftHas(doc, DESTINATION_ANY, SHORT_POST) || shortDraftHas(doc, STRONG, SHORT_POST) || HOLIDAY_EMOJI.test(doc.text);
  },
});

// The house left to others while we are gone, and days of holiday said by what they hold (issue 12):
// "Mum's having the dog while we're in Crete", "keep an eye on the house while we're away",
// "Two weeks of sun from Saturday", "camping in the Lakes all next week".
const LEFT_BEHIND = new RegExp(
  "\\b(?:(?:while|whilst|when) (?:we'?re|we are|i'?m|i am|we'?ll be|i'?ll be) (?:away|abroad|gone|off|on (?:holiday|hols)|in (?=[a-z]))|(?:while|whilst) (?:we|i) (?:go|fly|head|travel|jet|sail|drive|escape) (?:off |away |out |over |up |down )?(?:to|for) (?=[a-z])|keep(?:ing)? an eye on (?:the|our|my) (?:house|place|home|flat)|" +
    `(?:weeks?|fortnight|nights|days) of (?:sun|sunshine|sea|sand|skiing|cocktails|sangria|sunbathing|doing nothing|beach|pool)\\b|(?:camping|caravanning|glamping|walking holiday|cottage) (?:in|on|at|by) [a-z' -]{2,30}? (?:all |for |the whole )?(?:next|this) (?:week|weekend|${DAYS})|(?:camping|caravanning|glamping|caravan|static|cottage|lodge|cabin|tent|campervan|motorhome) (?:in|on|at|by|near) (?:the )?(?=[a-z])|staying (?:at|in) (?:a |an |the |our |my )?(?:[a-z]+ ){0,2}(?:cottage|caravan|villa|lodge|cabin|hotel|airbnb|apartment|chalet|yurt|tent|static|b&b) (?:in|on|at|by|near) (?=[a-z]))`,
  'y',
);
/** A start still to come: "from Saturday", "next week", "tomorrow". */
const AHEAD = new RegExp(`\\b(?:(?:from|starting|starts) (?:tomorrow|tonight|next|this|the \\d|\\d|${DAYS})|next (?:week|weekend|month|${DAYS})|this (?:weekend|${DAYS})|tomorrow|tonight|on (?:the )?\\d|on ${DAYS})\\b`);
const LEFT_BEHIND_AT = words('staying while whilst when keep keeping weeks week fortnight nights days camping caravanning glamping walking cottage caravan static lodge cabin tent campervan motorhome');
// In TRAVEL_DAYS's table: each table takes one of the lexicon's few bits.
TRAVEL_DAYS.add(LEFT_BEHIND, LEFT_BEHIND_AT, {
  // "lodge in the Lake District" holds no anchor after its first word, so the stays themselves are never weak.
  weak: words('staying while whilst when weeks week nights days'),
  // "While we're in Crete" waits for "we" (the tokeniser splits "we're"); the rest for what the days hold.
  anchors: words("away abroad gone holiday hols sun sunshine sea sand skiing cocktails sangria sunbathing doing beach pool we im caravan static cottage lodge cabin tent campervan motorhome"),
  keep: (m, doc) => {
    // "While we're in Crete" needs the place to be a holiday one, or the sentence to say days or flying.
    if (/ (?:in|to|for) $/.test(m[0]) && /^(?:while|whilst|when)/.test(m[0]) && !awayTrip(doc, m.index)) return false;
    // "Camping in the garden" is at home.
    if (/^(?:camping|tent)/.test(m[0]) && /^(?:the )?(?:back )?(?:garden|lounge|living room|front room|house|yard|bedroom)\b/.test(plainSlice(doc, m.index + m[0].length, reach(doc, m.index + m[0].length, 20)).toLowerCase())) return false;
    // "Caravan in Tenby all next week", "camping on the Gower from Monday": a stay away, with a time ahead.
    if (/ (?:in|on|at|by|near) (?:the )?$/.test(m[0]) && !/^(?:while|whilst|when)/.test(m[0])) {
      const has = (re: RegExp) => sentenceHas(doc, m.index, re) || shortDraftHas(doc, re, SHORT_POST);
      if (!(has(AHEAD) || has(STAY) || has(SOON_BREAK)) || question(doc, m.index)) return false;
    }
    if (/ of /.test(m[0]) && !sentenceHas(doc, m.index, AHEAD)) return false;
    return ownTrip(doc, m.index) && !sentenceHas(doc, m.index, NOT_TRAVEL);
  },
});

// Holidays said by what they hold or how one leaves, with no place named (issue 12): "Sunbeds,
// cocktails and zero marking for 10 days from tomorrow", "taxi's coming at 4am", "check-in opens at 5".
const HOLIDAY_THING = /\b(?:sunbeds?|sun loungers?|cocktails|sangria|villa|chalet|ski(?:ing)? (?:trip|holiday)|holiday mode|(?:weeks?|days|nights|fortnight) in the sun|(?:taxi|cab|uber|airport transfer|airport run|lift to the airport)(?:'s| is)? (?:comes? |coming |booked |picking us up |picks us up |arrives |arriving |due )?(?:at|for) \d{1,2}(?:[.:]\d\d)? ?(?:am)?|check-?in (?:opens|closes) at|leaving the house at \d{1,2}(?:[.:]\d\d)?(?! ?pm)|zero marking)\b/y;
const HOLIDAY_THING_AT = words('sunbed sunbeds sun cocktails sangria villa chalet ski skiing holiday weeks week days nights fortnight taxi cab uber airport lift check checkin leaving zero');
TRAVEL_DAYS.add(HOLIDAY_THING, HOLIDAY_THING_AT, {
  weak: words('sun holiday weeks week days nights fortnight leaving zero check airport lift'),
  anchors: words('loungers lounger mode sun opens closes house marking transfer run airport'),
  keep: (m, doc) => {
    if (!ownTrip(doc, m.index) || sentenceHas(doc, m.index, NOT_TRAVEL) || question(doc, m.index)) return false;
    // A taxi, a check-in or leaving at dawn is a trip already; sunbeds and villas need a time ahead.
    if (/^(?:check|leaving)/.test(m[0])) return true;
    // A cab before dawn is the airport run; later in the day it takes a holiday word or a flight.
    if (/^(?:taxi|cab|uber|airport|lift)/.test(m[0])) {
      const hour = /(\d{1,2})(?:[.:]\d\d)? ?(am)?$/.exec(m[0]);
      return (!!hour && (!!hour[2] || Number(hour[1]) <= 5)) || /airport/.test(m[0]) || awayTrip(doc, m.index, false);
    }
    const has = (re: RegExp) => sentenceHas(doc, m.index, re) || shortDraftHas(doc, re, SHORT_POST);
    return has(AHEAD) || has(STAY) || has(EXCITED);
  },
});

// Short breaks, said by their kind rather than "holiday" (issue 12): "weekend away in the Cotswolds from
// Friday", "mini break to York this weekend", "staycation in St Ives next week", "away with work in
// Glasgow Monday to Thursday", "girls' trip to Dublin from Thursday", "half term in Center Parcs".
const SHORT_BREAK = /\b(?:weekend away|(?:a )?(?:mini|city|romantic|spa|weekend) break|staycation|away with work|(?:girls|lads|boys|friends)'? (?:trip|weekend|holiday|getaway|night away)|long weekend (?:in|at|away)|half term (?:in|at) (?=[a-z]))/y;
TRAVEL_DAYS.add(SHORT_BREAK, words('weekend mini city romantic spa staycation away girls lads boys friends long half'), {
  // Common first words wait for the word that makes a break of them: "weekend away", "city break", "half term".
  weak: words('weekend away long half spa city'),
  anchors: words('away break staycation work term weekend'),
  keep: (m, doc) => {
    if (!ownTrip(doc, m.index) || sentenceHas(doc, m.index, NOT_TRAVEL) || question(doc, m.index) || shortDraftHas(doc, STAYING_IN, SHORT_POST) || sentenceHas(doc, m.index, STAYING_IN)) return false;
    // "Half term in …": only with a capitalised place.
    if (/ (?:in|at) $/.test(m[0]) && !capAt(doc, m.index + m[0].length)) return false;
    const has = (re: RegExp) => sentenceHas(doc, m.index, re) || shortDraftHas(doc, re, SHORT_POST);
    return has(AHEAD) || has(EXCITED) || has(SOON_BREAK);
  },
});
/** A time ahead said the ways short breaks are: "this weekend", "next week", "leaving Friday", "Monday to Thursday". */
const SOON_BREAK = new RegExp(`\\b(?:this weekend|next (?:week|weekend|month)|leaving ${DAYS}|${DAYS} to ${DAYS}|from ${DAYS}|on the \\d{1,2}(?:st|nd|rd|th)|tomorrow|tonight|can'?t wait|counting the days)\\b`);

// The home looked after while we are gone (issue 12's home-empty cues, by kind): the milk and papers
// stopped, the pets and plants seen to by someone else, the house left empty, lights on timers, a
// sitter. "Somebody remind me to cancel the milk, we're off Thursday", "Leaving our little house on
// Clos Ceirios empty for a fortnight", "Mam's having the dog while we go to Benidorm".
const HOME_CARE = new RegExp(
  '\\b(?:(?:cancel(?:led|ling)?|stop(?:ped|ping)?) the (?:milk|papers?|newspapers?|post|deliver(?:y|ies)|veg box)|' +
    '(?:lock(?:ing)? up|locked up) (?:the|our|my) (?:house|home|flat|place)|(?:milk|papers?|newspapers?) (?:cancelled|stopped)|timer switches (?:set|on)|(?:leaving|left|leave) the (?:porch |landing |hall )?(?:lights?|radio) on|' +
    '(?:feed(?:s|ing)?|water(?:s|ing)?|check(?:s|ing)? on|pop(?:s|ping)? in (?:to|on)|looking after|minding|having|taking) (?:the|our|my|two|three|\\d) (?:cats?|dogs?|fish|plants|tomatoes|garden|greenhouse|hanging baskets|veg|house|rabbits?|chickens|hamsters?|guinea pigs|tortoise|budgie|pets?|kitten|puppy|post|bins)|' +
    '(?:leav(?:e|ing)|left) (?:the |our |my )?(?:[a-z]+ ){0,2}(?:house|home|flat|place|cottage|bungalow)(?: [a-z\' -]{1,30}?)? (?:empty|unoccupied|unattended)|' +
    '(?:holding|hold|left|leaving|leave|has got|have got|has|have|having|got) (?:the|our|my) (?:spare )?keys?|lights? on (?:a )?timers?|timer (?:switch(?:es)?|plugs?) (?:on|set)|(?:house|dog|pet|cat)[- ]?sit(?:ting|ter|ters)?)\\b',
  'y',
);
const HOME_CARE_AT = words('milk papers paper newspaper newspapers timer lock locking locked has have having got holding hold cancel cancelled cancelling stop stopped stopping feed feeds feeding water waters watering check checks checking pop pops popping looking minding having taking leave leaving left light lights timer house dog pet cat housesitter housesitting dogsitter petsitter catsitter');
const AT_WORK = /\b(?:(?:we'?re|i'?m|we are|i am) at work|at work|during the day|school run|yn y gwaith|yn gwaith|yn yr ysgol)\b/;
/** Being gone said elsewhere in the sentence or the short post, without which a fed cat is just a fed cat. */
const GONE = /\b(?:(?:we'?re|we are|i'?m|i am) gone|half term|all (?:week|summer|weekend)|away|abroad|while (?:we|i)|whilst (?:we|i)|when (?:we'?re|i'?m) (?:away|gone|off)|(?:we'?re|i'?m|we are|i am) off|holiday|hols|wyliau|fortnight|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:weeks?|nights|days)|for the week|flight|fly|flying|airport|cruise|villa|empty)\b/;
TRAVEL_DAYS.add(HOME_CARE, HOME_CARE_AT, {
  weak: words('lock locking locked has have having got holding hold stop stopped stopping check checks checking pop pops popping looking minding having taking leave leaving left light lights timer house dog pet cat water waters watering feed feeds feeding'),
  anchors: words('up on lights light radio tomatoes garden greenhouse hanging baskets veg keys key milk papers paper newspaper newspapers post delivery deliveries veg cat cats dog dogs fish plants house rabbit rabbits chickens hamster hamsters guinea tortoise budgie pet pets kitten puppy bins empty unoccupied unattended timer timers switch switches plug plugs sit sitting sitter sitters'),
  reach: 56,
  keep: (m, doc) => {
    if (!ownTrip(doc, m.index) || question(doc, m.index) || sentenceHas(doc, m.index, NOT_TRAVEL)) return false;
    if (/(?:empty|unoccupied|unattended)$/.test(m[0])) return true;
    // "Water the plants while we're at work": gone for the day.
    if (sentenceHas(doc, m.index, AT_WORK)) return false;
    return sentenceHas(doc, m.index, GONE) || shortDraftHas(doc, GONE, SHORT_POST);
  },
});

// Empty homes said in Welsh (issue 12's Welsh drafts): the house empty ("tŷ gwag", "a'r tŷ'n wag"),
// "while we're in" ("tra bo ni yn Sbaen"), leaving the house, the airport, a flight, a cruise, a taxi
// booked, "here we come" ("Cyprus, dyma ni"), "we're going to" ("dwi'n mynd i Gaeredin … o ddydd
// Gwener tan ddydd Llun"), "we're in" a holiday place ("Ni yn Seland Newydd", "Rydan ni yn Iwerddon").
const WELSH_AWAY = /\b(?:(?:wythnos|pythefnos|bythefnos|penwythnos|\d{1,2} (?:noson|diwrnod|niwrnod)) (?:yn|ym|yng) (?=[a-z])|neb (?:yn y t[yŷ]|adre|adref|gartre|gartref)|(?:newydd|wedi) (?:lanio|glanio)|t[yŷ](?:'n| yn)? wag|tra (?:bo|bod|dan|dyn|ydan|ydyn|byddwn|fyddwn) ni|gadael y t[yŷ]|[mf]aes awyr|ffleit(?:iau)?|awyren|mordaith|cwch (?:i|o)|tacsi|dyma ni|(?:ni|dwi|dw i|rydan ni|rydyn ni|ry'n ni|dan ni)(?:'n| yn) (?:mynd|hedfan|gadael|teithio|dal y) (?:i|am|o)|(?:ni|dwi|dw i|rydan ni|rydyn ni|ry'n ni|dan ni|byddwn ni|fyddwn ni)(?:'n| yn)? (?:i ffwrdd|bant|ar wyliau)\b|(?<=(?:^|[\n.!?] *))(?:mynd|bant|hedfan) (?:i|am) (?=[a-z'])|(?:ni|rydan ni|rydyn ni|ry'n ni|dan ni) yn (?=[a-z]))/y;
const WELSH_AWAY_AT = words('wythnos pythefnos bythefnos penwythnos neb newydd wedi ty tŷ tra gadael maes faes ffleit ffleitiau awyren mordaith cwch tacsi dyma ni dwi dw rydan rydyn ry dan byddwn fyddwn mynd bant hedfan');
/** A time to come in Welsh, or a stay of nights or a week. */
const WELSH_SOON = /\b(?:fory|yfory|heno|nesa|nesaf|bore|nos|dydd|ddydd|tan|o ddydd|hanner tymor|wythnos|noson|noswaith|pythefnos|bythefnos|\d{1,2}(?:af|il|ydd|edd|fed|ed|eg|ain)|(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|am \d|\d{1,2}(?:[.:]\d\d)? ?(?:am|pm|y bore))\b/;
/** Other people going, or the past, in Welsh. */
const WELSH_NOT_OURS = /\b(?:ddoe|llynedd|wedi bod|roedd|roedden|roeddwn|oedd|bues|buon|buom|aethon|aethom|yn s[aâ]l|o'r gwaith|nol adr[ae]|(?:fy|ei|eu) (?:merch|mab|gwr|ngwr|chwaer|mrawd|mam|nhad|rhieni)|mam a dad|maen nhw|mae hi|mae o|mae e)\b/;
TRAVEL_DAYS.add(WELSH_AWAY, WELSH_AWAY_AT, {
  weak: words('ni dwi dw rydan rydyn ry dan tra cwch neb newydd wedi'),
  anchors: words('lanio glanio adre adref gartre gartref mynd hedfan gadael teithio dal yn bo bod dyn ydan ydyn byddwn fyddwn i o'),
  keep: (m, doc) => {
    const has = (re: RegExp) => sentenceHas(doc, m.index, re) || shortDraftHas(doc, re, SHORT_POST);
    if (sentenceHas(doc, m.index, WELSH_NOT_OURS) || question(doc, m.index)) return false;
    // The house empty is one already; the rest needs a time or a stay, and "we're in" a holiday place.
    if (/wag$/.test(m[0])) return true;
    // "Dw i'n mynd i gysgu am wythnos": going to do something, not going somewhere.
    const after = m.index + m[0].length + 1;
    // A post opening on "Mynd i …" needs a place after it: "Mynd i noson rieni heno" is an evening out.
    if (/^(?:mynd|bant|hedfan) (?:i|am) $/.test(m[0]) && !capAt(doc, m.index + m[0].length) && !/^(?:'r )?(?:garafan|maes awyr|faes awyr|gwesty|wyliau|gwyliau)\b/.test(plainSlice(doc, m.index + m[0].length, reach(doc, m.index + m[0].length, 20)).toLowerCase()) && !DESTINATION_ANY.test(plainSlice(doc, m.index + m[0].length, reach(doc, m.index + m[0].length, 30)).toLowerCase())) return false;
    if (/mynd (?:i|am)$/.test(m[0]) && !capAt(doc, after) && !DESTINATION_ANY.test(plainSlice(doc, after, reach(doc, after, 30)).toLowerCase())) return false;
    if (/ (?:yn|ym|yng) $/.test(m[0])) return sentenceHas(doc, m.index, DESTINATION_ANY) && has(WELSH_SOON);
    return has(WELSH_SOON) || has(DESTINATION_ANY) || HOLIDAY_EMOJI.test(doc.text);
  },
});

/** The home itself said empty or minded (EMPTY's own words). */
const HOME_LEFT = /empty|unoccupied|unattended|sitter/i;
/** A school team on tour: the trip rule's. */
const SCHOOL_TEAM = /\b(?:\d{1,3} (?:children|kids|pupils|students)|(?:mynd|fynd) (?:â|a) (?:[a-z]+ )?(?:bl|blwyddyn|flwyddyn|dosbarth|disgyblion|plant)\b|(?:\d{1,3}|deg|ugain|tri deg) o blant|(?:ski|school|sixth form|year \d{1,2}) (?:group|trip)|residential|under \d{1,2}s|u\d{1,2}s?|squad|tour|fixture)\b/;
/** An arrow or a plane, without which there is no route: four native searches, three times faster than one RegExp with the same four. */
const routeMark = (t: string): boolean => t.includes('->') || t.includes('\u2192') || t.includes('\u27a1') || t.includes('\u2708');
// A route from a UK airport, as on a boarding pass: "MAN → PMI", "BRS to FAO", "CWL ✈️ ALC".
const ROUTE = /\b(?:MAN|LGW|LHR|STN|LTN|LCY|SEN|BRS|CWL|BHX|EMA|NCL|LBA|LPL|EDI|GLA|PIK|ABZ|INV|BFS|BHD|EXT|SOU|BOH|NWI|DSA|MME|HUY|NQY|JER|GCI|IOM)\s?(?:\u2192|->|\u27a1\ufe0f?|\u2708\ufe0f?|to)\s?[A-Z]{3}\b/g;

/**
 * A flight number, as typed from a booking (session 9): "EZY6123 to Faro at 6.40 tomorrow", "FR 1882
 * Cardiff to Alicante, gate opens in 20 mins". The airlines that fly from UK airports, in capitals, with a
 * destination or "to <Place>" and a time to come or the airport's own words; read only in a draft with digits.
 */
const FLIGHT_NO = /\b(?:EZY|EJU|U2|FR|RYR|BA|BAW|LS|EXS|TOM|BY|W6|WZZ|VS|EI|EIN|AER|TCX|KL|AF|LH|EK|QR|TK|VY|IB|TP|DY)\s?\d{3,4}\b/g;
const FLIGHT_TO = /\bto [A-Z][a-z]/;
const FLIGHT_NOW = /\b(?:gate|boarding|board|departs?|departing|check-?in|delayed|on time|now)\b/;
function flightNumber(doc: Doc, report: Report): void {
  FLIGHT_NO.lastIndex = 0;
  for (let m = FLIGHT_NO.exec(doc.text); m; m = FLIGHT_NO.exec(doc.text)) {
    const i = m.index;
    const [a, b] = sentenceAround(doc.text, i);
    if (!(sentenceHas(doc, i, DESTINATION_ANY) || FLIGHT_TO.test(plainSlice(doc, a, b)))) continue;
    if (!(sentenceHas(doc, i, SOON) || sentenceHas(doc, i, FLIGHT_NOW)) || !ownTrip(doc, i) || question(doc, i)) continue;
    report(i, i + m[0].length);
    return;
  }
}

/*
 * The home empty, told by what is arranged for it or by the going itself, read over a sentence by word
 * classes (session 7): someone asked to look after the home or the pets on dates ("can someone feed
 * the fish Thurs to Mon", "bwydo'r pysgod o ddydd Sadwrn tan y 12fed", "hold everything from the 6th
 * till the 20th"), the house said dark, quiet, empty or locked up while we go, a countdown to going
 * ("48 hours till wheels up", "DAYS until Australia: 5", "#10DaysToGo"), or landing somewhere to stay
 * ("Just landed in Malaga", "Newydd lanio yn Alicante"). Not someone else's home or trip, not the past.
 */
const CARE =
  /\b(?:feed(?:ing)?|water(?:ing)?|bwydo|fwydo|check(?:ing)? on|keep(?:ing)? an eye on|look(?:ing)? after|grab(?:bing)?|collect(?:ing)?|tak(?:e|ing) in|put(?:ting)? (?:out|in)|casglu|nôl|edrych ar ôl|cadw llygad ar|put (?:the |our )?bins (?:out|in))(?: (?:the |our |my |'?r |y |ein |yr )?|'r )(?:cats?|dogs?|fish|goldfish|rabbits?|guinea pigs?|hamster|chickens|hens|ieir|pysgod|gath|cath|ci|cŵn|plants|planhigion|post|parcels?|mail|bins|biniau|house|tŷ|number \d{1,3}|ours|place)\b|\b(?:hold (?:all )?(?:our |the |my )?(?:post|mail|everything)|milk cancelled|cancel(?:led)? the milk)\b/;
const HOUSE_SAID =
  /\b(?:(?:house|home|flat|place|tŷ|ty)(?:'s| is| will be|'ll be| 'n| yn)? (?:(?:so|very|all|going to be) )?(?:dark|quiet|cold|empty|gwag|ar glo|locked up)|don'?t burgle|(?:we are|we'?re) gone|it'?s not us|if you see (?:anyone|someone|lights?) (?:at|round|in) ours|(?:don'?t|won'?t|not) (?:get |be )?back (?:till|until|til))\b/;
/** "Not going to be around from tomorrow till Monday": gone for days (an evening is not, so no SOON). */
const NOT_AROUND = /\b(?:not|won'?t|will not) (?:going to |gonna )?be (?:around|about|contactable|reachable)\b/g;
const NOT_AROUND_GATE = new WordGate(words('around about contactable reachable'));
/** The day of coming back, for a trip said in the post: "Dover for the 10am ferry…, back on the 24th". */
const BACK_ON = /\bback (?:on )?the \d{1,2}(?:st|nd|rd|th)\b/;
/** Waiting to fly: "departure board says 06:15 to Palma", "bag drop done at Cardiff airport, hello Portugal". */
const DEPART = /\b(?:departure board|departures|bag drop|check-in desk|boarding gate|gate \d{1,3}|(?:\d{1,2}[.:]\d\d|\d{1,2} ?(?:am|pm)) departure)\b/;
/** A stay with its dates: "we'll be at the in-laws in Aberdeen, 22nd to the 29th". */
const STAY_AT = /\b(?:we'?ll be|we will be|i'?ll be|we'?re staying|staying) (?:at|in|with|up|down)\b/;
const DATE_RANGE = /\b\d{1,2}(?:st|nd|rd|th)? ?(?:-|\u2013|to|till|until) ?(?:the )?\d{1,2}(?:st|nd|rd|th)\b/;
/** Going somewhere, strongly enough for a countdown: "payday" is no trip. */
const TRIP_CUE = /\b(?:fly|flying|flight|holiday|hols|wheels up|airport|ferry|cruise|abroad|packing|packed|(?:suit)?cases|suitcase|passports?|villa|caravan|trip|gwyliau|wyliau|hedfan)\b|[\u2708\u{1f6eb}\u{1f9f3}\u{1f334}\u{1f3dd}\u{1f3d6}\u26f1]/u;
const COUNTDOWN =
  /\b(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen) (?:more )?(?:days?|sleeps?|hours?|nights?|noson(?: o gwsg)?|diwrnod|awr) (?:till|until|to go|tan|nes)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:more )?sleeps?(?= ?[!.,]|$)|t[- ]?minus|days? (?:until|till|to go)|cyfri lawr|counting down)\b|#\d{1,2}(?:days?|sleeps?|weeks?)(?:togo|left)\b/;
const LANDED = /\b(?:just landed|landed|touched down|newydd lanio|wedi glanio|wedi cyrraedd) (?:in|at|yn|ym|yng) (?=\p{L})/u;
/** A span of days to come: "Thurs-Sun", "Saturday to Tuesday", "from the 4th", "while we're away", "tan y 12fed". */
const DAYS_SPAN =
  /\b(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)? ?(?:-|\u2013|to|till|until|tan|i) ?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|ddydd|dydd)|between [a-z0-9 ]{2,20} and|while (?:we'?re|we are|i'?m|i am) (?:away|in|at|off|on)|tra (?:bod )?(?:ni|fi)|tan (?:y |dydd |ddydd )|rhwng (?:dydd |ddydd )?[a-z]+ (?:a|ac) |from the \d{1,2}|o ddydd|for the next \d{1,2}|all (?:of )?next week|next week|over (?:half term|christmas|easter|the holidays))\b/;
const CARE_GATE = new WordGate(words('feed feeding water watering bwydo fwydo check checking keep keeping look looking grab grabbing collect collecting take taking put putting casglu nôl edrych cadw hold milk cancel cancelled'));
const HOUSE_GATE = new WordGate(words('house home flat place tŷ ty burgle gone ours'));
const COUNT_GATE = new WordGate(words('day days sleep sleeps hour hours night nights noson diwrnod awr minus countdown cyfri counting'));
const LAND_GATE = new WordGate(words('landed touched lanio glanio cyrraedd'));
const DEPART_GATE = new WordGate(words('departure departures bag gate boarding'));
const CARE_G = new RegExp(CARE.source, 'g');
const HOUSE_G = new RegExp(HOUSE_SAID.source, 'g');
const COUNT_G = new RegExp(COUNTDOWN.source, 'g');
const DEPART_G = new RegExp(DEPART.source, 'g');
const STAY_AT_G = new RegExp(STAY_AT.source, 'g');
const BACK_ON_G = new RegExp(BACK_ON.source, 'g');
const LANDED_G = new RegExp(LANDED.source, 'gu');
function awayWhen(doc: Doc, report: Report, lower: () => string): void {
  const { text } = doc;
  const digits = /\d/.test(text);
  // Each class is read only when a word it needs is in the draft (the tokeniser marks them).
  const care = CARE_GATE.in(doc), house = HOUSE_GATE.in(doc) || text.includes(' back til') || text.includes(' back unt'), count = COUNT_GATE.in(doc) || (text.includes('#') && /#\d/.test(text)), land = LAND_GATE.in(doc), depart = DEPART_GATE.in(doc);
  // A stay with its dates needs digits, not a gate word ("we'll be at the in-laws, 22nd to the 29th").
  const dated = digits && shortDraftHas(doc, DATE_RANGE, SHORT_POST) && shortDraftHas(doc, STAY_AT, SHORT_POST);
  const backOn = digits && text.includes('back');
  const notAround = NOT_AROUND_GATE.in(doc);
  if (!care && !house && !count && !land && !depart && !dated && !backOn && !notAround) return;
  // A long draft is read only where it is short enough to be one post's worth (the classes are a short post's signs).
  if (visibleLength(doc) > SHORT_POST * 4) return;
  // A soft hyphen or zero-width space pasted inside a word ("l\u00adanded") must not hide it: the
  // classes read the draft without them (regex.ts's dropVanishing), and `at` maps back to the draft.
  const block = dropVanishing(lower(), 0, (doc.chars & SEEN_VANISH) !== 0);
  const low = block.s;
  const map = block.at;
  const at = map ? (k: number) => map[k]! : (k: number) => k;
  const endAt = (k: number) => (k > 0 ? at(k - 1) + 1 : at(0));
  const seen = new Set<number>();
  const tryAt = (g: RegExp, needTime: boolean) => {
    g.lastIndex = 0;
    for (let m = g.exec(low); m; m = g.exec(low)) {
      if (!m[0]) { g.lastIndex++; continue; }
      const i = at(m.index);
      const [a] = sentenceAround(text, i);
      if (seen.has(a)) continue;
      const has = (r: RegExp) => sentenceHas(doc, i, r) || shortDraftHas(doc, r, SHORT_POST);
      if (needTime && !(has(SOON) || has(STAY) || has(DAYS_SPAN))) continue;
      // "Mam-gu yn bwydo'r gath tra bod fi yn y gwaith": gone for the working day.
      if (g === CARE_G && sentenceHas(doc, i, AT_WORK)) continue;
      if (!ownTrip(doc, i) || sentenceHas(doc, i, /\b(?:their|his|her|neighbours?'?)\b/) || (g !== CARE_G && g !== HOUSE_G && pupilsGo(doc, i)) || sentenceHas(doc, i, NOT_AWAY) || question(doc, i)) continue;
      seen.add(a);
      report(i, endAt(m.index + m[0].length));
    }
  };
  if (dated) tryAt(STAY_AT_G, false);
  if (notAround && (shortDraftHas(doc, DAYS_SPAN, SHORT_POST) || shortDraftHas(doc, DATE_SPAN, SHORT_POST) || shortDraftHas(doc, STAY, SHORT_POST))) tryAt(NOT_AROUND, false);
  if (care) tryAt(CARE_G, true);
  if (house) tryAt(HOUSE_G, true);
  const trip = () => shortDraftHas(doc, DESTINATION_ANY, SHORT_POST) || shortDraftHas(doc, TRIP_CUE, SHORT_POST);
  // A countdown is to going somewhere: a destination, a travel word or a holiday emoji in the post.
  if (count && shortDraftHas(doc, COUNTDOWN, SHORT_POST) && trip()) tryAt(COUNT_G, false);
  if (depart && shortDraftHas(doc, DEPART, SHORT_POST) && shortDraftHas(doc, DESTINATION_ANY, SHORT_POST)) tryAt(DEPART_G, false);
  if (digits && text.includes('back') && shortDraftHas(doc, BACK_ON, SHORT_POST) && trip()) tryAt(BACK_ON_G, false);
  if (land) {
    LANDED_G.lastIndex = 0;
    for (let m = LANDED_G.exec(low); m; m = LANDED_G.exec(low)) {
      const end = m.index + m[0].length;
      DESTINATION_RE.lastIndex = end;
      const d = DESTINATION_RE.exec(low);
      if (!d || !ownTrip(doc, at(m.index)) || /'s\s*$|\b(?:he|she|they)\s*$/.test(low.slice(Math.max(0, m.index - 12), m.index))) continue;
      report(at(m.index), endAt(end + d[0].length));
    }
  }
}

/**
 * The empty home in Welsh said without "i ffwrdd" or "gwyliau" (session 9): on the way to a ferry or a
 * place, leaving for one, the caravan or car packed, the house locked, a flight: "Yn y cwch ar y ffordd i
 * Rosslare nawr… Nôl dydd Sul nesa", "gadael am Sir Benfro bore fory am bythefnos", "Tŷ wedi cloi". A stay or
 * a time to come must be said, and a ferry, a flight, a caravan or a capitalised place ("ar y ffordd i'r
 * ysgol" is the school run). Not someone else's trip, not one that is over.
 */
const WELSH_GATE = new WordGate(words('ffordd gadael bant pacio fflight fflyt ffleit llong mordaith fferi cloi glo garafan carafan'));
const WELSH_LEAVE = /\b(?:ar y ffordd i(?:'r)? |gadael am (?:y |yr )?|bant i(?:'r)? |i ffwrdd i(?:'r)? |pacio'?r (?:garafan|car|bagiau|cesys|ces)\b|ff?l(?:igh|y)t\b|ffleit\b|llong fordaith|mordaith|fferi (?:i|o|am)\b|t[ŷy](?:'n| yn)? (?:wedi cloi|ar glo|dan glo)\b)/g;
const WELSH_STAY = /\b(?:wythnos|bythefnos|pythefnos|penwythnos|(?:\d{1,2}|dwy|tair|pedair|pum|chwe|saith|wyth|naw|deg) (?:noson|diwrnod|niwrnod)|n[ôo]l (?:dydd|ddydd|nos)|tan (?:y |dydd |ddydd )|o ddydd|fory|yfory|heno|nos [a-z]+)\b/;
const WELSH_STRONG = /\b(?:cwch|llong|fferi|mordaith|ff?l(?:igh|y)t|ffleit|maes awyr|faes awyr|garafan|carafan|gwesty|cesys|bagiau|t[ŷy](?:'n| yn)? (?:wedi cloi|ar glo|dan glo))\b/;
/** "ar y ffordd i'r ysgol", "gadael am y gwaith": the day's own places. */
/** Pupils, a class or a school bus in Welsh, and the Urdd's camps. */
const WELSH_PUPILS = /\b(?:plant|disgyblion|dosbarth|bl ?\d|[bf]lwyddyn ?\d|ysgol|bws|bysiau|urdd|llangrannog|glan[- ]llyn)\b/;
const WELSH_DAY_PLACE = /^(?:'r |y |yr )?(?:ysgol|gwaith|swyddfa|siop|siopa|dre|dref|gampfa|gym|meddyg|ysbyty|capel|eglwys|parc|tŷ|ty)\b/;
function welshAway(doc: Doc, report: Report, lower: () => string): void {
  if (!WELSH_GATE.in(doc) || visibleLength(doc) > SHORT_POST * 4) return;
  const low = lower();
  if (low.length !== doc.text.length) return;
  const has = (i: number, re: RegExp) => sentenceHas(doc, i, re) || shortDraftHas(doc, re, SHORT_POST);
  WELSH_LEAVE.lastIndex = 0;
  for (let m = WELSH_LEAVE.exec(low); m; m = WELSH_LEAVE.exec(low)) {
    const i = m.index, end = i + m[0].length;
    if (!has(i, WELSH_STAY)) continue;
    if (m[0].endsWith(' ')) {
      if (WELSH_DAY_PLACE.test(low.slice(end, end + 12))) continue;
      if (!capAt(doc, end) && !has(i, WELSH_STRONG)) continue;
    }
    if (sentenceHas(doc, i, WELSH_NOT_OURS) || sentenceHas(doc, i, WELSH_OTHERS) || !ownTrip(doc, i) || question(doc, i)) continue;
    // A school's bus or pupils on the way: the trip rule's ("Ni ar y ffordd i Langrannog!!! Bws yn llawn canu").
    if (pupilsGo(doc, i) || shortDraftHas(doc, SCHOOL_TEAM, SHORT_POST) || shortDraftHas(doc, WELSH_PUPILS, SHORT_POST)) continue;
    report(i, m[0].endsWith(' ') ? end - 1 : end);
    return;
  }
}

/**
 * A post that is only a count and holiday emoji (session 8): "🌴✈️ 5 days!!!", "2 sleeps!!! 🌴",
 * "✈️🌞 2 weeks. bye." Nothing else is said, so the count is to going; "5 days till payday 🙏" says more.
 */
const COUNT_ONLY = /^\W*(?:only |just )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:more )?(?:days?|sleeps?|weeks?|nights?)(?: to go| left)?\W*(?:(?:bye|byee+|ta-?ra|yay|woo+|eek|omg)\W*)*$/diu;
function countOnly(doc: Doc, report: Report): void {
  const { text } = doc;
  if (text.length > 60 || !HOLIDAY_EMOJI.test(text)) return;
  // Read on the draft itself, ignoring case, so the count's span is the match's own: searching the
  // lower-cased draft for the count's words again found the wrong place when lower-casing changed the
  // draft's length ("İ") or the same word came earlier.
  const m = COUNT_ONLY.exec(text);
  if (!m) return;
  const [a, b] = m.indices![1]!;
  report(a, b);
}
/**
 * Staying at a relative's home somewhere, with the days (session 8): "at my sister's in Aberdeen from the
 * 20th to the 2nd", "at the in-laws in Devon for the whole of half term", "to my brother's in Leeds,
 * staying till New Year". Someone else's stay ("my mum's in Cork till Friday") has no "at", "to" or "with" before.
 */
const RELATIVE_GATE = new WordGate(words('mum mam mom dad parents sister brother nan nain gran grandparents auntie aunt uncle cousin daughter son in-laws laws inlaws folks'));
const RELATIVE_STAY = /\b(?:at|to|with|for) (?:my |our |the )?(?:mum|mam|mom|dad|parents|sister|brother|nan|nain|gran|grandparents|auntie|aunt|uncle|cousin|daughter|son|in-laws|inlaws|folks)(?:'s|s'|')? (?:place |house )?(?:(?:up|down|over|out) )?in (?=[a-z])/g;
const RELATIVE_TIME = new RegExp(`${DATE_SPAN.source}|${STAY.source}|\\bstaying (?:till|until|over)\\b|\\bfrom [a-z' ]{2,20}? (?:to|till|until|til) (?=[a-z0-9])|\\b(?:till|until|til) (?:the \\d|\\d{1,2}(?:st|nd|rd|th)|new year|christmas|boxing day|easter|${DAYS})|\\b(?:back|home) (?:on )?(?:the )?(?:\\d|${DAYS})|${DAYS_SPAN.source}`);
function relativeStay(doc: Doc, report: Report, lower: () => string): void {
  if (!RELATIVE_GATE.in(doc) || visibleLength(doc) > SHORT_POST * 4) return;
  const low = lower();
  // Offsets are the draft's own only when lower-casing kept its length (it does for the words read here).
  if (low.length !== doc.text.length) return;
  RELATIVE_STAY.lastIndex = 0;
  for (let m = RELATIVE_STAY.exec(low); m; m = RELATIVE_STAY.exec(low)) {
    const i = m.index, end = i + m[0].length;
    if (!capAt(doc, end)) continue;
    if (!(sentenceHas(doc, i, RELATIVE_TIME) || shortDraftHas(doc, RELATIVE_TIME, SHORT_POST))) continue;
    if (!ownTrip(doc, i) || question(doc, i) || sentenceHas(doc, i, NOT_TRAVEL)) continue;
    const place = /^[\p{L}'-]+/u.exec(doc.text.slice(end));
    report(i, end + (place ? place[0].length : 0));
    return;
  }
}

export const create: RuleCreate = () => (doc, report) => {
  // Arrows and planes are rare, so a route is only looked for where one is.
  const { text } = doc;
  if (routeMark(text)) reportAll(ROUTE, doc, report);
  // A flight number needs its digits; most drafts have none near a capital airline code.
  if (/\d\d\d/.test(text)) flightNumber(doc, report);
  // "Year 6 off to Kingswood on Monday" is pupils on a trip (the trip rule), not an empty house.
  const notPupils: Report = (a, b) => {
    if (!pupilsGo(doc, a) && (!sentenceHas(doc, a, SCHOOL_TEAM) || sentenceHas(doc, a, OURS)) && !shortDraftHas(doc, SCHOOL_TEAM, SHORT_POST)) report(a, b);
  };
  GOING.run(doc, notPupils);
  TRAVEL_DAYS.run(doc, notPupils);
  // A school team's tour or fixture in a short post is the trip rule's, unless the poster is going too.
  AT_HOME.run(doc, (a, b) => {
    // The house said empty or left to a sitter is the poster's own, whoever they travel with (session 9).
    if (!shortDraftHas(doc, SCHOOL_TEAM, SHORT_POST) || sentenceHas(doc, a, OURS) || HOME_LEFT.test(plainSlice(doc, a, b))) report(a, b);
  });
  // The draft lower-cased with curly apostrophes straightened, made once per scan and only when a reader needs it.
  let low: string | undefined;
  const lower = () => (low ??= text.toLowerCase().replace(/\u2019/g, "'"));
  awayWhen(doc, report, lower);
  countOnly(doc, report);
  relativeStay(doc, report, lower);
  welshAway(doc, report, lower);
};
