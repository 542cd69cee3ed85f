import { findAddresses } from '../address';
import { PUPIL_GROUP } from '../groups';
import { DESTINATION_ANY, isTown, isUkStay } from '../places';
import { VANISHING } from '../normalise';
import { capAt, draftMatch, plainSlice, reach, reportAll, sentenceAround, sentenceHas, sentenceMatch, shortDraftHas, Triggers, visibleLength, WordGate, words } from '../regex';
import { CAP, INITIAL, SEEN_DASH, vanishes } from '../doc';
import { idOf, type WordTable } from '../lexicon';
import type { Doc, Report, RuleCreate, RuleMeta } from '../types';

/**
 * Part of the draft without the invisible characters folding drops, and where each character left
 * came from: for patterns read on the draft as typed ("a\u00ADt The Boathouse" is still "at").
 */
function plain(doc: Doc, a: number, b: number): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = a; i < b; i++) {
    if (vanishes(doc.text.charCodeAt(i))) continue;
    s += doc.text[i];
    at.push(i);
  }
  at.push(b);
  return { s, at };
}
export const meta: RuleMeta = {
  id: 'location',
  examples: 'places, addresses and check-ins',
  title: 'Where you are or live',
  severity: 'medium',
  questions: [4, 1],
  explanation:
    'This shows where you are or where you live. School policy asks staff to be aware of location sharing: it can lead pupils, families or strangers to you.',
  reads: ['school', 'pupil', 'colleague', 'trip', 'absence'],
};

// Inward codes never use the letters C, I, K, M, O or V, which also keeps "Y6 2pm" out.
const POSTCODE = /\b[a-z]{1,2}\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}\b/y;
const PIN = /(?:\u{1f4cd}|\u{1f4cc})[^\S\n]*(?:[@#][\p{L}\p{N}_.]{2,40}|[^\n.!?#@|()]{2,50})/gu;
/** After a pin, words that are no place: "📍 pinned this for later", "📌 reminder: …". */
const NOT_AFTER_PIN = /^(?:pinned|pin|pinning|this|that|these|it|saved?|for later|reminder|note|important|read|remember|don'?t|please|update|buy|get|call|ring|book|pick|order|pay|send|check)\b/i;
const PIN_AFTER = /\b(?:at|in|@) (?:the |The )?[A-Z][^\n.!?#@|()]{1,40}?\s*(?:\u{1f4cd}|\u{1f4cc})/gu;
/** A bare place name, capitalised, right before the pin: "Sunday roast, Roath Park 📍". */
const PIN_BEFORE = /(?<![\p{L}'])(?:[A-Z][\p{L}'&-]*[^\S\n]){0,3}[A-Z][\p{L}'&-]*[^\S\n]*(?:\u{1f4cd}|\u{1f4cc})/gu;
/**
 * Session 9 round 2: a profile line ("📍 Leeds | KS2 teacher | views my own", "mum of 2 🍎 Sheffield 📍"):
 * a pin before or after a town alone there says the town one lives in, which alone is clean
 * (docs/labelling.md); a pin on anything finer ("📍 Roath Park") is still reported.
 */
const BIO = /\||•|·|\bviews (?:are )?(?:my )?own\b|\b(?:mum|mam|dad|mother|father|wife|husband) (?:of|to) (?:\d|one|two|three|four|five)\b|\b(?:she|he|they)\/(?:her|him|them)\b|\b(?:dog|cat) (?:mum|mam|dad|lover|person)\b/i;
const PIN_MARKS = /[\u{1f4cd}\u{1f4cc}|•·]|^\s*(?:based in|from)\s+/gu;
/** "Sister's just landed", "he's checked in": someone else's whereabouts. */
const SOMEONE_ELSE = /(?:'s|\bhe|\bshe|\bthey|\bhas|\bhave)(?:\s+just)?\s*$/;
const CHECK_IN = /\b(?:checked into|(?:checked in|checking in|check-in|check in|just arrived|just landed|landed)(?: (?:at|in|to)|:)) (?!home\b|work\b|bed\b|last\b|the moment\b|my\b|our\b|your\b|his\b|her\b|their\b|an? (?:parcel|package|email|letter|text|delivery)\b|the (?:parcel|package|post|delivery|order)\b)[^\n.!?,;]{2,40}/y;
const HERE_NOW = /\b(?:at|in|on) (?!home\b|the phone\b|a call\b|the way\b|my way\b|the sofa\b|the couch\b|hold\b|it\b|fire\b|a roll\b|form\b|track\b|duty\b|call\b|the train\b|the bus\b|a break\b|break\b|lunch\b|repeat\b|edge\b|bed\b|work\b|the moment\b|least\b|a meeting\b|meetings\b|the queue\b|a queue\b|traffic\b|the car\b|the bath\b|the shower\b|my\b|our\b|a rush\b|pain\b|tears\b|love\b|trouble\b|need\b|charge\b|school\b)[a-z][^\n.!?;]{1,35}? (?:right now|rn|as we speak|at the moment|atm|if anyone(?:'s| is)? (?:about|around|nearby))\b/y;
const LIVE = /\b(?:i|we|i've|we've) (?:live|still live|now live|have moved|just moved|moved|am living|are living) (?:on|in|at|to|into|round|off) [^\n.!?,;]{2,30}?\b(?:road|street|avenue|lane|close|drive|way|crescent|grove|gardens|terrace|court|mews|estate)\b/y;
// "Our new place is on Bower Mount Road": where home is, said of the home rather than of us.
const HOME_ON = /\b(?:my|our) (?:new |old |family )?(?:place|house|home|flat|address)(?: is|'s) (?:on|in|at|off) [^\n.!?,;]{2,30}?\b(?:road|street|avenue|lane|close|drive|way|crescent|grove|gardens|terrace|court|mews|estate)\b/y;

// Where one is now or lives, said with a place's name (issue 12): "currently at Barry Island",
// "currently @ Cardiff Central", "just moved onto Oakfield Street", "anyone on Maes y Coed…",
// "yn byw ar Heol y Felin", "ar hyn o bryd yng Nghaffi'r Harbwr". The place must be capitalised.
const NAMED_PLACE = /\b(?:currently (?:at|@|in|on)|(?:right now|rn|atm|(?<=\bat the )moment),? (?:at|in|@)|ar hyn o bryd (?:yng?|ar|yn)|(?:just )?moved (?:onto|into|to)|(?:just )?(?:pulled up|rocked up) (?:at|in|outside)|(?:just )?made it to the (?:top|summit) of|yn byw (?:ar|yn|yng)|anyone (?:else )?(?:on|in|at)|who(?:'s| is| else is) (?:on|in|at)|(?:just )?(?:got|made it) to|arrived (?:at|in)|live on) (?:the )?(?=\S)/y;
/** After "currently at", words that are no place: "currently at work", "currently at a loss". */
const NOT_A_PLACE = /^(?:home|work|my desk|a loss|a standstill|the moment|capacity|\d|my limit|breaking point|rock bottom|my |our |his |her |their |a |an |war\b|love\b|bed\b|tears\b|bits\b|pieces\b|denial\b|shock\b|recovery\b|trouble\b|the middle\b|the process\b|the zone\b|the thick\b|hibernation\b|survival\b|limbo\b|talks\b|charge\b|need\b)/;
/** A thing that is moved, not a household: "sports day has been moved to", "the match moved to", "it's moved to". */
const MOVED_THING = /\b(?:day|night|match|game|meeting|event|party|lessons?|class|concert|fair|fayre|assembly|service|show|session|training|practice|club|parade|disco|it|this|that|everything|date|appointment|exams?|trip|fixture|race|gala|rehearsal|sale|market|clinic|surgery|office|shop|store|branch|bus stop|stop|venue|quiz|bingo|library)(?:'s| (?:has|have|had|is|was|were|are|got|'ve))?(?: (?:been|now|just|also|finally|officially|all))*\s*(?:just |now |been )?$/;
/** "moved to Thursday": a day or month is no place. */
const WHEN_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:january|february|march|april|may|june|july|august|september|october|november|december|next|tomorrow|tonight)\b/;
/** A street, named in either language: Welsh street words come first, English ones last. */
const STREETISH = /^(?:(?:[a-z' ]{0,24}? (?:on|ar|in|yn) )?(?:heol|ffordd|stryd|l[oô]n|clos|cwrt|rhodfa|maes|cilgant|teras)\b|[a-z\u00e0-\u00ff' -]{1,30}?\b(?:road|street|avenue|lane|close|drive|crescent|grove|gardens|terrace|court|mews|estate)\b)/;
/** "I'm here till closing": where "here" is, the post names elsewhere ("who's in the Red Lion tonight?"). */
const HERE_TILL = /(?<=\b(?:i'm|we're|i am|we are) )here (?:till|until|til|for the (?:day|afternoon|evening|night)|all (?:day|afternoon|evening))\b/y;
const NAMED_PLACE_AT = words('right rn atm moment currently ar just moved yn anyone live who who\'s got made arrived pulled rocked');

// Being somewhere now, said with a named place (issue 12): "greetings from Caerphilly Castle", "live
// from the Liberty Stadium", "sat in the Red Lion", "spending the afternoon at Dyffryn Gardens",
// "loving it here at Rest Bay", "here till 5 at the craft fair", "find us at the Riverside market",
// "yma yn y Caffi ar y Cei". The place must start with a capital (keep), so "sat in traffic" is not one.
const BEING_AT =
  /\b(?:greetings from|live (?:update )?from|currently:|(?<=(?:^|[.!?\n]\s*))(?:top|summit) of|(?<=\babout to )board (?:at|in)|(?:currently |just )?(?:waiting|waitin|queuing|queueing|queuin|stuck|sat|sitting|sittin|stood|standing|standin|chilling|relaxing|lounging|sipping [a-z]+|having [a-z]+) (?:in|at|on|by|outside)|(?:having a |going for a )?wander(?:ing)? (?:round|around)|walking (?:the dogs?|[a-z]+) (?:round|around|along|through)|(?:leaving|just left) the [a-z' -]{1,20}? (?:in|at)|(?<=\b(?:in|back of|front of|end of) the )(?:queue|ciw) (?:at|in|yn|for)|(?<=\byn y )ciw (?:yn|ym|yng)|(?<=\bin a&)e (?:at|in)|(?<=\bon the [\d.:]{1,6} )(?:train|bus|ferry) (?:from|to)|spending the (?:day|morning|afternoon|evening) (?:at|in|on)|(?<=\b(?:day|night|afternoon) )out (?:at|in)|out and about (?:in|at)|(?:parked up|pit stop|stopped) (?:at|in|outside)|(?:on|at) the (?:beach|pier|prom|seafront|front|summit|top) (?:at|in|of)|loving it (?:here )?(?:at|in)|(?:here|yma) (?:at|in|yn|ar|yng)|here till [^\n.!?]{1,20}? (?:at|in)|find (?:us|me) (?:at|in|on|by)|come (?:and )?(?:say hi|say hello|find us|join us)[^\n.!?]{0,30}? (?:at|in|on|by)) (?:the |y |yr )?(?=\S)/y;
/** "We're at Bute Park", "I'm on the cake stall at Bridgend market": tried only where "at" or the like follows closely. */
const WE_AT = /(?:(?<=\b(?:we're|we are|i'm|i am) (?:at|in|on|by) (?:the )?[a-z' -]{1,30}? )(?:stall|stand) (?:at|in)|(?:we're|we are) at) (?:the |y |yr )?(?=\S)/y;
/** "At" or "@" and a capitalised place at the start of a sentence (checked against NOT_A_NAMED_PLACE). */
const OPENS_AT = /[Aa][Tt] (?:the |The )?[A-Z][\p{L}\p{M}'&-]*(?: (?:[A-Z][\p{L}\p{M}'&-]*|ice rink|leisure centre|park|beach|pier))*/uy;
/** Capitalised words that are no place: seasons and feasts, months and days, school groups and subjects. */
const NOT_A_NAMED_PLACE = /^(?:the )?(?:christmas|easter|xmas|halloween|diwali|eid|year|yr|reception|nursery|class|form|key stage|ks|maths|english|science|welsh|french|spanish|german|history|geography|art|music|pe|drama|re|computing|assembly|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|first|last|least|times|this|that|one|some|all|no|home|work|school|night|midnight|lunch|break|playtime|the moment|the end|the start|the time|the weekend|the age)\b/;
// A home address typed in lower case, said as one (the shared address finder wants capitals, so
// "10 kids from green lane" is not one): "mine is 58 coed y brain road", "we're at 14 elm grove".
const SAID_ADDRESS = /(?<=\b(?:mine is|mine's|we're at|we are at|i'm at|i am at|live at|address is|house is|come to|round to|drop (?:it |them )?(?:off )?(?:at|to)|send (?:it |them )?to|deliver(?:ed)? to|bring (?:it |them )?to|pop (?:it |them )?(?:round )?to),? )\d{1,4}[a-z]?,? (?:[a-z][a-z'-]* ){1,3}(?:road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|grove|gardens|place|terrace|court|mews|row|walk|square|hill|rise|view|parade|green|vale)\b/y;
/**
 * Pupils out (the trip rule's finding), told by a year group, a class, a count of children or a school
 * club's kids; not a year group's essays or books being marked in a café ("sat in Costa with 60 year 10 essays").
 */
const PUPILS_OUT = /\b(?:\d{1,2} classes|(?:club|team|squad|choir|council) (?:kids|children)|(?:eco|science|chess|coding|school|after[- ]school|breakfast|gardening|lego|homework|code) (?:club|council|committee|warriors)|\d{1,3} (?:kids|children|pupils)|u\d{1,2}s?|under \d{1,2}s?)\b/;
const MARKING = /\b(?:essays|books|marking|reports|mocks|papers|homework|coursework|assessments|scripts|tests|exercise books)\b/;
function pupilsThere(doc: Doc, i: number): boolean {
  return (sentenceHas(doc, i, PUPIL_GROUP) || sentenceHas(doc, i, PUPILS_OUT)) && !sentenceHas(doc, i, MARKING);
}
/**
 * Over already: "stopped at the Hollybush last Sunday", "Tenby last August 📍", "📍 Rome, 2023",
 * "the pony won a rosette at the Vale show today", "rolled in something dead in Bute Park".
 */
const OVER = /\b(?:was|were|yesterday|last (?!(?:minute|orders|one|chance|bit|few|stop|call|resort|day|night in|words)\b)[a-z]+|went|ago|used to|throwback|tbt|still dreaming|won|raised|stole|rolled|scored|saw|met up|took|found|lost|visited|enjoyed|watched|(?:19|20)\d\d)\b/;
/** Rooms and corners of one's own home. */
const HOME_ROOM = /^the (?:garden|kitchen|bath|bathroom|bedroom|living room|lounge|front room|back room|conservatory|spare room|loft|attic|shed|garage|hallway|dining room|office|study|utility|sofa|couch|bed)\b/;
/** A review, written after: "yorkshires the size of your head. recommend", "argymell", "10/10". */
const REVIEW = /\b(?:recommend(?:ed)?|argymell|10\/10|would (?:go|recommend)|highly rate|five stars?|5 stars?)\b/;
/** Asking people over, or for company: said from where one is. */
const INVITE = /\b(?:come (?:and )?(?:say hi|say hello|find (?:us|me)|join (?:us|me)|over|down|along)|if (?:you'?re|anyone'?s|anyone is) (?:about|around|nearby|passing|local)|(?:if )?any ?(?:one|body) (?:local |nearby |about |around )?(?:need|needs|want|wants|fancy|fancies|about|around|nearby)|any ?(?:one|body) else (?:going|coming|there)|(?:wanna|want to|wants to) join|if (?:owt|anyone|anybody|you) wants? to join|if you'?re looking for me|any ?(?:one|body) about$|who'?s coming\b[^.!?\n]{0,40}\bwith (?:me|us)|pop (?:in|by|over|down)|dewch draw|tyrd draw|dere draw|send (?:help|snacks|coffee|wine|rescue))\b/;
/** The past: "day out at Folly Farm yesterday". */
const WAS = /\b(?:was|were|yesterday|last (?:night|week|weekend|year|summer)|went|ago|used to)\b/;
/** Someone else named before the verb: "my brother just moved", "she's sitting in". */
const OTHER_BEFORE = /\b(?:my|our|his|her|their) (?:sister|brother|mum|mam|dad|nan|gran|friend|mate|daughter|son|parents|cousin|aunt|auntie|uncle|niece|nephew|neighbours?|colleague|boss)\b|\b(?:he|she|they)(?:'s|'re| is| are| has| have)?\s+(?:just\s+)?$|\b(?:everyone|everybody|all (?:of )?(?:you|those)|you lot|those|people)(?: (?:who'?s|who are|that'?s|that are|who were))?\s+(?:(?:stuck|sat|sitting|queuing|queueing|waiting|still)\s+)?$/;
/*
 * A place talked about rather than sent from (session 6's lookalikes): the activity there as the
 * subject of a judgement ("Shopping in Leeds is so much better", "Queueing at Greggs in Newcastle
 * should be an Olympic sport", "Coffee at Bettys is £6"), or a habit ("every morning", "a lot",
 * "usually", "is my happy place"). Read by every reading of being somewhere now.
 */
const GENERIC = /\b(?:every (?:single )?(?:morning|day|night|week|weekend|time|year|summer|winter|[a-z]+day)|(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) (?:night|day|morning|time|week|year) (?:running|in a row)|a lot|usually|(?<!\b(?:she|he|they)(?:'s|'re| is| are)? )always|most (?:days|mornings|weekends|nights)|(?:is|are) (?:my|our) (?:happy place|favourite)|human right|rite of passage|should be an?|on my (?:list|bucket list)|worth every|the best part of|builds character|whenever|each time|(?:better|worse|nicer|cheaper) than|compared to|nothing (?:beats|compares to|tops)|(?:you )?can'?t beat)\b/;
const TOPIC_AFTER = /^(?:[Tt]he )?(?:(?!(?:and|but|so|it|it's|its|i|we|they|the sun|sun|weather|which|who|that|this|there|there's)\b)[a-z'&-]+ ){0,3}?(?:[\p{Lu}\d][\p{L}'\u2019&.-]*(?: (?:[\p{Lu}\d][\p{L}'\u2019&.-]*|of|on|y|the))*)?(?: (?:in|at|on) (?:the )?\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*)*)? (?:is|are|should|builds|makes|costs|means|beats|takes|isn't|aren't|never|always|was|were|has always|will always|sells|stocks|has (?:those|got|new|loads|lots|some|\d))\b/u;
/** The place at `end` is talked about, not where the poster is: a judgement on it or a habit. */
/**
 * Session 9 round 2: the place seen from elsewhere: a fixture or a show watched from home ("England v
 * Wales at Twickenham on Saturday, I'll be watching from the sofa"), a broadcast from it, a road or
 * news report ("Breaking: the A1 is closed at Scotch Corner"), a warning passed on. Read only at a
 * place already found, so it costs nothing on a draft naming none.
 */
const SEEN_FROM_HOME = /\b(?:(?:watching|watch|cheering|listening)(?: (?:it|them|the [a-z]+))? (?:from|on) (?:the|my|our) (?:sofa|settee|couch)|from (?:the|my|our) (?:sofa|settee|couch|armchair)|(?:broadcasting|broadcast|streaming|televised|being shown|coming) (?:live )?from|road report|traffic (?:report|update|news|alert)|(?:is|are) (?:closed|shut|blocked) (?:at|near|between|northbound|southbound|eastbound|westbound|both ways)|ar gau (?:ger|yn|yng|ym|rhwng|wrth)|diversions? (?:are )?in place|avoid the area|(?:^|[.!?]\s*)(?:breaking|warning|psa|heads up|news|alert|shared from|repost(?:ed)? from|rt @[a-z0-9_]+|newyddion|rhybudd)\b[^.!?:]{0,24}:)/;
/** Session 9 round 2: being there wished for, not had: "I'd give anything to be in Whitby right now", "imagine being in Bali right now". */
const WISHED = /\b(?:wish(?:ing)?|imagine|imagining|i'?d (?:give|love|rather|kill|sell)|would (?:love|rather|give)|if only|rather be|take me back|dreaming)\b/;
/** Food or goods sent from a place: "lunch delivered from the Greggs in Otley", "ordered the Sunday dinner from the Fox". */
const SENT_FROM = /\b(?:delivered|delivery|deliveroo|just eat|uber eats|ordered|takeaway|take-away|posted|sent)\b[^.!?,]{0,40}$/;
/** Everyone else there: "jealous of everyone at Glastonbury right now", "thoughts with everyone stuck on the M1". */
const EVERYONE_BEFORE = /\b(?:everyone|everybody|all (?:of )?(?:you|those)|you lot|those|people)(?: (?:who'?s|who are|that'?s|that are|who were))?\s+(?:(?:stuck|sat|sitting|queuing|queueing|waiting|still)\s+)?$/;
/** On a screen or the radio, with no one of the poster's there: "Leeds v Hull at 3 on Sky". */
const ON_SCREEN = /\bon (?:the )?(?:telly|tv|sky|sky sports|bbc(?: one| two| four)?|itv|iplayer|channel 4|radio(?: \d)?|tnt|bt sport|s4c|youtube)\b|\bar (?:y )?(?:teledu|radio|s4c|bocs)\b/;
const SELF_THERE_NOW = /\b(?:i'?m|we'?re|i am|we are|me and|dw i|dwi|rydw i|ni'?n|rydyn ni|dan ni|fi'?n|i'?ll be (?:at|in|there)|we'?ll be (?:at|in|there)|with (?:a|my|our) (?:pint|drink|beer|glass|cuppa|coffee|brew))\b|^\s*(?:(?:sat|sitting|stood|standing|just|down)\s+)?(?:in|at|down) (?:the|a)\b/;
function talkedAbout(doc: Doc, index: number, end: number): boolean {
  return sentenceHas(doc, index, GENERIC) || TOPIC_AFTER.test(plainSlice(doc, end, sentenceAround(doc.text, index)[1])) || seenFromElsewhere(doc, index);
}
/** The words SEEN_FROM_HOME and ON_SCREEN need, one at least: most drafts hold none and read neither. */
const ELSEWHERE_GATE = new WordGate(words('sofa settee couch armchair broadcasting broadcast streaming televised shown coming report traffic closed shut blocked gau diversion diversions avoid breaking warning psa heads news alert shared repost reposted rt newyddion rhybudd telly tv sky bbc itv iplayer radio tnt bt s4c youtube teledu bocs'));
function seenFromElsewhere(doc: Doc, index: number): boolean {
  if (!ELSEWHERE_GATE.in(doc)) return false;
  return sentenceHas(doc, index, SEEN_FROM_HOME) || (sentenceHas(doc, index, ON_SCREEN) && !sentenceHas(doc, index, SELF_THERE_NOW));
}
function beingAt(m: RegExpExecArray, doc: Doc, end: number): boolean {
  if (talkedAbout(doc, m.index, end)) return false;
  // "house-sitting in", "baby-sitting at": a job at someone else's home.
  if (doc.text[m.index - 1] === '-' || OTHER_BEFORE.test(plainSlice(doc, reach(doc, m.index, -24), m.index).toLowerCase())) return false;
  // Session 9 round 2: "not sat in Malaga", "never stood on the pier": where one is not.
  if (/\b(?:not|never|instead of)\s+$/.test(plainSlice(doc, reach(doc, m.index, -12), m.index).toLowerCase())) return false;
  if (/^out (?:at|in) $/.test(m[0]) && sentenceHas(doc, m.index, WAS)) return false;
  if (NOT_NAMED.test(plainSlice(doc, end, reach(doc, end, 12)).toLowerCase()) || FUTURE_SELF.test(plainSlice(doc, reach(doc, m.index, -14), m.index).toLowerCase())) return false;
  // "Reception are spending the morning at …": pupils' whereabouts, the trip rule's finding.
  if (pupilsThere(doc, m.index) || sentenceHas(doc, m.index, OVER)) return false;
  if (doc.found?.school?.some(([a, b]) => a <= end && end < b)) return false;
  const next = plainSlice(doc, end, reach(doc, end, 20)).toLowerCase();
  if (NOT_A_NAMED_PLACE.test(next) || WHEN_WORD.test(next)) return false;
  const [, b] = sentenceAround(doc.text, m.index);
  if (doc.text[b] === '?' && !/^(?:come|find|here|yma)/.test(m[0]) && !sentenceHas(doc, m.index, INVITE)) return false;
  // The place is named at once, or a few words on: "sat in the waiting room at Glan Clwyd".
  return capAt(doc, end) || (!/^(?:come|find|here|yma)/.test(m[0]) && NAMED_SOON.test(plainSlice(doc, end, reach(doc, end, 50))));
}
/** The id of "at" in the last word table seen (a scanner scans draft after draft with one table). */
let atTable: WordTable | undefined;
let atId = 0;
/**
 * A sentence that opens on where one is: "At the Mold Alex for one quick drink", "at Cheshire
 * Oaks.". The tokeniser has already marked each sentence's first word, so this only looks at the
 * "at"s that start one, and reads the place's whole name from the draft as typed.
 */
function opensAt(doc: Doc, report: Report): void {
  const table = doc.lexicon.table;
  if (table !== atTable) {
    atTable = table;
    atId = idOf(table, 'at');
  }
  if (!atId) return;
  const { hot } = doc;
  for (let h = 0; h < hot.length; h++) {
    const k = hot[h]!;
    if (doc.wordId(k) !== atId || !(doc.flagsOf(k) & INITIAL)) continue;
    // Read without the invisible characters folding drops ("At t\u00ADhe Mold"), mapped back to the draft.
    const from = doc.startOf(k);
    const raw = doc.text.slice(from, from + 80);
    let plain = '';
    const at: number[] = [];
    for (let j = 0; j < raw.length; j++) {
      if (vanishes(raw.charCodeAt(j))) continue;
      plain += raw[j];
      at.push(j);
    }
    OPENS_AT.lastIndex = 0;
    const o = OPENS_AT.exec(plain);
    if (!o) continue;
    const place = o[0].replace(/^\S+ /, '');
    // "At Nan's", "At Ellie's party": someone's, not a place anyone could find.
    if (!NOT_A_NAMED_PLACE.test(place.toLowerCase()) && !/^[^ ]+['\u2019]s\b/.test(place) && !sentenceHas(doc, from, OVER)) report(from, from + at[o[0].length - 1]! + 1);
  }
}
/** "I'll be sat in Dubai": a plan (the absence rule's), not where one is. */
const FUTURE_SELF = /(?:'ll be|will be|going to be|gonna be)\s*$/;
const NAMED_SOON = /^[a-z0-9' -]{0,36}?\b(?:at|in|yn|on|to|of|outside|opposite|near|by|behind) (?:the )?[A-Z]/;
const BEING_AT_AT = words('top summit board walking out parked pit stopped on queue ciw e train bus ferry waiting waitin queuing queueing queuin stuck having going wander wandering leaving greetings live currently just sat sitting sittin stood standing standin chilling relaxing lounging sipping spending loving here yma find come');
/** A person named before "who's in": "my friend who's in Bali", "a colleague who is at". */
const PERSON_WHO = /\b(?:friend|mate|pal|bestie|sister|brother|mum|mam|mom|dad|son|daughter|cousin|husband|wife|partner|colleague|neighbour|nan|gran|aunt|auntie|uncle|niece|nephew|boss|someone|somebody|people|family|girl|boy|lad|woman|man|lady|guy|one)s? $/;
/** After "we're at": words that are no place ("we're at a loss", "at capacity", "at it again"). */
const NOT_NAMED = /^(?:home|work|school|a |it |capacity|breaking|the moment|the point|the end|the stage|that stage|war|peace|\d)/;

// Where home is, told by what is beside it (issue 12): "our house is the one opposite the Co-op",
// "we're the blue door next to the chippy on Station Road", "my flat is right above the Greggs",
// "we live in the white house at the end of Heol y Felin". A named place or shop must follow (keep).
const HOME_BY =
  /(?<=\b(?:(?:our|my) (?:new |old )?(?:house|flat|home|place|door|bungalow|cottage)(?: is|'s)?(?: the one| the [a-z]+ (?:one|house|door|flat))?|(?:we're|we are|i'm|i am|we live in|i live in) the [a-z -]{0,20}?(?:house|flat|door|bungalow|cottage|one)) (?:right )?(?:at the |on the )?)(?:opposite|next to|next door to|above|below|behind|beside|across from|across the road from|round the corner from|around the corner from|near|end of|corner of)(?= )/y;
const HOME_BY_AT = words('opposite next above below behind beside across round around near end corner');
/** Shops and landmarks people place their homes by, in lower case too. */
const LANDMARK = /^ (?:the )?(?:co-?op|chippy|chip shop|shop|pub|school|park|church|chapel|post office|greggs|tesco|spar|lidl|aldi|station|garage|library|rec|green|pharmacy|chemist|surgery)\b/;

/** "me15", "sw1a", "b1": one or two letters then a digit, the start of a postcode. */
function outward(w: string): boolean {
  const a = w.charCodeAt(0), b = w.charCodeAt(1), c = w.charCodeAt(2);
  const letter = (x: number) => x >= 97 && x <= 122;
  const digit = (x: number) => x >= 48 && x <= 57;
  return letter(a) && (digit(b) || (letter(b) && digit(c)));
}

// Out somewhere now, told by what one is doing there and a capitalised place (issue 12's check-ins
// without "checked in"): "Coffee o'clock at Costa Mold with mum", "Pint in the sun at The Glasfryn",
// "Feeling blessed at Snowdon summit", "Hello from Aberystwyth prom". The activity or mood word starts
// it; the last "at"/"in" within reach must be followed by a capital (keep), and the sentence must be
// neither past ("last week"), a plan ("tomorrow", "booked") nor a question ("anyone been to…?").
const DOING = words(
  'lunch brunch breakfast coffee coffees cuppa dinner drinks drink pint pints cocktails prosecco fizz date quiz spa swim walk stroll ' +
    'roast picnic gig paddle hike parkrun shopping cheeky enjoying feeling loving beautiful gorgeous lovely glorious stunning sunset sunrise ' +
    'views hello hiya tea day night morning afternoon evening eating drinking watching swimming paddling strolling wandering browsing sheltering queueing queuing ' +
    'waiting parked hiding hunting sunbathing 10k 5k jog jogging pitchside ringside table chips pizza burger curry nandos mulled chocolate fireworks panto trolley row view selfie shopping',
);
/** The activity before the place, in the same sentence: "Coffee o'clock at", "Pint in the sun at". */
const DOING_BEFORE = new RegExp(`\\b(?:${[...DOING].join('|')})\\b[^.!?\\n]{0,40}$`);
/** Told as past, planned, or asked: "Had the best Sunday lunch at the Druid last week", "Brunch at Bills tomorrow?" */
const NOT_NOW =
  /\?|\b(?:(?:is|are) like|(?:has|have|is|are) (?:re)?open(?:ed)?|reopened|opening|closing|closed down|(?:until|till|til) (?:the )?\d|out of office|was|were|yesterday|last (?:night|week|weekend|year|month|summer|time)|last (?!(?:minute|orders|one|chance|bit|few|stop|call|resort|day|words)\b)[a-z]+|won|raised|stole|rolled|scored|saw|took|found|lost|visited|enjoyed|watched|(?:19|20)\d\d|to live|(?:being )?sent to|moving to|emigrat[a-z]+|went|ago|used to|had|spent|did|back from|throwback|tbt|remember|tomorrow|next|booked|booking|tickets?|can'?t wait|will|'ll|going to|gonna|planning|plan to|plans? for|soon|anyone|recommend|wish|one day|someday|favourite|best|pretend(?:ing)? (?:we'?re|i'?m|we are|i am|to be|it'?s)|imagin(?:e|ing)|would|could|if(?! (?:you see|you spot|you'?re (?:about|around|passing|nearby|local)|anyone(?:'s| is)? (?:about|around|needs|wants|fancies|nearby)))|nothing like|(?:first|last) day|(?:on|this|next|from) (?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:january|february|march|april|june|july|august|september|october|november|december)|leaving|back (?:on|the)|(?:\d+|two|three|four) (?:weeks|nights))\b/;
/** Countries and regions are no place anyone could find one in ("the best chippy in North Wales"). */
const REGION = /^(?:(?:north|south|east|west|mid)(?: |-)?)?(?:wales|england|scotland|ireland|the uk|uk|britain|europe|the world|cymru|the country|yorkshire|lancashire|cornwall|devon|kent|essex|norfolk|suffolk|the midlands|the north|the south|the valleys|gwynedd|powys|ceredigion|pembrokeshire|anglesey|ynys m[oô]n|monmouthshire|the vale)\b/;
/** A school is the school rule's: "Open evening at Heol Goffa School". */
const A_SCHOOL = /^(?:y(?:g|gg|sg)\b|[^.!?,\n]{0,40}\b(?:school|primary|ysgol|academy|college|high|infants|juniors|comp|comprehensive|grammar|uni|university)\b)/;
/** The place's own name: its capitalised words ("Cwmbran" of "Cwmbran after the school run"). */
const NAME_RUN = /^(?:the |The )?[\p{Lu}\d][\p{L}\p{M}\d'\u2019&.-]*(?: (?:[\p{Lu}\d][\p{L}\p{M}\d'\u2019&.-]*|of|on|y|yr|the|upon|de|la))*/u;
/** Capitalised words after "on" or "in" that are screens, apps and channels, not places ("watching it on Netflix"). */
const NOT_PLACE_NAME = /^(?:the )?(?:nhs|dvla|hmrc|dwp|netflix|twitter|x|facebook|fb|instagram|insta|tiktok|youtube|teams|zoom|google|whatsapp|amazon|spotify|snapchat|disney\+|iplayer|bbc|itv|s4c|channel \d|radio|sky|prime|deliveroo|just eat|uber eats|gcse|a level|ks\d|slt|inset|ofsted|estyn|mr|mrs|miss|ms|dr|sir|mum|mam|dad|nan|nain|taid|god|jesus|santa|i|i'm|i'll|sun|news|papers?|telly|tv|it|ict|hr|retail|admin|finance|sales|marketing|education|bake off|strictly|corrie|eastenders|love island|gogglebox)\b/;
/** Someone's, not a place: "Nan's", "Ellie's party"; but "Sainsbury's Talbot Green", "the Workmen's Hall", "Morrisons car park" are places. */
function someones(place: string): boolean {
  return /^(?:[Tt]he )?[^ ]+['\u2019]s\b/.test(place) && !/^(?:[Tt]he )?[^ ]+['\u2019]s (?:\p{Lu}|(?:car park|caf[eé]|shop|store|pub|bar|garage|centre|arms|head|inn|local|superstore|extra)\b)/u.test(place);
}
function doingAt(index: number, doc: Doc, end: number, known = false): boolean {
  if (!known && !capAt(doc, end)) return false;
  const place = plainSlice(doc, end, reach(doc, end, 30));
  const low = place.toLowerCase();
  const name = (NAME_RUN.exec(place)?.[0] ?? place).toLowerCase();
  // "Nan's" is someone's; "Sainsbury's Talbot Green", "the Workmen's Hall" are places.
  if (someones(place) || NOT_A_NAMED_PLACE.test(low) || WHEN_WORD.test(low) || REGION.test(low) || A_SCHOOL.test(name) || NOT_PLACE_NAME.test(low)) return false;
  if (doc.found?.school?.some(([a, b]) => a <= end && end < b)) return false;
  return !sentenceHas(doc, index, NOT_NOW) && !pupilsThere(doc, index) && !shortDraftHas(doc, REVIEW) && !talkedAbout(doc, index, end);
}
/**
 * "At" a capitalised place with a sign the post is sent from there: company ("at Folly Farm with the
 * kids"), the time being now ("at Margam Park this morning") or an emoji after it ("Me and the girls
 * at Cardiff Bay 💃"). Checked as doingAt checks, so plans, the past and questions stay out.
 */
/** "at", "in" or "from" (and "the") just before a word, read backwards from it. */
const AT_BEFORE = /(?<![\p{L}\p{N}'\u2019])(?:at|in|from|@) (?:the )?$/iu;
/**
 * "at", "in" or "from" before a capitalised place. "At" and "in" are in nearly every draft, so no
 * pattern is tried at them: the tokeniser's marked words are walked (as opensAt walks them) and only
 * an "at" whose next word (or the one after "the") has a capital is read further.
 */
/** The ids of "in", "from" and "the" in the last word table seen ("at"'s is opensAt's). */
let placeTable: WordTable | undefined;
let inId = 0;
let fromId = 0;
let theId = 0;
let onId = 0;
let outsideId = 0;
let alongId = 0;
let roundId = 0;
let aroundId = 0;
/** Prepositions only the broad reading (hereNow) reads: "near Brighouse", "through Islington", "by the abbey". */
let moreIds = new Set<number>();
/** "From" is no other table's word: this puts it in the lexicon, so the tokeniser marks it. */
new WordGate(words('from outside along round around near by opposite through into past to of down off above below beyond'));
/** "@ The Potted Pig": "@" is no word, so it is looked for in the text, only where there is one. */
const AT_SIGN = /(?<![\p{L}\p{N}])@ (?:the |The )?(?=\p{Lu})/gu;
function atPlaces(doc: Doc, report: Report, taken: number[]): void {
  const table = doc.lexicon.table;
  if (table !== placeTable) {
    placeTable = table;
    inId = idOf(table, 'in');
    fromId = idOf(table, 'from');
    theId = idOf(table, 'the');
    onId = idOf(table, 'on');
    outsideId = idOf(table, 'outside');
    alongId = idOf(table, 'along');
    roundId = idOf(table, 'round');
    aroundId = idOf(table, 'around');
    moreIds = new Set(['near', 'by', 'opposite', 'through', 'into', 'past', 'to', 'of', 'down', 'off', 'above', 'below', 'beyond'].map((w) => idOf(table, w)).filter(Boolean));
  }
  const { hot } = doc;
  for (let h = 0; h < hot.length; h++) {
    const k = hot[h]!;
    const id = doc.wordId(k);
    if (!id) continue;
    const more = moreIds.has(id);
    if (!more && id !== atId && id !== inId && id !== fromId && id !== onId && id !== outsideId && id !== alongId && id !== roundId && id !== aroundId) continue;
    let n = k + 1;
    const count = doc.tokens.length;
    if (n < count && theId && doc.wordId(n) === theId) n++;
    if (n >= count || !(doc.flagsOf(n) & CAP)) continue;
    const index = doc.startOf(k);
    const end = doc.startOf(n);
    // Next to each other in the draft, not across a line or a sentence ("in. The").
    const between = plainSlice(doc, index, end);
    if (end - index > 30 || !/^[a-z]+ (?:the )?$/i.test(between)) continue;
    if (!more && atPlace(index, between.toLowerCase(), doc, end)) report(index, end);
    else hereNow(index, between.toLowerCase(), doc, end, report, taken);
  }
  if (doc.text.includes('@ ')) {
    AT_SIGN.lastIndex = 0;
    for (let m = AT_SIGN.exec(doc.text); m; m = AT_SIGN.exec(doc.text)) {
      const end = m.index + m[0].length;
      if (atPlace(m.index, m[0].toLowerCase(), doc, end)) report(m.index, end);
    }
  }
}
/*
 * Where one is now, read broadly (session 6): a place named after a preposition, in a sentence that
 * opens on the poster doing something (a verb in -ing, "me and the kids", "I'm", "on the 38 bus", "in
 * the staffroom"), with what would make it past, planned, asked or someone else's read in the place's
 * own clause rather than the whole sentence ("Coffee at the garden centre in Llantrisant with my mam,
 * she's bought three more gnomes"). The words of time that rule a whole sentence out ("yesterday",
 * "tomorrow", "last week") still do. Read only where the narrower readings above found nothing.
 */
/** An -ing word that is no activity of the moment: thinking of, going to, a noun. */
const NOT_DOING = /^(?:thinking|going|hoping|planning|missing|remembering|wishing|dreaming|teaching|learning|moving|counting|booking|reading|looking|wondering|considering|debating|living|working|saying|telling|asking|trying|being|coming|heading|leaving|morning|evening|nothing|something|anything|everything|thing|things|king|ring|spring|bring|sing|during|building|wedding|meeting|pudding|ceiling|darling|sibling|string|wing|swing|evening|boring|amazing|interesting|exciting|annoying|loving|feeling|missing|gutted|sending|wishing|congratulating|celebrating|welcoming|recruiting|training|marking)$/;
/** The sentence opens on the poster there: an -ing verb, "me and …", "I'm", "hi from", "out for …", a spot in a place, a ride. */
const OPENS_HERE = /^\s*(?:(?:literally|honestly|just|still|currently|now|finally|nearly|quietly)\s+){0,2}(?:([a-z]{2,}ing)\b|just (?:got|arrived|pulled|landed|made it|walked|rocked|rolled|parked|sat)\b|me\b|us\b|(?:i'?m|im|we'?re|i am|we are)\b|(?:hi|hello|hiya|greetings|love) from\b|out (?:for|and about|front|on)\b|still (?=at|in|on|here|sat|stuck|waiting|up|outside|queu|$)|(?:sat|stood|stuck|parked|nearly|finally|currently|supply|cover|pitch ?side|ringside|poolside|touchline|snowed in|trapped|bench|table|seat|spot|window seat|front row)\b|(?:on|in|at|outside|by|near|inside|under|up) (?:the|a|an|my|our|me|platform|gate|row|seat|level)\b|at (?:my |me |our )?[a-z]+'s\b|anyone else (?:stuck|at|in|on|sat|sitting|waiting|queuing|queueing|here|parked)\b|(?:the |our |my )?(?:train|bus|tube|coach|ferry|plane|flight|tram)(?:'s| is) (?:stuck|stopped|delayed|held|sat|sitting|waiting|crawling|just)\b|(?:back|front|top deck|top|upstairs) of the (?:coach|bus|minibus|train|tram|boat)\b)/;
/** One of the first two words an activity or outing: "Market day in Skipton", "Brunch in Stoke Newington", "Pint in the Crown". */
const DOING_OPENS = new RegExp(`^\\s*(?:[a-z']+ )?(?:${[...DOING].filter((w) => !/^(?:day|night|morning|afternoon|evening|table|row|view|views|date|quiz)$/.test(w)).join('|')}|market|beach|pool|picnic|run|ride|dip)\\b`);
/** A ride the poster is on: the place after "to", "through" or "into" is where it is now. */
const RIDE = /^\s*(?:(?:me|i'?m|we'?re|i am|we are|currently|still|just|stuck|sat|stood)\s+)*(?:on|in|(?:back|front|top deck|top|upstairs) of) (?:the|a) (?:\d{1,3}[a-z]? |number \d{1,3} |[a-z]+ )?(?:bus|train|tube|tram|coach|ferry|overground|metro|underground|boat|shuttle|minibus|[ma]\d{1,3})\b|^\s*(?:the |our |my )?(?:train|bus|tube|coach|ferry|tram)(?:'s| is) /;
/** What ends a clause: a comma, a dash, a bracket, a colon, "but". */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]| - |\bbut\b/g;
/** Past, planned or asked, in the sentence: "last week", "tomorrow", "one day", "anyone recommend". */
const NOT_NOW_SENTENCE = /\b(?:yesterday|last (?!(?:minute|orders|one|chance|bit|few|stop|call|resort|day|words|car|train|bus)\b)[a-z]+|ago|throwback|tbt|used to|tomorrow|tmrw|next (?:week|weekend|month|year|time|summer|[a-z]+day)|(?:19|20)\d\d|one day|some ?day|wish|would|could|recommend[a-z]*|anyone (?:been|know|recommend)|favourite|remember|pretend[a-z]*|imagin[a-z]*|booked|booking|can'?t wait|planning|plan to|thinking (?:of|about)|fancy|this (?:weekend|coming|[a-z]+day)|on (?:the )?[a-z]+days?|every|always|usually|never|(?:has|have|is|are) (?:re)?open(?:ed)?|opens|closing down|closed down|nothing like|best [a-z]+ in|if (?!(?:you'?re|anyone'?s?|anyone is) (?:about|around|passing|nearby|local)|anyone (?:needs?|wants?|fancies|fancy))|looking forward|ever|the (?:year|week|day) (?:after|before)|in (?:january|february|march|april|june|july|august|september|october|november|december))\b/;
/** Told as past more than once in the sentence, whatever the clause: "Quiz night at the Legion, our team came 3rd, raffle prize was a tin". */
const PAST_WORD = /\b(?:was|were|had|went|came|did|won|lost|raised|spent|bought|ate|saw|rented|took)\b/g;
/** Past or planned, in the place's own clause: "was", "had", "we'll", "going to". */
const NOT_NOW_CLAUSE = /\?|\b(?:(?:talking|talk|learning|reading|hearing|documentary|programme|podcast|book|film|lesson|topic|history) (?:about|on|of)|(?<!\b(?:till|until|til|since|cosy|lazy|sunny|rainy|wet|quiet|lovely|slow|happy|perfect|typical|busy|chilly|grey) )(?:mon|tues|wednes|thurs|fri|satur|sun)day|was|were|had|went|came|raised|rented|got lost|rang|called|phoned|texted|emailed|offered|asked|told|said|spent|did|won|saw|took|visited|enjoyed|watched|'ll|will|going to|gonna|soon|to be|booked|want to|wanna|need to|gotta|should)\b/;
/** Someone else there, said before the place in its clause: "she's at", "my sister's in", "they are on". */
const OTHER_HERE = /\b(?:he|she|they|(?<!\b(?:at|to|into|from|by|outside|near|with|round) )(?:his|her|their)|someone|somebody|everyone|(?<!\b(?:at|to|into|from|by|outside|near|with|round|staying|stopping) )(?:my|our|his|her) (?:son|daughter|husband|wife|partner|hubby|mum|mam|dad|sister|brother|friend|nan|gran|boss|colleague|kids|boys|girls|eldest|youngest|little one)(?:'s| is| are| has| have)|[a-z]+ (?:is|are|has) (?:at|in|on)|(?:mr|mrs|miss|ms|dr) [a-z]+)\b/;
/** Now, in so many words, or a clock time of today: for a named school, "still at St Joseph's at 6pm". */
const NOW_STRONG = /\b(?:now|rn|atm|right now|currently|still|today|this (?:morning|afternoon|evening)|tonight|at \d{1,2}(?:[.:]\d\d)? ?(?:am|pm)?|on a (?:saturday|sunday))\b/;
/*
 * Where the poster will be at a stated time (docs/labelling.md: "or will be at a stated time"), said
 * of the poster going with pupils or alone: "Taking my lot to the Senedd on Thursday", "I've got the
 * infants at the panto in the New Theatre Thursday morning", "Tonight at 7.30 I'll be at the White
 * Hart", "Fi'n mynd â'r dosbarth i Sain Ffagan fory". The poster's going is said in so many words; the
 * trip rule's finding about the pupils stays its own.
 */
const POSTER_GOING = /\b(?:i'?m taking|i am taking|(?:^|[.!?]\s*)taking (?:my|our|the|\d{1,3}|[a-z]+,)|taking (?:my|our) |i'?ve got (?:the|my|\d)|we'?ve got (?:the|my|\d)|got (?:my|the) (?:little ones|class|lot|group|juniors|infants|year)|(?:me|i) and (?:the|my) (?:year|class|kids|eco|school|choir|team|group|juniors|infants|little|top|under)|with (?:my|our) (?:class|lot|group|year \d{1,2}s?|y\d{1,2}s?|juniors|infants|little ones|gang|reception|nursery|choir|team)|with the (?:year \d{1,2}s|y\d{1,2}s|juniors|infants|top juniors)|my (?:class|group|lot|year \d{1,2}s?|juniors|infants|little ones|gang)(?: are| is|'s)|i'?ll (?:be|have)|we'?ll be|i will be|(?:find|come and find|come find) (?:me|us)|i'?m (?:driving|leading|running|on)|(?:fi|dw i|dwi)(?:'n| yn) mynd (?:â|a)|fi a'r|gyda(?:'r)? (?:bl|plant|dosbarth))/;
/** A time to come said outright: a day, a date, a clock time, "tomorrow", "next week". */
const TIME_STATED = /\b(?:tomorrow|tmrw|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next (?:week|weekend|month)|this (?:morning|afternoon|evening|weekend)|at \d{1,2}(?:[.:]\d\d)? ?(?:am|pm)?|\d{1,2}(?:[.:]\d\d)? ?(?:am|pm)|from monday|all morning|all afternoon|all day|fory|yfory|heno|dydd [a-z]+|bore '?ma|p'?nawn '?ma|wythnos nesa)\b/;
/** Past or wishful even for a plan: "last Thursday", "years ago", "would love to", "anyone been". */
/** Any holiday place in the sentence. */
const HOLIDAY_PLACE_ANY = DESTINATION_ANY;
const PLAN_NOT = /\?|\b(?:yesterday|last (?!(?:minute|orders|one|chance|bit|few|stop|call|resort|day|words|car|train|bus|lesson)\b)[a-z]+|ago|throwback|tbt|used to|(?:19|20)\d\d|one day|some ?day|wish (?:i|we)|would|could|recommend[a-z]*|anyone (?:been|know|recommend)|remember|was|were|went|had|if (?!(?:you'?re|anyone'?s?|anyone is) (?:about|around|passing|nearby|local|there)|anyone (?:needs?|wants?|fancies|fancy)|you see)|every|usually|always|ddoe|llynedd)\b/;
function hereNow(index: number, word: string, doc: Doc, end: number, report: Report, taken: number[], known = false): void {
  const [a, b] = sentenceAround(doc.text, index);
  if (taken.some((x) => x >= a && x < b)) return;
  if (!known && !capAt(doc, end)) return;
  const lead = plainSlice(doc, a, index).toLowerCase().replace(/\u2019/g, "'");
  if (lead.length > 100 || WORKPLACE_BEFORE.test(lead) || /\bdoing the rounds\b/.test(lead) || weatherThere(doc, index, lead) || EVERYONE_BEFORE.test(lead) || SENT_FROM.test(lead) || /\b(?:not|never|instead of) (?:[a-z]+ )?$/.test(lead)) return;
  // The sentence or the place's clause opens on the poster ("Next door's dog …, we're on Ashgrove Avenue"), or on what they are doing ("Market day in Skipton").
  let ca = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(lead); m; m = CLAUSE_BREAK.exec(lead)) ca = m.index + m[0].length;
  const o = OPENS_HERE.exec(lead) ?? (ca > 0 ? OPENS_HERE.exec(lead.slice(ca)) : null);
  const opensDoing = !o && DOING_OPENS.test(lead);
  const plan = sentenceHas(doc, index, POSTER_GOING) && sentenceHas(doc, index, TIME_STATED) && !sentenceHas(doc, index, PLAN_NOT) && !OTHER_HERE.test(lead.slice(ca));
  if ((!o && !opensDoing && !plan) || (o?.[1] && NOT_DOING.test(o[1]) && !/^working from/.test(lead.trimStart()))) return;
  const prep = word.trim().split(' ')[0]!;
  // "From" is where one came from ("stuck behind a tractor all the way from Denbigh"), except in a greeting.
  const near = /\b(?:minutes?|mins?|walk|drive|round the corner|down the road|up the road|doors|streets) $/.test(lead);
  if (prep === 'from' && !/\b(?:hi|hello|hiya|greetings|love|live|view|views) $/.test(lead) && !near) return;
  // Session 9 round 2: how far home is from a town ("we're about 20 minutes from Taunton") is no finer than
  // the town (docs/labelling.md); on the way there now ("10 minutes from Leeds, nearly home") still says where one is.
  if (prep === 'from' && near && /\b(?:minutes?|mins?|drive|walk)\s*$/.test(lead) && isTown((NAME_RUN.exec(plainSlice(doc, end, reach(doc, end, 40)))?.[0] ?? '').trim()) && !sentenceHas(doc, index, ON_THE_WAY_NOW)) return;
  // Along a way: "to", "into", "through", "past", "down", "off" only from a ride or a walk ("on the Tube to Brixton").
  const ride = RIDE.test(lead);
  if (/^(?:to|into|through|past|down|off)$/.test(prep) && !ride && !(plan && /^(?:to|into)$/.test(prep) && /\b(?:taking|take|bringing|driving|walking|off|going|heading|coach|minibus|mynd|cerdded)\b/.test(lead)) && !/^\s*(?:walking|driving|cycling|running|jogging|strolling|wandering|heading|on (?:my|our) way)\b/.test(lead) && !/\b(?:going|driving|heading|walking|cycling|running|jogging|strolling|wandering|pulled|pulling|rolled|rolling|crawling|way|got|arrived|walked|drove)\s*$/.test(lead)) return;
  // "of" only after a spot in a place: "the top of Pen y Fan", "the beer garden of the Three Horseshoes".
  if (prep === 'of' && !/\b(?:top|front|back|bottom|end|side|garden|car park|foot|edge|summit|steps|window|corner|entrance|doors?|bar|counter|queue|floor|level|platform)\s*$/.test(lead)) return;
  const place = plainSlice(doc, end, reach(doc, end, 40));
  const low = place.toLowerCase().replace(/\u2019/g, "'");
  const name = known ? (PLACE_START.exec(low)?.[0] ?? low) : (NAME_RUN.exec(place)?.[0] ?? place).toLowerCase();
  if (someones(place) || NOT_A_NAMED_PLACE.test(low) || WHEN_WORD.test(low) || REGION.test(low) || NOT_PLACE_NAME.test(low) || HOLIDAY_PLACE.test(name)) return;
  if ((['pupil', 'colleague'] as const).some((id) => doc.found?.[id]?.some(([x, y]) => x < end + name.length && y > end))) return;
  // The place's clause: from the break before the preposition to the break after the place.
  const rest = plainSlice(doc, end, b).toLowerCase().replace(/\u2019/g, "'");
  const cut = rest.slice(name.length).search(/[,;:()\u2013\u2014]| - |\bbut\b/);
  const clause = lead.slice(ca) + word + (cut < 0 ? rest : rest.slice(0, name.length + cut));
  // The -ing phrase as a topic ("Parking in Mold is a joke"), or the name an event's ("on the Cardiff Bay trip").
  if (/^[^,;:.!?]{0,3}(?:is|are|was|were|has|have|'s|does|do|serves|sells|makes)\b/.test(rest.slice(name.length)) || /^ (?:trip|visit|game|match|party|show|fixture|residential|tour|final|festival)\b/.test(rest.slice(name.length))) return;
  // A street said by the poster as where they are or live ("we're on Ashgrove Avenue if the council want to listen"): home, whatever the tense.
  const street = STREET_NAMED.exec(place);
  if (street && street.index === 0 && /(?:^|\b)(?:we'?re|we are|i'?m|i am|we live|i live|we've moved|i've moved|ours is|mine is) (?:on|in|off|at|just off|round the corner from|at the (?:top|bottom|end) of) (?:the )?$/.test(lead.slice(ca) + word) && !sentenceHas(doc, index, USED_TO) && !OTHER_HERE.test(lead.slice(ca))) {
    taken.push(end);
    report(end, end + street[0].length);
    return;
  }
  if (plan) {
    // A holiday's road or airport is the absence rule's ("by 5 we'll be on the M4 heading for the ferry").
    if (sentenceHas(doc, index, GETAWAY_WORDS) || sentenceHas(doc, index, FLYING) || sentenceHas(doc, index, HOLIDAY_PLACE_ANY) || sentenceHas(doc, index, /\b(?:not back|airport|holiday|hols|week in|fortnight)\b/)) return;
    if (talkedAbout(doc, index, end) || shortDraftHas(doc, REVIEW) || A_SCHOOL.test(name) && !sentenceHas(doc, index, /\b(?:i'?ll be|we'?ll be|i will be|find (?:me|us)|come and find)\b/)) return;
    taken.push(end);
    report(end, end + Math.min(place.length, b - end, (known ? name : (NAME_RUN.exec(place)?.[0] ?? place)).replace(/ (?:on|in|at|of|the|y|yr|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: .*|\S*)?$/i, '').length));
    return;
  }
  if (sentenceHas(doc, index, NOT_NOW_SENTENCE) || NOT_NOW_CLAUSE.test(clause) || OTHER_HERE.test(lead.slice(ca)) || talkedAbout(doc, index, end)) return;
  // Pupils out with the poster on the way now ("On the coach with 52 kids heading to Folly Farm") are where the poster is too; planned outings are the trip rule's alone.
  const withPupilsNow = ride && !sentenceHas(doc, index, PLAN_AHEAD) && !sentenceHas(doc, index, /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|this (?:afternoon|evening)\b/);
  if ((doc.text[b] === '?' && cut < 0 && !/^\s*anyone else\b/.test(lead)) || (pupilsThere(doc, index) && !withPupilsNow) || shortDraftHas(doc, REVIEW)) return;
  // Pupils' whereabouts the trip rule found in the sentence are theirs; a walk "this morning, then cake" is told afterwards.
  if ((!withPupilsNow && !doc.learnt?.trip && doc.found?.trip?.some(([x]) => x >= a && x < b)) || (/^(?:round|around)$/.test(prep) && sentenceHas(doc, index, DONE_EARLIER))) return;
  if ((plainSlice(doc, a, b).toLowerCase().match(PAST_WORD)?.length ?? 0) >= 2) return;
  // A school named: only with the poster there now ("In the staffroom at Oakwood Primary now").
  const school = A_SCHOOL.test(name) || doc.found?.school?.some(([x, y]) => x <= end && end < y);
  if (school && (!o || !sentenceHas(doc, index, NOW_STRONG) || /\b(?:last|first) day\b/.test(lead))) return;
  taken.push(end);
  // The name alone: "the Spar" of "the Spar on Heol Fawr" (a street after it is homePlace's to mark).
  report(end, end + Math.min(place.length, b - end, (known ? name : (NAME_RUN.exec(place)?.[0] ?? place)).replace(/ (?:on|in|at|of|the|y|yr|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: .*|\S*)?$/i, '').length));
}
/** What one is doing there, said after the place: "in the Wetherspoons at Cardiff Central waiting for the 6.15". */
const DOING_AFTER = /^[^.!?\n]{0,50}?\b(?:eating|drinking|watching|people watching|swimming|paddling|strolling|wandering|browsing|sheltering|queueing|queuing|waiting|shopping|with (?:a|an|my) (?:pint|coffee|cuppa|brew|hot chocolate|mulled wine|prosecco|glass|gin|ice cream|beer|cocktail|latte|flat white|tea))\b/;
/**
 * Session 8: what one is doing, said straight after the place's name, in any verb: "in Superdrug
 * Aberdare buying a card", "at Llandudno Junction, changing trains". The words of the place are
 * capitalised, so a lower-case -ing word is the first word after it.
 */
/** Staff marking somewhere ("marking in the window of the Starbucks at …"): "at" or "in" a place only, not "essays on Victorian poetry". */
const MARKING_BEFORE = /\bmarking\b[^.!?\n]{0,40}$/;
const ING_LEAD = /^\s*(?:(?:i'?m|we'?re|i am|we are|me|us|just|still|currently|now)\s+)*$/;
const ING_AFTER = /^(?:[Tt]he )?\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?: (?:\p{Lu}[\p{L}\p{M}'\u2019&.-]*|of|on|y|yr))*,? ([a-z]{3,}ing)\b/u;
/** On a ride named by its place: "on the Cowes ferry", "on the Cambrian Coast train". */
const RIDE_NAMED = /^\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*)* (?:ferry|train|bus|boat|tram|sleeper|shuttle)\b/u;
const NOW_CUE = /\b(?:gate \d{1,3}|with|today|this (?:morning|afternoon|evening)|right now|rn|atm|now)\b/;
/**
 * The sentence opens on the poster there, or on where in the place they are: "me and the girls at the
 * Slug and Lettuce", "I'm at the Vue in Swansea", "In the sauna at the Llandudno Pier spa", "hi from
 * the top deck of the number 61".
 */
const SELF_OPENS = /^\s*(?:(?:me and (?:the |my )?[a-z]+|me,? [a-z ,]{1,30} and [a-z]+|(?:i'?m|we'?re|i am|we are|me)(?: (?:just|currently|still|now|sat|sitting|stood|standing))?)|(?:in|at|on) (?:the|a|an|my) (?:[a-z'-]+ ){0,3}[a-z'-]+(?: (?:of|on) (?:the|a|an) (?:[a-z'-]+ ){0,2}[a-z'-]+)?|(?:hi|hello|greetings) from (?:the |a )?(?:[a-z'-]+ ){0,4}[a-z'-]+)\s*$/;
/** Session 8: a job held at a place, said before "at" ("notice in at Argos", "duty manager at Tesco", "12 years at Airbus"). */
const JOB_AT = /\b(?:notice(?: in)?|job|new role|contract|promot(?:ed|ion)\b[a-z ]{0,30}|made [a-z ]{0,20}|apprenticeship|placement|interview|\d{1,2} (?:years|months)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) (?:years|months)|manager|supervisor|receptionist|assistant|nurse|cleaner|cashier|apprentice|practitioner|mechanic|volunteer|engineer|technician|administrator|officer)\s+(?:in\s+)?$/;
/**
 * Session 9: a job held at a place, said through an unnamed workplace or a job title before the place
 * ("teaching at a primary school in Hull", "I'm a childminder in Thirsk", "a job as a TA at a school in
 * Selby"): where one works, not where one is. A café, pub or hotel is left out ("at a hotel in Harrogate tonight").
 */
const WORKPLACE_BEFORE = /(?:\b(?:at|in) an? (?:[a-z-]+ ){0,2}(?:school|nursery|primary|secondary|comp|academy|college|uni|university|care home|surgery|practice|firm|factory|warehouse|call centre|bank|trust)|\b(?:i'?m|i am|as|work as|working as|job as|post as|role as) an? (?:[a-z-]+ ){0,2}(?:childminder|teacher|ta|hlta|nanny|carer|nurse|midwife|cleaner|hairdresser|barber|plumber|electrician|builder|accountant|solicitor|lecturer|tutor|practitioner|officer|worker|receptionist|administrator|senco|head|deputy|lsa))\s+(?:(?:at|in) an? (?:[a-z-]+ ){0,2}(?:school|nursery|primary|secondary|comp|academy|college)\s+)?$/;
/**
 * Session 9 round 2: the weather said of a place, the place straight after it ("Pouring down in Leeds
 * again", "snowing in Buxton already"): the place's weather, which one hears of from afar, not the
 * poster there. A spot between them ("pouring down at the bus stop in Leeds") still places the poster.
 */
const WEATHER_LEAD = /^\s*(?:(?:it'?s|its|still|now|absolutely|properly|literally|just)\s+){0,2}(?:raining|pouring|snowing|hailing|drizzling|sleeting|chucking it|bucketing|lashing|tipping it|siling|thundering|(?:blowing a )?gale|heatwave|sunny|glorious|scorching|roasting|baking|freezing|boiling|grey|misty|foggy|windy|wet)(?: (?:down|it down|again|already|down again|buckets|outside))?\s*$/;
/** The weather there with no one of the poster's in the sentence ("Raining in Leeds and I've no brolly" is the poster there). */
function weatherThere(doc: Doc, index: number, lead: string): boolean {
  return WEATHER_LEAD.test(lead) && !sentenceHas(doc, index, FIRST_PERSON);
}
/** On the way now, said beside a distance: "nearly there", "eta", "right now". */
const ON_THE_WAY_NOW = /\b(?:nearly (?:there|home)|almost (?:there|home)|eta|right now|rn|currently|now|on (?:my|our|the) way|away|to go|till|until|stuck|traffic|driving|train|bus)\b/;
/** A question put to readers, by how it opens: "Any good places for…", "Where does the best…", "Is there…". */
const ASKED = /^\s*(?:any|anyone|anybody|where|what|which|who|how|is|are|does|do|can|could|should|would|has|have|recommend|recommendations|good|best|decent)\b/;
/** A stranger named right before the place ("the man in Greggs"), not the poster's company ("me and the lads in Spoons"). */
const OTHER_PERSON_AT = /(?<!\b(?:me|us|i|we) (?:and|with|&) )\b(?:the|a|an|this|that|some) (?:(?:old|young|nice|lovely|poor|rude) )?(?:man|woman|lady|bloke|guy|fella|gentleman|gent|cashier|security guard|bouncer|waitress|waiter|barmaid|barman|checkout (?:girl|lad|lady|man)|staff|teenagers?|couple)\s*$/;
/** A feeling or a judgement before "at": "crying at Bake Off", "shouting at the ref". */
const AT_A_THING = /\b(?:crying|laughing|shouting|screaming|yelling|looking|staring|smiling|swearing|cross|angry|mad|furious|aimed|good|bad|great|rubbish|brilliant|arrived)\s*$/;
const PICTURE = /\p{Extended_Pictographic}/u;
const FIRST_PERSON = /\b(?:i|i'm|im|we|we're|me|us|my|our)\b/;
function atPlace(index: number, word: string, doc: Doc, end: number, known = false): boolean {
  const isIn = word.startsWith('in');
  const [a, b] = sentenceAround(doc.text, index);
  // Candidates are few (an "at" before a capital), so the activity is read here rather than gated by a word list the tokeniser marks.
  const lead = plainSlice(doc, a, index).toLowerCase().replace(/\u2019/g, "'");
  // Crying at the telly, shouting at the ref: "at" after a feeling is no place.
  if (/^at/.test(word) && AT_A_THING.test(lead)) return false;
  // A job held there, not where one is now: "handed in my notice at Boots", "promoted to supervisor at Morrisons".
  if (/^at/.test(word) && JOB_AT.test(lead)) return false;
  // A shift there that is over: "Night shift at the RVI done, home to bed".
  if (/^at/.test(word) && /\bshifts?\s*$/.test(lead) && sentenceHas(doc, index, /\b(?:done|finished|over|survived)\b/)) return false;
  // A question with no invitation: a recommendation asked for ("Any good places for tea in the Dales?").
  if (doc.text[b] === '?' && ASKED.test(lead) && !sentenceHas(doc, index, INVITE)) return false;
  // Someone else there, named just before: "the man in Greggs gave me", "a lady at the Co-op"; or one's job there; or the weather there.
  if (OTHER_PERSON_AT.test(lead) || WORKPLACE_BEFORE.test(lead) || weatherThere(doc, index, lead) || EVERYONE_BEFORE.test(lead) || SENT_FROM.test(lead) || /\b(?:i'?d|i would) (?:give|sell|kill|love)\b|\bimagine\b|\b(?:not|never|instead of) (?:[a-z]+ )?$/.test(lead)) return false;
  const after = plainSlice(doc, end, Math.min(b, reach(doc, end, 60)));
  // Only "in"/"at" a place the post opens on ("in Superdrug Aberdare buying"): "owners in Padstow charging" are others doing.
  const ing = /^(?:in|at) /.test(word) && ING_LEAD.test(lead) && doc.text[b] !== '?' ? ING_AFTER.exec(after) : null;
  const doing = DOING_BEFORE.test(lead) || DOING_AFTER.test(after.toLowerCase()) || SELF_OPENS.test(lead) || (!!ing && !NOT_DOING.test(ing[1]!)) || (word === 'on the ' && RIDE_NAMED.test(after)) || (/^(?:in|at) /.test(word) && MARKING_BEFORE.test(lead));
  // "On", "along" and "outside" a place only with something being done there: "stroll along Llandudno pier", "lunch outside the Pierhead".
  if (/^(?:on|along|outside|round|around) /.test(word) && !doing) return false;
  // "A walk round Cosmeston this morning, then cake": a walk told afterwards.
  if (/^(?:round|around) /.test(word) && sentenceHas(doc, index, DONE_EARLIER)) return false;
  // "In" with company or the time but no activity: only said of oneself ("King Charles … in Llandudno today" is not).
  if (isIn && !doing && !(/^\s*$/.test(plainSlice(doc, a, index)) || FIRST_PERSON.test(plainSlice(doc, a, b).toLowerCase()))) return false;
  // "From" only after a greeting or an activity: "Hello from Aberystwyth", not "a card from Nan".
  if (word.startsWith('from') && !doing) return false;
  // Session 9: an invitation in the next sentence of a short post counts for a sentence that opens on the place ("Anyone about? In the Grapes for a quick one").
  const invited = sentenceHas(doc, index, INVITE) || (/^\s*$/.test(lead) && shortDraftHas(doc, INVITE, 160));
  if (!doing && !sentenceHas(doc, index, NOW_CUE) && !invited && (isIn || !PICTURE.test(plainSlice(doc, end, b)))) return false;
  if (isIn && !doing && /^the\b/.test(word.slice(3)) && !(invited && /^\s*$/.test(lead))) return false;
  // Someone else's whereabouts (a pupil's or colleague's is the trip rule's), or an event at a time.
  if (someoneThere(plainSlice(doc, a, b).toLowerCase(), end - a + 25, WAITING.test(lead)) || (['pupil', 'colleague'] as const).some((id) => doc.found?.[id]?.some(([x]) => x >= a && x < b))) return false;
  return doingAt(index, doc, end, known);
}
/** Other people there, or an event at a set time ("Saturday 11am", "every Monday"): not the poster now. */
/** Others cheered on there, not the poster: "good luck to the U12s at", "well done to the Harriers at", "congrats to our Ruby on". */
const CHEERED = String.raw`good luck to (?!me\b|us\b)|well done (?!me\b|us\b)|congrat[a-z]* (?:to )?(?!me\b|us\b)|pob lwc i (?!fi\b|ni\b)|llongyfarchiadau`;
const SOMEONE_THERE = new RegExp(`\\b(?:someone|somebody|he|she|they|his|her|their|team|squad|staff|crew|lives|works|studies|moved|away (?:at|to|in)|u\\d{1,2}s?|under \\d{1,2}s?|(?<!with )my (?:son|daughter|boy|girl|eldest|youngest)|(?<!with )(?:my|our) (?:mum|mam|mom|dad|nan|gran|grandad|sister|brother|husband|wife|partner|hubby|friend|mate)(?:'s| is| was) (?:in|at|on|sat|sitting|stood|standing|waiting|stuck|parked|queuing|queueing|hiding)|playing|singing|performing|the gp|shout ?out|thank(?:s| you)|${CHEERED}|every (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day \\d|\\d{1,2} ?(?:am|pm)|(?<!the )\\d{1,2}[.:]\\d\\d)\\b`);

/** SOMEONE_THERE, with "his", "her" and "their" counted only up to just after the place ("… it's me crying into her eggs" is still the poster). */
const CHEERED_RE = new RegExp(`\\b(?:${CHEERED})`);
const SOMEONE_THERE_ALL = new RegExp(SOMEONE_THERE.source, 'g');
const DONE_EARLIER = /\b(?:this morning|this afternoon|earlier|then)\b/;
/** Waiting or queueing there: the poster is there now, whatever the clock says. */
const WAITING = /\b(?:queu(?:e)?ing|waiting|sitting|sat|standing|stood|hiding|sheltering)\b/;
function someoneThere(t: string, until: number, waiting = false): boolean {
  SOMEONE_THERE_ALL.lastIndex = 0;
  for (let m = SOMEONE_THERE_ALL.exec(t); m; m = SOMEONE_THERE_ALL.exec(t)) {
    if (waiting && /^\d/.test(m[0])) continue;
    if (m.index < until || !/^(?:his|her|their|playing|singing|performing)$/.test(m[0])) return true;
  }
  return false;
}
const W3W = /\/\/\/[a-z]+\.[a-z]+\.[a-z]+/gi;
const HASH_CHECKIN = /#check(?:ed)?-?in\b[^\S\n]*[^\n.!?#@|()]{2,40}/giu;
/** Facebook's check-in line: "Lunch with the girls — at The Boathouse, Penarth", "— with Jo at Costa". */
const DASH_AT = /[\u2014\u2013] (?:(?:with|feeling|eating|drinking|celebrating|watching) [^\u2014\u2013\n]{1,60}? )?(?:at|in) (?:the |The )?\p{Lu}[^\n.!?#@|()]{1,40}/gu;

/** Districts and towns where people live, from general knowledge: also what a bare name in a local post is read against. */
const DISTRICTS =
  'roath|splott|canton|pontcanna|grangetown|butetown|cathays|llandaff|llandaff north|whitchurch|rhiwbina|llanishen|lisvane|cyncoed|penylan|pen-y-lan|' +
  'rumney|llanrumney|st mellons|pentwyn|pontprennau|thornhill|gabalfa|ely|caerau|fairwater|danescourt|radyr|morganstown|creigiau|tongwynlais|adamsdown|' +
  'tremorfa|trowbridge|birchgrove|mynachdy|sketty|uplands|brynmill|killay|morriston|gorseinon|bonymaen|townhill|mayhill|st thomas|clydach|pontardawe|' +
  'dunvant|west cross|blackpill|loughor|caerleon|bettws|malpas|rogerstone|maindee|st julians|ringland|langstone|dinas powys|sully|treforest|' +
  'tonypandy|treorchy|aberdare|mountain ash|bargoed|blackwood|ystrad mynach|cwmbran|pontypool|maesteg|neath|port talbot|ammanford|ebbw vale|' +
  'tredegar|abertillery|risca|newtown|welshpool|llandrindod|builth|machynlleth|shotton|connah\'s quay|queensferry|mostyn|kinmel bay|towyn|' +
  'sheffield|nottingham|leicester|coventry|bradford|plymouth|southampton|portsmouth|norwich|exeter|gloucester|cheltenham|worcester|hereford|' +
  'shrewsbury|swindon|milton keynes|northampton|croydon|salford|stockport|warrington|wigan|bolton|preston|lancaster|carlisle|sunderland|middlesbrough';

/*
 * Places in Wales and England people check in at, written from general knowledge (issue 12: check-ins
 * typed in lower case, "at folly farm with the kids", "— at barry island"). Only names that are no
 * everyday word: "Bath", "Reading", "Mold" alone, "Hope" are left out.
 */
const PLACES = (
  'cardiff|swansea|newport|wrexham|bangor|aberystwyth|carmarthen|llanelli|bridgend|pontypridd|caerphilly|merthyr|barry island|penarth|porthcawl|tenby|' +
  'saundersfoot|pembroke|haverfordwest|st davids|fishguard|cardigan|aberaeron|new quay|llandudno|conwy|rhyl|prestatyn|colwyn bay|abergele|betws-y-coed|' +
  'beddgelert|caernarfon|porthmadog|pwllheli|abersoch|criccieth|harlech|barmouth|dolgellau|bala|llangollen|ruthin|denbigh|flint|holywell|buckley|' +
  'mold leisure centre|chester|chester zoo|cheshire oaks|liverpool|manchester|birmingham|bristol|london|leeds|york|oxford|cambridge|brighton|blackpool|' +
  'snowdon|yr wyddfa|pen y fan|brecon|brecon beacons|abergavenny|monmouth|chepstow|cowbridge|llantwit major|ogmore|southerndown|rhossili|mumbles|' +
  'gower|three cliffs|caswell bay|langland|oxwich|port eynon|barafundle|folly farm|oakwood|greenwood forest|gwrych castle|portmeirion|bodnant garden|' +
  'zip world|surf snowdonia|adventure parc|bute park|roath park|cardiff bay|mermaid quay|cardiff castle|castell coch|st fagans|techniquest|' +
  'principality stadium|liberty stadium|swansea marina|margam park|dyffryn gardens|caerphilly castle|conwy castle|caernarfon castle|beaumaris|anglesey|' +
  'menai bridge|llanberis|talacre|talacre beach|wepre park|loggerheads|moel famau|greenfield valley|gladstone\'s library|erddig|chirk castle|' +
  'alton towers|drayton manor|thorpe park|legoland|chessington|paultons park|west midlands safari park|knowsley safari|blackpool pleasure beach|' +
  'trafford centre|bullring|cribbs causeway|mcarthurglen|broughton retail park|festival park|st david\'s centre|' +
  'costa mold|barry|tesco extra|ikea cardiff|' +
  // Session 5: districts of the Welsh cities and towns of south and north Wales, and English cities (general knowledge).
  // Left out: names that are everyday words ("heath", "flint", "porth", "mold", "reading", "bath").
  DISTRICTS
);
const PLACE_AT = new RegExp(`(?<=(?:\\bat|\\bin|@) (?:the )?)(?:${PLACES})\\b`, 'y');
const PLACE_FIRST = new Set(PLACES.split('|').map((p) => p.split(' ')[0]!.replace(/\\'/g, "'")));
/** "At barry island with the kids": a known place in lower case, read as atPlace reads a capitalised one. */
function placeNow(m: RegExpExecArray, doc: Doc): boolean {
  // The look-behind's "at"/"in": found again on the draft as typed.
  const before = plainSlice(doc, reach(doc, m.index, -16), m.index);
  const at = AT_BEFORE.exec(before);
  if (!at) return false;
  // "Barry" alone is a man's name unless "island" or a capital-free check-in says otherwise.
  if (m[0] === 'barry' && capAt(doc, m.index)) return false;
  const index = m.index - before.length + at.index;
  return atPlace(index, at[0].toLowerCase(), doc, m.index, true);
}

/*
 * Where home is, told by what one says of it and a named street or district in the same sentence
 * (issue 12, by kind: moving in, living somewhere, the neighbours, the keys): "We've just moved to
 * Pontcanna", "New neighbours on Heol y Felin are lovely", "Just bought a house in Whitchurch".
 */
const HOME_CUE = /\b(?:(?:our|my) (?!second |spiritual |happy )(?:[a-z]+ ){1,2}(?:house|home|flat|bungalow|cottage)|(?<=^\s*)house on|we'?re the (?:house|one|ones|flat)|(?:finally )?moved in|(?:'n|yn) byw (?:ar|yn|yng)|(?:newydd|wedi) symud i|born (?:and|&|n) (?:bred|raised)|through and through|still live|(?:our|my) (?:[a-z]+ ){0,2}(?:windows?|kitchen|bedroom|front room|back room|garden|doorstep|front door|airbnb|caravan|village|cottage)|outside ours|at ours|from ours|from us|from our (?:door|house|front door)|back home|home at last|(?<=^\s*)(?:adre|adref|gartre|gartref)|(?<=^\s*)lives in|(?<=^\s*)live (?:in|at|on|above|over|opposite|behind|next to)|(?<=^\s*)home(?:'s| is)|moving into|living on the edge of|(?<=^\s*)byw (?:ar|yn|yng|ym)|(?:round the corner|\d{1,2} minutes|five minutes|ten minutes|two minutes|down the road) from|(?:i|we) live (?:two|three|a few|\d{1,2}) (?:streets|doors|roads|minutes)|first (?:night|week|morning|day) in (?:the|our|my) new|live round the corner|we live|i live|we'?ve (?:just )?moved|i'?ve (?:just )?moved|just moved|(?:we'?re|i'?m) moving (?:in|to)|moving in|moved (?:in|into|to)|(?:we'?re|i'?m|we are|i am) living (?:in|on)|living in|bought a (?:house|flat|home|place)|our (?:street|road|house|flat|home|new (?:house|home|place|flat))|my (?:street|road)|neighbours?|home sweet home|is (?:officially )?ours|keys collected|housewarming|first home)\b/;
const HOME_WORDS = new WordGate(words('byw symud born corner live moved moving living bought street road house flat home place neighbour neighbours ours keys housewarming lives windows window kitchen bedroom doorstep airbnb caravan village cottage ours adre adref gartre gartref'));
/** A place said before what one is of it: "Grangetown born and raised", "Penylan girl through and through". */
const BRED_PLACE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?) (?:born|girl|boy|lad|lass|gal|native|through)\b/u;
const NATION = /^(?:welsh|english|scottish|irish|british|cymraes|cymro|valleys|northern|southern|yorkshire|country|city|proper)\b/;
const VIEW_FROM_HOME = /\bsee (?:the )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)*(?: (?:pier|castle|bridge|stadium|bay|tower|hill|mountain))?) from (?:my|our) /u;
/** Still there: what outweighs "where I grew up" ("live two streets from where I grew up"). */
const STILL_HERE = /\b(?:still live|still here|still living|through and through|live (?:two|three|a few|\d{1,2}) (?:streets|doors|roads|minutes))\b/;
/** A street, in either language, named with capitals (or a Welsh street word). */
const STREET_NAMED = /\b\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)? (?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Gardens|Terrace|Court|Place|Mews|Row|Rise|Parade)\b|\b(?:[Hh]eol|[Ff]fordd|[Ss]tryd|L[oô]n|[Mm]aes|[Cc]los|[Cc]wrt|[Rr]hodfa) (?:y |yr )?\p{L}[\p{L}-]{2,20}/u;
/** A district or town named after in/to/on/from/near: "moved to Pontcanna", "a house in Whitchurch". */
const DISTRICT = /\b(?:in|to|on|from|near|round the corner from|opposite|(?<!out )of|at|outside|by|(?<=adre?f? (?:o'r diwedd )?)yn|(?<=byw )(?:yn|yng|ym|ar)) (?:the )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)/u;
/** A home left behind: "We used to live on Heol y Parc when I was little". */
const USED_TO = /\b(?:used to|grew up|years ago|when (?:we|i) (?:lived|was little|were little|was a kid)|back when)\b/;
/** Someone else's home, or one left behind: "my sister lives in Leeds", "we used to live in Cardiff". */
const HOLIDAY_PLACE = new RegExp(`^${DESTINATION_ANY.source}`);
const NOT_OURS = /\b(?:one day|some ?day|used to|grew up|years ago|in-laws|my (?:sister|brother|mum|mam|dad|nan|gran|friend|daughter|son)|parents|when (?:we|i) (?:lived|were)|back when|anyone know|recommend)\b/;
/** The sentences holding one of a gate's words (the tokeniser marks them), each once: the rest of a long draft is not read. */
function sentencesWith(doc: Doc, gate: WordGate): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!gate.in(doc)) return out;
  const { hot } = doc;
  // A word inside the sentence last read is skipped: a long run-on is read window by window, not once per word.
  let end = -1;
  for (let h = 0; h < hot.length; h++) {
    const k = hot[h]!;
    if (!gate.at(doc, k) || doc.startOf(k) < end) continue;
    const s = sentenceAround(doc.text, doc.startOf(k));
    end = s[1];
    out.push(s);
  }
  return out;
}
function homePlace(doc: Doc, report: Report): void {
  for (const [a, b] of sentencesWith(doc, HOME_WORDS)) {
    if (!sentenceHas(doc, a, HOME_CUE) || ((sentenceHas(doc, a, NOT_OURS) || sentenceHas(doc, a, WAS)) && !sentenceHas(doc, a, STILL_HERE))) continue;
    const { s: t, at: map } = plain(doc, a, b);
    // An event or a club moved to a place, when "moved" is the only cue: not a household moving in.
    const mv = /\bmoved (?:in|into|to)\b/.exec(t);
    if (mv && MOVED_THING.test(t.slice(0, mv.index).toLowerCase()) && !sentenceHas(doc, a, /\b(?:our|my) (?:house|home|flat|street|road)|neighbours?|keys|we live|i live|living/)) continue;
    const bred = BRED_PLACE.exec(t);
    if (bred && sentenceHas(doc, a, STILL_HERE) && !isTown(bred[1]!) && !NATION.test(bred[1]!.toLowerCase()) && !NOT_A_NAMED_PLACE.test(bred[1]!.toLowerCase()) && !REGION.test(bred[1]!.toLowerCase())) {
      const at0 = bred.index + bred[0].indexOf(bred[1]!);
      report(map[at0]!, map[at0 + bred[1]!.length]!);
      continue;
    }
    const view = VIEW_FROM_HOME.exec(t);
    if (view) {
      const at0 = view.index + view[0].indexOf(view[1]!);
      report(map[at0]!, map[at0 + view[1]!.length]!);
      continue;
    }
    const st = STREET_NAMED.exec(t);
    // "Green Lane has been my second home": the school's name is the school rule's.
    if (st && doc.found?.school?.some(([x, y]) => x <= map[st.index]! && map[st.index]! < y)) continue;
    if (st) { report(map[st.index]!, map[st.index + st[0].length]!); continue; }
    // Away on holiday (the absence rule's), a town named is where one goes, not home: "we fly out of Bristol".
    if (sentenceHas(doc, a, GETAWAY_WORDS) || sentenceHas(doc, a, FLYING)) continue;
    const d = DISTRICT.exec(t);
    const name = d?.[1]!.toLowerCase();
    // A holiday place is a trip (the absence rule's), not home.
    const whole = d ? (NAME_RUN.exec(t.slice(d.index + d[0].length - d[1]!.length))?.[0] ?? '').toLowerCase() : '';
    // A town or city alone is no home a stranger could find (docs/labelling.md): "I live in Sheffield".
    if (d && name && !isTown(name) && !NOT_A_NAMED_PLACE.test(name) && !REGION.test(name) && !WHEN_WORD.test(name) && !HOLIDAY_PLACE.test(name) && !A_SCHOOL.test(whole) && !NOT_PLACE_NAME.test(name)) {
      const from = d.index + d[0].length - d[1]!.length;
      report(map[from]!, map[from + d[1]!.length]!);
    }
  }
}

/*
 * Where one is now, said in Welsh (issue 12's Welsh drafts): "Yn Ikea Caerdydd. Help.", "Paned yng
 * Nghaffi'r Cei nawr", "Newydd gyrraedd y Bae", "Wedi parcio tu allan i'r Co-op yn Rhuthun", "yn y
 * Wetherspoons cyn y gêm, dewch draw". "In" and a capitalised place (mutated or not), with the
 * sentence opening on it, a word for now or an invitation, or a cuppa, a queue or a wait before it.
 */
// Session 6: on a ride ("ar y trên i Gaerdydd", "ar y bws i'r dre o Gaernarfon") and down or up to a place ("lawr y Bae", "lan i Ben-y-fan").
const WELSH_IN = /(?:^|[\s,(])((?:[Yy]n|[Yy]ng|[Yy]m|(?:[Nn]ewydd|[Ww]edi) (?:gyrraedd|cyrraedd)|[Cc]yrraedd|tu allan i(?:'r)?|uwchben|[Gg]er|[Aa]r y (?:tr[eê]n|bws|fferi|cwch|llong)(?: (?:i'r|i|o|drwy|trwy)(?: [a-z]+)?)? (?:i|o|drwy|trwy)|[Ll]awr|[Ll]an|[Ff]yny|[Dd]raw)(?: (?:y|yr|Y|Yr|i|i'r))? (\p{Lu}[\p{L}\p{M}'\u2019&-]+))/u;
const WELSH_NOW = /\b(?:nawr|rwan|ar hyn o bryd|heddiw|bore '?ma|p(?:ry)?nhawn '?ma|heno|dewch draw|tyrd draw|dere draw|come (?:find|join) us|come say hi|paned|panad|coffi|peint|cinio|brecwast|swper|hufen ia|gyrraedd|cyrraedd|parcio|aros|eistedd|ciw|ciwio|am dro|help|traeth|prom|cei|copa|am y dydd|siopa|siopa nadolig|(?:gyda|efo)(?:'r| fy| y| yr)? (?:ci|cwn|c\u0175n|plant|teulu|mam|dad|chwaer|mrawd|brawd|ffrindiau|merched|bois|wyrion|wyres|w\u0177r|wyr|g\u0175r|gwr|wraig|nain|taid|mam-gu|tad-cu))\b/;
const WELSH_NOT_NOW = /\?|\b(?:(?:nos|dydd) (?:lun|llun|fawrth|mawrth|fercher|mercher|iau|wener|gwener|sadwrn|sul)|staff|garaf[aá]n|carafan|gwyliau|wyliau|tan ddydd|ddoe|llynedd|wythnos diwethaf|fory|yfory|wythnos nesa|nesaf|blwyddyn nesa|erstalwm|cofio|pan o'n i|oedd|roedd|byw|wedi bod|nol adr[ae]|dod adr[ae]|(?<!\b(?:gyda|efo|a|\u00e2|with) )(?:fy|ei) (?:merch|mab|ngwr|gwr|chwaer|mrawd|mam|nhad|ffrind)|maen nhw|nhw'?n|argymell)\b/;
/** Someone else the subject, said before the place (after it, "mae hi'n iawn" is about the weather or a patient): "Mae hi ar ben y mynydd", "Mae'r plant yn yr ysbyty". */
const WELSH_OTHER = /\b(?:hi'?n|mae hi|mae o|mae e)\b|^\s*mae\b/;
const WELSH_NOT_PLACE = /^(?:yg|ygg|gymraeg|saesneg|cymraeg|mlwyddyn|cymru|nghymru|lloegr|ewrop|iwerddon|yr alban|alban|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|nadolig|pasg|ysgol|blwyddyn|flwyddyn|dosbarth|bl|llun|mercher|iau|gwener|sadwrn|sul)\b/;
const WELSH_GROUPS = /\b(?:blwyddyn|flwyddyn|bl\.? ?\d|disgyblion|ddisgyblion|o blant|dosbarth|nosbarth|tim|cor)\b/;
const WELSH_GATE = new WordGate(words('yn yng ym gyrraedd cyrraedd allan tren trên bws fferi lawr lan fyny draw uwchben ger'));
/** Any of WELSH_IN's openings, in the folded sentence: a cheap test before the sentence is read as typed. */
const WELSH_CUE = /\b(?:yn|yng|ym|uwchben|ger|gyrraedd|cyrraedd|allan i|ar y (?:tren|tr\u00ean|bws|fferi|cwch|llong)|lawr|lan|fyny|draw)\b/;

/*
 * Where one is now, said in English with an invitation or "now" (issue 12's "currently at" and the
 * like): "yeah I'm in the Asda on Newport Road if anyone needs anything", "Costa on Queen Street, 2
 * hrs to kill, come say hi if you're about", "we're at the Pier Hotel rn". A capitalised place or a
 * named street, said by the poster, in a sentence that is neither past nor a plan.
 */
const I_AM_IN = /\b(?:[Ii]['\u2019]?m|[Ww]e['\u2019]?re|[Ii] am|[Ww]e are) (?:(?:sat|sitting|stood|standing|stuck|waiting|queuing|hiding) )?(?:in|at|on|outside|by) (?:the )?(?:[a-z]+ (?:at|in|on|of) (?:the )?)?(?=\p{Lu})/u;
const NOW_HERE = /\b(?:right now|rn|atm|as we speak|currently|at the moment|(?:till|until|til) \d{1,2})\b/;
/** An invitation or "now", in one pass: most sentences holding "now" or "come" have neither. */
const HERE_CUE = new RegExp(`${INVITE.source}|${NOW_HERE.source}`);
const PLACE_NAMED = /\b(?:at|in|on|outside) (?:the )?\p{Lu}[\p{L}'&-]+/u;
const PLAN = /\b(?:tomorrow|tmrw|next|will|'ll|going to|gonna|later|tonight|plan(?:ning)?|booked|hoping|one day|(?:while|whilst|when) (?:we|i)|recommend(?:ation)?s?)\b/;
const HERE_GATE = new WordGate(words('come anyone pop send now rn atm currently moment speak till until til'));
function sayHere(doc: Doc, report: Report, taken: number[]): void {
  const welsh = WELSH_GATE.in(doc);
  const english = HERE_GATE.in(doc);
  if (!welsh && !english) return;
  // Only the sentences holding one of the gates' words are read: "now" and "come" are common, a draft's other sentences are not.
  let last = -1;
  // The gates' words are in the lexicon, so the tokeniser marks them: only the marked words are visited.
  const { hot } = doc;
  for (let h = 0; h < hot.length; h++) {
    const k = hot[h]!;
    if (!(english && HERE_GATE.at(doc, k)) && !(welsh && WELSH_GATE.at(doc, k))) continue;
    const [a, b] = sentenceAround(doc.text, doc.startOf(k));
    if (a === last) continue;
    last = a;
    if (taken.some((x) => x >= a && x < b)) continue;
    if (!(welsh && sentenceHas(doc, a, WELSH_CUE)) && !(english && sentenceHas(doc, a, HERE_CUE))) continue;
    // A notice to readers ("tickets on sale now", "croeso i bawb") is the event's place, not the poster's.
    if ((sentenceHas(doc, a, NOTICE) || shortDraftHas(doc, NOTICE)) && !sentenceHas(doc, a, SELF_THERE)) continue;
    if (seenFromElsewhere(doc, a)) continue;
    const raw = doc.text.slice(a, b);
    const { s: t, at: map } = VANISHING_ONE.test(raw) ? plain(doc, a, b) : { s: raw, at: undefined };
    const to = (x: number) => (map ? map[x]! : a + x);
    if (welsh) {
      const w = WELSH_IN.exec(t);
      if (w && !WELSH_NOT_PLACE.test(w[2]!.toLowerCase()) && !sentenceHas(doc, a, WELSH_NOT_NOW) && !sentenceHas(doc, a, WELSH_GROUPS) && !pupilsThere(doc, a)) {
        const from = w.index + w[0].length - w[1]!.length;
        // The sentence opens on it, or on who is there: "Ni yng Nghaerdydd am y dydd".
        const lead = t.slice(0, from);
        // Session 9: or on a spot in lower case before the town, "Ar ben y mynydd uwchben Bethesda", "Yn y caffi yn Llangefni".
        const opens = /^\s*(?:(?:ni|dwi|dw i|rydyn ni|rydan ni|dan ni|da ni|fi)\s+)?(?:(?:yn|ar|wrth|ger|tu allan i|tu fas i) (?:y |yr |ben y |ben yr |ben |pen y )?[a-z\u00e0-\u00ff'-]+ )?$/i.test(lead);
        if (WELSH_OTHER.test(lead.toLowerCase().replace(/\u2019/g, "'"))) continue;
        if ((opens || sentenceHas(doc, a, WELSH_NOW)) && !HOLIDAY_PLACE.test(w[2]!.toLowerCase()) && !shortDraftHas(doc, WELSH_NOT_NOW)) {
          report(to(from), to(from + w[1]!.length));
          continue;
        }
      }
    }
    if (!english) continue;
    // What makes it where one is now first (the folded sentence is cached), then a place.
    const invite = sentenceHas(doc, a, INVITE);
    if (!invite && !sentenceHas(doc, a, NOW_HERE)) continue;
    const me = I_AM_IN.exec(t);
    // "Newport Wetlands right now, swans and a very grumpy heron": a name opening the sentence, then now.
    const opens = !me && !invite ? OPENS_NAME_NOW.exec(t) : null;
    if (opens) {
      const name = opens[1]!.toLowerCase();
      if (!NOT_A_NAMED_PLACE.test(name) && !WHEN_WORD.test(name) && !REGION.test(name) && !A_SCHOOL.test(name) && !NOT_PLACE_NAME.test(name) && !HOLIDAY_PLACE.test(name) && !sentenceHas(doc, a, OVER) && !sentenceHas(doc, a, PLAN) && !pupilsThere(doc, a) && !(['pupil', 'colleague'] as const).some((id) => doc.found?.[id]?.some(([x]) => x >= a && x < b))) {
        const from = opens.index + opens[0].indexOf(opens[1]!);
        report(to(from), to(from + opens[1]!.length));
      }
      continue;
    }
    if (!me && !invite) continue;
    if (sentenceHas(doc, a, OVER) || sentenceHas(doc, a, PLAN) || pupilsThere(doc, a) || SOMEONE_THERE.test(t.toLowerCase())) continue;
    const place = me ?? (invite ? STREET_NAMED.exec(t) ?? PLACE_NAMED.exec(t) : null);
    if (!place) continue;
    const end = place.index + place[0].length;
    const name = t.slice(me ? end : place.index, (me ? end : place.index) + 30).replace(/^(?:at|in|on|outside) (?:the )?/i, '').toLowerCase();
    if (NOT_A_NAMED_PLACE.test(name) || WHEN_WORD.test(name) || REGION.test(name) || A_SCHOOL.test(name) || HOLIDAY_PLACE.test(name) || shortDraftHas(doc, REVIEW)) continue;
    report(to(place.index), to(end));
  }
}
const OPENS_NAME_NOW = /^\s*((?:\p{Lu}[\p{L}'&-]+ ){0,3}\p{Lu}[\p{L}'&-]+),? (?:right now|rn|atm)\b/u;
/** On a train or bus by its time, out of or into a named place: "on the 18:42 out of Paddington", "me on the 07:12 from Ebbw Vale". */
/**
 * Who is on the 8.05: the sentence opens on the poster, or (session 8) on what they are doing there,
 * "knitting in the quiet coach on the 18:10 from Euston", "reading my book on the 08.05 to Bangor".
 */
function onTheTimeLead(lead: string): boolean {
  if (/^\s*(?:(?:me|i'?m|we'?re|i am|we are|us|currently|still|just|stuck|sat|sitting)(?: (?:just|still|now|sat|stuck|sitting))?\s+)?on the $/.test(lead)) return true;
  const ing = /^\s*([a-z]{3,}ing)\b[^.!?,]{0,40}\bon the $/.exec(lead);
  return !!ing && !NOT_DOING.test(ing[1]!);
}
const ON_THE_TIME = /(?<=\bon the )\d{1,2}[.:]\d\d (?:train |bus |service )?(?:out of|from|to|into) (?:the )?(?=[a-z])/y;
/** Any character folding drops (VANISHING is global, so this one keeps no state between tests). */
const VANISHING_ONE = new RegExp(VANISHING.source, 'u');

/*
 * On the way somewhere now (session 5): "omw to the Principality", "on my way to Cardiff Central",
 * "walking into the Liberty now", "heading into Swansea now", "ar y ffordd i Stadiwm y Principality".
 * A capitalised place (or a known one in lower case) follows; "heading" and "driving" need "now" too,
 * since "heading to Tenby on Saturday" is a plan.
 */
const EN_ROUTE = /\b(?:omw|otw|(?<=\bon (?:my|our) )way|(?<=\ben )route|(?:walking|pulling|driving|heading|headed|rolling) (?:in)?to|(?<=\bar (?:y|fy|ein) )ffordd) (?:to |i |into )?(?:the |y |yr )?(?=\S)/y;
const EN_ROUTE_AT = words('omw otw way route walking pulling driving heading headed rolling ffordd');
const NOW_WORD = /\b(?:now|rn|right now|atm|currently|just|as we speak)\b/;
/** Where the way leads that is no place: "omw to work", "on my way to see mum", "heading into the weekend". */
const NOT_ON_THE_WAY = /^(?:work|school|bed|see|get|pick|collect|meet|the (?:weekend|week|holidays|summer|office|shops|gym|staffroom|classroom|meeting)|a |an |my |our |his |her |their |your |parents|year|yr|reception|class|assembly|lessons?|period|mrs|mr|miss)/;
function onTheWay(m: RegExpExecArray, doc: Doc, end: number): boolean {
  const next = plainSlice(doc, end, reach(doc, end, 30));
  const low = next.toLowerCase();
  const known = PLACE_START.test(low);
  if (!known && !capAt(doc, end)) return false;
  if (NOT_ON_THE_WAY.test(low) || NOT_A_NAMED_PLACE.test(low) || WHEN_WORD.test(low) || REGION.test(low) || NOT_PLACE_NAME.test(low) || HOLIDAY_PLACE.test(low)) return false;
  const name = (NAME_RUN.exec(next)?.[0] ?? next).toLowerCase();
  if (A_SCHOOL.test(name) || doc.found?.school?.some(([a, b]) => a <= end && end < b)) return false;
  if (/^(?:driving|heading|headed|rolling)/.test(m[0]) && !sentenceHas(doc, m.index, NOW_WORD)) return false;
  if (sentenceHas(doc, m.index, OVER) || sentenceHas(doc, m.index, PLAN_AHEAD) || pupilsThere(doc, m.index) || sentenceHas(doc, m.index, GETAWAY_WORDS)) return false;
  if (OTHER_BEFORE.test(plainSlice(doc, sentenceAround(doc.text, m.index)[0], m.index).toLowerCase())) return false;
  return true;
}
/** On the way to a holiday (the absence rule's): "ar y ffordd i Lerpwl i ddal y llong fordaith, 12 noson". */
const GETAWAY_WORDS = /\b(?:cruise|mordaith|fordaith|llong|flight|ffleit|maes awyr|holiday|hols|gwyliau|wyliau|\d{1,2} (?:noson|nights|days|diwrnod))\b/;
const FLYING = /\b(?:fly|flying|flight|airport|ferry|cruise)\b/;
/** A plan rather than now: "on my way to Cardiff tomorrow". */
const PLAN_AHEAD = /\b(?:tomorrow|tmrw|next|will|'ll|going to|gonna|later|plan(?:ning)?|booked|hoping|one day|this (?:weekend|saturday|sunday))\b/;
/** A known place at the start of the words after a preposition (lower case allowed). */
const PLACE_START = new RegExp(`^(?:the )?(?:${PLACES})\\b`);

/*
 * A sentence that opens on a named landmark, said from there (session 5): "Mumbles pier with an ice
 * cream, bliss 🍦", "Penarth seafront, sun's out", "Roath Park lake this morning". A capitalised name,
 * a landmark word, and something that makes it now (company, an emoji, the weather, the time).
 */
const LANDMARK_WORDS = new WordGate(words('pier seafront prom promenade beach harbour marina quay lake park market castle summit waterfront boardwalk sands'));
// Session 8: "car park" first, so "Asda Queensferry car park" is read whole rather than as a park.
const LANDMARK_LIST = 'car park|pier|seafront|prom|promenade|beach|harbour|marina|quay|lake|park|market|castle|summit|waterfront|boardwalk|sands'.split('|');
/** Capitalised words then a landmark word, itself in either case ("Mumbles pier", "Penarth Pier"). */
const OPENS_LANDMARK = new RegExp(`^(?:\\p{Lu}[\\p{L}'-]+ ){1,3}(?:${LANDMARK_LIST.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\b`, 'u');
const LANDMARK_NOW = /\b(?:with (?:a|an|the|my|our)|now|rn|sun'?s out|bliss|heaven|perfect|freezing|windy|blowing a gale|in hand|send help)\b/;
function opensLandmark(doc: Doc, report: Report): void {
  if (!LANDMARK_WORDS.in(doc)) return;
  for (const [a, b] of sentencesWith(doc, LANDMARK_WORDS)) {
    const { s: t, at: map } = plain(doc, a, b);
    const lead = /^\s*/.exec(t)![0].length;
    const o = OPENS_LANDMARK.exec(t.slice(lead));
    if (!o || !/^\p{Lu}/u.test(o[0])) continue;
    const low = o[0].toLowerCase();
    if (NOT_A_NAMED_PLACE.test(low) || REGION.test(low) || A_SCHOOL.test(low) || NOT_PLACE_NAME.test(low)) continue;
    const after = t.slice(lead + o[0].length).toLowerCase();
    // A post that opens on a named car park and goes on ("Asda Queensferry car park, can't find the car") is sent from it: nobody names one as a topic first.
    const carPark = /car park$/i.test(o[0]) && /^\s*(?:,|-|\u2014|:)/.test(after);
    if (!(carPark || LANDMARK_NOW.test(after) || PICTURE.test(after) || /^\s*(?:,|-|\u2014)/.test(after) && PICTURE.test(doc.text.slice(b, b + 8)))) continue;
    if (sentenceHas(doc, a, NOT_NOW) || pupilsThere(doc, a) || shortDraftHas(doc, REVIEW) || doc.found?.school?.some(([x, y]) => x < map[lead + o[0].length]! && y > map[lead]!)) continue;
    report(map[lead]!, map[lead + o[0].length]!);
  }
}

/*
 * Where one lives, told by what goes wrong at home with the area named (session 5): "3 days without
 * water in Llanishen", "power cut in Rumney again", "bins not collected on Heol Llanishen Fach",
 * "burst main on our street in Whitchurch", and a sitter or a cleaner wanted in an area ("house sitter
 * needed …, Roath"). Not a forecast or news, not at school.
 */
const LOCAL_ISSUE = /\b(?:power ?cuts?|(?:lost|losing|lose|without) (?:the )?(?:power|water|electric|electricity|heating|gas|internet|wifi|broadband)|(?:internet|wifi|broadband|heating|gas|electric|electricity|power|water)(?:'s been|'s| is| has been| has| went)? (?:off|out|gone|down) (?:again|across|in|on|all|for)|no (?:power|water|electric|electricity|gas|heating|hot water|bin collection)|without (?:water|power|electric|electricity|heating|gas)|water(?:'s| is)? (?:off|out)|power(?:'s| is)? (?:off|out)|burst (?:water )?mains?|bins? (?:not|weren'?t|haven'?t been|still not|never) (?:collected|emptied|picked up)|(?:house|dog|cat|pet)[- ]?sitter (?:wanted|needed|required)|(?:wanted|needed|looking for)[:,]? (?:a )?(?:house|dog|cat|pet)[- ]?sitter|(?:cleaner|dog walker|babysitter|childminder) (?:wanted|needed|required)|(?:lost|missing|found|finds|escaped|ran off|run off|spotted)[^.!?\n]{0,30}?\b(?:dog|cat|labrador|lab|spaniel|terrier|puppy|kitten|tortoise|cockapoo|cavapoo|collie|greyhound|lurcher|rabbit|parrot))\b/;
/** A tradesman wanted in an area, for one's own home said in the post: "a decent plumber in Pontypridd? … my boiler". */
const TRADE = /\b(?:plumber|electrician|roofer|locksmith|gas engineer|boiler engineer|builder)s?\b/;
const MY_HOME_THING = /\b(?:my|our) (?:boiler|roof|heating|kitchen|bathroom|drains?|shower|loft|extension|house|flat)\b/;
const LOCAL_GATE = new WordGate(words('losing lose without internet wifi broadband lost missing finds escaped spotted plumber electrician roofer locksmith engineer builder power water electric electricity gas heating bin bins burst sitter housesitter dogsitter catsitter petsitter cleaner walker babysitter childminder'));
/** A forecast, the news, or work: "power cuts forecast across South Wales", "no water in the science block". */
const NOT_LOCAL = /\b(?:forecast|planned|scheduled|tomorrow|next week|will be|warning|school|class(?:room)?|block|staffroom|office|work|site|department|hall|canteen|gym|my mum'?s|my mam'?s|my nan'?s|my parents'?|my sister'?s|my brother'?s)\b/;
const PLACE_IN = /\b(?:in|on|round|around|across|near|(?:whole|all|rest|half) of|ym|yn|yng|ar) (?:the )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)/u;
const BARE_DISTRICT = new RegExp(`(?:^|[,.(\\s])(${DISTRICTS.replace(/\\'/g, "'").split('|').map((d) => d.replace(/(^|[ -])([a-z])/g, (_: string, p: string, c: string) => p + c.toUpperCase())).join('|')})(?=[,.)!?\\s]|$)`, 'i');
/** OVER without "lost", for supplies lost: "the estate has lost power again" is now (a lost cat still reads OVER whole). */
const LOST_SUPPLY = /\blost (?:the )?(?:power|water|electric|electricity|heating|gas|internet|wifi|broadband)\b/;
const OVER_LOCAL = new RegExp(OVER.source.replace('|lost|', '|'));
function localIssue(doc: Doc, report: Report): void {
  for (const [a, b] of sentencesWith(doc, LOCAL_GATE)) {
    const trade = sentenceHas(doc, a, TRADE) && (sentenceHas(doc, a, MY_HOME_THING) || shortDraftHas(doc, MY_HOME_THING));
    if (!(trade || sentenceHas(doc, a, LOCAL_ISSUE)) || sentenceHas(doc, a, NOT_LOCAL) || (!trade && sentenceHas(doc, a, sentenceHas(doc, a, LOST_SUPPLY) ? OVER_LOCAL : OVER))) continue;
    const { s: t, at: map } = plain(doc, a, b);
    const st = STREET_NAMED.exec(t);
    if (st) { report(map[st.index]!, map[st.index + st[0].length]!); continue; }
    const p = PLACE_IN.exec(t);
    const name = p?.[1]!.toLowerCase();
    // A town alone is no home a stranger could find (docs/labelling.md: "need a plumber in Pontypridd").
    if (p && name && !isTown(name) && !NOT_A_NAMED_PLACE.test(name) && !REGION.test(name) && !WHEN_WORD.test(name) && !HOLIDAY_PLACE.test(name) && !NOT_PLACE_NAME.test(name) && !A_SCHOOL.test(name)) {
      const from = p.index + p[0].length - p[1]!.length;
      report(map[from]!, map[from + p[1]!.length]!);
      continue;
    }
    // A bare district in a short post: "house sitter needed 14th–28th Aug, two cats, Roath. DM me".
    const whole = visibleLength(doc) <= 320 ? plain(doc, 0, doc.text.length) : undefined;
    const d = whole && BARE_DISTRICT.exec(whole.s);
    if (d && whole && !isTown(d[1]!)) {
      const from = d.index + d[0].length - d[1]!.length;
      report(whole.at[from]!, whole.at[from + d[1]!.length]!);
    }
  }
}

/*
 * Where one is now, said by what one is doing and where, in two halves (session 5): "sitting in the car
 * outside school", "yn eistedd yn y car tu allan i'r ysgol", "Brecon in the rain … I'm eating chips in a
 * car park". The poster doing it (the sentence opens on the verb, or "I'm", "we're", "currently" before
 * it), now (not past, not planned), and the place: the school's gate, or a known town named in a short post.
 */
const STAYING_WORDS = new WordGate(words('sat sitting stood standing eating drinking waiting queuing queueing wandering shopping sheltering hiding parked stuck eistedd parcio'));
const DOING_NOW = /(?:^|\b(?:i'?m|i am|we'?re|we are|currently|just|still|me|dwi'?n|dw i'?n|rydw i'?n|ni'?n|yn))\s*(?:sat|sitting|stood|standing|eating|drinking|waiting|queuing|queueing|wandering|shopping|sheltering|hiding|parked(?: up)?|stuck|eistedd|parcio)\b/;
const OUTSIDE_SCHOOL = /\b(?:sat|sitting|stood|standing|waiting|parked(?: up)?|stuck|eistedd|parcio)\b[^.!?\n]{0,30}?\b(?:outside|tu allan i'?r?) (?:the |our )?(?:school|ysgol)\b/;
const PLACE_ANY = new RegExp(`\\b(?:${PLACES})\\b`, 'gi');
function doingThere(doc: Doc, report: Report, taken: number[]): void {
  if (!STAYING_WORDS.in(doc)) return;
  for (const [a, b] of sentencesWith(doc, STAYING_WORDS)) {
    const low = plainSlice(doc, a, b).toLowerCase().replace(/\u2019/g, "'").trimStart();
    const me = DOING_NOW.exec(low);
    if (!me || sentenceHas(doc, a, OVER) || sentenceHas(doc, a, PLAN_AHEAD) || pupilsThere(doc, a)) continue;
    const out = OUTSIDE_SCHOOL.exec(low);
    if (out) {
      const { s: t, at: map } = plain(doc, a, b);
      const o = OUTSIDE_SCHOOL.exec(t.toLowerCase().replace(/\u2019/g, "'"));
      if (o) report(map[o.index]!, map[o.index + o[0].length]!);
      continue;
    }
    if (taken.some((x) => x >= a && x < b) || visibleLength(doc) > 320) continue;
    // A town named in the short post, with a capital: "Brecon in the rain has its own charm".
    PLACE_ANY.lastIndex = 0;
    for (let p = PLACE_ANY.exec(doc.text); p; p = PLACE_ANY.exec(doc.text)) {
      if (!capAt(doc, p.index) || HOLIDAY_PLACE.test(p[0].toLowerCase()) || (p[0].toLowerCase() === 'barry') || talkedAbout(doc, p.index, p.index)) continue;
      report(p.index, p.index + p[0].length);
      break;
    }
  }
}

// Anchors: a word every match of the pattern contains after its common first word (regex.ts).
const PATTERNS = new Triggers()
  .add(EN_ROUTE, EN_ROUTE_AT, {
    weak: words('way route walking pulling driving heading headed rolling ffordd'),
    anchors: words('to into i'),
    reach: 12,
    keep: (m, doc, end) => onTheWay(m, doc, end),
  })
  .add(PLACE_AT, PLACE_FIRST, { keep: placeNow })
  .add(POSTCODE, new Set(), { when: outward })
  .add(CHECK_IN, words('checked checking check just landed'), { weak: words('just'), anchors: words('arrived landed'), keep: (m, doc) => !SOMEONE_ELSE.test(plainSlice(doc, reach(doc, m.index, -12), m.index).toLowerCase()) && !sentenceHas(doc, m.index, OVER) && !pupilsThere(doc, m.index) })
  // "At Roath Park if anyone's about": an invitation to come is a place now.
  .add(HERE_NOW, words('at in on'), {
    weak: 'all',
    anchors: words('now rn speak moment atm anyone'),
    keep: (m, doc) => {
      // Read on the draft as typed, without invisible characters ("o\u00ADn the pier").
      const place = plainSlice(doc, m.index, reach(doc, m.index, 60)).replace(/^\S+ /, '');
      const next = place.toLowerCase();
      // "Is anyone in the Kings Head at the moment?": asked of readers.
      const [qa, qb] = sentenceAround(doc.text, m.index);
      if (doc.text[qb] === '?' && /^\s*(?:is|are)\s+(?:any ?(?:one|body)|people)\b(?! else)/.test(plainSlice(doc, qa, m.index).toLowerCase())) return false;
      if (EVERYONE_BEFORE.test(plainSlice(doc, qa, m.index).toLowerCase()) || sentenceHas(doc, m.index, WISHED)) return false;
      return (/^\p{Lu}/u.test(place) || (next.startsWith('the ') && !HOME_ROOM.test(next))) && !WHEN_WORD.test(next) && !NOT_A_PLACE.test(next) && !pupilsThere(doc, m.index) && !sentenceHas(doc, m.index, OVER);
    },
  })
  .add(LIVE, words('i we'), { weak: 'all', anchors: words('live moved living') })
  .add(HOME_ON, words('my our'), { weak: 'all', anchors: words('place house home flat address') })
  .add(BEING_AT, BEING_AT_AT, {
    // From these common words every match holds one of the anchors: "just sat", "just left", "going for a wander". "In the queue at", "in A&E at", "on the 10.40 train"
    // start at their own word, with what comes before as a look-behind.
    weak: words('just going on'),
    anchors: words('beach pier prom seafront front summit top wander wandering left waiting waitin queuing queueing queuin stuck sat sitting sittin stood standing standin chilling relaxing lounging sipping having spending loving'),
    reach: 40,
    keep: (m, doc, end) => beingAt(m, doc, end),
  })
  .add(WE_AT, words('we stall stand'), {
    // "we're at": "we" is common, so it waits for an "at" right after it.
    weak: words('we'),
    anchors: words('at'),
    reach: 10, keep: (m, doc, end) => beingAt(m, doc, end) })
  .add(SAID_ADDRESS, new Set(), { digits: true })
  // Said by the poster on it: the sentence opens on the train, or on "me", "I'm", "we're" ("Football fans on the 4.20" are not).
  .add(ON_THE_TIME, new Set(), { digits: true, keep: (m, doc, end) => capAt(doc, end) && onTheTimeLead(plainSlice(doc, sentenceAround(doc.text, m.index)[0], m.index).toLowerCase().replace(/\u2019/g, "'")) && !sentenceHas(doc, m.index, OVER) && !sentenceHas(doc, m.index, PLAN_AHEAD) && !pupilsThere(doc, m.index) && !OTHER_BEFORE.test(plainSlice(doc, sentenceAround(doc.text, m.index)[0], m.index).toLowerCase()) })
  .add(HOME_BY, HOME_BY_AT, {
    keep: (m, doc, end) => {
      const next = plainSlice(doc, end, reach(doc, end, 40));
      return LANDMARK.test(next.toLowerCase()) || /^ (?:the )?[A-Z]/.test(next);
    },
  })
  .add(HERE_TILL, words('here'), {
    keep: (m, doc) => /\b(?:at|in) (?:the )?[A-Z]/.test(visibleLength(doc) <= 320 ? plainSlice(doc, 0, doc.text.length) : plainSlice(doc, reach(doc, m.index, -200), reach(doc, m.index, 200))),
  })
  .add(NAMED_PLACE, NAMED_PLACE_AT, {
    weak: words('right ar just yn anyone live who who\'s got made arrived'),
    anchors: words('now moved byw hyn on in at live onto into to up outside of'),
    // A capital (or a handle-like '@') starts the place: "currently at work" is not one.
    keep: (m, doc, end) => {
      const next = plainSlice(doc, end, reach(doc, end, 20)).toLowerCase();
      if (WHEN_WORD.test(next) || sentenceHas(doc, m.index, USED_TO)) return false;
      // Session 9 round 2: an event moved to a place ("Sports day moved to the Leisure Centre on Friday"), not the poster moving home.
      if (/moved/.test(m[0]) && /\bwho(?:'s| has| have| had)?\s+(?:just\s+|recently\s+)?$/.test(plainSlice(doc, reach(doc, m.index, -24), m.index).toLowerCase())) return false;
      if (/moved/.test(m[0]) && MOVED_THING.test(plainSlice(doc, sentenceAround(doc.text, m.index)[0], m.index).toLowerCase())) return false;
      // "My brother just moved to Bristol": someone else's move.
      if (/moved/.test(m[0]) && OTHER_BEFORE.test(plainSlice(doc, sentenceAround(doc.text, m.index)[0], m.index).toLowerCase())) return false;
      // "We've just moved to Sheffield", "moved to Yorkshire": a town or county alone as home is no place a stranger could find (docs/labelling.md).
      if (/moved (?:to|into)/.test(m[0])) {
        const name = (NAME_RUN.exec(plainSlice(doc, end, reach(doc, end, 40)))?.[0] ?? '').toLowerCase();
        if (name && (isTown(name) || REGION.test(name) || HOLIDAY_PLACE.test(name))) return false;
      }
      // "my friend who's in Tenerife": someone named before "who" is the one there, not a question to readers.
      if (/^who/.test(m[0]) && PERSON_WHO.test(plainSlice(doc, reach(doc, m.index, -30), m.index).toLowerCase())) return false;
      // Streets are places in lower case too: "anyone on lôn las", "yn byw ar coed y brain road".
      if (STREETISH.test(plainSlice(doc, end, reach(doc, end, 40)).toLowerCase())) return true;
      // "Anyone at St Joe's know if…?": asking readers there for news says where they are, not the poster ("anyone at the Cove right now?" still does).
      if (/^anyone (?:in|at)/.test(m[0]) && /^[^.!?\n]{0,40}?\b(?:know|knows|got|have|seen|been|recommend|tell me)\b/.test(plainSlice(doc, end, reach(doc, end, 60)).toLowerCase())) return false;
      if (/^(?:who|got|made|finally|arrived|just (?:got|made))/.test(m[0]) && NOT_NAMED.test(next)) return false;
      if (NOT_A_NAMED_PLACE.test(next)) return false;
      return capAt(doc, end) || (/^(?:currently|ar hyn)/.test(m[0]) && !NOT_A_PLACE.test(next));
    },
  });

/*
 * Where the poster is now or will be at a stated time, read compositionally (session 7): in one
 * sentence, a stated time (a clock time, a day, "tomorrow", "tonight", "right now", "fory", "nawr"),
 * a place after a preposition (a capitalised name, or a kind of venue in any case: "the leisure
 * centre", "the big Tesco", "the beach", "y ganolfan hamdden"), and the poster there: a first-person
 * speaker or their own class ("I'll be", "we're", "taking my P5s", "me and the Year 2s"), or a post
 * that opens on the outing itself with no one else as its subject ("Panto at the King's tonight",
 * "Gatwick at 6am Saturday"). Not: the past, wishes and questions, other people's plans, places as
 * topics ("the Odeon in Truro is showing…"), a destination abroad (the absence rule's alone).
 */
const WHEN_STATED =
  /\b(?:tomorrow|tmrw|tmw|tomoz|tonight|tonite|today|this (?:morning|afternoon|evening|weekend|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:tues|weds|thurs)|next (?:week|weekend|month|term)|(?:on |from |the |till |to |until )\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th) (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:at|from|till|until|til|by|for) \d{1,2}(?:[.:]\d\d)?(?!\d| ?(?:more|kids|children|pupils|people|years?|mins?|minutes|hours|hrs|weeks|days|of|%))|\d{1,2}[.:]\d\d|\d{1,2} ?(?:am|pm)|half (?:past )?\d{1,2}|midday|noon|teatime|dinnertime|lunchtime|first thing|right now|rn|atm|now|currently|as we speak|all (?:morning|afternoon|day|evening|week|weekend)|after (?:dinner|lunch|school|break|tea|work)|fory|yfory|heno|heddiw|nawr|rŵan|r[wŵ]an|ar hyn o bryd|am \d{1,2}(?:[.:]\d\d)?|dydd (?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|nos (?:lun|fawrth|fercher|iau|wener|sadwrn|sul)|bore (?:'?ma|fory)|(?:prynhawn|p'?nawn) '?ma|wythnos nesa)\b/;
/** Told as past, wished, asked about, booked or talked about, anywhere in the sentence. */
const WHEN_NOT =
  /\b(?:was|were|went|yesterday|last (?:night|week|weekend|year|time|month|summer|term|christmas|easter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|ago|used to|loved|had (?:a|an|the|such|our|my)|did|visited|enjoyed|throwback|tbt|got back|back from|home from|remember|missed|gutted|would|could|wish|one day|some ?day|thinking (?:of|about)|might|maybe|hoping to|hope to|(?<!\b(?:anyone|anybody|who|you)(?: [a-z]+)? )fancy|anyone (?:know|been|recommend|got|have|going)|recommend[a-z]*|best [a-z]+ (?:in|at|near)|(?:looking for|need(?:s|ing)?|after|wanted:?|seeking) (?:a |an |someone |somebody )?(?:good |decent |reliable |local |trusted |regular |new |cheap )?(?:to (?:babysit|childmind|walk (?:the|my|our) dog|clean|cover)|babysitter|sitter|childminder|nanny|au pair|plumber|electrician|builder|roofer|cleaner|dentist|tutor|mechanic|gardener|dog walker|dog sitter|cat sitter|hairdresser|barber|photographer|window cleaner|decorator|painter|joiner|carpenter|handyman|locksmith|tradesman|tradesperson|nursery place|childcare|physio|osteopath|vet)s?|just booked|booked (?:a|an|the|our|my|us)|tickets? for|spare ticket|opens|opening|reopen[a-z]*|closing|closed|reading about|learning about|topic on|lesson on|documentary|showing|prices?|should (?:i|we)|where (?:is|are|can|do|does|should)|how (?:do|does|long|much)|is on at|are on at|on (?:tv|the telly|iplayer|netflix)|polling|vote|instead of|rather be|dreaming|not me|home now|back home|home at last|all welcome|away (?:at|to|v|vs)|talk(?:ing)? (?:about|on)|wedi bod|ddoe|neithiwr|llynedd|drosodd|diwetha|diwethaf|ers|tocynnau|tocyn)\b/;
/** The poster there: a first-person speaker, their own class or group, or an opening on going. */
const POSTER_HERE =
  /\bi(?= (?:am|will|have|was|can|need|get|got|go|take|walk|drive|love|think|know|do|don't|just|really|still|might|should|hope|want|wanted|reckon|see|feel|fly|leave|head|set|start|finish|won't|can't|promise|swear|shall)\b)|\band i\b|\b(?:i'?m|im|i'?ll|i'?ve|i'?d|ive|we|we'?re|we'?ll|we'?ve|me|us|myself|ourselves|fi|ni|dw i|dwi|rydw i|ry'?n ni|gyda fi)\b|\b(?:my|(?:with|taking|take|bringing|walking|driving|and) (?:my|our|the)) (?:class|lot|group|gang|kids|year \d{1,2}s?|y\d{1,2}s?|p\d{1,2}s?|reception|nursery|juniors|infants|little ones|team|squad|choir|pupils|students|sixth form(?:ers)?|tutor group|form|ks\d|key stage \d|eco club|school council|council)\b|\bgyda'?r (?:plant|dosbarth|bl|blwyddyn)\b|\b(?:ni'n|ma' ni|mae ni|ry'n ni|rydyn ni)\b|^\s*(?:taking|walking|driving|bringing|heading|off|going|leaving|spending|meeting|in the queue|queu(?:e)?ing|sat|sitting|stood|standing|stuck|parked|waiting|hiding|live from|greetings from|hello from|(?:on|in|at|outside) (?:the|a|y|yr)|yn y|yn yr|ar y|ar yr)\b/;
/*
 * Session 9: a notice to readers, not the poster's own outing: an event "everyone welcome", "first class
 * free", "tickets £5", "book a slot", "bring your bears", volunteers wanted, "croeso i bawb"; or a
 * schedule that repeats ("Zumba Mondays", "Tuesday evenings", "bob bore Mawrth"). Read in a short post
 * whole, since the welcome is often its own sentence.
 */
/** The poster there in so many words, which a notice may also say: "I'll be on the tombola, everyone welcome". */
const SELF_THERE = /\b(?:i'?ll be|we'?ll be|i will be|we will be|(?:i'?m|we'?re|i am|we are) (?:on|at|in|running|doing|helping|manning|selling)|(?:find|join) (?:me|us)|see you there|say (?:hi|hello)|fi'?n|dw i'?n|dwi'?n|ni'?n)\b/;
const NOTICE =
  /\b(?:(?:every(?:one|body)|all|families|children|kids|newcomers|beginners) (?:are |is )?(?:very |most )?welcome|open to (?:all|everyone|the public)|free entry|entry (?:is )?free|(?:first|1st|taster) (?:class|session|lesson|visit)s? (?:is |are )?free|free (?:taster|session|class)|tickets? (?:are |now )?(?:on sale|available|from|at|£)|£\d+(?:\.\d\d)? (?:entry|on the door|a ticket|per (?:person|child|head)|each)|book (?:a|your) (?:slot|place|space|ticket|seat)|bring (?:your|a) (?!own\b)[a-z]+|(?:looking for|need(?:s|ed)?|wanted:?) (?:more )?(?:volunteers|helpers|leaders|donations)|(?:donors|helpers|players|members|singers|drivers|coaches|walkers|runners|bakers|knitters|litter pickers|readers|marshals|stewards) (?:urgently )?(?:needed|wanted)|tickets? (?:are )?(?:selling|going) fast|(?:selling|sold) out|(?:still )?(?:a few|some|limited) (?:tickets|places|spaces|seats)(?: left| available| remaining)?|book (?:now|early|online)|drop-?in|proceeds|all money raised|raising money|croeso (?:cynnes |mawr )?i bawb|am ddim|bob (?:bore|nos|prynhawn|dydd|wythnos) |(?:mon|tues|wednes|thurs|fri|satur|sun)days (?:at|in|from|\d)|(?:we|they|group|club) meets? (?:every|each|weekly|monthly|on|in|at)|(?:first|second|third|fourth|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: of (?:the|every|each) month)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:mornings|afternoons|evenings|nights),? (?:at|in|from|\d))/;
/** Someone else the subject: "my sister's taking", "our head is at", "the kids are going", "P6 are going". */
const WHEN_OTHER =
  /^\s*(?:our |my )?[a-z]+'s (?:off|going|at|in|on|flying|heading)\b|^\s*(?:the )?(?:(?:hubby|husband|wife|missus|other half|oh|partner|mum|mam|mom|dad|nan|nanna|nana|gran|grandma|granny|grandad|grandpa|grampy|eldest|youngest|bestie)(?:'s| is| was| has| will be)|(?:kids|boys|girls|in-laws)(?: are| were| have| will be)) (?:off|going|at|in|on|flying|heading|away)\b|\b(?:maen nhw|mae e|mae hi|nhw'n|mab fi|merch fi|fy mab|fy merch|(?:mae )?(?:fy|'?n) (?:chwaer|mrawd|mam|nhad|nain|nhaid|ffrind|ngŵr|ngwr|ngwraig|mhartner|nghariad|rhieni|nghefnder|nghyfnither|modryb|ewythr)|(?:chwaer|brawd|mam|dad|nain|taid|ffrind|gŵr|gwraig|partner|cariad|rhieni) fi|mae(?:'r)? (?:dad|tad|mam|nain|taid|gŵr|gwr|wraig|gariad|plant|hogia|genod|bechgyn|merched|teulu|in-laws))\b|\b(?:he|she|they|someone|somebody|(?<!\b(?:at|to|into|from|by|outside|near|with|round|and) )(?:my|our|his|her|their) (?:husband|hubby|wife|partner|other half|sister|brother|mum|mam|mom|dad|son|daughter|nan|gran|grandad|friend|mate|bestie|boss|head|deputy|principal|neighbours?|parents|in-laws|cousin|auntie|aunt|uncle|eldest|youngest|little one|boy|girl|lad)(?:'s|'re| is| are| has| have| was| will| goes| flies| fly| lands?| arrives?| leaves?| go| travels?| heads?| drives?| sets? off| gets? (?:in|back|to))|(?:mr|mrs|miss|ms|dr) [a-z]+ (?:is|are|has|will)|(?:year|y|p|class|yr) ?\d{1,2}s? (?:are|is|will|have)|(?:the|our) (?:kids|children|pupils|students|team|choir|squad|class) (?:are|is|will|have))\b/;
/** A verb right after the place: the place is the subject, talked about ("Truro is showing", "the new Aldi opens"). */
const PLACE_SUBJECT = /^[^,.!?;]{0,24}?\b(?:is|are|opens|open|has|have|closes|will|was|were|shows|showing|needs|wants|does|did|gets|got|keeps|won|lost|beat|played|scored|game|match|fans)\b/;
/** Kinds of venue, in any case: the poster can be found there by what it is. */
const VENUE =
  /^(?:(?:big|little|new|old|local|usual|nearest|main) )?(?:hydrotherapy pool|christmas market|community centre|ganolfan hamdden|climbing centre|trampoline park|leisure centre|nature reserve|police station|swimming baths|walk-in centre|bowling alley|climbing wall|garden centre|sports centre|swimming pool|train station|country park|fire station|village hall|wetherspoons|art gallery|bus station|church hall|crematorium|post office|sainsbury's|allotments|craft fair|eisteddfod|hydro pool|mcdonald's|pwll nofio|sainsburys|allotment|amgueddfa|cathedral|farm park|llyfrgell|maes awyr|mcdonalds|morrisons|reservoir|soft play|town hall|car boot|carnival|cemetery|festival|gurdwara|hospital|ice rink|seafront|services|airport|bowling|coedwig|concert|funfair|gallery|goedwig|harbour|library|maccies|nando's|primark|stadium|station|theatre|castle|chapel|chippy|church|cinema|dafarn|eglwys|forest|gorsaf|greggs|marina|market|mosque|museum|nandos|parade|sinema|spoons|tafarn|temple|theatr|traeth|ysbyty|abbey|arena|beach|bingo|canal|capel|co-op|costa|docks|local|orsaf|panto|tesco|woods|aldi|asda|cafe|café|coop|fair|farm|gala|ikea|lake|lidl|parc|park|pier|prom|pwll|quiz|siop|spar|a&e|b&q|gig|pub|zoo)\b/;
/** A preposition and its article, before the place: "at the", "down to the", "yn y", "i'r". */
const WHEN_PREP = /(?<![\p{L}\p{N}'\u2019])(?:(?:[Aa]t|[Ii]n|[Tt]o|into|[Oo]n|[Oo]utside|near|by|round|around|opposite|inside|@|[Yy]n|ym|yng|ar|i) (?:(the|The|a|an|y|yr) )?|i'r )/gu;
/** Done already: "took the kids", "we filled 9 bags", "spent my Saturday", "I walked". */
const WHEN_DONE = /^\s*(?!parked|stuck|booked|packed|tired|bored|excited|scared|pleased|chuffed|blessed|stressed|wrapped|wedged|snowed|trapped)[a-z]{3,}ed\b|\b(?:took|spent|filled|scored|logged|had|came|bought|ate|saw|met|won|lost|finished|walked|drove|picked|checked|made|left|read|cried|laughed|gave|retired)\b|\b(?:i|we) [a-z]+ed\b|\b(?:does|do) (?:a|an|the|some|proper)\b/;
/** Pupils named by group, in English or Welsh, told as the subject: "Year 4 at", "Blwyddyn 6 yn mynd", "U11s away". */
const WHEN_GROUP = /\b(?:year|yr|y|bl|blwyddyn|flwyddyn|form|p|ks|key stage|class|dosbarth|u|under) ?\d{1,2}s?\b|\b(?:reception|nursery|eyfs|ks1|ks2|ks3|ks4|sixth form|choir|squad|team|leavers|eco club|school council|orchestra|debaters|students|pupils|kids|children|plant|disgyblion|criw|côr|tîm)\b/;
/** Going somewhere, before "to" a capitalised name: "taking my lot to", "off to", "on the coach to". */
const WHEN_GOING = /\b(?:straight|com(?:e|ing)|tak(?:e|ing)|bring(?:ing)?|walk(?:ing)?|driv(?:e|ing)|head(?:ing|ed)?|off|go(?:ing)?|travel(?:ling)?|trip|visit|coach|bus|train|minibus|ferry|flight|fly(?:ing)?|sail(?:ing)?|set(?:ting)? off|leav(?:e|ing)|way|route|mynd|fynd|cerdded|bws|taith)\b[^,.!?]{0,40}$/;
/** A job there, not where one is: "duty manager at", "shift at", "supply teacher in", "working at". */
const WHEN_AT_WORK = /\b(?:duty|shifft|gwaith|shift|shifts|manager|teacher|job|work|works|working|supply|placement|volunteer(?:ing)?|trainee|lecture|seminar|life|based|live|lives|living|byw|born|moved)\s+(?:(?:at|in|yn|yng|ym|on|to)\s+)?(?:the\s+)?$/;
/** Events named as such, not places: "Sports Day", "the Sioe", "Parents' Evening". */
const WHEN_EVENT = /\b(?:day|night|evening|week|weekend|party|show|sioe|concert|service|assembly|meeting|practice|rehearsal|disco|sale|match|game|lesson|exam|test|final|semi|cup|league|awards?)$/;
/**
 * A post opening on a place and a time, with no preposition (a check-in or an itinerary's line):
 * "Cardiff airport at 4am", "Heathrow T5 at 4am Friday", "Maes awyr Caerdydd am 5 bore ma",
 * "Holyhead ferry terminal, 2am", "Broadway Tower at sunrise right now", "Cheltenham Spa platform 1 rn".
 */
const OPEN_PLACE_TIME =
  /^[\s\p{P}\p{S}]*((?:(?:[Mm]aes awyr|[Tt]raeth|[Gg]orsaf|[Cc]astell|[Pp]arc) )?\p{Lu}[\p{L}'\u2019&.-]*(?: (?:\p{Lu}[\p{L}'\u2019&.-]*|T\d|of|on|y|yr|upon|ferry terminal|airport|station|services|central|platform \d{1,2}|gate \d{1,3}|terminal \d))*)[,!:]?\s+(?:at |am |from |for |[-\u2013] )?(?=\d|tomorrow|tonight|today|right now|rn\b|now\b|nawr|fory|heno|bore|prynhawn|this (?:morning|afternoon|evening)|sunrise|sunset|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Tomorrow|Tonight)/u;
/** The opening name is a place by its kind or its own name: "Cardiff airport", "Broadway Tower", "Toby Carvery Dudley Port". */
const OPEN_PLACE_KIND = /\b(?:[Aa]irport|[Ss]tation|[Cc]entral|[Ss]ervices|[Tt]erminal|[Pp]latform|[Gg]ate|T\d|Tower|Park|Castle|Beach|Bay|Pier|Museum|Zoo|Hall|Centre|Arena|Stadium|Abbey|Cathedral|Market|Carvery|Farm|Lido|Quay|Harbour|Island|Hill|Forest|Woods|Lake|Theatre|Cinema|Gardens|Heathrow|Gatwick|Stansted|Luton|Eurotunnel|[Mm]aes awyr|[Tt]raeth|[Gg]orsaf|[Cc]astell|[Pp]arc|Sw)\b/u;
/** A job title at a place: "bouncer at a club in Brum", "nurse at the Heath". */
const WHEN_JOB = /\b(?:bouncer|nurse|doctor|receptionist|cleaner|driver|chef|barmaid|barman|bartender|cashier|carer|porter|manager|supervisor|volunteer|steward|lifeguard|coach|referee|ref|officer|assistant|worker)s? (?:at|in|for)\b/;
/** A preposition before a capital, on the draft as typed: the cheap sign that a place may be named. */
/** The first words of the kinds of venue (VENUE), so a draft naming none skips that reading. */
const VENUE_GATE = new WordGate(words('centre baths pool library museum gallery beach park reserve zoo farm church chapel cathedral abbey mosque gurdwara temple hall station office allotments allotment theatre cinema panto arena stadium market boot fair funfair play rink hospital a&e airport services pub café cafe chippy spoons wetherspoons co-op coop tesco asda aldi lidl sainsbury\'s sainsburys morrisons spar greggs costa nando\'s nandos maccies mcdonald\'s mcdonalds b&q ikea primark castle woods forest canal harbour pier prom seafront marina docks lake reservoir cemetery crematorium carnival parade festival gala eisteddfod hamdden llyfrgell traeth parc amgueddfa capel eglwys pwll nofio dafarn tafarn siop ysbyty awyr orsaf gorsaf sinema theatr goedwig coedwig gig concert bingo quiz wall centre alley local'));
/** Prepositions whenThere reads before a place; registered so the tokeniser marks them. */
const WHEN_PREPS = words('at in to into on outside near by round around opposite inside yn ym yng ar i');
new WordGate(WHEN_PREPS);
const WHEN_ARTICLES = words('the a an y yr');
new WordGate(WHEN_ARTICLES);
/** Words naming a kind of place in a post that opens on it ("Cardiff airport at 4am"). */
const OPEN_KIND_GATE = new WordGate(words('airport station central services terminal platform gate tower park castle beach bay pier museum zoo hall centre arena stadium abbey cathedral market carvery farm lido quay harbour island hill forest woods lake theatre cinema gardens heathrow gatwick stansted luton eurotunnel maes traeth gorsaf castell parc sw'));
let whenTable: WordTable | undefined;
/** One byte per word id: 1 for a preposition, 2 for an article (a Set's look-up per marked word cost more). */
let whenKind = new Uint8Array(0);
/**
 * The sentences worth reading: one holding a preposition before a capital or (in a draft naming a
 * kind of venue) before a venue's word, or one opening on a capital with a place's kind or a town
 * named. Found from the tokeniser's marked words, so an everyday draft costs a walk of them and no pattern.
 */
function whenSpans(doc: Doc): Array<[number, number]> {
  const table = doc.lexicon.table;
  if (table !== whenTable) {
    whenTable = table;
    const ids = (set: Set<string>) => [...set].map((w) => idOf(table, w)).filter(Boolean);
    const prep = ids(WHEN_PREPS), art = ids(WHEN_ARTICLES);
    whenKind = new Uint8Array(Math.max(0, ...prep, ...art) + 1);
    for (const id of prep) whenKind[id] = 1;
    for (const id of art) whenKind[id] = 2;
  }
  const out: Array<[number, number]> = [];
  const venues = VENUE_GATE.in(doc);
  // Whether a place's kind is there decides what is read, so the gate is asked for a fact, not a "may hold".
  const kinds = OPEN_KIND_GATE.has(doc);
  const { hot } = doc;
  const count = doc.tokens.length;
  let end = -1;
  const add = (k: number) => {
    const s = sentenceAround(doc.text, doc.startOf(k));
    end = s[1];
    out.push(s);
  };
  for (let h = 0; h < hot.length; h++) {
    const k = hot[h]!;
    if (whenKind[doc.wordId(k)] !== 1 || doc.startOf(k) < end) continue;
    let n = k + 1;
    if (n < count && whenKind[doc.wordId(n)] === 2) n++;
    if (n >= count) continue;
    if (doc.flagsOf(n) & CAP || (venues && (VENUE_GATE.at(doc, n) || VENUE_GATE.at(doc, n + 1)))) add(k);
  }
  // A post opening on a place and a time: its first word capitalised, and a place's kind or a town there.
  if (doc.tokens.length && (kinds || isTown(doc.text.slice(doc.startOf(0), doc.endOf(0))))) {
    const starts = new Set(out.map(([x]) => x));
    for (let k = 0; k < count; k++) {
      if (!(doc.flagsOf(k) & INITIAL) || !(doc.flagsOf(k) & CAP)) continue;
      const at = doc.startOf(k);
      // Only a sentence the opening pattern reads as a place and a time (anchored: it fails at once on most).
      if (!OPEN_PLACE_TIME.test(doc.text.slice(at, at + 80))) continue;
      const s = sentenceAround(doc.text, at);
      if (!starts.has(s[0])) {
        starts.add(s[0]);
        out.push(s);
      }
    }
  }
  return out;
}
function whenThere(doc: Doc, report: Report, taken: number[]): void {
  const { text } = doc;
  // Decides whether VENUE is read at all, so a fact (has), not the prefilter's "may hold".
  const venues = VENUE_GATE.has(doc);
  for (const [a, b] of whenSpans(doc)) {
    if (taken.some((x) => x >= a && x < b)) continue;
    const { s: t, at: map } = plain(doc, a, b);
    const low = t.toLowerCase().replace(/\u2019/g, "'");
    if (!WHEN_STATED.test(low) || WHEN_NOT.test(low) || /\b(?:maen nhw|mae e|mae hi|nhw'n)\b/.test(low) || WHEN_DONE.test(low) || USED_TO.test(low)) continue;
    if (text[b] === '?' && !INVITE.test(low)) continue;
    const poster = POSTER_HERE.test(low);
    if ((NOTICE.test(low) || shortDraftHas(doc, NOTICE) || CHEERED_RE.test(low) || /\bproud of\b/.test(low)) && !SELF_THERE.test(low)) continue;
    // Pupils' outing told with no one speaking ("Year 4 at Chester Zoo tomorrow!"): the trip rule's alone.
    if (!poster && (pupilsThere(doc, a) || WHEN_GROUP.test(low))) continue;
    const o = OPEN_PLACE_TIME.exec(t);
    if (o) {
      const name = o[1]!;
      const nl = name.toLowerCase();
      const from = map[o[0].length - (o[0].length - o[0].indexOf(name))]!;
      const to = map[o[0].indexOf(name) + name.length]!;
      if (OPEN_PLACE_KIND.test(name) || isTown(nl) || isUkStay(nl) || PLACE_START.test(nl)) if (!(someones(name) || NOT_A_NAMED_PLACE.test(nl) || WHEN_WORD.test(nl) || NOT_PLACE_NAME.test(nl) || WHEN_EVENT.test(nl) || (HOLIDAY_PLACE.test(nl) && !isUkStay(nl)) || /^\p{Lu}{2,}\b/u.test(name) || A_SCHOOL.test(nl) || /\b(?:v|vs)\b/.test(low) ||
        (['pupil', 'colleague', 'school'] as const).some((id) => doc.found?.[id]?.some(([x, y]) => x < to && y > from)))) {
        if (!shortDraftHas(doc, REVIEW)) {
          taken.push(from);
          report(from, to);
        }
        continue;
      }
    }
    WHEN_PREP.lastIndex = 0;
    for (let m = WHEN_PREP.exec(t); m; m = WHEN_PREP.exec(t)) {
      const end = m.index + m[0].length;
      const rest = t.slice(end);
      const restLow = low.slice(end);
      let len = 0;
      const venue = venues ? VENUE.exec(restLow) : null;
      if (venue) len = venue[0].length;
      else if (/^\p{Lu}/u.test(rest)) {
        const name = NAME_RUN.exec(rest)?.[0] ?? '';
        const nl = name.toLowerCase();
        // Initialisms and year groups are no place ("on CPOMS", "in Y8"); a person's name after "to" is no place ("Reply to Sian").
        if ((/^\p{Lu}{2,6}\b/u.test(name) && !/^\p{Lu}\d/u.test(name)) || /^(?:y|yr|bl|year|form)\.? ?\d/i.test(name) || (/^(?:[Tt]o|i) /.test(m[0]) && !WHEN_GOING.test(low.slice(0, m.index)))) continue;
        if (!name || (!m[1] && someones(rest)) || NOT_A_NAMED_PLACE.test(nl) || WHEN_WORD.test(nl) || (REGION.test(nl) && !WHEN_GOING.test(low.slice(0, m.index))) || NOT_PLACE_NAME.test(nl) || (HOLIDAY_PLACE.test(nl) && !isUkStay(nl)) || WHEN_EVENT.test(nl)) continue;
        len = name.replace(/ (?:on|in|at|of|the|y|yr|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: .*|\S*)?$/i, '').length;
      }
      if (!len) continue;
      const from = map[end]!, to = map[end + len]!;
      if ((['pupil', 'colleague'] as const).some((id) => doc.found?.[id]?.some(([x, y]) => x < to && y > from))) continue;
      const school = A_SCHOOL.test(restLow.slice(0, len)) || doc.found?.school?.some(([x, y]) => x < to && y > from);
      if (school && (doc.found?.school?.some(([x, y]) => x < to && y > from) || !WHEN_GOING.test(low.slice(0, m.index))) && !/\b(?:i'?ll be|we'?ll be|i will be|find (?:me|us)|come and find|i'?m (?:at|in|on)|we'?re (?:at|in|on))\b/.test(low)) continue;
      // Someone else the subject of the place's clause, or the place the subject of what follows.
      const lead = low.slice(0, m.index);
      if (WHEN_OTHER.test(low.slice(0, end)) || OTHER_PERSON_AT.test(lead) || EVERYONE_BEFORE.test(lead) || /\b(?:not|never|instead of) (?:[a-z]+ )?$/.test(lead) || WORKPLACE_BEFORE.test(lead) || (!poster && (/\b(?:is|are|was|were|has|have|'s|'re|will)\b/.test(lead) || PLACE_SUBJECT.test(restLow.slice(len)))) || talkedAbout(doc, from, to)) continue;
      // With no one speaking, only an outing of one's own said by a named place at a one-off time ("Panto at the King's tonight"), not a venue's weekly club.
      if (!poster && (venue || !/^\s*(?:[^\s,.!?]+\s+){0,4}$/.test(lead.slice(lead.lastIndexOf(',') + 1)) || /\bevery\b/.test(low)) || /\b(?:on|of a) (?:mon|tues|wednes|thurs|fri|satur|sun)days\b/.test(low)) continue;
      // A walk round a place told afterwards ("walk round Cosmeston this morning, then cake").
      if (/^(?:round|around) /i.test(m[0]) && (!poster || DONE_EARLIER.test(low))) continue;
      if (HOME_ROOM.test(restLow) || /^(?:work|home|school|bed)\b/.test(restLow) || WHEN_AT_WORK.test(lead) || (/^at /i.test(m[0]) && JOB_AT.test(lead)) || WHEN_JOB.test(low) || /^[abm]\d/.test(restLow)) continue;
      if (shortDraftHas(doc, REVIEW)) break;
      taken.push(from);
      report(from, to);
      break;
    }
  }
}

/*
 * Home told finer than a town (session 7): a part of home or the street round it said as one's own
 * ("our cul-de-sac", "my back bedroom", "the Spar round the corner from ours", "stryd ni", "ni'n byw
 * ar y teras") and, in the same sentence, a named street, or a capitalised place that is no town or
 * city ("our estate in Byker", "the view from my back bedroom over Sedgley Beacon", "living on the hill
 * in Trebanog"). A town alone stays clean (docs/labelling.md): "our house in Swansea" is not flagged.
 */
const HOME_FINE =
  /\b(?:(?:my|our) (?:(?:little|new|old|lovely|tiny) )?(?:cul-de-sac|close|estate|street|road|lane|avenue|terrace|drive|driveway|bit of|end of|side of (?:the )?(?:street|road)|corner|house|flat|home|cottage|bungalow|new-build|back bedroom|front bedroom|bedroom|front room|window|garden|balcony|doorstep|front door)|(?:outside|opposite|behind|next to|near|across (?:the road )?from|over the road from|round the corner from|at the (?:end|top|bottom) of) (?:my|our) (?:house|flat|home|road|street|estate|close)|(?:round|outside|near|behind|opposite|across the road from|round the corner from|up the road from|down the road from) ours|(?:stryd|heol|ffordd|t[ŷy]|teras|cwrt) ni|(?:living|live|we live|i live|(?:ni|dw i|dwi|fi)'?n byw) (?:on|opposite|next to|behind|above|at the (?:top|bottom|end) of|ar|uwchben|gyferbyn)|that'?s (?:us|ours|our house)|new address|at mine)\b/;
const HOME_FINE_GATE = new WordGate(words('cul-de-sac close estate street road lane avenue terrace driveway corner cottage bungalow new-build bedroom balcony doorstep ours us stryd heol ffordd tŷ teras cwrt byw live living address mine house flat'));
const HOME_PLACE_CHEAP = /(?<![\p{L}'])(?:in|into|on|off|opposite|near|over|behind|by|above|below|outside|round|(?:bit|end|side|part) of|yn|ym|yng|ar|uwchben|gyferbyn â) (?:the |y |yr )?\p{Lu}|^\s*(?:[Tt]he )?\p{Lu}|\p{Lu}[\p{L}'-]+ (?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Gardens|Terrace|Court|Place|Mews|Row|Rise|Parade)\b|\b(?:[Hh]eol|[Ff]fordd|[Ss]tryd|L[oô]n|[Mm]aes|[Cc]los|[Cc]wrt|[Rr]hodfa) /u;
/** The place named near the home: after a preposition, a capitalised name. */
const HOME_NAMED = /(?<![\p{L}'])(?:in|into|on|off|opposite|near|over|behind|by|above|below|outside|round|(?:bit|end|side|part) of|yn|ym|yng|ar|uwchben|gyferbyn â) (?:the |y |yr )?(\p{Lu}[\p{L}'\u2019-]+(?: (?:\p{Lu}[\p{L}'\u2019-]+|y|yr|on|upon|de))*)/gu;
/** Not one's own home now: another's, the past, a wish. */
const HOME_NOT = /\b(?:used to|grew up|when (?:we|i) (?:lived|was|were)|years ago|my (?:mum|mam|mom|dad|nan|gran|sister|brother|friend|mate|parents|daughter|son)'?s|(?:his|her|their) (?:house|street|road|estate)|dream (?:house|home)|one day|would love|for sale|rightmove|zoopla)\b/;
/** A shop or pub named first, placed by one's own home: "The Spar round the corner from ours", "the Londis at the end of our road". */
const HOME_SHOP = /^\s*(?:[Tt]he )?(\p{Lu}[\p{L}'\u2019&-]+(?: \p{Lu}[\p{L}'\u2019&-]+)*) (?:at the (?:end|top|bottom) of|round the corner from|around the corner from|opposite|next to|across (?:the road )?from|over the road from|behind|near|up the road from|down the road from) (?:ours\b|(?:my|our) (?:house|flat|road|street|estate|close|lane|cul-de-sac|terrace)\b)/u;
function homeFine(doc: Doc, report: Report, taken: number[]): void {
  for (const [a, b] of sentencesWith(doc, HOME_FINE_GATE)) {
    if (taken.some((x) => x >= a && x < b)) continue;
    // A capitalised place after a preposition, or a street, must be there to name.
    const raw = doc.text.slice(a, b);
    if (!HOME_PLACE_CHEAP.test(raw)) continue;
    const { s: t, at: map } = plain(doc, a, b);
    const low = t.toLowerCase().replace(/\u2019/g, "'");
    if (!HOME_FINE.test(low) || HOME_NOT.test(low)) continue;
    const shop = HOME_SHOP.exec(t);
    if (shop) {
      const nl = shop[1]!.toLowerCase();
      const from = shop[0].indexOf(shop[1]!);
      if (!isTown(nl) && !NOT_A_NAMED_PLACE.test(nl) && !NOT_PLACE_NAME.test(nl) && !A_SCHOOL.test(nl)) {
        taken.push(map[from]!);
        report(map[from]!, map[from + shop[1]!.length]!);
        continue;
      }
    }
    const st = STREET_NAMED.exec(t);
    if (st) {
      taken.push(map[st.index]!);
      report(map[st.index]!, map[st.index + st[0].length]!);
      continue;
    }
    HOME_NAMED.lastIndex = 0;
    for (let m = HOME_NAMED.exec(t); m; m = HOME_NAMED.exec(t)) {
      const name = m[1]!.replace(/ (?:on|upon|de|y|yr)$/, '');
      const nl = name.toLowerCase();
      const from = m.index + m[0].length - m[1]!.length;
      if (isTown(nl) || REGION.test(nl) || NOT_A_NAMED_PLACE.test(nl) || WHEN_WORD.test(nl) || NOT_PLACE_NAME.test(nl) || HOLIDAY_PLACE.test(nl) || A_SCHOOL.test(nl) || /^\p{Lu}{2,}\b/u.test(name)) continue;
      if ((['pupil', 'colleague', 'school'] as const).some((id) => doc.found?.[id]?.some(([x, y]) => x < map[from + name.length]! && y > map[from]!))) continue;
      taken.push(map[from]!);
      report(map[from]!, map[from + name.length]!);
      break;
    }
  }
}

/*
 * A destination with a time is where the poster will be (docs/labelling.md, session 8): "off to
 * Portugal Monday till Friday", "we're in Cornwall all week". The absence rule has already read the
 * time and the going (it runs first, rules/index.ts), so this only names the place: a holiday place
 * in that sentence, or in a short post anywhere, or a town, county or country after "to", "in", "i",
 * "yn". A place without the going ("we love Spain") or the going without a place ("away till the 4th")
 * stays absence's alone.
 */
const AWAY_TO = /(?<![\p{L}'\u2019])(?:[Tt]o|[Ii]n|i|yn|for|from) ((?:\p{Lu}[\p{L}'\u2019-]*)(?: (?:\p{Lu}[\p{L}'\u2019-]*|of|upon))?)/gu;
const AWAY_SHORT = 280;
/** Where a clause starts, for awayTo's reading of who is going. */
const AWAY_CLAUSE = /[,;:()\u2013\u2014]| - |\b(?:and|but|so|while|whilst|when|because|cos)\b/;
function awayTo(doc: Doc, report: Report): void {
  const away = doc.found?.absence;
  if (!away?.length) return;
  const { text } = doc;
  let end = -1;
  for (const [a] of away) {
    if (a < end) continue;
    const [s, e] = sentenceAround(text, a);
    end = e;
    const m = sentenceMatch(doc, a, DESTINATION_ANY) ?? (visibleLength(doc) <= AWAY_SHORT ? draftMatch(doc, DESTINATION_ANY) : null);
    // Session 9: someone else the one going, said in the place's clause with no "we" or "I" after it ("when he flies back to Lagos on Sunday"; not "Nan's in Kraków, we fly on the 19th").
    if (m && m[0] >= s && WHEN_OTHER.test(plainSlice(doc, s, m[0]).toLowerCase().replace(/\u2019/g, "'").split(AWAY_CLAUSE).pop()!) && !FIRST_PERSON.test(plainSlice(doc, m[1], e).toLowerCase())) continue;
    if (m) {
      report(m[0], m[1]);
      continue;
    }
    // Read as seen: a soft hyphen pasted inside "Leeds" must not cut the name short.
    const { s: seen, at: map } = plain(doc, s, e);
    AWAY_TO.lastIndex = 0;
    for (let t = AWAY_TO.exec(seen); t; t = AWAY_TO.exec(seen)) {
      const name = t[1]!, at = t.index + t[0].length - name.length;
      if (isTown(name) || isUkStay(name) || (REGION.test(name.toLowerCase()) && !/^(?:the |uk|britain|europe|the world)/i.test(name))) {
        report(map[at]!, map[at + name.length - 1]! + 1);
        break;
      }
    }
  }
}

/*
 * Session 9: a check-in line with no preposition, what one is doing then where, ending on an emoji:
 * "Sunday carvery, The Ship Inn, Saltburn 🍺", "Fish and chips on the harbour wall, Seahouses ⚓". The
 * place must be a place by its kind ("Inn", "Arms", "Park"), a town, or come after a spot named in the
 * first part, so "Coffee with the best, Sarah 💕" stays clean.
 */
const CHECKIN_LINE = /^\s*([^,.!?\n]{3,60}),\s*((?:[Tt]he )?\p{Lu}[\p{L}'\u2019&-]*(?: (?:\p{Lu}[\p{L}'\u2019&-]*|of|on|the|y|yr|upon))*)(?:,\s*(\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*)?))?[\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u;
const CHECKIN_ACT = /^\s*(?:[a-z']+ )?(?:carvery|fish|chippy|ice creams?|pub lunch|afternoon tea|cream tea|sunday (?:dinner|lunch)|cake|cakes|scones?|beers?|wine|gin|cocktails?|walkies|dog walk)\b/;
const CHECKIN_SPOT = /\b(?:on|at|in|by) the (?:[a-z]+ ){0,2}(?:wall|beach|pier|prom|harbour|quay|front|sands?|rocks|bench|green|square|market|terrace|river|lake|cliffs?|dunes|slipway|bandstand)\b/;
const CHECKIN_KIND = /\b(?:Inn|Arms|Tavern|Hotel|Caf[eé]|Kitchen|Bar|Pub|Brewery|Tap|Bistro|Deli|Tearooms?|Park|Beach|Bay|Pier|Castle|Abbey|Cathedral|Market|Harbour|Quay|Gardens|Lido|Farm|Zoo|Museum|Hall|Centre|Arena|Stadium|Island|Head|Point|Cove)\b/u;
function checkinLine(doc: Doc, report: Report, taken: number[]): void {
  const { text } = doc;
  if (text.length > 160 || visibleLength(doc) > 120 || !text.includes(',') || !PICTURE.test(text.slice(-6))) return;
  const { s: t, at: map } = plain(doc, 0, text.length);
  const m = CHECKIN_LINE.exec(t);
  if (!m || taken.length) return;
  const act = m[1]!.toLowerCase().replace(/\u2019/g, "'");
  const spot = CHECKIN_SPOT.test(act);
  if (!(DOING_OPENS.test(act) || CHECKIN_ACT.test(act) || spot) || NOT_NOW_SENTENCE.test(act) || OVER.test(act) || FIRST_PERSON.test(act) && /\b(?:was|were|had)\b/.test(act)) return;
  const name = m[2]!, town = m[3];
  const nl = name.toLowerCase();
  if (someones(name) || NOT_A_NAMED_PLACE.test(nl) || WHEN_WORD.test(nl) || NOT_PLACE_NAME.test(nl) || REGION.test(nl) || A_SCHOOL.test(nl) || /^\p{Lu}{2,}\b/u.test(name)) return;
  if (!(CHECKIN_KIND.test(name) || isTown(nl) || PLACE_START.test(nl) || spot || (town && (CHECKIN_KIND.test(name) || isTown(town))))) return;
  const from = map[m[0].indexOf(name, m[1]!.length)]!;
  const to = map[m[0].indexOf(name, m[1]!.length) + name.length]!;
  if ((['pupil', 'colleague', 'school'] as const).some((id) => doc.found?.[id]?.some(([x, y]) => x < to && y > from))) return;
  taken.push(from);
  report(from, to);
}

/*
 * Session 9: pupils out that the trip rule found, with the poster going too, said in a short post
 * ("Kingswood next week with year 5!!! ... me screaming", "Surf lesson at Fistral for my whole Year 9
 * PE group Friday", "Fi a Bl 6 ar y trên i Amwythig fory"): where the pupils will be is where the poster
 * will be (docs/labelling.md). The place is a holiday place, or a capitalised name after "to", "at", "in",
 * "i", "yn". Not a parent's child's trip ("my son's class are off to..."), the past, or the learnt
 * model's trip finding (its span is no sign of a place).
 */
const TRIP_PLACE = /(?<![\p{L}'\u2019])(?:[Tt]o|[Aa]t|[Ii]n|into|round|i|yn|ym|yng|ar|@) (?:(?:the|The|y|yr|Y|Yr) )?(\p{Lu}[\p{L}\p{M}'\u2019&-]*(?: (?:\p{Lu}[\p{L}\p{M}'\u2019&-]*|of|on|upon|y|yr))*)/gu;
const PARENT_VOICE = /\b(?:my|our) (?:son|daughter|boy|girl|lad|kids?|child|children|little one|eldest|youngest|twins|grandson|granddaughter|nephew|niece)(?:'s)?\b|\b(?:his|her|their) (?:class|year|form|team|group|school)\b|\b(?:fy|ein) (?:mab|merch|mhlant|plant)\b/;
/** The poster there in the first person: "me screaming", "I'll be", "we leave at 8", "fi a'r". */
const TRIP_SELF = /\b(?:me|i'?m|im|i am|i'?ll|i will|i'?ve got|we'?re|we are|we'?ll|we leave|we'?re leaving|us|myself|fi|fi'n|ni'n|dw i|dwi|gyda fi)\b/;
/** Pupils cheered on or someone else taking them: a result, pride, "Mrs Pritchard will be taking", "anyone else's kid". */
const TRIP_NOT_MINE = new RegExp(`\\b(?:${CHEERED}|proud|browd|(?:mr|mrs|miss|ms|dr) [a-z]+ (?:will|is|are|has)|anyone else'?s (?:kid|child|son|daughter)|holding the fort|emergency phone|back at (?:school|base)|staying behind|not going|jealous)`);
const TRIP_NOT_PLACE = /^(?:reception|nursery|derbyn|meithrin|eyfs|ks\d|key stage|bl|blwyddyn|flwyddyn|dosbarth|class|form|group|team|squad|choir|sixth form|y\d|yr\d|year)\b/;
function tripWith(doc: Doc, report: Report, taken: number[]): void {
  const trip = doc.found?.trip;
  if (!trip?.length || doc.learnt?.trip || taken.length || visibleLength(doc) > AWAY_SHORT) return;
  if (!(shortDraftHas(doc, TRIP_SELF) || shortDraftHas(doc, POSTER_GOING)) || shortDraftHas(doc, PARENT_VOICE) || shortDraftHas(doc, TRIP_NOT_MINE) || shortDraftHas(doc, WAS)) return;
  const dest = draftMatch(doc, DESTINATION_ANY);
  if (dest && !sentenceHas(doc, dest[0], OVER)) {
    report(dest[0], dest[1]);
    return;
  }
  const { s: t, at: map } = plain(doc, 0, doc.text.length);
  TRIP_PLACE.lastIndex = 0;
  for (let m = TRIP_PLACE.exec(t); m; m = TRIP_PLACE.exec(t)) {
    const name = m[1]!.replace(/ (?:of|on|upon|y|yr)$/, '');
    const nl = name.toLowerCase();
    const from = map[m.index + m[0].length - m[1]!.length]!, to = map[m.index + m[0].length - m[1]!.length + name.length]!;
    if (someones(name) || NOT_A_NAMED_PLACE.test(nl) || WHEN_WORD.test(nl) || NOT_PLACE_NAME.test(nl) || WELSH_NOT_PLACE.test(nl) || TRIP_NOT_PLACE.test(nl) || A_SCHOOL.test(nl) || /^\p{Lu}{2,}\b/u.test(name) || (REGION.test(nl) && !/^(?:to|i|into) /i.test(m[0]))) continue;
    if ((['pupil', 'colleague', 'school'] as const).some((id) => doc.found?.[id]?.some(([x, y]) => x < to && y > from))) continue;
    if (sentenceHas(doc, from, OVER)) continue;
    report(from, to);
    return;
  }
  // A sentence opening on the place and a time: "Beamish by 10 tomorrow", "Kingswood next week with year 5", "PGL Liddington Monday to Friday".
  TRIP_OPENS.lastIndex = 0;
  for (let m = TRIP_OPENS.exec(t); m; m = TRIP_OPENS.exec(t)) {
    const name = m[1]!;
    const nl = name.toLowerCase();
    const at = m.index + m[0].indexOf(name);
    const from = map[at]!, to = map[at + name.length]!;
    if (someones(name) || NOT_A_NAMED_PLACE.test(nl) || WHEN_WORD.test(nl) || NOT_PLACE_NAME.test(nl) || WELSH_NOT_PLACE.test(nl) || TRIP_NOT_PLACE.test(nl) || A_SCHOOL.test(nl) || /^(?:right|today|tomorrow|tonight|fory|heno|me|us|we|i|so|and|but|yes|no|ok|oh|well|just|off|back|our|my|the|this|that|residential|trip|swimming|forest|beach|castle|coach)\b/.test(nl)) continue;
    if ((['pupil', 'colleague', 'school'] as const).some((id) => doc.found?.[id]?.some(([x, y]) => x < to && y > from))) continue;
    report(from, to);
    return;
  }
}
/** A capitalised name opening a sentence, then a time (tripWith's): "Beamish by 10 tomorrow", "Robinwood Mon-Wed". */
const TRIP_OPENS = /(?:^|[.!?\n]\s*|[\s\p{Extended_Pictographic}]\s*(?=\p{Lu}[\p{L}'\u2019-]+ \p{Lu}))((?:\p{Lu}{2,5} )?\p{Lu}[\p{Ll}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){0,2}),? (?=(?:by|at|from|for|on (?=mon|tue|wed|thu|fri|sat|sun|the \d)|next|tomorrow|tonight|this|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*)\b|\d)/gu;

export const create: RuleCreate = () => (doc, outer) => {
  // Where each finding starts: sayHere, the broadest reading, only speaks in sentences nothing else flagged.
  const starts: number[] = [];
  const report: Report = (a, b) => {
    starts.push(a);
    outer(a, b);
  };
  PATTERNS.run(doc, report);
  opensAt(doc, report);
  // Before the readings of session 5, so that where both speak the warning marks the whole place ("at the Cayo").
  sayHere(doc, report, starts);
  atPlaces(doc, report, starts);
  homePlace(doc, report);
  opensLandmark(doc, report);
  localIssue(doc, report);
  doingThere(doc, report, starts);
  whenThere(doc, report, starts);
  checkinLine(doc, report, starts);
  tripWith(doc, report, starts);
  homeFine(doc, report, starts);
  awayTo(doc, report);
  // Looking for one UTF-16 unit is many times faster than for a pair, so the low halves of 📍 and 📌
  // go first (an emoji-rich draft otherwise pays for two slow searches on every keystroke).
  const { text } = doc;
  if ((text.includes('\udccd') && text.includes('\u{1f4cd}')) || (text.includes('\udccc') && text.includes('\u{1f4cc}'))) {
    // Filtered in the report, not with reportAll's keep: a rejected match there resumes one unit on,
    // inside the emoji's surrogate pair, where a /u pattern finds the same emoji again.
    const bio = BIO.test(text);
    const now: Report = (a, b) => {
      // In a profile line the pin marks the field before it too ("Sheffield 📍 dog lover"): lower-case words after it are the next field.
      if (bio && (isTown(text.slice(a, b).replace(PIN_MARKS, ' ')) || /^[\u{1f4cd}\u{1f4cc}][^\S\n]*\p{Ll}/u.test(text.slice(a, b)))) return;
      if (!sentenceHas(doc, a, OVER) && !sentenceHas(doc, Math.max(0, b - 1), OVER)) report(a, b);
    };
    reportAll(PIN, doc, (a, b) => {
      if (!NOT_AFTER_PIN.test(text.slice(a, b).replace(/^\S+\s*/u, ''))) now(a, b);
    });
    // The pin after the place: "Brunch with the girls at The Potted Pig 📍".
    reportAll(PIN_AFTER, doc, now);
    reportAll(PIN_BEFORE, doc, now);
  }
  // A what3words address is a spot three metres square; "#checkin Morrisons café, Caerphilly" is a check-in.
  if (text.includes('///')) reportAll(W3W, doc, report);
  if (text.includes('#check') || text.includes('#Check')) reportAll(HASH_CHECKIN, doc, report);
  if (doc.chars & SEEN_DASH) {
    const { s: t, at: map } = plain(doc, 0, text.length);
    DASH_AT.lastIndex = 0;
    for (let m = DASH_AT.exec(t); m; m = DASH_AT.exec(t)) report(map[m.index]!, map[m.index + m[0].length]!);
  }
  findAddresses(doc, report);
};
