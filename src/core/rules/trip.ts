import { PUPIL_GROUP as GROUP } from '../groups';
import { VANISHING } from '../normalise';
import { DESTINATION_ANY } from '../places';
import { capAt, dropVanishing, oncePerSentence, plainSlice, reach, sentenceAround, sentenceHas, shortDraftHas, Triggers, WordGate, words } from '../regex';
import { SEEN_VANISH } from '../doc';
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
  reads: ['school', 'pupil'],
};

// Always about pupils.
const DIRECT =
  /\b(?:school ?trips?|class ?trips?|field ?trips?|trip(?:iau)? ysgol|gwibdaith|gwibdeithiau|school visits?|educational visits?|year group trip|residential(?! (?:street|streets|area|areas|road|roads|care|home|homes|property|properties|address|parking|neighbourhood|estate|development|lettings?|mortgage|building|zone))|pgl|kingswood|robinwood|bushcraft trip|forest school trip)\b/y;
// About pupils only when the same sentence mentions a class or year group.
const OUTING =
  /\b(?:trips?|outing|excursion|day out|visit(?:ing|ed)? (?:to )?the|visit to|on the coach|coach (?:leaves|trip|journey)|zoo|museum|farm|aquarium|sea life|safari park|castle|cathedral|science (?:centre|museum)|planetarium|theatre|panto|pantomime|gallery|seaside|beach|outdoor centre|climbing wall|bowling|cinema)\b/y;

// "Year 6 are at the Tower of London today": a year group somewhere, at a time.
const GROUP_OUT =
  /\b(?:(?:year|yr|y) ?\d{1,2}s?|class \d{1,2}|my class|our class|reception) (?:are|were|is|will be|went|go|going|head|heading|off)(?: off)? (?:to(?! (?:love|like|be|have|need|get|make|enjoy|learn|do|hate|want|see|find|start|finish|try|eat|wear|bring|sit|work|write|read|practise|practice|miss|struggle|pass|fail|win|lose)\b)|at|on|visiting)\b/y;
// Pupils' whereabouts without the word "trip" (issue 12): a year group, class, team, squad or choir
// going somewhere at a time; taking a class somewhere; coaches and departure times; fixtures and
// tours; beach and forest school; and the Welsh for these (mynd â Blwyddyn 3, taith ysgol, tîm yr ysgol).
const GROUPS =
  "(?:(?:year|yr|y|blwyddyn|flwyddyn) ?\\d{1,2}s?(?: (?:and|a|&) \\d{1,2})?|p[1-7]s?|s[1-6]s?|class \\d{1,2}|[a-z]+ class|form(?: \\d{1,2}[a-z]?| group)?|tutor group|(?:dosbarth|nosbarth) [a-z]+|reception|nursery|ks ?[1-4]|key stage [1-4]|" +
  "(?:the |our |my )?(?:school |year \\d{1,2} |u\\d{1,2}s? |under \\d{1,2}s? |boys'? |girls'? |junior |senior |[a-z-]+ ){0,3}(?:team|squad|choir|council|orchestra|band|club)|under \\d{1,2}s|u\\d{1,2}s|(?:the |our )?under \\d{1,2}s|t[iî]m [a-z-]+(?: [a-z0-9-]+){0,2})";
const GROUP_GOES = new RegExp(
  `\\b(?:${GROUPS}(?: girls'?| boys'?)?(?: [a-z]+ team)? (?:(?:are|is|will be|were|off|going|head(?:ing)?|travel(?:s|ling)?|walking|playing|running|singing|performing|competing|swimming|have a fixture|away|leave|leaves|go|visit(?:ing)?|yn chwarae|yn canu|yn mynd) |(?=at ))` +
    '(?:(?:down |off |up |over )?(?:to|at|in|on|against|i|yn|yng)\\b(?! (?:love|like|be|have|need|get|make|enjoy|learn|do|hate|want|see|find|start|finish|try|eat|wear|bring|sit|work|write|read|practise|practice|miss|struggle|pass|fail|win|lose)\\b)|[a-z]+ (?:down |up |over )?(?:to|at|in)\\b(?! (?:love|like|be|have|need|get|make|enjoy|learn|do|hate|want|see|find|start|finish|try|eat|wear|bring|sit|work|write|read|practise|practice|miss|struggle|pass|fail|win|lose)\\b))|' + GROUPS + ' (?:are |is |will be )?visiting\\b|taking (?:the |our |my )?' + GROUPS + ' (?:to|on)\\b|mynd [aâ] ' + '|' +
    "(?:(?:coach|coaches|bus|buses|minibus|minibuses|ferry|bws|bysiau) (?:(?:for|to|o'r|yr) (?:the |our )?[a-z0-9' -]{1,30}? )?(?:leaves|leave|departs|depart|leaving|goes|back|at|am|yn gadael|will (?:drop|leave|arrive|pick up|collect)|drops? (?:off )?at|arrives?)|(?:away|fixture|fixtures|match|tournament|finals?|gala|tour) (?:at|to|in|against)|(?:beach|forest) school|(?:t|d)aith ysgol|ymweliad (?:a|â|i)|on the [a-z' ]{2,40} trip|risk assessment for)\\b)",
  'y',
);
// Said of pupils only when the draft also names a group of them or a school team.
const SCHOOLISH = /\b(?:eyfs|p[1-7]s?|s[1-6]s?|(?:year|yr) r|sixth form|6th form|gcse|a ?level|nurture group|cross[- ]country|tournament|fixture|gala|festival|front gates?|(?:year|yr|y|blwyddyn|flwyddyn) ?\d|class|reception|nursery|ks ?[1-4]|pupils|kids|children|plant|team|squad|choir|school|ysgol|u\d{1,2}s?|under \d{1,2}s|dosbarth|tîm|tim|lads|girls|boys|blant|ddisgyblion|disgyblion|packed lunch(?:es)?|wellies|waterproofs?|uniform|school gates?)\b/;
const AT_TIME = /\b(?:tmrw|tmw|2moro|tomoz|just arrived|just got here|currently|\d{1,2}(?:st|nd|rd|th)?(?: ?[-\u2013] ?\d{1,2}(?:st|nd|rd|th)?)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|today|tomorrow|tonight|this (?:morning|afternoon|week|weekend)|next (?:week|[a-z]+day)|all (?:day|week|morning|afternoon)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b|at \d{1,2}|\d{1,2}(?:[.:]\d\d)? ?(?:am|pm)|\d{1,2}[.:]\d\d|fory|heddiw|dydd [a-z]+|ddydd [a-z]+|fore [a-z]+|bore|nos [a-z]+|evening|morning|afternoon)\b/;
// Where pupils are not: "in foster care from tonight" is a confidential matter, not an outing.
// Session 8: grown-ups' groups (a community or male voice choir, Merched y Wawr, Young Farmers, a quiz team,
// Sunday school, Brownies and Scouts) and children in other people's care (a childminder's, a swimming
// instructor's) are not pupils out; nor is breakfast or homework club, which is in school.
const NOT_OUT = /\b(?:community choir|male voice|c[oô]r meibion|merched y wawr|ffermwyr ifanc|young farmers|aelwyd|oedolion|adults only|adults'? (?:trip|outing)|just the adults|noson cwis|u3a|rotary|wi|women'?s institute|ysgol sul|sunday school|brownies|rainbows|beavers|cubs|scouts|guides|childminder|childminding|(?:swimming|swim|dance|gymnastics) (?:instructor|teacher|coach)|instructor|breakfast club|after[- ]?school club|homework club|going on \d{1,3}|appointment|operation|surgery|clinic|a ?& ?e|having (?:his|her|their) [a-z]+ (?:changed|done|out|removed|fitted|checked)|waiting list|club at (?:dinner|lunch|break)|see (?:you|ya|u) (?:in|on|after|next|soon)|(?:is|are) in (?:foster|care|trouble|tears|bits|shock|a mess|a state|hospital|isolation)|on (?:the )?(?:radio|tv|telly|news|s4c|bbc|itv|youtube)|ar (?:s4c|y teledu|y radio|radio cymru))\b/;
// A trip that is over ("went on their first school trip today and came home with a rock", "the
// residential photos from last month") no longer says where pupils are.
const PAST = /\b(?:(?:was|were) (?:a triumph|a success|a hit|a disaster|epic|unforgettable|ace|magic)|(?:is|are) over|(?:back|home) from (?:a|the|our|their) (?:trip|residential|visit)|(?:^|(?:we'?re|we are|just|all|safely|finally|and) )back from\b|(?:trip|residential|visit|camp)(?:'s| is)? (?:done|over|finished|complete)|the (?:day|week) after|wythnos diwetha|oedd|went (?:on|to|for|round|up|down|out)|won|came (?:first|second|third|1st|2nd|3rd)|sang|performed|played|visited|competed|travelled|returned|(?:was|were) (?:smooth|late|delayed|a nightmare|awful|fab|fantastic|so good|the best)|came (?:home|back)|got back|photos from|last (?:week|month|year|term)|(?:was|were) (?:amazing|brilliant|great|lovely)|loved|as a (?:kid|child)|memories|remember|when i was|did (?:brilliantly|so well|amazing)|have been learning|ago|last night|yesterday|came from|comes from|in (?:19[5-9]\d|200\d|201\d)|back in the day|best (?:day|week|trip|time) of my life)\b/;
/**
 * One's own family, not pupils: "my son's class trip", "the Year 6 panto at my little sister's school",
 * "my daughter's netball team".
 */
const OWN_FAMILY = /\bmy (?:(?:year|yr|y) ?\d{1,2} (?:son|daughter|boy|girl|lad|grandson|granddaughter)\b|son|daughter|boy|girl|eldest|youngest|middle one|little one|nephew|niece|grandson|granddaughter|godson|goddaughter|stepson|stepdaughter|(?:little |big |baby )?(?:sister|brother))(?:'s|s')?\b|\b(?:our|my|the) (?:own )?family (?:trip|holiday|hols|day out|outing|break|weekend)\b/;
/** The trip as paperwork, booked months ahead: "just booked the residential for next June, deposit paid". */
const PAPERWORK = /\b(?:afford|forms? (?:are|is) in|placement|deposits?|(?:just |finally )?booked the|booking the|paid for|photos?|selling|for sale|(?:about|re|regarding) the)\b|\u00a3\d/;
/** An outing plainly over: "Year 6 went to the museum last week". */
const OVER = /\b(?:went (?:on|to|for)|last (?:week|month|year|term|night)|yesterday|ago)\b/;
/** Not a trip pupils are on: over, called off, or one's own child's. */
function notOver(doc: Doc, i: number): boolean {
  return !sentenceHas(doc, i, PAST) && !sentenceHas(doc, i, CANCELLED) && !sentenceHas(doc, i, OWN_FAMILY);
}
/** Teams, clubs and choirs that are plainly pupils': a year group, a class, a school, an age group. */
const CLEARLY_PUPILS = /\b(?:p[1-7]s?|s[1-6]s?|(?:year|yr|y|blwyddyn|flwyddyn) ?\d|class|reception|nursery|ks ?\d|key stage|school|ysgol|u\d{1,2}s?|under \d{1,2}s?|dosbarth|pupils|disgyblion)\b/;
/** Grown-ups' teams: "our quiz team", "Sunday league", "the lads' five-a-side", "the mums' netball". */
const GROWN_UP_TEAM = /\b(?:ward|shift|nurses|hospital|colleagues|quiz|pub|darts|pool|snooker|sunday league|five[- ]a[- ]side|5[- ]a[- ]side|walking (?:football|netball)|vets|veterans|work|office|mums'?|dads'?|ladies'?|masters|book|wine|running club|my (?:team|club)|staying in)\b/;
/** A team, squad, club or choir is pupils' unless it is plainly grown-ups' and no year group, class or school says otherwise. */
function schoolTeam(doc: Doc, i: number): boolean {
  return sentenceHas(doc, i, CLEARLY_PUPILS) || !sentenceHas(doc, i, GROWN_UP_TEAM);
}
/**
 * The poster leaving their class for a trip of their own (session 8): "said goodbye to my Year 6 leavers …
 * tomorrow I'm on a plane to Iceland", "last lesson with 10R on Friday then I'm off to Kenya", "my class
 * know not to email me". The class is left behind, not taken: the absence rule's. "Waved Year 6 off on
 * the coach to Llangrannog" says no going of the poster's own, and stays a trip.
 */
const LEAVES_CLASS = /\b(?:said goodbye to|saying goodbye to|last (?:day|lesson|week) with|not to (?:miss|email|message|contact|bother) me|know not to|wave[sd]? (?:my|our|the) [a-z0-9 ]{1,20}? off|waving (?:my|our|the) [a-z0-9 ]{1,20}? off)\b/;
const OWN_GOING = /\b(?:(?:i'?m|we'?re|i am|we are) (?:off to|flying|on (?:a|the) plane)|airport|flights?|flight's|sabbatical|(?:my|our) (?:holiday|hols))\b/;
function leftBehind(doc: Doc, i: number): boolean {
  return sentenceHas(doc, i, LEAVES_CLASS) && sentenceHas(doc, i, OWN_GOING);
}
/** Called off: "the golf tour got cancelled" says where no one will be. */
const CANCELLED = /\b(?:got |been |was |is )?(?:cancell?ed|called off|postponed)\b/;
/** Staff's own training and meetings are not pupils out. */
const STAFF_ONLY = /\b(?:wellbeing|(?<!\d{1,3} (?:[a-z]+ )?)staff(?! and \d)|inset|(?<!(?:squad|team|club|netball|football|rugby|hockey|cricket|athletics|swimming|travel|match|choir|band) )training|team building)\b/;
const GROUPS_AT = words(
  'form tutor buses minibuses year yr y blwyddyn flwyddyn class dosbarth nosbarth reception nursery ks ks1 ks2 ks3 ks4 key the our my school under tim tîm taking mynd coach coaches bus minibus ferry bws bysiau away fixture fixtures match tournament final finals gala tour beach forest taith daith ymweliad on risk ' +
    'team squad choir council orchestra band club boys girls junior senior u11 u11s u12 u12s u10 u10s u9 u9s u13 u13s u14 u14s u15 u15s u16 u16s',
);
const GROUPS_WHEN = (w: string) => /^(?:(?:y|yr|year|u|ks|ca)\d{1,2}s?|p[1-7]s?|s[1-6]s?)$/.test(w);

const WHEN = /\b(?:today|tomorrow|tonight|this (?:morning|afternoon|week)|next week|all day|(?:on )?(?:mon|tues|wednes|thurs|fri)day)\b/;

// Pupils somewhere at a time without the word "trip" (issue 12), read over the sentence (or a short
// post, which is one story): a group of pupils, a going or a place to be, and a time. The group is
// where the finding starts: "Year 4 … the Roman Baths on Thursday", "10B at the Senedd tomorrow",
// "U13 girls travel to Bridgend", "Oak class will be at the farm", "Dosbarth Derwen … i'r traeth".
const PUPILS =
  /\b(?:(?:1st|2nd|3rd|4th|5th|6th|first|second|third|fourth|fifth|sixth) years|(?:year|yr) r|eyfs|gcse [a-z]+|a ?level [a-z]+|(?:nurture|reading|intervention|phonics|booster|catch[- ]up|literacy|numeracy|forest school) group|(?:years?|yrs?|y|blwyddyn|flwyddyn) ?\d{1,2}s?(?: (?:and|a|&) \d{1,2})?|p[1-7]s?|s[1-6]s?|\d{1,2}[abcefjlnqruvwyz]\b|class(?:es)? \d{1,2}[a-z]?|[a-z]+ class|class|form \d{1,2}[a-z]?|(?:tutor|form) group|reception|nursery|ks ?[1-4]|key stage [1-4]|(?:upper|lower) ks ?2|pupils|students|disgyblion|(?:dosbarth|nosbarth) [a-z]+|\d{1,3} (?:kids|children|pupils|plant|classes)|\d{2,3} (?:[a-z-]+ )?(?:year|yr) olds|\d{1,3} o (?:blant|ddisgyblion)|c[oô]r (?:yr ysgol|y [a-z]+)|cyfnod (?:sylfaen|allweddol \d)|foundation phase|eco[- ]?(?:club|council|committee|team|warriors)|(?:6th|sixth) form(?:ers)?|post[- ]?16|(?:netball|rugby|football|hockey|cricket|athletics|swimming|basketball|rounders) (?:girls|boys|team|squad)|(?:girls'?|boys'?|mixed) (?:rugby|football|netball|hockey|cricket|athletics|cross[- ]country|swimming|basketball|rounders|tag rugby)|(?:[a-z-]+ )?(?:team|squad|choir|orchestra|council)|under (?:[6-9]|1\d)s?|u\d{1,2}s?|ca ?[1-4]\b|dofe|duke of edinburgh|t[iî]m [a-z-]+|(?<=\b(?:the|our|my) )(?:little ones|littlies|tinies|juniors|infants)|\d{1,3} (?:little ones|[a-z]+ year olds|adults for \d{1,3}))\b/y;
const PUPILS_AT = words(
  'post eyfs gcse nurture intervention phonics booster catch literacy numeracy reading cor côr cyfnod foundation eco 6th sixth netball rugby football hockey cricket athletics swimming basketball rounders girls boys mixed year years yr yrs y blwyddyn flwyddyn class classes form tutor reception nursery ks ks1 ks2 ks3 ks4 key upper lower pupils students disgyblion dosbarth nosbarth under dofe duke tim tîm team squad choir orchestra council ' +
    'u8 u9 u10 u11 u12 u13 u14 u15 u16 u8s u9s u10s u11s u12s u13s u14s u15s u16s little littlies tinies juniors infants',
);
/** Going somewhere, or a place pupils go to. */
const MOVES =
  /\b(?:off (?:up |down |over |out |back )?(?:to|on)|are away (?:to|at|in)|head(?:ing|s)? (?:to|off|for|down|up)|going(?! to (?:love|like|be|have|need|get|make|enjoy|learn|do|hate|want|see|find|start|finish|try|eat|wear|bring|sit|work|write|read|practise|practice|miss|struggle|pass|fail|win|lose)\b)|go to|visit(?:ing|s)?|trip|walk(?:ing|s)? (?:[a-z0-9' ]{1,20} )?(?:to|down|up|over|round|into|along)|travel(?:s|ling)?|leav(?:e|es|ing)|depart(?:s|ing)?|coach(?:es)?|minibus|bus|ferry|fixture|away (?:at|to|in|against|game|match|day)|play(?:s|ing)? (?:away|at|in|against)|compet(?:e|es|ing) (?:at|in)|perform(?:s|ing)? (?:at|in)|sing(?:s|ing)? (?:at|in)|(?:presenting|exhibiting|showing|speaking|dancing|racing|running|swimming|marching|reciting|presents|present|reading|singing|playing|performing|riding|laying|planting|volunteering|working) (?:at|in|on) (?:the )?|hydro(?:therapy)?(?: pool)?|swimming (?:lessons?|gala|pool|baths)|riding for the disabled|rda|travel training|supported internship|life skills|cup semi|semi[- ]?finals?|quarter[- ]?finals?|away game|home game|play(?:s|ing)? (?:[a-z'-]+ ){1,3}(?:away|at home)|fieldwork|field ?trip|expedition|camping|hik(?:e|ing)|practice walk|residential|tour|gala|tournament|finals?|sleepover|camp|excursion|outing|day out|museum|zoo|farm|castle|park|beach|forest|woods|theatre|panto(?:mime)?|cinema|library|church|chapel|mosque|cathedral|abbey|minster|priory|cenotaph|war memorial|the rec|senedd|eisteddfod|urdd|work experience|(?:are|is|will be) (?:at|in|on) (?:the|a)|(?:are|is|will be) at(?! \d)|arriv(?:ed|ing|e) (?:at|in)|just arrived|due back|head ?counts?|prom|leavers'? (?:do|party|ball|disco)|(?:are|is|will be) (?:spending|out(?! of)|away)|spending the (?:day|morning|afternoon)|(?:train|bus(?:es)?|coach(?:es)?|minibus(?:es)?|boat|ferry|tram) (?:to|at|from|back|depart(?:s|ing)?|leav(?:e|es|ing))|away (?:on|at|to|in|against|game|match|day|fixture)|playing [a-z' ]{2,30} away|on (?:the|a) (?:tram|train|bus|coach|boat|ferry)|from the (?:coach|minibus|bus|train|ferry|boat) with|cross[- ]country|county final|rownd derfynol|ffeinal|f[eê]te|carnival|fun day|kick[- ]off|ko \d|registration|nofio|rhedeg|pontio|transition|litter picking|'ll be (?:at|in|on)|bikeability|cycling proficiency|wreath laying|on the (?:field|yard|astro|pitch|courts?|roads?)|representing (?:the school|us|wales|cymru|the county|the area|[a-z]+ (?:primary|school))|(?:taking|take|bringing|escorting|accompanying) [a-z0-9': ]{1,40}? (?:to|on|up|down|round|over|out)|(?:at|to|in) (?:the )?[a-z' -]{0,30}\b(?:centre|center|station|pool|stadium|arena|ground|fields?|university|uni|college|high school|gallery|club|festival|fair|show|open day|finals)|(?:village|church|town|city|concert|memorial|community|county|st [a-z']+) hall|yn erbyn|against|v|vs|versus|take on|taking on|risk assessment|mynd|taith|daith|ymweliad|ymweld|chwarae|g[eê]m|gemau|twrnamaint|cystadlu|cystadleuaeth|perfformio|canu yn|bws|gadael|teithio|traeth|coedwig|amgueddfa|castell|sw|fferm|gwersyll|llangrannog|glan[- ]?llyn|kingswood|pgl|robinwood)\b/;
/** Said elsewhere in a short post, only an outing's own words count ("Going in tomorrow" is not one). */
const MOVES_FAR =
  /\b(?:(?:coach(?:es)?|bus(?:es)?|train|ferry) (?:to|leaves?|departs?|back|at)|minibus(?:es)?|fixture|away (?:at|to|against)|residential|trip|visit(?:ing)? (?:to )?the|tour|tournament|gala|sleepover|expedition|fieldwork|field ?trip|excursion|outing|kingswood|pgl|llangrannog|glan llyn|taith|ymweliad|bws)\b/;
/** A time: AT_TIME, and the ways people say the clock ("half 8", "quarter to 9", "every Friday"). */
const CLOCK = /\b(?:wythnos (?:nesa(?:f)?|yma)|yr wythnos hon|yfory|bore (?:'?ma|fory|dydd [a-z]+)|p(?:ryn)?hawn|am \d{1,2}|(?:over |this |next |at )?(?:february |october |may )?half term|over (?:easter|the summer|the holidays)|half \d{1,2}|quarter (?:to|past) \d{1,2}|every (?:mon|tues|wednes|thurs|fri)day|(?:on |the )\d{1,2}(?:st|nd|rd|th)|right now|rn|as we speak|on (?:the|a) (?:coach|minibus|bus|train|tram|ferry)(?: with)?|heading (?:to|for|off|down|up|over)|just (?:got|arrived|left|set off|loaded|dropped|counted|waved)|nawr|rwan|r\u0175an|(?<!(?:months|weeks|years|days|ages|while|kids|children|\d) )now(?=\s*(?:[^\s\w']|$))|after (?:lunch|dinner|school|break|registration|register|assembly|play|half term)|before (?:lunch|dinner|home time|the bell)|lunch ?time|dinner ?time|home ?time|first thing|till \d|until \d|back (?:for|by|at|around|about) (?:\d|lunch|dinner|home|tea)|tomorra|tomorrer|tomoz|2morrow|2mrw|tmr|in \d{1,2} mins?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)|(?<!(?:aged?|ages|years|yrs|between|scored?|won|lost|drew|beat) )\d{1,2}(?:[.:]\d\d)? ?- ?\d{1,2}(?:[.:]\d\d)? ?(?:am|pm)?(?![\d.:]))\b/;
/** Staff-only and screen events: "team meeting at 4pm", "staff netball", "Wales v Belgium on the telly". */
const NOT_PUPILS_OUT = /\b(?:(?:wales|welsh|england|scotland|ireland|irish|cymru|lions|british|gb|national)(?: [a-z]+)? (?:u|under) ?\d{2}s?|(?:wales|england|scotland|ireland|cymru|lions) (?:squad|team|xv|women|men)|(?:teacher|miss|mr|mrs|sir|staff|ta|head) (?:is |are |will be )?away|(?:miss|mr|mrs|ms|sir|dr)\.? [a-z'-]+(?:'s)? (?:is |will be )?(?:away|off|out) (?:on|at|for|sick|ill)|(?:have|has|got|with) (?:supply|cover)|covering|covered|cover (?:for|my)|on a course|visit(?:ors?)? from|visitors?|coming in to|come in to|into school to|(?:options|open|information|info) evening|trip (?:letters?|payments?|money|forms?)|slips?|staff (?:v|vs)|(?:v|vs) (?:the )?(?:staff|teachers)|staff (?:training|meeting|netball|football|team|night|party|do|room|briefing|inset)|for (?:all )?staff|inset|(?<!(?:squad|team|club|netball|football|rugby|hockey|cricket|athletics|swimming|travel|match|choir|band) )training|(?:team|staff|governors'?|parents'?|board|pta|union|department|dept|slt) meeting|meeting with|team building|interview|governors|telly|tv|on the radio|exams?|timetable|photos?|assembly(?! at (?:the )?(?:[a-z]+ )?(?:church|chapel|hall|cathedral|theatre))|parents'? evening|(?:lost|won|beat) (?:\d|by|again|the (?:league|cup|match|game|final)))\b/;
const SHORT_POST = 320;
/** In Welsh, "i" is "to": "Blwyddyn 5 i Gaerdydd fory". */
const WELSH_GROUP = /^(?:blwyddyn|flwyddyn|t[iî]m|disgyblion|c[oô]r|cyfnod|ca ?[1-4]|\d{1,3} o )/;
/** "i Gaerdydd", "yn y Senedd", "ym Mharc Margam": a capitalised place, read on the draft as typed ("dysgu Cymraeg i flwyddyn 7" is no place). */
const I_PLACE = /(?:^|[\s(])(?:[Ii](?:'r)?|yn yr|yn y|yn|yng|ym) (?!(?:[Bb]lwyddyn|[Ff]lwyddyn|[Mm]lwyddyn|[Dd]osbarth|[Nn]osbarth|[Gg]ymraeg|[Ss]aesneg)\b)\p{Lu}/u;
function welshPlace(doc: Doc, i: number): boolean {
  const [a, b] = sentenceAround(doc.text, i);
  return I_PLACE.test(plainSlice(doc, a, b));
}
/** "Year 9s in Austria over half term": a holiday place is somewhere to be. */
const IN_DESTINATION = new RegExp(`\\b(?:in|to|i) ${DESTINATION_ANY.source.slice(2)}`);
/** Does the sentence, or a short post, say this? */
function around(doc: Doc, i: number, re: RegExp): boolean {
  return sentenceHas(doc, i, re) || shortDraftHas(doc, re, SHORT_POST);
}
/** Classes that are not pupils: "spin class", "first class", "world class". */
const NOT_A_CLASS = words(
  'monday tuesday wednesday thursday friday saturday sunday spin yoga pilates zumba dance dancing art cooking fitness exercise swim swimming boxing first second world middle working business economy master evening night this that a the my our your which what every ' +
    // Grown-ups' classes, from general knowledge: crafts, music, sport and keep-fit, languages at night school.
    'pottery craft crafts sewing knitting crochet baking cookery painting drawing watercolour photography life singing guitar piano ukulele salsa ballet tap jazz ballroom barre hiit circuit circuits step aerobics aqua bootcamp karate judo taekwondo kickboxing martial spinning kettlebell pump body combat stretch parenting antenatal conversation adult language evening gym',
);
const SEN_CLASS = words('autism asd sen send base resource unit hub enhanced specialist nurture pmld sld mld asc sensory communication');
/** "Oak class", "Hazel class": a class named by the school, with a capital. */
function namedClass(doc: Doc, i: number): boolean {
  const prev = /(\S+)\s+$/.exec(doc.text.slice(reach(doc, i, -24), i));
  if (!prev) return false;
  const word = prev[1]!.replace(VANISHING, '').toLowerCase().replace(/\u2019/g, "'");
  if (word === 'my' || word === 'our' || word === 'whole') return true;
  // A special school's or unit's classes, in any case: "the autism base class", "nurture class".
  if (SEN_CLASS.has(word)) return true;
  // A teacher's class: "Mrs Pritchard's class", "Miss J's class".
  if (/^[a-z]+'s$/.test(word) && /\b(?:mr|mrs|miss|ms|mx|sir|dr)\.? \S+\s+$/i.test(doc.text.slice(reach(doc, i, -40), i))) return true;
  return /^[a-z\u00c0-\u024f]+$/.test(word) && capAt(doc, i - prev[0].length) && !NOT_A_CLASS.has(word);
}
const SPORT_TEAM = /^(?:netball|rugby|football|hockey|cricket|athletics|swimming|basketball|rounders) (?:team|squad)$/;
function schoolSport(m: RegExpExecArray, doc: Doc): boolean {
  if (!SPORT_TEAM.test(m[0])) return false;
  return /\b(?:the|our|school|school'?s|school\u2019s)\s+$/i.test(plainSlice(doc, reach(doc, m.index, -10), m.index));
}
/**
 * "Y4 at Techniquest Tuesday", "Year 3 to Cardiff Bay on Friday": the group, then soon after it a
 * capitalised place (read from the draft as typed), which is no month, day, subject or group.
 */
const PLACE_AFTER = /^[^.!?\n]{0,45}?(?:\b(?:at|to|in|into|round|visiting|yn|ym|yng)|@|\u2192|->|\u27a1\ufe0f?) ?(?:the )?([A-Z][\p{L}'-]*)/u;
const NOT_A_PLACE_WORD = /^(?:mr|mrs|miss|ms|mx|sir|dr|year|yr|class|form|key|reception|nursery|school|maths|english|science|welsh|french|history|geography|art|music|pe|re|drama|assembly|german|spanish|italian|polish|urdu|punjabi|arabic|bengali|gujarati|somali|yoruba|igbo|twi|romanian|portuguese|kurdish|mandarin|cantonese|latin|gaelic|irish|cymraeg|makaton|bsl|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|half|term|i)$/;
function namedPlaceAfter(doc: Doc, i: number): boolean {
  const p = PLACE_AFTER.exec(plainSlice(doc, i, i + 60));
  return !!p && !NOT_A_PLACE_WORD.test(p[1]!.toLowerCase());
}
/**
 * A year group named only as what the poster gets away from (session 9): "no Year 6 for a week",
 * "don't ask me about Year 6", "Y4 reports can wait". Said beside a trip of the poster's own, not pupils out.
 */
const ESCAPED_BEFORE = /\b(?:no|without|zero|escaping|escape from|a break from|away from|(?:ask|tell|email|message|text) me about)\s+(?:more\s+)?(?:my\s+|our\s+|the\s+)?$/i;
const ESCAPED_AFTER = /^(?:'s|s'|\u2019s)?(?:\s+[a-z]+){0,2}\s+(?:can|will)\s+wait\b/i;
function escaped(doc: Doc, a: number, b: number): boolean {
  return ESCAPED_BEFORE.test(plainSlice(doc, reach(doc, a, -28), a)) || ESCAPED_AFTER.test(plainSlice(doc, b, reach(doc, b, 30)));
}
/**
 * A named place, then the poster "with" the pupils (session 9): "Currently on Snowdon with 14 very wet
 * Year 10s", "in Techniquest with Bl 5", "Museum of Liverpool with Year 3 tomorrow", "Yn Sain Ffagan gyda
 * Blwyddyn 4". Read on the draft as typed: the place has a capital; a sentence's first word counts only
 * when another capitalised word follows it ("Spent the day with Year 9" names no place).
 */
const PLACE_WITH = /(?:(?:^|[\s(])(?:[Aa]t|[Oo]n|[Ii]n|[Ff]rom|[Tt]o|[Uu]p|[Rr]ound|[Yy]n|[Yy]m|[Yy]ng|[Aa]r)\s+(?:the\s+|y\s+|yr\s+)?(\p{Lu}[\p{L}'\u2019-]{2,})|^\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}'\u2019-]{2,})(?=\s+(?:of\s+|the\s+)?\p{Lu}))[^.!?\n]{0,40}?\s(?:with|gyda|efo)\s+(?:(?:\d{1,3}|all)\s+(?:of\s+)?)?(?:my\s+|our\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const NOT_A_PLACE_BEFORE = words('currently teams zoom google meet classroom seesaw dojo ict computing pshe rse citizenship chemistry physics biology psychology sociology business economics hall library room lab gym canteen playground field');
function placeBeforeWith(doc: Doc, i: number): boolean {
  const [a] = sentenceAround(doc.text, i);
  const p = PLACE_WITH.exec(plainSlice(doc, Math.max(a, reach(doc, i, -90)), i));
  if (!p) return false;
  const w = (p[1] ?? p[2])!.toLowerCase();
  return !NOT_A_PLACE_WORD.test(w) && !NOT_A_PLACE_BEFORE.has(w);
}
/**
 * A school side playing a named opponent (session 9): "The school rugby team play Llandovery in the cup on
 * Wednesday", "School's netball squad play Penrhiwceiber on the Tuesday". Read as typed, the opponent has a
 * capital; the group is a side, or the sentence says a fixture ("away", "cup", "kick off"), so "my Year 9s play
 * Minecraft" is none.
 */
const PLAYS_AFTER = /^[^.!?\n]{0,30}?\b(?:play|plays|playing|v|vs|versus|against|take on|taking on|face)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*)/u;
const SIDE = /(?:team|squad|\bu\d{1,2}s?|under|boys|girls|netball|rugby|football|hockey|cricket|t[iî]m)/;
const FIXTURE_SAID = /\b(?:away|home game|at home|kick[- ]?off|cup|league|fixture|match|start|semi|final)\b/;
function fixtureAfter(m: RegExpExecArray, doc: Doc): boolean {
  const end = m.index + m[0].length;
  const p = PLAYS_AFTER.exec(plainSlice(doc, end, reach(doc, end, 60)));
  if (!p || NOT_A_PLACE_WORD.test(p[1]!.toLowerCase())) return false;
  return SIDE.test(m[0].toLowerCase()) || sentenceHas(doc, m.index, FIXTURE_SAID);
}
function pupilsOut(m: RegExpExecArray, doc: Doc): boolean {
  const i = m.index;
  if (escaped(doc, i, i + m[0].length)) return false;
  // "Oak class", or "Class Onyx": a class named before or after "class", with a capital.
  if (m[0] === 'class' && !namedClass(doc, i) && !(capAt(doc, i) && /^[Cc]lass \p{Lu}/u.test(doc.text.slice(i, i + 8).replace(VANISHING, '')))) return false;
  if (otherReception(m, doc)) return false;
  // A bare "council" is the local one; the pupils' is the school or eco council.
  if (m[0] === 'council' && !/\b(?:school|eco|pupils?'?|students?'?|youth|junior|our|my|class|year \d+)\s+$/i.test(doc.text.slice(reach(doc, i, -16), i).replace(VANISHING, ''))) return false;
  if (sentenceHas(doc, i, OWN_FAMILY)) return false;
  // "team", "squad", "class" and the like are pupils only in a school's voice; a school sport's
  // team is, unless it is "my" team (the poster's own club).
  if (m[0] !== 'class' && !schoolSport(m, doc) && /^(?:[a-z-]+ )?(?:team|squad|choir|orchestra|council|class)$|^t[iî]m /.test(m[0]) && !around(doc, i, SCHOOL_VOICE)) return false;
  const near = sentenceHas(doc, i, MOVES) || namedPlaceAfter(doc, i) || placeBeforeWith(doc, i) || fixtureAfter(m, doc) || sentenceHas(doc, i, IN_DESTINATION) || (WELSH_GROUP.test(m[0]) && welshPlace(doc, i));
  // An outing said in another sentence of a short post: what rules it out may be said there too ("governors' tour today. … a year 7 …").
  const moves = near || (shortDraftHas(doc, MOVES_FAR, SHORT_POST) && !shortDraftHas(doc, NOT_PUPILS_OUT, SHORT_POST));
  return moves && (around(doc, i, AT_TIME) || around(doc, i, CLOCK)) && !sentenceHas(doc, i, PAST) && !sentenceHas(doc, i, NOT_OUT) && !sentenceHas(doc, i, NOT_PUPILS_OUT) && !leftBehind(doc, i);
}
/** "Hotel reception at 6am", "the wedding reception": no class. */
function otherReception(m: RegExpExecArray, doc: Doc): boolean {
  return m[0].startsWith('reception') && /\b(?:hotel|wedding|hospital|surgery|gp|doctors'?)\s+$/i.test(doc.text.slice(reach(doc, m.index, -12), m.index).replace(VANISHING, ''));
}
/** Words that put a team or class in school. */
const SCHOOL_VOICE = /\b(?:school|ysgol|(?:year|yr|y|blwyddyn) ?\d|class(?:es)? \d|pupils|students|disgyblion|ks ?\d|key stage|under \d|u\d{1,2}s?|primary|secondary|comp|academy|reception|nursery|dosbarth|my class|our class|\d{1,3} (?:kids|children)|parents|letters?|packed lunch(?:es)?|lunches|pick ?up|gates?|permission|risk assessment|kids|children|plant|girls'?|boys'?)\b/;

/**
 * A trip, visit or outing at a time, told in a teacher's words: the school, a class, the paperwork
 * (letters, packed lunches, consent, risk assessments) or looking after pupils on it.
 */
const TRIP_SCHOOL =
  /\b(?:leavers'?|school|ysgol|class|pupils|students|disgyblion|(?:year|yr|y) ?\d|ks ?\d|key stage|reception|nursery|packed lunch(?:es)?|permission|consent|risk assessments?|letters?|parent helpers?|helpers|dbs|ratios?|register|head ?count|hi-?vis|lanyards?|sick bags?|travel sick|\d{1,3} (?:kids|children|pupils)|keeping an eye on|looking after|in charge of|responsible for)\b/;
function schoolOuting(m: RegExpExecArray, doc: Doc): boolean {
  if (!/^(?:trips?|visit|outing|excursion|day out)/.test(m[0])) return false;
  const i = m.index;
  return around(doc, i, TRIP_SCHOOL) && (around(doc, i, AT_TIME) || around(doc, i, CLOCK)) && !sentenceHas(doc, i, PAST) && !sentenceHas(doc, i, NOT_PUPILS_OUT) && !sentenceHas(doc, i, STAFF_ONLY);
}

/** "y4", "yr6": a year group written as one word. */
const yearWord = (w: string) => w.charCodeAt(0) === 121 && /^y(?:r|ear)?\d/.test(w);

const PATTERNS = new Triggers()
  // Kept aside (see create): a sentence's older, more exact findings are highlighted first.
  .add(PUPILS, PUPILS_AT, {
    digits: true,
    when: GROUPS_WHEN,
    // Everyday words that are a group only with "group" after them: "reading group", "catch-up group".
    weak: words('reading catch booster literacy numeracy phonics intervention nurture'),
    anchors: words('group'),
    keep: (m, doc, end) => {
      if (pending && pupilsOut(m, doc)) pending.push([m.index, end]);
      return false;
    },
  })
  .add(DIRECT, words('trip tripiau gwibdaith gwibdeithiau school class field fieldtrip fieldtrips schooltrip schooltrips classtrip classtrips educational year residential pgl kingswood robinwood bushcraft forest'), {
    keep: (m, doc) => !sentenceHas(doc, m.index, PAST) && !sentenceHas(doc, m.index, OWN_FAMILY) && !sentenceHas(doc, m.index, PAPERWORK),
  })
  .add(GROUP_OUT, words('year yr y class my our reception'), { when: yearWord, keep: (m, doc) => sentenceHas(doc, m.index, WHEN) && notOver(doc, m.index), weak: words('my our'), anchors: words('class') })
  .add(
    OUTING,
    words('trip trips outing excursion day visit visiting visited on coach zoo museum farm aquarium sea safari castle cathedral science planetarium theatre panto pantomime gallery seaside beach outdoor climbing bowling cinema'),
    // "on the coach", "day out".
    { keep: (m, doc) => (sentenceHas(doc, m.index, GROUP) || schoolOuting(m, doc)) && !sentenceHas(doc, m.index, NOT_PUPILS_OUT) && !sentenceHas(doc, m.index, OWN_FAMILY) && !sentenceHas(doc, m.index, OVER) && !sentenceHas(doc, m.index, PAST), weak: words('on day'), anchors: words('coach out') },
  );

const GOING = new Triggers().add(GROUP_GOES, GROUPS_AT, {
  when: GROUPS_WHEN,
  // From these common words every match holds a group word: "the netball squad", "on the zoo trip".
  weak: words('the our my on school boys girls junior senior'),
  anchors: words('team squad choir council orchestra band club trip class under'),
  reach: 80,
  // A group, a transport or a fixture somewhere is pupils' whereabouts when a time is said and the
  // draft is about pupils or a school team.
  keep: (m, doc) =>
    !otherReception(m, doc) && (sentenceHas(doc, m.index, AT_TIME) || sentenceHas(doc, m.index, CLOCK)) && (SCHOOLISH.test(m[0]) || around(doc, m.index, SCHOOLISH)) && schoolTeam(doc, m.index) &&
    !sentenceHas(doc, m.index, NOT_OUT) && !sentenceHas(doc, m.index, STAFF_ONLY) && !sentenceHas(doc, m.index, NOT_PUPILS_OUT) && notOver(doc, m.index) && !leftBehind(doc, m.index),
});

// A school event at a place and a time (issue 12: whereabouts without "trip"): "Sports day is at the
// rugby club this year, Friday from 9", "Nativity at St Mary's church Thursday 2pm". With a year group
// named, the group is the finding (pupilsOut).
// Session 6: more of a school's events (a production, a parade, a remembrance or leavers' service, the
// school games) and the event moved somewhere ("sports day moved to Thursday on the rugby field").
const EVENT_AT = /\b(?:(?:infants'?|juniors'?|ks ?\d|nursery|reception) (?:school )?)?(?:sports day|swimming gala|cross[- ]country|(?:school|choir|christmas|summer|spring|carol|class|infants'?|juniors'?) (?:concert|performance|production|play|show)|nativity(?: performance| play)?|carol (?:service|concert)|christingle|easter (?:bonnet )?parade|harvest (?:service|festival)|leavers'? (?:service|do|party|disco|ball|assembly)|awards evening|presentation evening|prize giving|school disco|school games)(?: is| will be| are| this year| has moved| has been moved| is moving| moving| moved| now)*(?: to (?:[a-z]+day|next week)(?: morning| afternoon)?)?(?: (?:at|in|round|to(?= the (?!(?:\d|next|following|week)))|down at|up at|on(?= the (?!(?:school )?(?:field|yard|playground|astro|hall)\b)))) (?:the )?(?=\S)/y;
const EVENT_AT_AT = words('sports swimming cross school nativity carol harvest leavers awards presentation infants juniors ks1 ks2 ks nursery reception choir christmas summer spring class christingle easter prize');
GOING.add(EVENT_AT, EVENT_AT_AT, {
  weak: words('sports swimming cross school nursery reception christmas summer spring class easter'),
  anchors: words('day gala country concert disco performance production play show parade service games nativity'),
  keep: (m, doc) => (sentenceHas(doc, m.index, AT_TIME) || sentenceHas(doc, m.index, CLOCK)) && !sentenceHas(doc, m.index, PAST) && !sentenceHas(doc, m.index, CANCELLED) && !sentenceHas(doc, m.index, OWN_CHILD) && !sentenceHas(doc, m.index, GROUP),
});
// Pick-up notices (session 6): where and when to collect pupils from an outing: "Pick up from the
// coach at 6.30pm tonight", "collection from the station at 5.15", "coach running 20 mins late".
const PICKUP = /\b(?:(?:pick ?up|pickup|collect(?:ion)?|collecting)(?: (?:your|the) (?:child(?:ren)?|kids|young people|students))? (?:is |will be )?(?:from|at) (?:the )?(?:coach(?:es)?|bus|minibus(?:es)?|station|train station|bus bay)|(?:coach(?:es)?|bus|minibus|we're|we are) (?:is |are )?(?:running )?(?:\d+ ?min(?:ute)?s |about \d+ ?min(?:ute)?s |a bit |an hour |half an hour )?late)\b/y;
GOING.add(PICKUP, words('pick pickup collect collection collecting coach coaches bus minibus we\'re we'), {
  weak: words('coach coaches bus minibus we\'re we'),
  anchors: words('running late'),
  keep: (m, doc) => around(doc, m.index, SCHOOLISH) || around(doc, m.index, MOVES_FAR) || /^(?:pick|collect)/.test(m[0]) ? (around(doc, m.index, AT_TIME) || around(doc, m.index, CLOCK)) && notOver(doc, m.index) && !sentenceHas(doc, m.index, GROWN_UP_OUT) && !sentenceHas(doc, m.index, NOT_PUPILS_OUT) : false,
});
/** A parent's view of their own child's school: "Sports day at my son's school tomorrow". */
const OWN_CHILD = /\bmy (?:son|daughter|kids|children|boy|girl|eldest|youngest|little one)(?:'s|s')?\b/;
/** Named pupils going somewhere at a time: "Grace and Holly are representing us at the Urdd in Builth on Friday". */
const GOES_AFTER = /^[^.!?\n]{0,30}?\b(?:are|is|will be|going|off|heading|representing|playing|competing|performing|singing|travelling|(?:have|has) (?:a|an|their|his|her) [a-z]+ (?:trial|match|fixture|final|race|heat|gala|audition|interview|placement)|(?:have|has) (?:got )?a place|start(?:s|ing)? (?:their|his|her)|need (?:packed lunch|a packed lunch|their|to bring)|(?:been |have been |has been |got |both |all )?(?:picked|selected|chosen|through|qualified)|yn (?:canu|chwarae|rhedeg|cystadlu|nofio|perfformio|cynrychioli|mynd|adrodd|dawnsio|llefaru)|yn y (?:t[iî]m|c[oô]r|rownd derfynol|ffeinal)|a'i (?:d[iî]m|th[iî]m|ch[oô]r))\b/i;
const WAS = /\b(?:went|was|were|did|had|have been|has been)\b/;
/**
 * Or the poster takes them, goes with them or wishes them luck there: "Taking Alfie and Max to the
 * finals", "at the gala with Isla, Ava and Mia", "Good luck to Robin and Leo at the county", "Pob lwc i …".
 */
const WITH_BEFORE = /\b(?:(?:minibus|coach|bus|taxi|lift|escort) for|taking|take|(?:be |i'm |im )?with|w\/|wi|(?:good|best of) luck(?: to)?|go on|come on|pob lwc(?: i)?|dropping(?: off)?|just dropped(?: off)?|picking up|collecting|bringing|walking|escorting|accompanying|cheering(?: on)?|supporting)\s+(?:(?:[\p{L}'-]+,? (?:and |& |a )?){0,5})$/iu;
/**
 * The part of the text before a name that WITH_BEFORE can match in: after the last . ! ? ; : ( ) or ",
 * which neither its words nor the names after them hold, and which are no word characters (so \b
 * reads the same there). Tried at every place of 60 characters, it cost more than the rest of the check.
 */
function withTail(s: string): string {
  let k = s.length;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34) break;
    k--;
  }
  return k ? s.slice(k) : s;
}
function namedPupilsOut(doc: Doc, a: number, b: number): boolean {
  // The pupil goes: the verb follows the name ("Going to see Mia tomorrow" is the poster going), or
  // the poster goes with them.
  const after = plainSlice(doc, b, b + 50);
  // "Poppy's epi pen is in the office": her things, not her ("Poppy's off to" is her).
  if (/^['\u2019]s (?!(?:off|going|heading|at|in|on|away|playing|representing|been|got|through|travelling|racing|running|swimming|singing|performing|group|team|class|table|friends|gang|squad|lot)\b)/.test(after)) return false;
  const goes = GOES_AFTER.test(after);
  if (!goes && !WITH_BEFORE.test(withTail(doc.text.slice(reach(doc, a, -60), a).replace(VANISHING, '')))) return false;
  return (sentenceHas(doc, a, MOVES) || placeInSentence(doc, a)) && !sentenceHas(doc, a, GROWN_UP_OUT) && (sentenceHas(doc, a, AT_TIME) || sentenceHas(doc, a, CLOCK)) && !sentenceHas(doc, a, WAS) && !sentenceHas(doc, a, PAST) && !sentenceHas(doc, a, NOT_OUT) && !sentenceHas(doc, a, NOT_PUPILS_OUT) && !sentenceHas(doc, a, CANCELLED);
}

/*
 * Pupils out, said in Welsh (issue 12's Welsh drafts): a group of pupils or the school, a going or an
 * event away, and a time, in one sentence. "Dosbarth 3 a 4 yn gadael am Gastell Caerffili am 9.15 bore
 * Iau", "Hogia pêl-droed Bl.6 yn y ffeinal yng Nghroesoswallt dydd Sadwrn", "Off i Glan-llyn efo'r ysgol
 * fory", "Ma'r côr yn canu carolau yn Tesco Caernarfon dydd Sadwrn". The group word is the finding.
 */
const WELSH_PUPILS = new WordGate(words('bl blwyddyn flwyddyn mlwyddyn dosbarth nosbarth disgyblion ddisgyblion criw cor parti hogia bechgyn merched tim nhim grwp ngrwp meithrin derbyn ysgol sgolion babanod fabanod plant'));
/** "Plant" (children) is a parent's word too: pupils only beside a word of school. */
const WELSH_STAFF_CUE = /\b(?:ysgol|dosbarth|derbyn|meithrin|disgyblion|athr[oa]w(?:es|on)?|cymhorthydd|staff|bl ?\d|blwyddyn \d|bws|bysiau|llangrannog|langrannog|glan[- ]?llyn|nglan[- ]?llyn|eisteddfod|urdd|cyfri pennau|pecyn bwyd|class|school|coach|minibus|year \d)\b/;
/** "Ysgol" is the pupils' only as the school going somewhere: "efo'r ysgol", "sioe'r ysgol", "côr yr ysgol". */
const SCHOOL_GOING = /\b(?:(?:efo|gyda|a)'r ysgol|(?:cynrychioli|dros)'?r ysgol|dros yr ysgol|ysgol goedwig|sioe'r ysgol|(?:cor|tim|parti|criw|plant|disgyblion) (?:yr|'r) ysgol)\b/;
const WELSH_MOVES = /\b(?:cerdded|gerdded|capel|eglwys|llyfrgell|parc|am dro|ar y ffordd|ar y (?:bws|traeth|tren|trên)|yn y (?:bae|pwll|parc)|noson|nosweithiau|nglan[- ]?llyn|sain ffagan|gadael|mynd|fynd|cyflwyno|ffeinal|rownd derfynol|llwyfan|canu|cystadlu|chwarae|cynrychioli|gwersyll|wersyll|gwersi nofio|pwll|bws|bysiau|taith|daith|trip|ymweliad|ymweld|sioe|twrnament|twrnamaint|gala|ras|traws gwlad|eisteddfod|goedwig|coedwig|traeth|off i|efo'r ysgol|gyda'r ysgol|sw|amgueddfa|castell|gastell|fferm|theatr|senedd|llangrannog|langrannog|glan[- ]?llyn)\b/;
const WELSH_WHEN = /\b(?:nawr|rwan|r\u0175an|ar hyn o bryd|fory|yfory|heddiw|heno|bore|pnawn|prynhawn|nos|dydd|ddydd|am \d|o'r gloch|wythnos nesa|nesaf|o \d{1,2} tan|\d{1,2}(?:[.:]\d\d)? ?(?:am|pm)|(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul))\b/;
const WELSH_OVER = /\b(?:ar s4c|ar y teledu|ar y radio|merched y wawr|c[oô]r meibion|ffermwyr ifanc|aelwyd|noson cwis|ysgol sul|dosbarth nos|dosbarthiadau nos|oedolion|dysgwyr|ddoe|wedi bod|llynedd|roedd|oedd|enillodd|wedi ennill|aethon|aeth|gwahardd|wedi cael|dysgu|dros \d{2}|staff|athrawon|rhieni|rieni|mamau|tadau|(?:fy|ei|eu) (?:merch|ferch|mab|plant|tad|mam)|'r (?:ferch|mab))\b/;
function welshOut(doc: Doc, mine: [number, number][]): void {
  if (!WELSH_PUPILS.in(doc)) return;
  let last = -1;
  const { hot } = doc;
  for (let h = 0; h < hot.length; h++) {
    const k = hot[h]!;
    if (!WELSH_PUPILS.at(doc, k)) continue;
    const at = doc.startOf(k);
    const [a] = sentenceAround(doc.text, at);
    if (a === last) continue;
    last = a;
    if (doc.word(k) === 'ysgol' && !sentenceHas(doc, at, SCHOOL_GOING)) continue;
    if (doc.word(k) === 'plant' && !sentenceHas(doc, at, WELSH_STAFF_CUE)) continue;
    if (sentenceHas(doc, at, WELSH_MOVES) && (sentenceHas(doc, at, WELSH_WHEN) || sentenceHas(doc, at, AT_TIME)) && !sentenceHas(doc, at, WELSH_OVER) && !sentenceHas(doc, at, OWN_FAMILY)) mine.push([at, doc.endOf(k)]);
  }
}

/** A capitalised place said after at/to/in in the sentence, read on the draft as typed: "at Aldersley", "to the Asda in Tipton". */
const PLACE_IN = /(?:^|[\s(])(?:[Aa]t|[Tt]o|[Ii]n|[Ii]nto|round|near|@|\u2192|->) (?:the )?(?:(?:big|little|new|old|local|nearest) )?(\p{Lu}[\p{L}'-]*)/gu;
function placeInSentence(doc: Doc, i: number): boolean {
  const [a, b] = sentenceAround(doc.text, i);
  for (const p of doc.text.slice(a, b).replace(VANISHING, '').matchAll(PLACE_IN)) if (!NOT_A_PLACE_WORD.test(p[1]!.toLowerCase())) return true;
  return false;
}

/*
 * The poster's own pupils, said the way staff say them rather than by year group (session 6):
 * "my tutees", "my 1:1", "my SEN group", "my sixth formers", "my 4 wheelchair users", "the littluns",
 * "the KS4 girls", "my lot", "the kids". With a going or a place, and a time, in one sentence.
 * Words a parent or a grown-up uses of their own (kids, lot, lads, girls, group) need a word only
 * staff would say beside them.
 */
const OWN_GROUP =
  /\b(?:my|our|the|me|wi(?:th)? (?:me|my|the|our)) (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z0-9-]+) ){0,2}?(tutees|tutor group|1:1s?|one[- ]to[- ]ones?|121s|students|learners|young people|sixth formers|(?:year|yr|y) ?\d{1,2}s|littl(?:e )?'?uns|little ones|littlies|tinies|infants|juniors|babanod|wheelchair users|class|lot|gang|lads|girls|boys|kids|children|group|swimmers|footballers|players|runners|readers|singers|scientists|leavers|form(?= (?:are|will be|have|were)\b))\b/g;
/** "30 of mine", "3 of my students": the poster's own, counted. */
const SOME_OF_MINE = /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) of (?:mine|ours|my (?:lot|class|group|students|pupils|kids|young people|learners|tutees))\b/g;
const LOOSE_GROUP = /^(?:lot|gang|lads|girls|boys|kids|children|group|swimmers|footballers|players|runners|readers|singers|scientists|class)$/;
/** Words only staff use of the children they are out with. */
const STAFF_CUE =
  /\b(?:school|ysgol|pupils?|students?|(?:year|yr|y|p|s) ?\d{1,2}|ks ?\d|reception|nursery|(?:mrs|mr|miss|ms|sir) [a-z]+|tas?|hltas?|staff|sen|send|aln|senco|teachers?|register|head ?counts?|counting heads|risk assessments?|packed lunch(?:es)?|hi[- ]?vis|lanyards?|minibus(?:es)?|coach(?:es)?|escorts?|job coach|1:1s?|ehcps?|hydro|sensory|wheelchairs?|hoists?|work experience|travel training|life skills|letters?|parents|permission|consent|first aid|medication|inhalers?|epipens?|ratios?|my class|the class)\b/;
/** Grown-ups' outings and one's own family out. */
const GROWN_UP_OUT =
  /\b(?:husband|hubby|wife|partner|other half|fianc[eé]e?|boyfriend|girlfriend|in-?laws|hen|stag|night out|girls'? (?:night|weekend|trip|holiday)|lads'? (?:night|weekend|trip|holiday)|work do|christmas do|book club|my (?:mum|mam|dad|nan|nanna|grandad|mother|father)|(?:mum|mam|dad|nan)'s|family|holiday|hols|caravan|airport|flight|parkrun|pub|brunch|spa day|pints?|packed the car|car'?s packed|done for (?:another|the) (?:year|term)|breaking up|broken up|broke up)\b/;
/** Going somewhere, a place, or an arrow to one. */
function goesSomewhere(doc: Doc, i: number): boolean {
  return sentenceHas(doc, i, MOVES) || placeInSentence(doc, i);
}
/** The last words of OWN_GROUP and SOME_OF_MINE: a draft with none of them (most) is not read. */
// Year groups written as one word ("my y4s", "yr10s") are one token each: listed too, as OWN_GROUP reads them.
const OWN_GROUP_GATE = new WordGate(
  words(
    'form tutees group 121s students learners people formers uns un littluns little ones littlies tinies infants juniors babanod users class lot gang lads girls boys kids children swimmers footballers players runners readers singers scientists leavers mine ours ' +
      Array.from({ length: 100 }, (_, n) => `${n}s y${n}s yr${n}s year${n}s`).join(' '),
  ),
);
function ownGroupOut(doc: Doc, mine: [number, number][]): void {
  if (doc.text.length > 4000 || !(OWN_GROUP_GATE.in(doc) || doc.text.includes('1:1') || /\bone[- ]to[- ]ones?\b/i.test(doc.text))) return;
  const { low, at: from } = visibleNorm(doc);
  let last = -1;
  SOME_OF_MINE.lastIndex = 0;
  for (const m of low.matchAll(SOME_OF_MINE)) {
    const at = from(m.index);
    if (goesSomewhere(doc, at) && (around(doc, at, AT_TIME) || around(doc, at, CLOCK)) && !sentenceHas(doc, at, PAST) && !sentenceHas(doc, at, GROWN_UP_OUT) && !sentenceHas(doc, at, NOT_PUPILS_OUT) && !sentenceHas(doc, at, OWN_FAMILY)) {
      last = sentenceAround(doc.text, at)[0];
      mine.push([at, from(m.index + m[0].length - 1) + 1]);
      break;
    }
  }
  OWN_GROUP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OWN_GROUP.exec(low))) {
    const at = from(m.index);
    const [a] = sentenceAround(doc.text, at);
    if (a === last) continue;
    // "my group", "me class": a teacher's; "my running group", "the class" are anyone's.
    const loose = LOOSE_GROUP.test(m[1]!) && !/^(?:my|me|our|wi(?:th)? (?:me|my)) (?:group|class|form)$/.test(m[0]);
    if (loose && !(sentenceHas(doc, at, STAFF_CUE) || shortDraftHas(doc, STAFF_CUE, SHORT_POST))) continue;
    if (!goesSomewhere(doc, at)) continue;
    if (!(around(doc, at, AT_TIME) || around(doc, at, CLOCK))) continue;
    if (sentenceHas(doc, at, PAST) || sentenceHas(doc, at, WAS) || sentenceHas(doc, at, OWN_FAMILY) || sentenceHas(doc, at, NOT_OUT) || sentenceHas(doc, at, NOT_PUPILS_OUT) || sentenceHas(doc, at, CANCELLED) || sentenceHas(doc, at, GROWN_UP_OUT) || sentenceHas(doc, at, STAFF_ONLY) || leftBehind(doc, at)) continue;
    last = a;
    mine.push([at, from(m.index + m[0].length - 1) + 1]);
  }
}

/**
 * The folded draft as the tables read it (characters folding makes vanish dropped from inside words,
 * regex.ts's dropVanishing), with the way back to the draft's offsets: the groups above are matched
 * on the whole draft at once, not block by block.
 */
function visibleNorm(doc: Doc): { low: string; at: (k: number) => number } {
  const block = dropVanishing(doc.norm, 0, (doc.chars & SEEN_VANISH) !== 0);
  const map = block.at;
  return { low: block.s, at: map ? (k) => map[k]! : (k) => k };
}

/*
 * The school itself out somewhere, as the school rule found its name (any school's: the config's
 * names, short names and handles): "Kingfisher Vale young people performing at the Town Hall Dec 14th",
 * "Ysgol Gynradd Bryn Coch yn y Senedd dydd Mawrth", "taking the St Kenelm's choir to sing at
 * Winchcombe station at 11". A place other than the school, a time, and a word of pupils or an event.
 */
const SCHOOL_OUT_CUE = /\b(?:pupils|children|kids|young people|students|learners|years?|class|team|squad|choir|band|orchestra|swimmers|runners|players|performing|competing|playing|entering|representing|singing|sports day|gala|eisteddfod|festival|tournament|match|fixture|trip|visit|plant|disgyblion|t[iî]m|c[oô]r|lot)\b/;
function placeBesides(doc: Doc, a: number, b: number): boolean {
  const [s0, s1] = sentenceAround(doc.text, a);
  const seg = doc.text.slice(s0, s1);
  for (const p of seg.matchAll(PLACE_IN)) {
    const at = s0 + p.index + p[0].length - p[1]!.length;
    if (at >= a && at < b) continue;
    if (!NOT_A_PLACE_WORD.test(p[1]!.toLowerCase())) return true;
  }
  return false;
}
function schoolOut(doc: Doc, mine: [number, number][]): void {
  const schools = doc.found?.school;
  if (!schools?.length) return;
  for (let k = 0; k < schools.length && k < 3; k++) {
    const [a, b] = schools[k]!;
    if (!sentenceHas(doc, a, SCHOOL_OUT_CUE) && !sentenceHas(doc, a, WELSH_MOVES)) continue;
    if (!placeBesides(doc, a, b)) continue;
    if (!(sentenceHas(doc, a, AT_TIME) || sentenceHas(doc, a, CLOCK) || sentenceHas(doc, a, WELSH_WHEN))) continue;
    if (sentenceHas(doc, a, PAST) || sentenceHas(doc, a, WAS) || sentenceHas(doc, a, NOT_OUT) || sentenceHas(doc, a, NOT_PUPILS_OUT) || sentenceHas(doc, a, STAFF_ONLY) || sentenceHas(doc, a, GROWN_UP_OUT) || sentenceHas(doc, a, OWN_FAMILY) || sentenceHas(doc, a, OWN_CHILD) || sentenceHas(doc, a, CANCELLED) || sentenceHas(doc, a, WELSH_OVER)) continue;
    mine.push([a, b]);
    return;
  }
}

/** The group-of-pupils findings of the draft being scanned, reported only in sentences nothing else flagged. */
let pending: [number, number][] | undefined;

export const create: RuleCreate = () => (doc, report) => {
  const once = oncePerSentence(doc, report);
  const mine: [number, number][] = (pending = []);
  /** Starts of the sentences the exact patterns flagged; only kept when there is a group finding to weigh. */
  const flagged: number[] = [];
  const note: Report = (a, b) => {
    flagged.push(a);
    once(a, b);
  };
  try {
    PATTERNS.run(doc, note);
    GOING.run(doc, note);
  } finally {
    pending = undefined;
  }
  // The first few names are enough to tell: a long draft full of names is not read name by name.
  const named = doc.found?.pupil ?? [];
  for (let k = 0; k < named.length && k < 8; k++) if (namedPupilsOut(doc, named[k]![0], named[k]![1])) mine.push(named[k]!);
  welshOut(doc, mine);
  ownGroupOut(doc, mine);
  if (!mine.length) schoolOut(doc, mine);
  if (!mine.length) return;
  const taken = new Set(flagged.map((a) => sentenceAround(doc.text, a)[0]));
  for (const [a, b] of mine) {
    const s = sentenceAround(doc.text, a)[0];
    if (taken.has(s)) continue;
    taken.add(s);
    report(a, b);
  }
};
