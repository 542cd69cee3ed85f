import { dropVanishing, foldRange, oncePerSentence, sentenceAround, sentenceHas, sentenceMatch, Triggers, visibleLength, WordGate, words } from '../regex';
import { alignedNorm } from '../normalise';
import { SEEN_LDQUO, SEEN_VANISH, vanishes } from '../doc';
import type { Doc, RuleCreate, RuleId, RuleMeta } from '../types';

const NAMED: RuleId[] = ['pupil', 'colleague', 'school'];

export const meta: RuleMeta = {
  id: 'conduct',
  title: 'Criticising people at school',
  severity: 'medium',
  questions: [6, 3, 5, 1],
  explanation:
    'This criticises or mocks pupils, parents, colleagues or the school. School policy says staff must not post criticism of or arguments with students, parents, school management or colleagues, or anything that could bring the school into disrepute.',
  reads: ['school', 'pupil', 'colleague', 'confidential'],
};

// Who: the people of a school and the school as a workplace. Own children ("my kids") are not here:
// a parent moaning about their own family is not a school matter.
const WHO =
  '(?:pupils?|students?|(?:my|our|the|this|that|one|some|these|those|half (?:of )?(?:my|the)) (?:class|form|form group|tutor group|year \\d{1,2}s?|y\\d{1,2}s?|yr ?\\d{1,2}s?|lot|kids in (?:my|the) class)|kids in my class|children in my class|year \\d{1,2}s|y\\d{1,2}s|(?:the |some |these |those |certain |a few |one |a |school |entitled |pushy |the school gate |(?<!\\b(?:my|your|his|her|their|in-law) )(?=p))(?:parents?(?!\\u0027?s?\\u0027? ?evenings?)|mums at the (?:school )?gate|school gate mums|carers)|(?:my |our |the |some |certain |a )?(?:colleagues?|co-?workers?|staff ?room|members of staff|other staff|teaching staff|support staff|supply teachers?|(?:new |other |my |the )(?:teacher|ta|nqt|ect)s?(?! (?:friends?|mates?|pals?)))|(?:the |our |my )?(?:slt|smt|senior (?:leadership|management)(?: team)?|leadership team|head ?teacher|headmaster|headmistress|deputy head|governors|governing body|academy trust)|(?:the|our) (?:management|head|deputy|trust|exec head|ceo)|(?:this|my|our|the) (?:school|academy|workplace)(?! (?:run|runs|dog|cat|hamster|rabbit|tortoise|chickens|guinea pigs?|garden|minibus|bus|holidays?|hols|uniform|shoes|bag|photos?|dinners?|year|trip|fair|disco|play|choir|football|netball|rugby|team|field|hall|kitchen|website|nurse|gates?|production|concert|nativity|show)\\b)|(?:this|my) place|(?:the |our |some |a |awful |the new )?management(?: team)?|(?:the |this )?school (?:i|i.?ve) (?:ever )?(?:work|worked)|worst school|working at|(?:some |the |our )?staff (?:at|in|here)|(?:another |the |this )?(?:staff meeting|briefing|inset)|(?:our |the |new |this )(?:head|deputy head|head.s|governors)|governors|(?:one more|another|a|this|some|that) parent|(?:the |our )?local authority|one more (?:governor|colleague|teacher|head|deputy|member of staff|mum|dad|mam|email from)|parents (?:emailing|who|moaning|complaining)|(?:the |new |a |our |my )ta|(?:mr|mrs|miss|ms)\\.? [a-z]+|(?:y |yr )?pennaeth|rhieni|dosbarth|(?:that|this|one) (?:kid|child|boy|girl|lad)|the most [a-z]+ (?:child|kid|class)|dinner lad(?:y|ies)|lunchtime staff|deputy(?: head)?|mums (?:in|at|on) the|some (?:teachers|staff|colleagues|parents|of the staff|of the parents)|blwyddyn \\d{1,2}|(?:the |our |my )?(?:chair of governors|teaching partner|business manager|caretaker|mentor|senior team|leadership)|(?:this|that) (?:place|school)|working here|worked anywhere|parents who|half the parents|a couple of my class|a colleague|(?:kids|children|pupils|students|class) in (?:year|yr|y) ?\\d{1,2}|(?:year|yr|y) ?\\d{1,2}(?= (?:this year|are|were|have been|today|will|won.t|keep|never|always|refuse|refused))|(?:the )?(?:people|person|someone|those|whoever) (?:who|that) (?:say|says|said|email|emails|emailed|send|sends|sent|make|makes|made|write|writes|wrote|run|runs|decide|decides|decided|set|sets|plan|plans|taught|has never|have never|hasn.t|haven.t)\\b|my ta|leadership|uwch d[iî]m(?: rheoli)?|t[iî]m arwain|dirprwy(?: (?:b|p)ennaeth)?|cydweithwyr|cydweithiwr|(?:fy|y) nosbarth|plant (?:blwyddyn \\d{1,2}|y dosbarth)|(?:the )?powers that be|(?:one|a|that|this|the same) (?:particular )?family (?:at|in|from)|(?:the |our )?(?:exams?|school|front|main) office|(?:the|that) (?:bloke|guy|woman|man|lady|person|one) who (?:runs|does our|does the|is in charge|leads|manages)|(?:a|the|one|our|that) governor|(?:the|our|my) (?:ht|dht|aht|hoy)|(?:our|the|my|new) (?:new )?(?:teaching and learning|t ?& ?l|curriculum|phase|key stage|ks ?\\d|behaviour|pastoral|data|assessment|wellbeing|reading|literacy|numeracy) (?:lead|leader|co-?ordinator)|(?:my|our|the) (?:itt|pgce|uni|university|course|placement) tutor|someone who.?s (?:been|never|only)|(?:our|the|my) (?:(?:amazing|wonderful|glorious|fearless|esteemed|beloved|dear|great|brilliant|lovely|illustrious|inspirational|visionary|senior|school|trust) )?leaders|(?:some|certain) (?:people|folk|individuals|members of staff) (?:in|at|round|around) (?:this|my|our|the) (?:building|place|school|department|dept|office|staffroom)|whoever (?:made|wrote|decided|planned|thought|designed|set|runs?|organised|came up with|booked|scheduled|put|timetabled)|(?:mums|dads|mams|carers|staff|teachers|colleagues) (?:who|that)|(?:the )?(?:parents?|mums|dads|class|year \\d{1,2}|y\\d{1,2})\\u0027? ?(?:whatsapp|group chat|facebook group|fb group)|upstairs|higher[- ]ups|(?:the )?(?:people|person) in charge|whoever.?s in charge|whoever is in charge|the little (?:darlings|angels|cherubs|treasures)|(?<=\\bpta )(?:mums|dads|committee)|(?:some |the |a few )?(?:mums|dads|parents) (?:in|on) the (?:class |year |school )?(?:whatsapp|facebook|group chat|group)|(?:the |our )?(?:deputy )?head.?s idea|the head says|(?:these|those|some of (?:these|the|my)) (?:kids|children)(?! of mine)|(?:the )?(?:teacher|class|classroom|woman|man|guy|bloke|lady|ta) next door|(?:half |some of )?my (?:department|dept|faculty)|(?:of the|the) (?:dads|mums)|cover supervisors?|(?:rhai o.r|y|yr) staff|(?:my|our|the) (?:line manager|hod|head of (?:department|dept|year|ks\\d|key stage \\d)|senco|sendco|alnco|aln co|cover supervisor|office staff|exams officer)|(?:m|fl|b)lwyddyn \\d{1,2}|(?:y )?(?:bachgen|ferch|merch|plant|rhieni|athro|athrawes) (?:\\u0027na|\\u0027ma|na|ma)\\b|(?<!noson )(?:athrawon|rhieni|disgyblion|pennaeth|bennaeth|llywodraethwyr|uwch dim|yr ysgol ma))';
const WHO_RE = new RegExp(`\\b${WHO}\\b`, 'y');

// Not a hashtag (#athrawon is a community, not people criticised), nor "the form" one fills in.
const notPeople = (m: RegExpExecArray, doc: Doc): boolean => {
  const before = doc.text.charCodeAt(m.index - 1);
  return before === 35 || before === 64 || /^the form(?! (?:group|class))/.test(m[0]);
};

// What: criticising, mocking, complaining about or arguing with them.
const CRITICISE = new RegExp(
  '\\b(?:useless|clueless|incompetent|hopeless|pathetic|lazy|rude|vile|feral|animals|nightmares?|horrible|awful|worst(?! (?:bit|part|thing|day) (?:of|about))|hate|hates|hated|hating|loathe|despise|' +
    "can'?t stand|cannot stand|sick (?:to death )?of|fed up (?:of|with)|had enough of|moan(?:ing|ed|s)?|whing(?:e|ing|ed)|entitled|thick|stupid|(?:so|bit|really|very|too|pretty|quite|is|are) dim|idiots?|morons?|muppets?|clowns?|" +
    'brain ?cells?|drive[sn]? me (?:mad|insane|nuts|up the wall)|driving me (?:mad|insane|nuts|up the wall)|' +
    "argu(?:e|ed|ing|ment)|row(?:ed|ing)? with|shouting match|scream(?:s|ed|ing)? at|shout(?:s|ed|ing)? at|kick(?:ed|ing)? off|rant(?:ed|ing)?|" +
    "complain(?:ed|ing|s)?|ridiculous|disgrace(?:ful)?|shambles|farce|(?<!\\b(?:told|tell|telling|made|make|tells)\\b[^.!?]{0,40})a joke(?! (?:about|to|for|with|and))|rubbish|crap|terrible|dreadful|shocking|appalling|unbearable|insufferable|" +
    "treat(?:s|ed)? us like|treat(?:s|ed|ing)? (?:us|its|their|the|our|staff|them|me|teachers|support)(?: [a-z]+){0,2} like (?!royalty|family|gold|a (?:queen|king|princess|vip)|one of)[a-z]+|(?:don'?t|doesn'?t|haven'?t|hasn'?t) (?:got )?a clue|no idea what|out of touch|micro-?manag\\w*|(?<!(?:about the|the|being|of|re|for) )bull(?:y|ies|ying)|toxic|two[- ]?faced|backstab\\w*|snakes?|" +
    "waste of space|jobsworths?|power trip|spineless|brats?|little (?:sods?|horrors?|monsters?|shits?|gits?|terrors?)|gremlins|monsters|nobody listens|can'?t be bothered|" +
    "passive[- ]aggressive|no backbone|cowards?|liars?|lied|lying|not paid enough to|sort (?:yourselves|themselves) out|grow up|get a grip|cheek of|audacity|" +
    'undermin\\w*|threw (?:me|us) under|blame(?:d|s)? (?:me|us)|dump(?:ed|s)? (?:it )?on (?:me|us)|gossip\\w*|bitch\\w*|' +
    "disgusting|criticis(?:ed|es|ing)|nast(?:y|ier|iest)|rolled (?:her|his|their) eyes|slagging off|imagine being|every \\d+ minutes|walked out|eironi|anifeiliaid|neb yn gwrando|" +
    "could have been an email|pointless|hour of my life back|give me strength|head testing|pays peanuts|expects? miracles|slowly killing me|(?:do not|don'?t|doesn'?t|never) care|no clue|get a life|couldn'?t organise|counting (?:down )?the days|lose it|blood boil|skivvies|emotional intelligence of|bone idle|(?:does|do) (?:literally )?nothing|took (?:all )?(?:the )?credit|takes? (?:all )?(?:the )?credit|stupid questions?|thick as|can'?t read|laziest|misfortune|slagging|reported me|buzzwords?|exhausting|fag breaks?|say nothing|nobody at the top|restructure|" +
    // Insults and name-calling British staff reach for, by category rather than phrase.
    "dense|gormless|dopey|dozy|brainless|clueless|spoil(?:t|ed)|gobby|mouthy|cheeky little|disrespectful|obnoxious|arrogant|smug|condescending|patroni[sz]ing|pompous|inept|" +
    "numpt(?:y|ies)|plonkers?|pillocks?|prats?|wallys?|knob ?heads?|dick ?heads?|bell ?ends?|tossers?|arse ?holes?|twats?|(?:pain|pains) in the (?:arse|neck|backside|bum)|" +
    "ungrateful|precious|helicopter|snowflakes?|sun shines out of|iq of|brain of a|attention span of|not the sharpest|few sandwiches short|" +
    // Complaining, fuming, being fed up with them.
    "fum(?:e|ing)|livid|seething|raging|infuriat\\w*|irritat\\w*|annoy(?:ing|ed|s)|sick and tired|tired of (?:them|him|her|it|their|being)|" +
    "vent(?:ing)?|whinge\\w*|mither\\w*|nag(?:s|ging|ged)|" +
    // Arguing with them.
    "fell out|falling out|fall(?:en)? out|snapped at|yell(?:s|ed|ing)? at|lost my temper|kick(?:ed|s|ing)? off at|" +
    // What they drive the poster to, and who would not last a day in the job (round 2).
    "makes? me want to (?:scream|cry|quit|resign|leave|emigrate|lie|walk|throw|bang|hide|retire|weep|sob|give up|move|pack it in)|(?:will|gonna|going to|.ll) be the death of me|(?:would(?:n.?t| not)|won.?t) last (?:\\d+|five|two|ten|one|a|an|half an?) (?:mins?|minutes|seconds|hours?|days?|weeks?|lessons?)|" +
    // Told how to do the job, not paid enough to take it, the place likened to chaos, the mock vow (round 2).
    "(?:tell(?:s|ing)?|told) (?:me|us|you|teachers|staff)(?: exactly)? how to (?:do (?:my|our|your|their) jobs?|teach|mark|run|handle|manage|deal)|(?:don.?t|do not|doesn.?t|does not) get paid enough|herding (?:cats|sheep|seagulls|chickens|ferrets|toddlers)|" +
    "(?:i.?ll|i will|i.?d) eat my (?:hat|lanyard|badge)|since the ark|(?:want|wants|need|needs) locking up|should be locked up|(?:right|nasty|real|proper|absolute|total|nasty little) piece of work|(?:is|she.?s|he.?s|they.?re) a piece of work|a right (?:madam|one)\\b|lift a finger|shouting the odds|stuck[- ]up|good talking to|" +
    "the reason i (?:drink|drank|need wine)|(?:drive[sn]?|driving|drove) me to drink|dead to me|ddim yn gall|" +
    "(?:couldn.?t|could not|can.?t|cannot) (?:run|organise|manage) a (?:bath|bus|whelk stall|piss-?up|raffle|tea party|chip shop)(?! if (?:my|our) li(?:fe|ves))|in a brewery|ngyrru (?:i|ni).?n (?:wallgof|benwan|hurt|ddwl|dwl)|" +
    // Dialect and slang for the same (round 2): driven round the bend, a sulk, a scowl, the hump.
    "(?:doing|do|does|did|done) (?:my|me|ma) (?:head|nut|box|swede|tits) in|(?:get(?:s|ting)?|got|gone) on (?:my|me|ma) (?:nerves|wick|tits|last nerve|wick)|wind(?:s|ing)? (?:me|us) up|wound (?:me|us) up|mard(?:y|ier|iest)?|narky|narked|cheesed off|brassed off|hacked off|" +
    "(?:give|gives|giving|gave|got|has|have|had|with) (?:me |us )?the (?:right |absolute )?hump|face like a (?:slapped|smacked|kicked) (?:arse|backside|bum|bottom)|face like a (?:wet weekend|bulldog chewing a wasp|smacked bottom)|face like thunder|gobshites?|wazzocks?|" +
    "(?:mynd|mynd\u0027n|mynd yn) ar (?:fy|ein) nerfau|dan (?:fy|ein) (?:nghroen|croen)|" +
    // The school as a workplace.
    "underpaid|overworked|undervalued|unappreciated|no support|zero support|(?:don'?t|doesn'?t|never) support|treated like|like dirt|dogsbod(?:y|ies)|box[- ]?ticking|tick[- ]?box|" +
    "favouritism|favourites|cliques?|clique\\w*|morale|dread(?:ing)? going in|hate (?:my job|this job|working|going in)|bullied out|waste of (?:time|money|everyone)|" +
    "(?:couldn'?t|could not) care less|soul[- ]destroying|don'?t give a|no one cares|nobody cares|no one listens|useless meeting|initiatives?|" +
    // Sarcasm and a badly run workplace, by kind.
    "infinite wisdom|geniuses|mastermind|true gift|sinking ship|badly run|control freak|patting themselves|never set foot|" +
    "live on another planet|who writes this|raised by wolves|disposable|nobody asks|contributes nothing|already decided|" +
    "criticise|need a licence|babysitting service|grown (?:men|women|adults)|embarrassing|a bunch of|talks? to us like|zero things changed|calm down|" +
    "(?:lovely|great|brilliant) (?:mothering|parenting)|(?:great|good) (?:hire|culture|leadership|management)(?=\\W*$)|little (?:darlings|angels|cherubs)|drilling holes|get a life|cheek|" +
    // Mocking what they cannot do.
    "can'?t (?:even )?(?:tie|read|spell|organise)|(?:couldn'?t|could not) (?:even )?(?:find|run|spell|count|plan|lead|teach|manage|organise|tell|write)|(?:doesn'?t|don'?t|haven'?t|hasn'?t) (?:got )?(?:a )?(?:clue|scooby)|no idea (?:how|about|what)|" +
    // The same insults compared and raised ("the rudest", "lazier than"), and the un- words of a bad colleague or workplace.
    "rude(?:r|st)|lazier|thick(?:er|est)|dumb(?:er|est)?|stupidest|nastiest|grump(?:y|iest)|stroppy|sulky|moody|ignorant|vindictive|spiteful|petty|sly|sneaky|hypocrit\\w*|two-?faced|" +
    "unhelpful|unprofessional|unreasonable|unsupportive|unapproachable|unorganised|disorganised|chaotic|ineffective|incapable|unfit to|clueless|useless|" +
    "(?:absolute|a|like a|total|complete|right|proper) (?:zoo|circus)|takes? the (?:biscuit|cake)|beggars belief|beyond a joke|(?:the )?mind boggles|words fail me|i despair|despair of|should(?:n'?t| not) be (?:let|allowed) (?:near|anywhere near|in)|shouldn'?t be teaching|vendetta|(?:is|was|are|were|'s) (?:all )?my fault|(?:\\d+|two|three|four|five|six|several|another|more) complaints (?:this|from|in|about|today)|(?:£ ?\\d[\\d,.]*k?|money|thousands) (?:on|for|ar) [a-z ]{1,30}(?:and|but|a) (?:no|dim|can'?t afford|not)\\b|made (?:[a-z0-9]+ ){1,3}cry|nonsense|grudges?|hir(?:es|ed|ing) (?:her|his|their) (?:mates?|friends?|pals?|wife|husband|daughter|son)|nepotism|jobs for (?:the boys|mates)|would sell (?:[a-z']+ ){1,4}if|known to (?:man|humankind|mankind)|gwaetha(?:f)?|fel baw|fel sbwriel|digon yw digon|does gan (?:yr un|neb|nhw)[a-z' ]{0,25}syniad|dim (?:ymgynghori|synnwyr|parch|manners)|dwp|gwneud dim byd|cael y bai|rhai pobl|(?:do|does|doing|did)(?:n'?t| not)? (?:their|his|her) (?:fair )?share|pull(?:s|ing)? (?:their|his|her) (?:own )?weight|done being the (?:mug|doormat|dogsbody)|lets? (?:them|him|her) get away|refus(?:ed|ing|es) to (?:work|do anything|listen|sit down|engage|try|follow)|lowest form of|pond life|scum|made (?:\\d+|another|yet another|more|so many|several) complaints|(?:eats|chews) (?:people|staff|teachers|you|us) (?:up )?(?:and|then) spits|worst (?:decision|mistake) (?:of my (?:life|career) )?(?:was )?(?:taking|joining|coming|moving)|(?:walking |massive |huge |absolute |giant )?red flags?|dictator(?:ship)?|regime|(?:read|reads|reading) (?:out |off )?(?:the |his |her |their )?(?:power ?point |ppt )?slides|death by power ?point|(?:and )?still got (?:a |the )?(?:promotion|promoted|tlr|bonus)|fail(?:ed|s|ing)? upwards|to save (?:their|his|her|my) li(?:fe|ves)|if (?:their|his|her) li(?:fe|ves) depended on it|if you drew (?:them|him|her) a map|(?:absolute|total|complete|right|proper|little) (?:horrors?|terrors?|menaces?|savages?|beasts?|shockers?|devils?)|(?:memory|manners|social skills|people skills|personality|charisma|empathy|tact|brains?) of an? (?!lifetime)|(?:pass(?:es|ed|ing)?|present(?:s|ed|ing)?|claim(?:s|ed|ing)?) (?:it|them|(?:my|our) [a-z]+)(?: [a-z]+){0,6} (?:off )?as (?:hers|his|theirs|(?:her|his|their) own)|steal(?:s|ing)? (?:my|our) (?:ideas?|work|resources|planning)|every\\.? single\\.? time|told (?:me )?off by (?!my own|a \\d)|pulled (?:me )?(?:up|aside) by|whisper(?:ing|ed|s)? about|(?:talk|talking|talked|bitching) behind (?:my|our|her|his|their) backs?|(?:decided|think|thinks|reckon) (?:i'?m|i am|we'?re|we are) the (?:enemy|villain|bad guy)|witch[- ]?hunt|pile[- ]on|ganged up|(?:stroll|swan|waltz|saunter|rock)(?:s|ed|es)? (?:in|up|off)|mad ?house|rabble|what a shower|taking the (?:mick|mickey|piss)|having a laugh|full of (?:themselves|himself|herself)|know[- ]it[- ]alls?|holier than thou|" +
    "furious|angry (?:with|at)|cross with|(?:so |completely |absolutely )?done with (?:this|it|them|him|her|the|you|a|an)|had it (?:with|up to)|over it|" +
    "penny[- ]pinching|squeez\\w* every|cost[- ]cutting|cutbacks|pays? (?:buttons|pennies|nothing)|" +
    // Welsh: mutated forms too (cwyno → gwyno, chwyno), having had enough, losing one's head, nobody did it.
    '(?:cael digon|wedi cael llond bol|colli.?i ben|colli ei ben|g?chwyno|gwyno|eironig|byd arall|pwy benderfynodd|wnaeth neb|neb yn darllen)|' +
    '(?:yn )?(?:hunll(?:e|ef)|annheg|annerbyniol|pathetig|rhegi|(?:ein|eu) bai ni|d?di-?glem|dim clem|dwl|twpsyn|twpsod|yn sbwriel|yn rwtsh|yn llanast|cywilydd|gwarthus|anghwrtais|haerllug|annioddefol|da i ddim|ffiaidd|creulon|anobeithiol|twp|diog|ofnadwy|casau|cwyno|digywilydd|afresymol|llond bol|wyllt|cymryd y clod|byth eto|diwerth|gwirion|ddiog|gwybod popeth|dim syniad|ddim yn gwrando|tyfu fyny|gweiddi|ddim yn poeni|gwastraff amser|hunllef|dim moesau|complainio|chwilio am swyddi))\\b',
);

/*
 * A word every criticism above contains (for most its first). Names are only read against the
 * criticism when the draft holds one of them (or an eye-roll): a long draft full of names and no
 * complaint then costs nothing here. Exact as long as every alternative of CRITICISE holds one of
 * these words; the anchoring tests (regex.test.ts) check it against the corpora with the gate off.
 */
/*
 * Sarcasm and complaints told as stories (issue 12: conduct on drafts nobody here wrote): no insult,
 * but the tone is unmistakable and it wins over the polite words it borrows ("thanks SLT", "good luck
 * with that"). By kind: mock praise, the irony, repetition ("Again.", "for the third time"), being told
 * how to do the job, people who have never taught, what parents think teachers are, orders to grown-ups.
 */
const SARCASM = new RegExp(
  '\\b(?:the irony|ironic(?:ally)?|nothing says [a-z]+ like|' +
    'good luck with that|bright idea|brainwave|some people|for the (?:second|third|fourth|fifth|sixth|umpteenth|hundredth) time|' +
    "yet again\\W*$|apparently[^.!?]{0,40}\\b(?:thinks?|expects?|knows? best)\\b|told (?:me )?how to (?:teach|do (?:my|our) jobs?|mark|plan|manage)|" +
    "(?:never|haven'?t|hasn'?t|not|hadn'?t) (?:even )?(?:set foot|taught|been in a classroom|stepped (?:foot )?in)|couldn'?t (?:run|manage|organise) a|head (?:examined|checked|testing)|" +
    "think(?:s)? (?:we'?re|we are|i'?m|i am|teachers are|the school is) (?:a |their |just |free )|free (?:childcare|babysitting)|(?:only|just) work(?:s)? (?:till|until|til) 3|" +
    "can'?t wait to be told|needs? to learn|please stop|it'?s not hard|it isn'?t hard|not rocket science|money grab|cash grab|rip-?off|(?:and|but|while|yet) we can'?t afford|earns? more than|" +
    "get a hobby|not in a good way|had a go at me|went for me|having a go at|sods?|" +
    "nothing else|strikes? again|suddenly (?:knew|remembered|cared|appeared|showed up|found|became|noticed)|(?:fix|fixes|solve|solves|cure|cures) everything|" +
    "(?:tell|tells|told|telling) (?:me|us) (?:that )?(?:i|we) (?:don'?t|do not|can'?t|cannot) (?:know how|teach|do|manage|control|mark|plan)|" +
    "apparently[^.!?]{0,30}(?:\"| ')|(?:so[- ]called|(?:his|her|their|our|the|another|a|new) ['\"][a-z][a-z -]{2,25}['\"])|" +
    "why (?:does|do|did|would|should|must|is|are) [^.!?]{0,40}\\bthinks?\\b|still (?:can'?t|cannot|don'?t|doesn'?t|haven'?t|hasn'?t|won'?t|isn'?t|aren'?t|not) (?:get|be bothered|remember|spell|manage|organise|answer|reply|replied|answered|sort|sorted|fixed|fix|paid|read|learn|learnt|got)|" +
    "more (?:sense|brains|idea|clue|common sense|backbone|manners) than|" +
    // The preambles a complaint starts with, lecturing, and rhetorical questions, by kind.
    "(?:no offence|not being funny|i'?m sorry|not to be dramatic|with (?:all due )?respect),? but|hot take|unpopular opinion|is it just me or|ngl|" +
    "need(?:s)? (?:telling|to be told|reminding|a reality check)|maybe (?:stop|try|don'?t|the problem)|how many more|think (?:they|she|he) (?:run|runs|own|owns|know|knows) |" +
    "all talk|fan club|(?:i have|i'?ve got|we have|we'?ve got) (?:nothing better|better things) to do|somehow (?:i'?m|i am|it'?s|we'?re) the (?:problem|bad guy|one in trouble)|telling (?:everyone|us|people|staff) what to do|boss(?:es|ing)? (?:everyone|us|people) (?:about|around)|(?:walks?|swans?|struts?) around like (?:she|he|they) owns? the place|(?:not|never|hasn'?t|haven'?t) (?:said|given|had) (?:one|a single) (?:positive|kind|nice|good) (?:thing|word)|yn disgwyl (?:ateb|i ni|inni|gwyrthiau)|wouldn'?t (?:know|recognise|recognize|spot) [a-z ]{1,30} if (?:it|they|she|he)|(?:amazing|funny|interesting|strange|odd|weird) how (?:the same|they|she|he|some|our|the)|walking (?:linkedin|red flag|cliche|cliché|buzzword|disaster|contradiction|nightmare|hr manual|ego|liability|meme|parody|advert)|should come with a (?:health )?warning|since before (?:she|he|they|you) (?:was|were) born|love that for (?:me|us)|spen[dt]s? as much time [a-z ]{1,40} as (?:he|she|they) (?:does|do|did)|not one (?:person|member|single)[^.!?]{0,40}(?:thank|thanks|said|noticed|asked|came|bothered|turned up)|(?:not one|none) of them (?:has|have) (?:ever )?(?:met|taught|set foot|seen|worked|stepped)|my foot\\W*$|(?:mr|mrs|miss|ms|mister|sir) [\"\u201c][^\"\u201d]{3,40}[\"\u201d]|learn(?:t|ed) everything (?:she|he|they) knows? from|i won.?t say which|naming no names|not naming names|tells? me how to (?:run|teach|do|mark|plan|manage)|(?:almost|genuinely|honestly) impressive how|(?:better|more) (?:manners|sense|brains|maturity|self[- ]control|common sense|emotional intelligence|self[- ]awareness|people skills) than|behaves? better than|(?:behaved|organised|mature|grown[- ]up|professional|adult) than (?:the|our|half|most|some)|email(?:s|ed|ing)? (?:us |me |staff |everyone )?(?:on (?:a )?(?:sundays?|saturdays?|weekends?)|at (?:midnight|\\d{1,2}(?:[.:]\\d\\d)? ?pm)|in the holidays|at the weekend)|thinks? [a-z ]{1,25} (?:is|counts as) (?:an? |the )?(?:[a-z]+ )?(?:strategy|solution|substitute for|form of leadership|leadership)\\b|genius (?:planning|idea|move|decision|timing|scheduling)|(?:top|stellar|classic) (?:planning|timing|scheduling|communication|leadership)|kudos to (?:management|slt|leadership|the head|the trust|whoever)|in a (?:different|new) font|rebrand(?:ed|ing)?|without (?:asking|consulting) (?:anyone|anybody|us|staff|the staff)|heb ofyn i neb|(?:proved|proven|shown|showed|demonstrated),? (?:once again|yet again|again)|(?:isn'?t|not) the (?:kids|children|pupils|students|teaching|marking|workload)[^.!?]{0,10}(?:it'?s|its|it is) the (?:adults|parents|grown[- ]ups|staff|management|leadership|slt|politics)|(?:^|[.!?] )(?:(?:psa|note|memo|message|a message|reminder) )?(?:to|dear) (?:the|that|whichever|whoever) (?:[a-z0-9]+ ){0,2}?(?:parent|mum|dad|colleague|person|staff member|member of staff|teacher|ta|governor|people|parents|mums|dads|colleagues|senco|sendco|alnco|caseworker|case worker|social worker|cover supervisor|head|deputy|inspector)s? (?:who|that)(?![^!?]{0,160}\\b(?:thank you(?! for (?:nothing|that|parking|blocking|leaving))|thanks so much|(?:you|you.re|you are|you were) (?:all )?(?:a star|stars|amazing|brilliant|fab|fabulous|wonderful|the best|legends?|a legend|an angel|heroes|a hero|a saint|a diamond)|made (?:my|our|someone.?s) (?:day|week)|so grateful|much appreciated|bless you)\\b)|(?:thanks|thank you|cheers|shout ?out) to (?:the|that|whichever|my) [a-z ]{0,20}(?:who|that) (?:reported|took|nicked|stole|ate|moved|parked|blocked|broke|keeps|complained|decided|thought)|the (?:amount|number) of [a-z ]{0,25}(?:who|that) (?:think|thinks|don'?t|can'?t|won'?t|still|expect|assume|believe|seem|reckon)|(?:now|suddenly|apparently) (?:they'?re|he'?s|she'?s|they are|he is|she is) (?:an? )?experts?|self[- ]proclaimed|armchair experts?|(?:i'?m|i am|we'?re|we are) (?:meant|supposed|expected) to be (?:grateful|thankful|happy|impressed|pleased|delighted)|never [a-z ]{0,30} in (?:their|his|her) (?:entire |whole )?li(?:fe|ves)|asking for a friend|yes[- ]men|rubber[- ]stamp\\w*|law unto (?:him|her|them)sel(?:f|ves)|(?:fix|fixes|clean|cleans|tidy|tidies|empty|empties|refill|refills|wash|washes|run|runs) (?:it|them)sel(?:f|ves)|" +
    "(?:are|is) something else|telling (?:us|me) how (?:to|it was|it should)|thinks? (?:she|he|they)(?:'?s|'?re| is| are) (?:running|in charge|the boss|god|better)|can we talk about|" +
    "great cpd|(?:great|brilliant|fantastic) use of (?:my |our )?time|if i (?:find|see|hear|catch) one more|menace|ddim yn gall|dal i feddwl|heb ddweud wrth neb|" +
    "god help us|heaven help us|help us all|headless chickens?|sound of (?:his|her|their) own voice|(?:but )?sure,? let'?s|(?:run|runs|ran) like an? |" +
    "(?:pls|please|someone|somebody|can someone) (?:tell|explain to) me why|explain (?:to me )?why|who keeps [a-z]+ing|(?:you'?re|ur|you are) (?:meant|supposed) to be|" +
    "(?:head|boss|deputy|head teacher|headteacher).?s (?:mate|mates|friend|pal|favourite)|shame (?:the|that|about)|forg[eo]t(?:ten)? how (?:to|[a-z]+ work)|(?:stood|stand) in front of a class|" +
    "(?:are|is) the reason (?:i|why i) (?:now )?(?:drink|need|have|cry|own|take|bought|am|went grey|have grey)|parody|unhinged|choosing violence|how this place is run|storm(?:s|ed)? in|" +
    "you know it'?s bad when|(?:my|a) (?:dog|cat|toddler|goldfish|5 year old|five year old) could|must be nice|(?:alright|all right|nice) for some|no wonder (?:nobody|no one|no-one|staff|teachers|everyone|people) (?:stays?|leaves?|wants?|quits?|applies)|" +
    "who (?:genuinely |actually |still |clearly |honestly |really )?(?:thinks?|thought)(?! (?:i|we|i'?m|we'?re)\\b)|imagine (?:thinking|sending|having|not|believing|being)|" +
    "(?:idea|definition|version) of (?:[a-z]+ )?(?:support|help|leadership|communication|wellbeing|a plan)|suddenly (?:know|knows|remember|remembers|care|cares|appear|appears|show up|shows up|interested)|lacks? (?:ambition|rigour|pace|challenge|pizzazz)|never met a|when am i supposed to|needs? a (?:hobby|life)|zero (?:respect|feedback|support|help|communication|empathy|manners|effort)|calls? it|runs? the place|did nothing|demanding|couldn'?t teach|humiliat\\w*|slat(?:ed|ing|es)|slagged|make it make sense|shame(?:ful| on)|never (?:again|taking)|the way (?:she|he|they|our|the|my) [a-z ]{0,20}(?:speaks?|talks?|treats?)|drunk|hung ?over|clearly never|common sense|can'?t control|no (?:discipline|boundaries|respect|manners)|worse than the (?:kids|children|pupils)|(?:act|acting|acts|behave|behaving|behaves) like (?:children|kids|toddlers|teenagers|a child)|get over (?:it|themselves|yourself|himself|herself)|out of order|unprofessional|sucks? up to|brown-?nos\\w*|who do (?:they|you|she|he) think|do (?:their|his|her) (?:own )?jobs?|blam(?:e|ed|es|ing) (?:the )?teachers?|unbelievable|laughable|laughing stock|eye ?roll\\w*|rolling my eyes|lost the plot|out of (?:their|his|her) depth|power[- ](?:mad|hungry|crazed)|jumped[- ]up|ffs|smh|wtf|fml|talk(?:s|ed|ing)? down to|(?:never|don'?t|doesn'?t|won'?t) listen|not (?:even )?a (?:thank you|thanks)|expects? (?:us|me|teachers|staff) to|goal ?posts|more interested in|only cares? about|cover (?:their|his|her) (?:own )?backs?|hoops|mind-?numbing|(?:fantastic|brilliant|great|amazing|stellar|top|outstanding|inspired|strong|lovely|fab) (?:leadership|management|parenting|organisation|decision|planning|communication|role models?|example)|(?:second|third|fourth|fifth) time this (?:term|week|month|year)|why,? just why|just why|tone[- ]deaf|read the room|in their wisdom|geniuses|groundbreaking|revolutionary)\\b",
);
/**
 * A sentence of one word of mock thanks or weariness after a complaint: "Again.", "Really.", "Classy.",
 * "Thanks for that." Said of the people a pattern found, not of a named pupil or colleague alone.
 */
const ECHO = /^\W*(?:again|really|genius|priorities|living the dream|love it|marvellous|great stuff|fab|cheers|classy|thanks for that|nice one|lovely stuff|cheers for that|thanks a lot|thanks,? useful|useful|bless (?:her|him|them)|it (?:doesn'?t|won'?t|isn'?t|didn'?t)|funny that|funny how that works|sure,? mate|sure,? sure|typical|every\\.? (?:single\\.? )?time|charming|thriving|not one|every single one|yeah,? sure|sure,? jan|course (?:he|she|they) (?:is|does|did|are|do|isn'?t|doesn'?t|didn'?t)|yeah right|ok then|surprise,? surprise|what a surprise|shocker|who knew|very helpful|so helpful|really helpful|(?:thanks|cheers),? (?:(?:very|so|really) )?(?:helpful|useful)|(?:thanks|cheers),? for nothing)\W*$/;
// Not the commonest words ("again", "term", "lovely"): a draft holding only those is not read name by name.
const SARCASM_WORDS = words(
  'irony ironic ironically says luck bright brainwave people yet ' +
    'second third fourth fifth sixth umpteenth hundredth apparently told foot taught been stepped run manage organise examined checked testing ' +
    'think thinks childcare babysitting work works wait learn stop hard rocket grab ripoff rip afford earns earn hobby way go went having sod sods ' +
    'zero feedback help communication empathy effort calls call runs run place did says favourite staff teachers teacher demanding teach humiliating humiliated humiliation humiliate slated slating slates slagged sense shame shameful never way drunk hungover hung strike strikes clearly common control discipline boundaries respect manners worse act acting acts behave behaving behaves over order unprofessional suck sucks brown brownnose brownnosing brownnoser who job jobs blame blamed blames blaming unbelievable laughable laughing eye eyeroll eyerolling eyeroll rolling plot depth power jumped ffs smh wtf fml listen thank expect expects goalposts goal interested cares care cover hoops mind mindnumbing numbing else tone deaf room wisdom geniuses groundbreaking revolutionary leadership management parenting organisation decision planning communication why',
);

const CRITICISE_WORDS = new WordGate(new Set([...SARCASM_WORDS, ...words(
  'give testing cares stand life care nothing read tie spell grow lose hour nobody counting ' +
  'useless clueless incompetent hopeless pathetic lazy rude vile feral animals nightmare nightmares horrible awful worst hate hated hating loathe despise sick fed enough ' +
    'moan moaning moaned moans whinge whinging whinged whinges whingeing whinger entitled thick stupid dim idiot idiots moron morons muppet muppets clown clowns brain braincell braincells ' +
    'mad insane nuts wall argue argued arguing argument row rowed rowing shouting scream screamed screaming shout shouted kick kicked kicking kicks rant ranted ranting ' +
    'complain complained complaining complains ridiculous disgrace disgraceful shambles farce joke rubbish crap terrible dreadful shocking appalling unbearable insufferable ' +
    'treat treats treated clue idea touch micro micromanage micromanaged micromanaging micromanager micromanagement micromanages bully bullies bullying toxic faced twofaced ' +
    'backstab backstabbing backstabber backstabbers backstabbed snake snakes waste jobsworth jobsworths trip spineless brat brats sods horrors monsters shits gits terrors gremlins ' +
    'listens bothered passive aggressive backbone coward cowards liar liars lied lying yourselves themselves grip cheek audacity ' +
    'undermine undermined undermines undermining threw blame blamed blames dump dumped dumps gossip gossips gossiping gossiped gossipy bitch bitchy bitching bitches bitched ' +
    'disgusting criticised criticises criticising nasty nastier nastiest eyes slagging imagine minutes walked eironi anifeiliaid gwrando ' +
    'email pointless strength testing peanuts miracles killing cares organise boil skivvies intelligence idle credit laziest misfortune reported ' +
    'buzzword buzzwords exhausting fag restructure dense gormless dopey dozy brainless spoilt spoiled gobby mouthy cheeky disrespectful obnoxious arrogant smug condescending ' +
    'patronising patronizing pompous inept numpty numpties plonker plonkers pillock pillocks prat prats wally wallys knob knobhead knobheads dick dickhead dickheads bell bellend bellends ' +
    'tosser tossers arse arsehole arseholes twat twats pain pains ungrateful precious helicopter snowflake snowflakes shines iq span sharpest sandwiches ' +
    'fume fuming livid seething raging infuriate infuriated infuriating infuriates irritate irritated irritating irritates irritation annoying annoyed annoys tired ' +
    'vent venting mither mithering mithered nag nags nagging nagged fell falling fall fallen snapped yell yelled yelling temper underpaid overworked undervalued ' +
    'bath brewery whelk raffle ngyrru benwan parch want death last tell tells telling told paid herding hat lanyard badge ark locking locked piece madam finger odds stuck talking drink drank grey wine dead gall ' +
    'doing done nut swede wick nerves wind winding wound mard mardy mardier mardiest narky narked cheesed brassed hacked hump slapped smacked kicked thunder gobshite gobshites wazzock wazzocks nerfau nghroen croen ' +
    'unappreciated support dirt dogsbody dogsbodies ticking boxticking box tickbox tick favouritism favourites clique cliques cliquey morale dread dreading bullied ' +
    'wisdom geniuses mastermind gift sinking badly freak patting foot planet writes wolves disposable asks contributes decided criticise licence babysitting grown embarrassing bunch talk talks zero calm mothering parenting holes ' +
    'hunlle hunllef annheg annerbyniol pathetig rhegi bai initiative initiatives diglem ddiglem ddi di glem clem dwl twpsyn twpsod sbwriel rwtsh cywilydd gwarthus anghwrtais haerllug annioddefol da ffiaidd creulon anobeithiol twp diog ofnadwy casau cwyno digywilydd afresymol bol wyllt clod byth diwerth gwirion ddiog popeth syniad gwrando fyny gweiddi poeni gwastraff hunllef moesau complainio swyddi ' +
    'couldn couldnt find count plan lead teach write clue scooby idea rude ruder rudest lazier thicker thickest dumb dumber dumbest stupidest nastiest grumpy grumpiest stroppy sulky moody ' +
    'ignorant vindictive spiteful petty sly sneaky hypocrite hypocrites hypocritical unhelpful unprofessional unreasonable unsupportive unapproachable unorganised disorganised chaotic ' +
    'ineffective incapable unfit zoo circus madhouse rabble shower mick mickey piss laugh full know holier furious angry cross done had over penny pinching every cost cutting cutbacks ' +
    'all talk fan club yes men rubber stamp stamped law unto itself themselves role models model example wonder wonders wondered replied answered responded ever worked something talk cpd use find see hear catch menace gall feddwl ddweud hates headless chicken chickens sound voice sure ran pls please someone somebody explain keeps keep meant supposed mate mates friend pal favourite shame forgot forget forgotten stood stand reason wondering like llanast ' +
    'buttons pennies suddenly fix fixes solve solves cure cures tell tells telling phone phones must alright right nice wonder still thought imagine called ' +
    // This session's classes, each by its most distinctive word (common words here would send every named sentence through the checks).
    'soul save lives depended drew horrors horror terrors terror menaces savages savage beasts beast shockers shocker devils devil memory manners skills personality charisma empathy tact brains ' +
    'pass passes passed present presents presented claim claims claimed steal steals stealing single told pulled whisper whispers whispering whispered behind enemy villain guy witch witchhunt pile ganged ' +
    'stroll strolls strolled swan swans waltz waltzes waltzed saunter saunters sauntered rock rocks rocked amount number expert experts meant supposed expected asking proclaimed armchair ' +
    'share weight mug doormat dogsbody away refused refusing refuses lowest pond scum complaints spits flag flags dictator dictatorship regime slides powerpoint promotion promoted bonus tlr upwards ' +
    'treating shouts screams yells proved proven shown showed demonstrated adults grown politics dear parent mum dad colleague person member teacher governor parents mums dads colleagues ' +
    'thanks thank cheers shout shoutout manners sense brains maturity control emotional awareness behaves behave behaved organised mature professional adult email emails emailed emailing ' +
    'strategy solution substitute genius planning timing scheduling kudos font rebrand rebranded rebranding asking consulting ofyn cry nonsense grudge grudges hires hired hiring nepotism jobs sell known ' +
    'gwaetha gwaethaf baw sbwriel digon syniad ymgynghori synnwyr dwp gwneud bai pobl spend spends spent person member single met taught foot seen worked stepped mr mrs miss ms mister sir everything won naming ' +
    'tells tell impressive hire culture biscuit cake beggars beyond boggles fail despair should shouldn shouldnt vendetta fault money thousands afford dim wouldn wouldnt recognise recognize ' +
    'amazing funny interesting strange odd weird walking warning born love nothing things somehow everyone boss bossing bosses struts owns positive kind disgwyl',
)]));


// An eye-roll or angry face said of people ("Parents' WhatsApp again 🙄"); of the school's name alone it is too weak.
const EYE_ROLL = /🙄|😡|🤬|😤|🖕|🙃|🤦|😒|😑/;
const HARD_ROLL = /🙄|😒/u;

// Praise and thanks are not criticism, even with a strong word nearby ("worst" weather, "hate" to leave).
const PRAISE = new RegExp('\\b(?:prouder|proudest|proud|happy retirement|congratulations|congrats|good luck(?! with that)|well done|will miss|gonna miss|going to miss|amazing|brilliant|wonderful|fantastic|superstars?|thank(?:s| you)|grateful|lucky to (?:have|work)|love (?:my|our|this|these)|best (?:class|colleagues|team|school|job)|' +
  // Sorrow and sympathy borrow a complaint's words ("I hate this part of the job", "fuming for her").
  'hate (?:this|that) part|hate seeing|hate (?:saying goodbye|goodbyes|leaving (?:them|my)|losing|letting (?:them|go))|saying goodbye|with excitement|loved (?:it|them|every)|love (?:them|him|her) to bits|breath of fresh air|through the roof|legend|heroe?s?|we love (?:him|her|them|it)|(?:i|we) couldn.?t have done it without|shout ?out to|heart ?break\\w*|breaks my heart|broke my heart|poor (?:kid|thing|lad|girl|boy|love|mite|soul|little)|so sad|gutted for|feel for|' +
  // A joke taken well.
  'but fair|fair play|angels? walk|angel)\\b');

// "The parents at soft play": people met somewhere other than school, where the poster is one of the public.
const ELSEWHERE = new RegExp('(?<!\\blike (?:an? |the )?)\\b(?:soft play|the park|the playground at|the gym|football|rugby club|swimming lessons|the pub|restaurant|cinema|supermarket|tesco|asda|aldi|lidl|sainsbury\'?s|the shops|the bus|the train|the plane|the flight|hospital|the doctors?|gp|the vets?|the beach|holiday|the hotel|' +
  // Sport on the telly and on the terraces, other people's workplaces, and the school a parent's own child goes to.
  'referee|the ref|half[- ]time|full[- ]time(?! (?:job|role|hours|staff|teacher|ta|post|contract))|premier league|six nations|world cup|(?:wales|england|scotland|ireland|welsh|english) (?:kit|squad|fans|team|defence)|defending|season ticket|' +
  'warehouse|the council|the bank|the ward|i.?m a carer|care home|my (?:lady|gent|resident|patient)s?|patients|call centre|customers|my shift|on (?:instagram|tiktok|youtube|twitter)|influencers?|my (?:son|daughter|lad|eldest|youngest|\\d+ year old|teenager)\\b|(?:my|his|her|their) (?:husband|hubby|wife|partner|sister|brother|mum|mam|dad|friend|mate|son|daughter|cousin)\'?s (?:work|job|office|company|firm|boss|place|manager)|at (?:his|her|their) (?:work|job|office|company|firm)|(?:my|our) (?:son|daughter|kid|child|boy|girl|little one|lad|kids|children|\\d+ year old)(?:\'s|s\')? (?:homework|head|headteacher|teachers?|school|teacher|class|nursery))\\b');

// A name is a pupil or colleague being criticised, not the poster's own family ("my mother is unbearable").
const OWN_FAMILY = /\bmy (?:mum|mam|mother|dad|father|husband|hubby|wife|partner|son|daughter|kids|sister|brother|nan|gran|boyfriend|girlfriend|dog|cat)\b/;

/**
 * A sentence read once per pattern per draft: several people in one sentence, and the sentence
 * after each, ask the same questions of it (a long draft has hundreds of them).
 */
let memoDoc: Doc | undefined;
const memo = new Map<number, [number, number] | null>();
/*
 * The words of a complaint that are not a complaint about the people: their own feelings ("parents
 * were fuming", "fuming for her"), and an incident a child caused ("he kicked off in maths", which is
 * the confidential rule's), unless the poster or a parent is the one arguing.
 */
const CRIT_ALL = new RegExp(CRITICISE.source, 'g');
const FEELING = /^(?:fum|livid|seething|raging|annoy|irritat|infuriat|furious|angry|cross)/;
const THEY_FELT = /\b(?:were|was|are|is|got|get|gets|looked|seemed|went|be|being)(?: [a-z']+)?(?: [a-z']+)? $/;
const I_FELT = /\b(?:i|we|i'm|im|we're)\b[^,;:]{0,25}$/;
const FELT_FOR = /^\W*(?:for|on behalf of) (?:her|him|them|the)\b/;
const INCIDENT = /^(?:kick|scream|shout|yell|swore|swear|threw|walked out|lost|lose it|snapped|fell out|fall)/;
const CHILD_DID = /\b(?:kids?|child(?:ren)?|boys?|girls?|lads?|lass|pupils?|students?|he|she|they|one of (?:mine|my [a-z0-9]+)|y\d{1,2}s?|year \d{1,2}s?|[a-z]+ in (?:my|year))\b[^.!?]{0,40}$/;
// Things and weather, not people: "the coach was a nightmare", "traffic on the M4 was shocking".
const THING_DID = /\b(?:weather|forecast|rain|snow|wind|storm|traffic|roads?|m\d{1,2}|coach|bus|train|flight|ferry|journey|parking|car park|queue|wifi|internet|printer|photocopier|laptop|heating|boiler|broadband|signal|website|app|system|hangover|cold|cough|migraine)\b[^.!?,]{0,25}$/;
const ADULT_DID = /\b(?:i|we|parents?|mums?|dads?|mam|colleagues?|ta|head|deputy|slt|staff)\b/;
// Said of oneself ("I'm the worst at names", "I'm the most embarrassing parent alive"): self-mockery, not criticism.
const SELF = /\b(?:i'?m|i am|im|i was|i'?ve been|i have been|i can be|call me|we are|we'?re|we were|we get|we got)(?: (?:the|so|such|an?|absolutely|really|totally|completely|just|officially|genuinely|literally|most|biggest|world'?s))*\s*$/;
const SELF_WORDS = /^(?:spoil|worst|useless|hopeless|terrible|awful|rubbish|idiot|muppet|numpty|clueless|lazy|laziest|thick|embarrassing|disorganised|chaotic|pathetic|stupid|dumb|dense|nightmare|moody|grumpy|petty|dopey|dozy|gormless|inept|incapable|precious|annoying|irritating)/;
// A complaint not made ("never once complained", "without a moan"): what a good colleague does not do.
const NOT_DONE = /\b(?:never(?: once| ever)?|without (?:a|any|once)?|not (?:a|one|once)?|no|nobody|no one|didn'?t|don'?t|doesn'?t|won'?t|rarely|hardly ever)\s*$/;
const CRIT = {
  exec(s: string): RegExpExecArray | null {
    CRIT_ALL.lastIndex = 0;
    for (let m; (m = CRIT_ALL.exec(s)); ) {
      const w = m[0];
      const before = s.slice(Math.max(0, m.index - 60), m.index);
      if (FEELING.test(w) && ((THEY_FELT.test(before) && !I_FELT.test(before)) || FELT_FOR.test(s.slice(m.index + w.length)))) continue;
      if (INCIDENT.test(w) && CHILD_DID.test(before) && !ADULT_DID.test(before)) continue;
      if (SELF_WORDS.test(w) && SELF.test(before)) continue;
      if (/^(?:complain|moan|whing|argu|rant|grumbl)/.test(w) && NOT_DONE.test(before)) continue;
      if (THING_DID.test(before) && !/\b(?:they|he|she|them|him|her)\b/.test(s.slice(m.index + w.length, m.index + w.length + 20))) continue;
      return m;
    }
    return null;
  },
} as unknown as RegExp;

// Told as a plain story, the job left undone is the complaint ("my TA sat on her phone all of phonics"):
// read last, when nothing louder in the sentence says what is wrong.
// "fetc[h]": the bundle audit forbids the whole word (the network call) anywhere in the shipped code.
const SLACKING = /\b(?:(?:sat|sits|sitting|was|is|spent [^.!?]{0,20}) on (?:her|his|their) phones?|(?:leaves?|left|leaving|goes|went) (?:home )?(?:every day |each day |early |again )?(?:at|by) (?:3|three|half 3)\b(?![^.!?]{0,40}\bto (?:pick up|collect|fetc[h]|get) (?:her|his|their) (?:kids|children|son|daughter|little one|boys|girls)))/;
/*
 * Their own words held up in quotes ("just a teaching assistant", 'efficiency', a "learning walk"):
 * said of a parent, a colleague or a leader it is mockery; said of a child it is usually the funny
 * thing they said, so it counts against adults only.
 */
const QUOTED = /(?<!\bmy )"[^"]{2,80}"|(?:^|[\s(:])'[a-z](?:[^']|(?<=[a-z])'(?=[a-z])){1,40}'(?=[\s.,!?;:)]|$)/;
/*
 * Weaker marks of mockery, counted against grown-ups only (a child's quirks told with a smile are
 * fond): an upside-down smile, what they keep on doing ("SLT still parking in the disabled bay"),
 * putting on an act ("acting like"), a one-word thanks ending the sentence.
 */
const ADULT_MOCK = /\b(?:keeps? [a-z]+ing|wonder(?:s|ed|ing)? why|(?:hasn'?t|haven'?t|never|still not|didn'?t) (?:replied|answered|responded|got back)|like (?:it'?s|it is|they'?re|we'?re|this is) (?:a |an |the )?[a-z]+|still (?!(?:the best|my favourite|lovely|amazing|brilliant|smiling|buzzing|crying|laughing|grinning|recovering|thinking about)\b)[a-z]+ing|acting like|(?:thanks|cheers|diolch),? [a-z]+$|(?:i )?(?:just )?(?:love|adore) (?:it )?(?:when|how)|at (?:its|their|his|her) finest|love working with|(?:really|actually|literally|genuinely) (?:just )?(?:said|stood up and said|told us|had the nerve|had the cheek)|(?:while|whilst|then|and then) (?:adding|giving us|piling|cutting|taking away|sending|emailing|setting|doubling|increasing|introducing|booking)|(?:turn|turns|turned|come|comes|came|rock|rocks|rocked|show|shows|showed|roll|rolls|rolled) up (?:[a-z]+ ){0,4}?in (?:their|her|his) (?:pyjamas|pjs|pj.?s|jammies|slippers|onesies?|dressing gowns?|nighties?)|with (?:a|her|his) (?:fag|ciggie|tinnie|can of (?:lager|cider|stella|strongbow|monster)) (?:on|hanging|in (?:her|his|their|one) hand)|(?:is|are)(?:n.?t| not) optional|(?:is|are)(?:n.?t| not) the (?:place|time) (?:to|for)|we can (?:all )?(?:see|tell|hear) (?:you|who))\b|🙃/;
/** The people a match names are children ("my Year 9s", "kids in my class"), not their parents or staff. */
const CHILDREN = /\b(?:lot|pupils?|students?|class|form|tutor group|year|y\d{1,2}s?|yr|kids?|children|child|boys?|girls?|lads?|darlings|angels|cherubs|treasures|dosbarth|nosbarth|plant|disgyblion|blwyddyn|set|sixth form|teenagers|tutees|learners)\b/;
const GROWN_UPS = /\b(?:parents?|mums?|dads?|mams?|carers?|rhieni|staff|teachers?|ta|colleagues?)\b/;
// Where a quote may open: the gate for reading names against QUOTED.
const QUOTE_MARK = /["\u201c\u201d]|(?:^|[\s(:])['\u2018]/;
const adults = (who: string): boolean => GROWN_UPS.test(who) || !CHILDREN.test(who);
// A child's words quoted, or a quote told with a laugh, is a story about a child, not mockery.
const CHILD_SAID = /\b(?:\d+ year olds?|little ones?|kids?|child(?:ren)?|pupils?|students?(?! teacher)|class|boys?|girls?|lads?|year \d{1,2}s?|y\d{1,2}s?)\b[^"]{0,30}\b(?:said|says|told|tells|asked|asks|called|shouted|wrote|saying|announced)\b/;
const LAUGH = /😂|🤣|😅|🥰|❤|😍|🥹/;
/*
 * A pupil named and told off to their face ("Charlie Ward and Freddie Parry, you two are not funny",
 * "georgie cooper, please, I'm begging, stop licking the glue stick"): the name, "you", and a
 * telling-off or a threat in the same sentence.
 */
const TOLD_OFF = /\b(?:you|your|you'?re|you two|both of you|yous)\b[^.!?]{0,60}\b(?:not funny|disruptive|on report|detention|one more time|i swear|i'?m begging|i am begging|stop [a-z]+ing|grow up|behave|sit down|i will move you|i know it was you)\b|\b(?:i swear|i'?m begging|i am begging|ffs)\b|\bstop [a-z]+ing (?:the|my|your|his|her|on|in|at)\b/;
// Every telling-off above holds one of these: the gate for reading pupils' names against it.
const TOLD_WORDS = new WordGate(words('you your youre yous swear begging stop ffs'));
function toldOff(doc: Doc, at: number): [number, number] | null {
  if (check(doc, at, NICE)) return null;
  return sentenceMatch(doc, at, TOLD_OFF);
}

/** The quote mocking the people at `at` (outside it), unless a child said it or it is told with a laugh. */
function quoteAbout(doc: Doc, at: number): [number, number] | null {
  const q = check(doc, at, QUOTE);
  if (!q || (at >= q[0] && at < q[1])) return null;
  const [a, b] = sentenceAround(doc.text, at);
  // A little past the sentence: a time ("at 8.58") ends a sentence early, before the laugh.
  if (LAUGH.test(doc.text.slice(a, b + 60)) || sentenceHas(doc, at, CHILD_SAID)) return null;
  if (doc.found?.pupil?.some(([p]) => p >= a && p < b)) return null;
  return q;
}
const CHECKS = [SARCASM, ELSEWHERE, PRAISE, CRIT, EYE_ROLL, ECHO, SLACKING, QUOTED, ADULT_MOCK];
const [MOCK, AWAY, NICE, CRITIC, ROLL, ONE_WORD, SLACK, QUOTE, GROWN_MOCK] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
function check(doc: Doc, at: number, k: number): [number, number] | null {
  if (doc !== memoDoc) {
    memoDoc = doc;
    memo.clear();
  }
  const key = sentenceAround(doc.text, at)[0] * 16 + k;
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = sentenceMatch(doc, at, CHECKS[k]!)));
  return v;
}

/** The criticism said of the people at `at`: in their sentence or the next ("Governors visit today. They have…"). */
function inSentence(doc: Doc, at: number, people = true, mocking = true, echo = true, grown = false): [number, number] | null {
  const mock = mocking ? check(doc, at, MOCK) : null;
  if (mock && !check(doc, at, AWAY)) return mock;
  if (check(doc, at, AWAY)) return null;
  // "thanks to our amazing leaders for the free biscuit 🙄": an eye-roll at grown-ups is the mock in their praise.
  if (check(doc, at, NICE)) return grown && people ? sentenceMatch(doc, at, HARD_ROLL) : null;
  const crit = check(doc, at, CRITIC) ?? (people && !reported(doc, at) ? check(doc, at, ROLL) : null);
  if (crit) return crit;
  // A sentence the confidential rule found a fact in is a report ("parents were called", "sent home"):
  // there only an outright criticism counts, not the quieter marks below.
  if (reported(doc, at)) return null;
  // The quieter marks, read last and only when nothing louder was found (most sentences have none).
  const slack = () => (people && mocking ? check(doc, at, SLACK) : null) ?? (grown && mocking ? quoteAbout(doc, at) ?? check(doc, at, GROWN_MOCK) : null);
  const end = sentenceAround(doc.text, at)[1];
  if (end + 2 >= doc.text.length) return slack();
  const next = following(doc, end + 2, mocking, echo);
  if (next) return next;
  // A short exclamation between ("ELEVEN PM.", "3.15 today.") does not end the thought.
  const end2 = sentenceAround(doc.text, end + 2)[1];
  if (end2 - end > 32 || end2 + 2 >= doc.text.length) return slack();
  return following(doc, end2 + 2, mocking, echo) ?? slack();
}

/** Did the confidential rule (it runs first) find a fact in the sentence at `at`? */
function reported(doc: Doc, at: number): boolean {
  const found = doc.found?.confidential;
  // The learnt second opinion marks a whole sentence, often for a complaint: it is no report of a fact.
  if (!found?.length || doc.learnt?.confidential) return false;
  const [a, b] = sentenceAround(doc.text, at);
  return found.some(([p]) => p >= a && p < b);
}

/**
 * The complaint in a sentence after the people's: a criticism or mockery unless that sentence is
 * praise, or a one-line echo ("Thanks, useful.", "Again."), whose polite words are the sarcasm.
 */
function following(doc: Doc, at: number, mocking: boolean, echo: boolean): [number, number] | null {
  // Past the last sentence there is none: read there, sentenceAround gives back the last one itself.
  if (at >= doc.text.length) return null;
  const next = check(doc, at, CRITIC);
  if (next && !check(doc, at, NICE)) return next;
  const mock = mocking ? check(doc, at, MOCK) : null;
  if (mock && !check(doc, at, AWAY)) return mock;
  return mocking && echo ? check(doc, at, ONE_WORD) : null;
}

const WHO_AT = words(
  'pupil pupils student students my our the this that one some these those half kids children year years y yr school entitled pushy parent parents mums carers local ' +
    'certain a few colleague colleagues coworker coworkers co workers staffroom staff members other teaching support supply new slt smt senior leadership management ' +
    'headteacher head headmaster headmistress deputy governors governing academy trust mat exec ceo athrawon rhieni disgyblion pennaeth bennaeth yr ' +
    'management worst working staff another briefing inset ta mr mrs miss ms y dosbarth awful kid child boy girl lad most dinner lunchtime mums blwyddyn ' +
    'chair business caretaker mentor worked parents llywodraethwyr uwch tîm tim dirprwy cydweithwyr cydweithiwr fy powers upstairs higher whoever someone committee department dept faculty dads mums rhai boss hod senco sendco alnco aln cover office exams mlwyddyn flwyddyn bachgen ferch merch plant athro athrawes',
);

// Determiners and adjectives start many phrases of ordinary text: the pattern is tried there only
// when one of the people words follows (every match contains one).
const WEAK = words('my our the this that one some these those half a few certain new other school entitled pushy members teaching support senior exec another awful worst y yr');
const ANCHORS = words(
  'authority bloke guy woman man lady governor ht dht aht hoy lead leader coordinator ordinator tutor family leaders building class form tutor year years lot kids children parent parents mums carers colleague colleagues coworker coworkers co workers staff staffroom teacher teachers ta tas nqt ect ' +
    'slt smt leadership management headteacher head headmaster headmistress deputy governors governing trust academy mat ceo school workplace place job gate ysgol ' +
    'staff meeting briefing inset parent ta pennaeth kid child boy girl lad dinner lunchtime teachers colleagues parents ' +
    'partner manager caretaker mentor team couple colleague people person someone line dîm dim rheoli arwain bennaeth pennaeth nosbarth blwyddyn darlings angels cherubs treasures whatsapp facebook group chat charge idea says next department dept faculty dads mums kids children staff boss hod senco sendco alnco aln cover supervisor office exams line',
);

// "One dad", "that mum", "the mums at the gate": someone's parent, not the poster's own ("my mum").
// Tried at the word before only when a parent word follows, so "mum" alone costs nothing here.
const A_PARENT = /(?:one|two|three|this|that|another|some|a) (?:dad|mum|mam|father|mother)s?\b(?! (?:of mine|friends?))|(?:mums|dads|mams) (?:at|on|in) the (?:gate|playground|whatsapp|class)\b/y;
const A_PARENT_WEAK = words('one two three this that another some a');

const PATTERNS = new Triggers()
  .add(WHO_RE, WHO_AT, {
    when: (w) => /^(?:y|yr|year)\d{1,2}s?$/.test(w),
    weak: WEAK,
    anchors: ANCHORS,
    keep: (m, doc) => !notPeople(m, doc) && inSentence(doc, m.index, true, true, true, adults(m[0])) !== null,
  })
  .add(A_PARENT, new Set([...A_PARENT_WEAK, 'mums', 'dads', 'mams']), {
    weak: A_PARENT_WEAK,
    anchors: words('dad mum mam father mother dads mums mams fathers mothers'),
    keep: (m, doc) => inSentence(doc, m.index, true, true, true, true) !== null,
  });

/*
 * The same judgement read from the other end (issue 12: conduct on drafts nobody here wrote): from
 * an unmistakable word of complaint to the people it is about, who may be anywhere in its sentence
 * or the one before, in forms the WHO table does not start at ("Year 8 set 4 are the laziest",
 * "9X were vile", "the new trust is squeezing every penny"). By class, not phrase: a year group,
 * set or form; a role with its adjectives; the school as a workplace.
 */
const MORE_WHO =
  '(?:year|yr|y) ?\\d{1,2} (?:set|group|class) \\d|(?:top|bottom|middle|my|our|this|that) set(?: \\d)?|(?:my|our) (?:year \\d{1,2}|y\\d{1,2}|yr ?\\d{1,2}) (?:class|form|group|set|lot)|' +
  '(?:the|our|my|this|that) (?:(?:new|current|old|whole|entire|acting|interim|executive|exec|senior) )+(?:head|deputy|trust|academy|management|leadership(?: team)?|slt|governors|head ?teacher|principal|ceo|senco|team)|' +
  '(?:the|our|my|this|that) (?:multi[- ]academy )?trust|head of (?:maths|english|science|year|department|dept|ks ?\\d|key stage \\d|[a-z]+)|(?:vice |assistant )?principal|assistant head|ofsted|estyn|inspectors?|' +
  'where i work|the place i work|my (?:workplace|employer)|(?:the )?office (?:staff|lad(?:y|ies)|team|manager)|(?:the )?cleaners|site (?:manager|team)|(?:lunchtime|midday) (?:supervisors|assistants)|' +
  '(?:my |our |the )?(?:tas|hltas?|lsas?|support staff|senco|sendco|alnco|hod|line manager|mentor|nqt|ect|trainee|student teacher|supply (?:teacher|staff)|cover supervisor)|' +
  'sixth form(?:ers)?|teenagers|(?:my )?tutees|learners|(?<!\\bas )(?:a|the|one|this|that) (?:mum|dad|mam|parent|carer)(?! (?:of mine|friends?|jokes?|bod|i |we |of (?:two|three|four|the)))|' +
  '(?:your|ur) (?:son|daughter|child|kid|little one|boy|girl)|[a-z]+(?<!\\b(?:my|husband|hubby|wife|partner|boyfriend|girlfriend|friend|mate|sister|brother|son|daughter|cousin|nephew|niece|bestie|nan|gran))\'s (?:mum|dad|mam|mother|father|parents|carers?)|' +
  '(?:team[- ]teach(?:ing)?|work(?:ing|ed)?|teach(?:ing)?|shar(?:e|ing)(?: a (?:class|room))?) (?:with|alongside) (?:someone|a (?:woman|man|bloke|guy|lady|colleague|teacher))|pay progression|appraisal|payroll|hr|' +
  '(?<!\\b(?:prison|bank|state|the prison) )governor|(?:\\d+|two|three|four|five|several|a few) (?:mums|dads|parents|mams)|i.?ve ever worked (?:in|at|with|for)|i have ever worked|(?:a |the |some |these |those )?consultants?|(?:data|business|office|site|exams?|network|finance|pr|comms) (?:manager|person|officer|lead)|' +
  '(?:the|our|this|that|new|latest) (?:new )?(?:behaviour|marking|uniform|homework|attendance|feedback|wellbeing|mobile phone|phone) polic(?:y|ies)|(?:the|that) same (?:mum|dad|parent|parents|mums|dads)|' +
  '[a-z]+s\' (?:mum|dad|mam|mother|father|parents)|whoever (?:made|wrote|decided|planned|thought|designed|set|runs?|organised)|a certain someone|your (?:department|dept|faculty|team)|anyone else.?s school|' +
  '(?:the )?(?:people|person|someone|those) (?:who|that) (?:keep|keeps|kept|think|thinks|thought|insist|insists|decided)|(?:the )?same (?:teachers|staff|people|parents|mums|dads|families|colleagues|three families)|' +
  '(?:the|our|a|another) ["\\u201c\u0027]?(?:wellbeing|staff voice|open door|pulse|efficiency|consultation|mission statement|vision|values)["\\u201d\u0027]? (?:email|survey|policy|day|afternoon|session|initiative|statement|meeting|consultation|twilight|inset)|(?:it.?s|its) the (?:adults|grown[- ]ups)|the (?:adults|grown[- ]ups) (?:in|at) (?:the|this|my|our) (?:building|school|place)|' +
  '(?:staff|llywodraethwr|disgyblion|ddisgyblion|rhieni|(?<!noson )rieni|rhiant|cymhorthwyr|gymhorthwyr|g?ch?ydweithw(?:raig|yr|iwr)|corff llywodraethu|bl ?\\d{1,2}|(?:yr |y )?ysgol (?:yma|\\u0027ma|ma)|athrawon|pennaeth|bennaeth|phennaeth|mhennaeth|llywodraethwyr|lywodraethwyr|dirprwy|ddirprwy)|' +
  '(?:the|some|these|those|same) (?:(?:\\d+|two|three|four|five) )?(?:mums|dads|parents)|(?:\\d+|two|three) heads|(?:pe|science|maths|english|art|music|drama) (?:staff|dept|department|teachers)';
const TARGET = new RegExp(`\\b(?:${WHO}|${MORE_WHO})\\b`, 'g');
/** A school form written the way timetables write it: 9X, 8R, 10B2 (as typed, so "9am" and "4k" are not). */
const FORM_CODE = /(?<![A-Z]{1,2}\d{1,2}[A-Z]? )\b(?:[7-9]|1[0-3])(?:[A-CE-FH-JN-OQ-RT-UX-Z]|[A-Z]{2}(?<!AM|PM|GB|MB|KB|TB|ST|ND|RD|TH|HP|MP|BC|AD|CM|MM|KM|KG))\d?\b/;

/** Words that are a complaint whatever surrounds them: the sentences holding one are read for people. */
const STRONG = new WordGate(words(
  'useless clueless incompetent hopeless pathetic lazy laziest lazier rude ruder rudest vile feral animals nightmare nightmares horrible awful worst hate hated hating loathe despise ' +
    'moan moaning moaned moans whinge whinging whinged whingeing entitled thick stupid stupidest idiot idiots moron morons muppet muppets clown clowns argue argued arguing argument ' +
    'rant ranted ranting complain complained complaining complains ridiculous disgrace disgraceful shambles farce rubbish crap terrible dreadful shocking appalling unbearable insufferable ' +
    'micromanage micromanaging micromanager bully bullies bullying toxic twofaced backstabbing backstabber snake snakes jobsworth jobsworths spineless brat brats gremlins ' +
    'coward cowards liar liars lied lying audacity undermine undermined undermining gossip gossiping bitchy disgusting criticised nasty nastier nastiest peanuts miracles ' +
    'dense gormless dopey dozy brainless spoilt gobby mouthy disrespectful obnoxious arrogant smug condescending patronising patronizing pompous inept numpty numpties plonker pillock prat prats ' +
    'knobhead dickhead bellend tosser tossers arsehole twat twats ungrateful snowflakes fuming livid seething raging infuriating infuriated irritating annoying venting mithering nagging ' +
    'underpaid overworked undervalued unappreciated dogsbody favouritism cliquey morale dreading bullied geniuses embarrassing dumb dumber grumpy stroppy sulky ignorant vindictive spiteful ' +
    'petty sneaky hypocrite hypocrites hypocritical unhelpful unprofessional unreasonable unsupportive unapproachable unorganised disorganised chaotic ineffective incapable furious ' +
    'joke taught stood zoo circus madhouse rabble irony ironic unbelievable laughable ffs smh wtf fml humiliating slated slagged demanding scooby ' +
    'diglem ddiglem ddi dwl twpsyn twpsod sbwriel rwtsh gwarthus anghwrtais haerllug annioddefol ffiaidd anobeithiol twp diog ofnadwy casau cwyno digywilydd afresymol diwerth gwirion ddiog ' +
    'horrors terrors menaces savages devils depended whispering ganged witchhunt strolls strolled swanned waltzes destroying stand rolled gwybod biscuit beggars boggles despair vendetta fault nonsense grudge nepotism gwaetha gwaethaf baw dwp thriving ' +
    'dictator dictatorship regime scum lowest flag flags refused refusing upwards promotion slides powerpoint spits complaints mug ' +
    'brewery whelk ngyrru herding mardy mardier narky narked cheesed brassed hump slapped smacked gobshite gobshites wazzock wazzocks nerfau',
));

/** The words of mockery and of the grown-ups-only marks, distinctive enough to read their sentence for people. */
// Only distinctive words: a common one ("please", "still", "like") would send most sentences of a long
// draft through every check; the people tables still read those sentences from the people's side.
const MOCK_WORDS = new WordGate(words(
  'reason naming impressive finest foot irony ironic ironically brainwave umpteenth hundredth apparently suddenly genius geniuses wisdom imagine manners respect discipline boundaries parody unhinged violence ' +
    'offence dramatic unpopular ngl reminding storm stormed storms ffs smh wtf fml acting ' +
    'childcare babysitting rocket hoops goalposts laughable unbelievable unprofessional humiliating humiliated slated slagged shameful drunk hungover groundbreaking revolutionary ' +
    'fan rubber unto itself themselves models headless voice explain meant supposed menace gall feddwl ddweud cpd ' +
    'replied answered responded wondering wonders digon bol gwyno chwyno eironig benderfynodd ' +
    'telling maybe stop many sense lol lmao lmfao wonder wondered worked why nothing calls suppose phone phones leaves thanks cheers diolch ben byd neb',
));

/*
 * The nouns the people classes are built on: a sentence (with the one before and a short one after)
 * holding none of them, and no form code, is not read for people, so an everyday long draft with
 * "club" or "reality" in it costs a look at its words, not a run of every check.
 */
const PEOPLE_WORDS = new WordGate(words(
  'corff llywodraethu rhiant cymhorthwyr gymhorthwyr cydweithwraig gydweithiwr gydweithwraig bl family families governor lead leader tutor ht dht aht hoy bloke guy lady adults grown wellbeing consultation mission ' +
  'leaders parent parents mum mums dad dads mam mams carer carers staff staffroom colleague colleagues coworker coworkers teacher teachers ta tas hlta hltas lsa lsas head heads headteacher headmaster headmistress ' +
    'deputy slt smt leadership management manager governor governors governing trust academy mat ceo school place job class classes form year years yr y set lot bunch kids kid children child ' +
    'pupil pupils student students learners teenagers tutees boy boys girl girls lad lads office caretaker cleaners senco sendco alnco hod mentor nqt ect trainee supply cover consultant consultants ' +
    'inspector inspectors ofsted estyn principal hr appraisal payroll progression policy policies department dept faculty whoever someone people person work worked working mr mrs miss ms ' +
    'darlings angels cherubs twins team pta whatsapp gate upstairs powers rhieni rieni athrawon pennaeth bennaeth phennaeth mhennaeth disgyblion ddisgyblion llywodraethwyr lywodraethwyr llywodraethwr ' +
    'dirprwy ddirprwy staff cydweithwyr cydweithiwr dosbarth nosbarth plant blwyddyn mlwyddyn flwyddyn uwch arwain your ur',
));

/** Index of the first hot word starting at or after `a` (hot words are in draft order). */
function firstHotFrom(doc: Doc, a: number): number {
  const { hot } = doc;
  let lo = 0;
  let hi = hot.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.startOf(hot[mid]!) < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does text[a, b) hold one of the people's nouns (a hot word) or a form code? */
function peopleWordIn(doc: Doc, a: number, b: number): boolean {
  const { hot } = doc;
  const lo = firstHotFrom(doc, a);
  for (let h = lo; h < hot.length && doc.startOf(hot[h]!) < b; h++) if (PEOPLE_WORDS.at(doc, hot[h]!)) return true;
  return FORM_CODE.test(doc.text.slice(a, b));
}

const ROLLS = new RegExp(EYE_ROLL.source, 'gu');

/*
 * A whole post that is only grown-ups and a groan: "our head lol", "SLT gonna SLT", "parents.
 * PARENTS." (the people named twice, or with a laugh or an eye-roll). Short posts only.
 */
const GROAN = /\b(?:lol|lmao|lmfao|gonna|again|seriously|honestly|why)\b|🙄|🤦|😩|😤/;
function jab(doc: Doc, push: (a: number, b: number) => void): void {
  if (visibleLength(doc) > 40) return;
  // Read as the rest of the engine reads, without the characters folding drops: "parent\u00ads
  // evening" is "parents evening", not a parent. `kept` maps back to the draft.
  let text = doc.text;
  const kept: number[] = [];
  if ([...text].some((ch) => vanishes(ch.charCodeAt(0)))) {
    text = '';
    for (let k = 0; k < doc.text.length; k++) {
      if (vanishes(doc.text.charCodeAt(k))) continue;
      kept.push(k);
      text += doc.text[k];
    }
  }
  const who = peopleIn(doc, 0, text.length, text);
  if (!who || who[1] === 'form' || !adults(who[1])) return;
  const folded = alignedNorm(text);
  const word = who[1].split(' ').pop()!;
  const twice = folded.indexOf(word, who[0] + who[1].length) >= 0;
  if (twice || GROAN.test(folded)) push(kept.length ? kept[who[0]]! : who[0], doc.text.length);
}

/** Each sentence with a strong word of complaint (or an eye-roll) and its people, once: [people start, complaint end]. */
function fromComplaints(doc: Doc, push: (a: number, b: number) => void, done: Set<number>): void {
  const starts: number[] = [];
  const strong = STRONG.in(doc);
  const mocking = MOCK_WORDS.in(doc);
  if (strong || mocking) {
    const { hot } = doc;
    for (let h = 0; h < hot.length; h++) {
      const k = hot[h]!;
      if ((strong && STRONG.at(doc, k)) || (mocking && MOCK_WORDS.at(doc, k))) starts.push(doc.startOf(k));
    }
  }
  ROLLS.lastIndex = 0;
  for (let m; (m = ROLLS.exec(doc.text)); ) starts.push(m.index);
  for (let q = doc.text.indexOf('"'); q >= 0; q = doc.text.indexOf('"', q + 1)) starts.push(q);
  if (doc.chars & SEEN_LDQUO) for (let q = doc.text.indexOf('\u201c'); q >= 0; q = doc.text.indexOf('\u201c', q + 1)) starts.push(q);
  if (!starts.length) return;
  starts.sort((x, y) => x - y);
  let last = -1;
  for (const at of starts) {
    const [a, b] = sentenceAround(doc.text, at);
    if (a === last || done.has(a)) continue;
    last = a;
    const prevStart = a >= 2 ? sentenceAround(doc.text, a - 2)[0] : a;
    // A short post's eye-roll may look back further, to its first sentence (see `rolled` below).
    const from = doc.text.length <= 200 && HARD_ROLL.test(doc.text.slice(a, b)) ? 0 : prevStart;
    if (!peopleWordIn(doc, from, Math.min(doc.text.length, b + 42))) continue;
    if (check(doc, at, AWAY)) continue;
    const weak = !reported(doc, at);
    // Mock praise ("Brilliant role models.") wins over the praise words it borrows, as in inSentence.
    const mock = weak ? check(doc, at, MOCK) : null;
    if (!mock && check(doc, at, NICE)) continue;
    const said = mock ?? check(doc, at, CRITIC) ?? (weak ? check(doc, at, ROLL) : null);
    if (!said && (!weak || (!check(doc, at, QUOTE) && !check(doc, at, GROWN_MOCK)))) continue;
    let who = peopleIn(doc, a, b);
    // An eye-roll ends a short post about grown-ups named a sentence or two before ("Governors' visit today. … 🙄").
    const rolled = !who && !mock && said && doc.text.length <= 200 && HARD_ROLL.test(doc.text.slice(said[0], said[1]));
    if (rolled) {
      const all = peopleIn(doc, 0, a);
      if (all && adults(all[1]) && !check(doc, all[0], NICE) && !check(doc, all[0], AWAY)) who = all;
    }
    if (!who && a >= 2 && !check(doc, a - 2, NICE) && !check(doc, a - 2, AWAY)) {
      const prev = sentenceAround(doc.text, a - 2);
      who = peopleIn(doc, ...prev);
      // "meetings at 3.35 then…": a time's point is no sentence end, so the one before counts too.
      if (!who && prev[0] >= 2 && /\d/.test(doc.text[prev[0] - 2]!) && /\d/.test(doc.text[prev[0]] ?? '')) who = peopleIn(doc, ...sentenceAround(doc.text, prev[0] - 2));
    }
    // A short answer after a question: "Who decided we need 3 meetings in a week? SLT, that's who."
    if (!who && /[?]/.test(doc.text[b] ?? '') && b + 2 < doc.text.length) {
      const next = sentenceAround(doc.text, b + 2);
      if (next[1] - next[0] <= 40) who = peopleIn(doc, ...next);
    }
    if (!who) continue;
    const quoted = said ? null : adults(who[1]) ? quoteAbout(doc, who[0] >= a ? who[0] : at) ?? check(doc, at, GROWN_MOCK) : null;
    if (!said && !quoted) continue;
    const [s0, s1] = (said ?? quoted)!;
    push(Math.min(who[0], s0), Math.max(s1, who[0] + who[1].length));
  }
}

/** The first of the people in text[a, b) and the words naming them (folded), or null. */
function peopleIn(doc: Doc, a: number, b: number, text = doc.text): [number, string] | null {
  const raw = text.slice(a, b);
  const code = FORM_CODE.exec(raw);
  if (code) return [a + code.index, 'form'];
  const s = text === doc.text ? foldRange(doc, a, b) : alignedNorm(raw);
  TARGET.lastIndex = 0;
  for (let m; (m = TARGET.exec(s)); ) {
    const c = s.charCodeAt(m.index - 1);
    if (c === 35 || c === 64 || /^the form(?! (?:group|class))/.test(m[0])) continue;
    return [a + m.index, m[0]];
  }
  return null;
}

/**
 * Does the stretch from the sentence at `at` to 200 characters past it (where inSentence reads)
 * hold a word of complaint, a telling-off's word, a quote or an eye-roll? Read from the hot words,
 * so a long draft with a name in every few sentences does not put each through every check.
 */
function complaintNear(doc: Doc, at: number, id: RuleId): boolean {
  const [a, b0] = sentenceAround(doc.text, at);
  const b = Math.min(doc.text.length, b0 + 200);
  const { hot } = doc;
  const lo = firstHotFrom(doc, a);
  for (let h = lo; h < hot.length && doc.startOf(hot[h]!) < b; h++) {
    const k = hot[h]!;
    if (CRITICISE_WORDS.at(doc, k) || (id !== 'school' && TOLD_WORDS.at(doc, k))) return true;
  }
  const stretch = doc.text.slice(a, b);
  return EYE_ROLL.test(stretch) || QUOTE_MARK.test(stretch);
}

/*
 * A rhetorical question about how the place is run ("who schedules a meeting at 4.55 on a Friday?",
 * "who puts a data drop in parents' evening week?"): no one is named, the workplace is the target.
 * Read only in drafts with a question mark.
 */
const RUN_Q = /\bwho (?:on earth |in their right mind |exactly |honestly |actually )?(?:puts|schedules?|scheduled|books|booked|plans|planned|decides?|decided|thought|thinks|organises|organised|arranges|arranged|sets|timetables|timetabled)\b(?:[^.!?]|\.(?=\d)){0,80}\b(?:meetings?|data drops?|deadlines?|parents'? evenings?|mocks|inset|observations?|obs|twilights?|cpd|training|reports?|learning walks?|book (?:looks?|scrutiny)|drop[- ]ins?|duty|duties|briefings?|assessments?|moderation)\b/;
function runQuestion(doc: Doc, push: (a: number, b: number) => void): void {
  // The sentence each question mark ends, read folded as the other checks read theirs.
  for (let q = doc.text.indexOf('?'); q > 0; q = doc.text.indexOf('?', q + 1)) {
    const m = sentenceMatch(doc, q - 1, RUN_Q);
    if (m && !check(doc, m[0], AWAY)) push(m[0], m[1]);
  }
}


/*
 * By class, not phrase (session 6): a grown-up of the school as target and a word of judgement,
 * in one sentence. The phrase tables above learnt the corpus's wording; these two classes are
 * written from how people talk about work, so a sarcasm marker, a dismissive aside, a complaint
 * verb or a rhetorical question counts whatever the rest of the sentence says. Grown-ups only:
 * "bless them" or "genius idea" of a child is fondness, of a deputy head it is not.
 */
const ADULT_CLASS = new RegExp(
  // Not the poster's own role ("as a parent", "deputy head role", "Head of Maths." as a bio).
  '(?<!\\b(?:as|i.?m|i am|im|am) )\\b(?:slt|smt|senior (?:leadership|management)|leadership|(?<!\\bcrisis |\\btime |\\bbehaviour |\\bclassroom |\\bmoney |\\bstress |\\banger |\\bweight |\\bproject |\\bwaste |\\bperformance |\\btime and )management|governors?|governing body|(?:academy )?trust(?! (?:me|you|us|him|her|them|my|your|the process|fund|issues))|powers that be|higher[- ]ups|people upstairs|head office|' +
    "(?:the|our|my|this|that|a|new|their|his|her|your|whose|in) (?:head(?:teacher| teacher|master|mistress)?|heidie|head of [a-z]+(?: \\d+)?|deputy(?: head)?|assistant head|vice principal|principal|exec(?:utive)? head|ceo|line manager|hod|senco|sendco|alnco|dsl|business manager|office manager|bursar|receptionist|office (?:staff|ladies|team|lady)|site manager|caretaker|pa|cover supervisor|supply(?: teacher)?|tas?|lsas?|hltas?|teaching assistants?|nqt|ect|mentor|department|dept|faculty|staff|admin team|hr)(?:.s)?|" +
    "(?:the|our) (?:school|exams?|front|main) office|(?:the|our) office(?= (?:staff|ladies|lady|team|manager|have|has|are|is|were|was|said|told|lost|won.?t|never|can.?t|didn.?t|forgot|rang|sent|refused|wanted|want|wants|decided)\\b)|(?:dinner|lunch|kitchen|office|support|site) staff|midday supervisors?|union rep|pta (?:chair|mums|dads|committee)|(?:the )?teacher (?:down the (?:corridor|hall)|next door|across the (?:hall|corridor))|(?:nobody|no one|no-one|people|those|someone) above me|" +
    "whoever (?:thought|decided|wrote|chose|designed|planned|came up with|signed off)|(?:someone|somebody|people|person) who (?:has |have |'s )?(?:clearly |obviously )?(?:never|not) (?:taught|been|met|set|stepped|worked)|(?:dear|to the) (?:parents?|mums?|dads?|colleague|person) who|dear (?:senco|sendco|alnco|slt|smt|head|headteacher|deputy|governors|trust|colleagues?|la|local authority|office)(?=\\W)|" +
    "(?:y |yr )?(?:swyddfa|rheolwyr|rheolwr)|" +
    "head of [a-z]+(?: \\d+)?|deputy head|assistant head|line manager|office manager|business manager|chair of governors|(?:ex-?)?colleagues?|co-?workers?|cover supervisors?|supply teachers?|(?:other|some|the) (?:staff|teachers)|(?:the|our|one of our|some of our) (?:deputies|heads|leaders|cleaners|office ladies|dinner lad(?:y|ies)|kitchen ladies|lunchtime staff|governors)|on high|" +
    "(?:the|a|that|this) (?:man|woman|bloke|guy|lady|fella) (?:in the (?:room|classroom) )?(?:next door|who (?:started|runs|leads|manages|sits))|" +
    "(?:y |yr )?(?:pennaeth|bennaeth|dirprwy|rhieni|rhiant|cydweithw(?:raig|yr|iwr)|llywodraethwyr|corff llywodraethu|uwch d[iî]m)|mam (?:ar|wrth) (?:y |yr )?(?:iard|giat|gât)|" +
    "(?<!\\bmy )(?:parents|mums|mams|dads|carers|grandparents)(?!.? ?evenings?)|(?:a|one|that|this|some|the|these|those|two|three|another) (?:parent|mum|mam|dad|mother|father|carer)s?(?! (?:of mine|friends?))|" +
    "(?<!\\b(?:my|our|your|husband|hubby|wife|partner|friend|sister|brother|mate)\\W{1,2})[a-z]+'s (?:mum|mam|dad|parents|carers?|nan|nana|nain|gran|granny|grandad|grandma|taid|stepdad|stepmum|step-dad|step-mum)|(?:the |our )?local authority|(?:the|our) (?:la|lea)\\b|" +
    // A pupil's family as the target (session 9): "the mum of the boy who bites", "that family in Year 4";
    // a staff meeting in Welsh, as the English tables have one.
    "(?:the|a|that|this|one) (?:mum|mam|dad|mother|father|parents?|family) of (?:the|that|this|a|one) (?:kid|child|boy|girl|lad|lass|twins|one)|(?:that|this|one|the same|certain|some|these|those|(?:some|half|most|a lot|a few|loads) of (?:our|the|my|these|those)) famil(?:y|ies)(?= (?:in|at|from|round|around|who|whose|think|thinks)\\b)|cyfarfod(?:ydd)? staff|" +
    "(?:this|my|our|the) (?:place|workplace)|where i work|the school i work)\\b(?! (?:life|role|job|post|vacancy|interview|face|vibes|mode|energy|here|of)\\b)(?!\\s*[.|])",
);
const JUDGE_CLASS = new RegExp(
  '\\b(?:' +
    // Sarcasm markers.
    "bless (?:him|her|them|em|their (?:hearts?|cotton socks))|love (?:that|this) for (?:us|me)|genius|iconic|make it make sense|thanks for nothing|cheers (?:pal|mate|for that|for nothing)|on what planet|(?:i )?wonder why|what could (?:possibly )?go wrong|who knew|shocker|surprise,? surprise|funny that|as you do|(?:couldn'?t|can'?t) make (?:it|this) up|glorified|embarrassing|(?:a )?good shout|groundbreaking|visionary|revolutionary|bold move|(?:top|great|quality|inspired|strong) (?:leadership|management|communication|stuff|work)(?=\\W*$)|the actual|word salad|buzzword\\w*|" +
    // Irony: mock wonder, the knowing aside, the mock verdict closing a post.
    "(?:amazing|funny|interesting|love|gotta love|got to love) how|said no (?:one|teacher|ta|[a-z]+ ){1,2}ever|naming no names|not naming (?:any )?names|you know who you are|(?:she|he|they) knows?(?=\\W*$)|it'?s always (?:you|them|the same)|" +
    "(?:very )?interesting(?=\\W*$)|inspiring(?=\\W*$)|priorities(?=\\W*$)|peak [a-z]+(?=\\W*$)|cute(?=\\W*$)|standard(?=\\W*$)|not surprised|no surprise|dim syndod|says it all|figures(?=\\W*$)|only in (?:our|this|my) (?:school|place|trust)|" +
    "(?:couldn'?t|could not|couldnae|cannae|can'?t) (?:even )?(?:organise|run|manage|lead) a|masterclass in|saying nothing|special place in hell|yet another|(?:because|cos) the last [a-z ]{0,20}(?:was|were) so|so useful(?=\\W*$)|(?:genuinely|actually|really|honestly|seriously) (?:think|believe)s?|(?:you|they|she|he)(?: are|'re|'s| is) the problem|coming for you|worse (?:behaved )?than (?:their|the) (?:kids|children)|ha(?:s|ve) opinions|clearly (?:hasn'?t|has never|never|doesn'?t|don'?t|didn'?t)|more interested in|someone needs to (?:say|tell|have a word)|something on (?:her|his|their) shoe|babysitt\\w*|" +
    "g?ch?wyno|gweiddi|cwyn|" +
    // Welsh, by kind (session 7): insults and verdicts, blame, swearing and rowing, refusing, the mock shrug.
    "hunll(?:e|ef|euf)|annheg|annerbyniol|cywilydd(?:us)?|gwarthus|pathetig|anobeithiol|diog|digywilydd|haerllug|anghwrtais|twp|dwl|ffiaidd|rwtsh|ar fai|(?:ein|eu|ei|fy|dy) bai|beio|rhegi|neb yn synnu|dim (?:un )?gair o ddiolch|pam fi|ble mae.?r synnwyr|sori ond na|" +
    // English verdicts on a person or a place (session 7): gone downhill, never should have been, giving it a rest.
    // A decision imposed on staff, said as the complaint (session 9): "no discussion", "nobody asked us", and
    // what staff are given taken away by it: planning time, frees, lunch, a wellbeing day, TA hours.
    "no (?:discussion|consultation|warning|notice)|(?:cancel(?:led|s|ling)?|scrap(?:ped|s|ping)?|cut|took|taken|takes?|nick(?:ed|s)?|stole|steals?) (?:away )?(?:our |my |all |everyone.?s |the )?(?:staff )?(?:ppa|planning time|non-contact|frees|free periods|lunch ?breaks?|wellbeing (?:day|afternoon|morning|time|hour|session)s?|(?:ta|support staff) hours)|without (?:asking|consulting|any (?:notice|warning|discussion|consultation))|(?:nobody|no one|no-one) (?:asked|consulted) (?:us|me|staff)|at (?:no|short|zero) notice|on top of (?:everything|everything else|all that|all of that)|" +
    // Favour and uselessness said of a grown-up (session 9): "gets away with murder because she's mates
    // with the head", "less responsive than a brick", "that meeting could've been an email".
    "just a thought|here.?s a (?:thought|novel idea|radical idea|wild idea|crazy idea)|(?:maybe|perhaps) (?:come|try) and|" +
    "gets? away with (?:murder|everything|anything|it all)|(?:because|cos|coz|since) (?:she|he|they).?(?:s|re| is| are) (?:(?:mates|pally|friends|best friends) with the (?:head|deputy|boss|ceo)|the head.?s (?:niece|nephew|mate|best friend|daughter|son|wife|husband|favourite))|less (?:responsive|useful|helpful|organised|reliable|approachable|competent) than|could(?:.?ve| have) been an email|" +
    // A sneer at a pupil's family: the child explained by the parent (session 9).
    "explains (?:a lot|everything|so much)|apple (?:never|doesn.?t|don.?t) falls? far|you can (?:always )?tell (?:which|whose)|" +
    // Hypocrisy charged: "the same three parents who never turn up ... are first on Facebook".
    "(?:who|that) never (?:[a-z']+ ){1,6}(?:are|is) (?:always )?(?:the )?first (?:on|to|in|with)|" +
    // Welsh: a mock verdict closing the post, driven mad, a waste of time (session 9).
    "(?<=(?:^|[.!?]\\s{0,3}))anhygoel(?=\\W*$)|(?:yn )?(?:fy|ein) ngyrru (?:i|ni).?n wallgof|gwastraff (?:amser|arian)|" +
    "gone downhill|going downhill|(?:somehow )?it.?s always (?:me|us) (?:who|that|on|doing|left)|somehow it.?s always (?:me|us)|eff(?:ing)? and (?:blind|jeff)(?:ing)?|f-?ing and blinding|why (?:is it|are they|do they|does (?:she|he)) always|(?:should|shouldn.?t) never have been|should(?:n.?t| not) have been (?:made|given|appointed|promoted)|ask yourselves|give it a rest|on the warpath|goes to die|where [a-z]+ goes to die|how (?:they|she|he).?(?:re|s)? (?:treating|treated|talking to|speaking to)|every single (?:term|time|week|morning|lesson)|the cheek|unreal(?=\\W*$)|" +
    // Dismissive asides.
    "ffs|smh|fml|ugh+|whatever|sigh|typical|of course (?:they|he|she) (?:did|do|does|have|has|didn'?t|won'?t)|yeah right|sure jan|ok(?:ay)? then|righto|pfft|jog on|give over|every\\. (?:single\\. )?(?:day|time)|every\\. single|not one of them|" +
    // Complaint verbs.
    "ignor(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|palm(?:s|ed|ing)? (?:[a-z]+ ){0,3}off|dump(?:s|ed|ing)|ruin(?:s|ed|ing)|wreck(?:s|ed|ing)|lectur(?:e|es|ed|ing)|patroni[sz]\\w*|belittl\\w*|hid(?:e|es|ing)|swan(?:s|ned|ning)? off|slop(?:e|es|ed) off|skiv\\w*|pass(?:es|ed|ing)? the buck|cover(?:s|ed|ing)? (?:their|his|her) (?:own )?backs?|" +
    "slag(?:s|ged|ging)? (?:[a-z]+ ){0,3}off|talk(?:s|ed|ing)? down to|snipp(?:y|ed)|sneer\\w*|smirk\\w*|tut(?:s|ted|ting)|scream(?:s|ed|ing)? at|bark(?:s|ed|ing)? at|nit-?pick\\w*|never (?:there|around|available|answer\\w*|repl\\w*)|suddenly (?:[a-z]+ ){0,3}(?:remember\\w*|care\\w*|know\\w*|notic\\w*|appear\\w*|interested|discover\\w*|found)|moved the (?:goal ?posts|targets)|" +
    "cut(?:s|ting)? (?:the |our |my )?(?:ta |staff |support )?(?:hours|budget|jobs|staff|pay)|spend(?:s|ing)? (?:thousands|millions|£\\S+) on" +
    ')\\b|[🙄🙃🤡💀😒🤦😑]',
  'u',
);
// A question no one needs answered: "why", "who thought", "is it normal for…", "since when".
const ASKED = /^\W*(?:(?:honestly|seriously|genuinely|so|but|and|like|ok|okay|right|erm|um|sorry but|question)\W+)?(?:why (?:do|does|did|is|are|would|should|must|can'?t|won'?t|don'?t|doesn'?t)|pam (?:bod|fod|mae|ma|maen|fi|ni)|who (?:(?:on earth|in [a-z]+|exactly|actually) )?(?:thought|thinks|decided|decides|signed|approved|agreed|came up|let|lets|allowed)|how come|since when|whose (?:bright )?idea|what kind of|what sort of|is it (?:normal|just me|too much|unreasonable|fair)|am i the only|how (?:hard|difficult) is it)\b/;
/*
 * Praise said through the teeth (session 9): "Oh brilliant, another parent emailing at 11pm", "Fab,
 * the trust has sent another survey", "love how the trust found money for…", "communication 10/10".
 * The praise word opens the sentence and the news follows; said with thanks, pride or a heart, it is
 * meant (SINCERE), so "Oh brilliant, the head has given us a day off, thank you!" stays praise.
 */
const IRONIC = /(?:^|[.!?\n]\s*)\W*(?:oh|ah|ooh|wow)\W+(?:brilliant|great|fab|fabulous|wonderful|fantastic|marvellous|lovely|perfect|super|excellent|amazing|joy|goody|good|splendid|fun)\b|(?:^|[.!?\n]\s*)\W*(?:brilliant|great|fab|fabulous|wonderful|fantastic|marvellous|lovely|perfect|super|excellent|splendid)\W*[,.!:]\s+(?:the|our|my|another|so|now|apparently|thanks to|turns out|yet|slt|smt|leadership|management|governors|trust)\b|\b(?:gotta|got to|have to|you(?:'ve)? (?:gotta|got to)|don'?t you just|i just) love (?:it )?(?:how|when|that)\b|(?:^|[.!?\n]\s*)\W*love (?:how|it when|finding out|being told|getting|hearing)\b|\b(?:thanks|cheers|diolch),? (?:very|really|so) (?:helpful|useful)\b|\b(?:communication|organisation|planning|leadership|management|support|consistency) (?:\d+|ten|zero) ?(?:\/|out of) ?(?:10|ten)\b|\bthanks for the (?:timing|notice|warning|heads up)\b/;
const SINCERE = /\b(?:thank you|thanks so much|thanks again|grateful|appreciat\w*|proud|congrat\w*|well done|yay|woo+hoo+|so excited|kind(?:ness)?|generous|lucky|bought us|treat(?:ed|s)? us|day off|early finish)\b|🎉|❤|😍|🥳|🥰|💕|😊|☺/u;
const ironic = (folded: string): RegExpExecArray | null => {
  const m = IRONIC.exec(folded);
  return m && !SINCERE.test(folded) ? m : null;
};
// ASKED anywhere a sentence may start: the gate for drafts with no question mark.
const ASKED_ANY = new RegExp(`(?:^|[.!?\\n]\\s*)${ASKED.source.slice(1)}`);
// The asides no praise survives: "ffs", "thanks for nothing", an eye-roll.
const HARD_JUDGE = /\b(?:ffs|smh|fml|thanks for nothing|(?:amazing|funny|interesting) how|said no|make it make sense|love (?:that|this) for|cheers (?:pal|mate|for nothing))\b|🙄|😒/u;
const VERDICT = /^(?:not surprised|no surprise|dim syndod|neb yn synnu|funny that|shocker|who knew|surprise,? surprise|says it all)$/;
const SYMPATHY = /\b(?:get well|thinking of|hope (?:she|he|they)|poor|feel for|sending|love to|bless (?:her|him)|take care|meddwl amdan\w*|gwella'?n fuan)\b|❤|💙|💛|🙏/u;
function byClass(doc: Doc, push: (a: number, b: number) => void): void {
  const n = doc.text.length;
  // One pass each over the whole draft first: most drafts hold no judgement or no grown-up at all.
  // The grown-up first, by word: ADULT_CLASS cannot match a draft without one of ADULT_WORDS (most drafts).
  const colleague = !!doc.found?.colleague?.length;
  if (!colleague && !adultWords(doc)) return;
  const all = doc.norm;
  if (!JUDGE_CLASS.test(all) && !doc.text.includes('?') && !SCARE.test(doc.text) && !SHOUT.test(doc.text) && !ASKED_ANY.test(all) && !IRONIC.test(all)) return;
  if (!colleague && !ADULT_CLASS.test(all)) return;
  // A short post is one thought: the grown-up in one sentence, the aside in another ("… every. day.").
  const units: [number, number][] = [];
  if (visibleLength(doc) <= 200) units.push([0, n]);
  else for (let i = 0; i < n; ) {
    const [a, b] = sentenceAround(doc.text, i);
    i = Math.max(b + 1, i + 1);
    if (b - a >= 8) units.push([a, b]);
  }
  for (const [a, b] of units) {
    // Read as a reader sees it: a soft hyphen pasted inside "Plo\u00ADugh" must not make "ugh" a word.
    const block = dropVanishing(foldRange(doc, a, b), a, !!(doc.chars & SEEN_VANISH));
    const folded = block.s;
    const span = (x: number, y: number): [number, number] => (block.at ? [block.at[x]!, block.at[y - 1]! + 1] : [a + x, a + y]);
    // A rhetorical question needs no question mark ("since when is it my job to chase parents").
    const q = folded.split(/[.!?\n]+/).some((t) => ASKED.test(t) && t.length > 8);
    const irony = ironic(folded);
    const j = JUDGE_CLASS.exec(folded) ?? irony;
    const judged: [number, number] | null = j ? span(j.index, j.index + j[0].length) : q ? [a, b] : marked(doc, a, b);
    if (!judged) continue;
    const who = whoIn(doc, a, b, folded, span);
    if (!who) continue;
    // The grown-up inside the quote is what someone was called or called themselves, not the sneer's target.
    if (!j && !q && who[0] >= judged[0] && who[1] <= judged[1]) continue;
    const hard = !!irony || HARD_JUDGE.test(folded);
    // A colleague's sanction told, then a sneer at it in a sentence of its own ("... got a written
    // warning. Not surprised."): the report is confidential's, the sneer is this rule's (session 8).
    const sneer = !!j && VERDICT.test(j[0]) && !reported(doc, judged[0]) && !SYMPATHY.test(folded);
    // Each sentence of the unit: none elsewhere, none the poster's family, none a reported fact, no praise.
    let ok = true;
    for (let i = a; i < b && ok; ) {
      const [c, d] = sentenceAround(doc.text, i);
      i = Math.max(d + 1, i + 1);
      if (check(doc, c, AWAY) || sentenceHas(doc, c, OWN_FAMILY) || (reported(doc, c) && !sneer)) ok = false;
      else if (!hard && check(doc, c, NICE)) ok = false;
    }
    if (ok) push(Math.min(who[0], judged[0]), Math.max(who[1], judged[1]));
  }
}
/*
 * Every match of ADULT_CLASS holds one of these words whole (its key word ends at a word boundary or a
 * space), or one of them with a letter and "s" after it (the role list's "(?:.s)?": "the pass"), or a
 * Welsh cydweithiwr: checked word by word before the regex reads the draft. Words that only come in
 * twos are left to their partner ("dinner staff", "PTA chair", "site manager", "someone who").
 */
const ADULT_WORDS = words(
  'slt smt leadership management governor governors governing trust powers higher higherups upstairs office school ' +
    'head headteacher headmaster headmistress heidie deputy principal exec executive ceo manager hod senco sendco alnco dsl ' +
    'bursar receptionist caretaker pa cover supply ta tas lsa lsas hlta hltas assistant assistants nqt ect mentor department dept faculty staff admin hr ' +
    'union teacher teachers above whoever swyddfa rheolwyr rheolwr chair committee colleague colleagues excolleague excolleagues ' +
    'worker workers coworker coworkers supervisor supervisors deputies heads leaders cleaners ladies lady high man woman bloke guy fella ' +
    'someone somebody people person pennaeth bennaeth dirprwy rhieni rhiant llywodraethwyr corff uwch mam mams parents mums dads carers grandparents ' +
    'mothers fathers place workplace where authority la lea family families',
);
// One parent ("mum", "dad") is a grown-up of the school only after a determiner or someone's: "that mum", "Ellie's dad", "dear parent who".
const ONE_PARENT = words('mum dad mother father parent carer nan nana nain gran granny grandad grandma taid stepdad stepmum');
const PARENT_DET = words('a one that this some the these those two three another dear');
// A letter outside ASCII against an ASCII one: the tokeniser's word and the regex's \b may part there.
const GLUED = /[a-z0-9_][^\x00-\x7f]|[^\x00-\x7f][a-z0-9_]/;
// The tokeniser's hash of each folded word (lexicon.ts wordHash): most words are turned away without being read.
const hashOf = (w: string): number => {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h;
};
const ADULT_HASHES = new Set([...ADULT_WORDS, ...ONE_PARENT].map(hashOf));
function adultWords(doc: Doc): boolean {
  const norm = doc.norm;
  if (GLUED.test(norm) || norm.includes('ydweithw')) return true;
  const t = doc.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!ADULT_HASHES.has(doc.hashOf(k))) {
      // "the pass", "the tas's": a key word with a letter and "s" after it.
      if (norm.charCodeAt(doc.endOf(k) - 1) === 115) {
        const w = doc.word(k);
        if (w.length > 2 && ADULT_WORDS.has(w.slice(0, -2))) return true;
      }
      continue;
    }
    const w = doc.word(k);
    if (ADULT_WORDS.has(w) || (w.length > 2 && w.charCodeAt(w.length - 1) === 115 && ADULT_WORDS.has(w.slice(0, -2)))) return true;
    if (ONE_PARENT.has(w)) {
      if (k > 0 && PARENT_DET.has(doc.word(k - 1))) return true;
      const s = doc.startOf(k);
      if (s >= 3 && norm.slice(s - 3, s) === "'s ") return true;
    }
  }
  return false;
}
function whoIn(doc: Doc, a: number, b: number, folded: string, span: (x: number, y: number) => [number, number]): [number, number] | null {
  const m = ADULT_CLASS.exec(folded);
  if (m) return span(m.index, m.index + m[0].length);
  return namedAdult(doc, a, b);
}
/*
 * Marks of the voice rather than words: scare quotes around a few words ("forgot", 'vision'), a word
 * shouted in capitals (AGAIN, ONE DAY, A PETITION) that is not an acronym, a point between words
 * ("two. hours."). Said of a grown-up of the school, they are the sneer.
 */
const SCARE = /(?:^|[\s(:])["\u201c\u2018'][A-Za-z][^"\u201c\u201d\u2018\u2019'\n]{1,40}(?<=[a-z.!?])["\u201d\u2019'](?=[\s.,!?;:)]|$)/;
const SHOUT = /\b(?!(?:EHCP|SENCO|SENDCO|ALNCO|INSET|CAMHS|OFSTED|ESTYN|NASUWT|UNISON|GCSE|GCSES|SATS|PGCE|QTLS|HLTA|NQTS|ECTS|TLRS|CPOMS|NHS|LOL|LMAO|OMG|ASAP|DBS|PPA|BTEC|MOTS|STEM|COVID|WTAF|FFS|SMH|FYI|TBH|IMO|AKA|RIP|PTFA|PTA|LGBT|LGBTQ)\b)(?:AGAIN+|ETO|EVERY|STILL|NEVER|ALWAYS|SERIOUSLY|LITERALLY|ACTUALLY|ONE|TWICE|NOBODY|NOTHING|NOT|ARE|DID|WAS|DOES|ALL)\b|\b[A-Z]{2,}(?: [A-Z]{2,})+\b|\b[a-z]+\. [a-z]+\.(?:\s|$)/;
function marked(doc: Doc, a: number, b: number): [number, number] | null {
  const s = doc.text.slice(a, Math.min(doc.text.length, b + 1));
  // A child's words quoted are the child's, not a sneer at grown-ups.
  const q = sentenceHas(doc, a, CHILD_SAID) ? null : SCARE.exec(s);
  const m = q ?? SHOUT.exec(s);
  if (!m) return null;
  const at: [number, number] = [a + m.index, a + m.index + m[0].length];
  // Not a name shouted or quoted (the school's initials, "good morning Mrs Hughes").
  for (const id of ['school', 'pupil', 'colleague'] as RuleId[]) for (const [p, e] of doc.found?.[id] ?? []) if (p < at[1] && e > at[0]) return null;
  return at;
}
/** A colleague as the colleague rule found them, in text[a, b) (not the school: "who knew" of a trip is no sneer at it). */
function namedAdult(doc: Doc, a: number, b: number): [number, number] | null {
  for (const s of doc.found?.colleague ?? []) if (s[0] >= a && s[0] < b) return s;
  return null;
}

/*
 * Money spent on show set against what the classroom goes without (session 8): "new lanyards for
 * everyone. Still no heating", "£4k on a rebrand while Year 3 share scissors". No one is insulted; the
 * contrast is the complaint about the school as a workplace. A short post only, both halves in it,
 * and a word of the workplace, so a new car at home with the heating still broken is not read.
 */
const SHOWY = new WordGate(words('logo logos sign signs signage lanyard lanyards rebrand rebranding branding car cars tesla kiln furniture statement website carpet carpets sofa sofas gwefan rise bonus bonuses arwydd arwyddion'));
const SPENT = /\b(?:(?:new|brand new|shiny|fancy|posh|lovely new) (?:[a-z]+ ){0,2}?(?:logos?|signs?|signage|lanyards?|cars?|tesla|kiln|furniture|mission statement|website|carpets?|sofas?|branding)|rebrand(?:ing)?|(?:got|gets|get|given|awarded) (?:a |an |another )?(?:\d+% )?(?:pay rise|bonus(?:es)?)|(?:logo|arwydd(?:ion)?|car|gwefan) newydd)\b/;
const WITHOUT = /\b(?:no (?:new |proper |working )?(?:heating|heat|textbooks?|books|paper|glue|scissors|pencils|staff|tas?|support|cover|money|budget|pay rise|toilet roll|soap)|still (?:no|not|leaks?|leaking|broken|doesn'?t|don'?t|can'?t|waiting|wearing|on (?:term|zero|the same|minimum|m1|half))|(?:can'?t|cannot|couldn'?t) (?:get|have|afford|buy|fund|replace|find the money)|buying (?:our|my) own|(?:roof|ceiling)s? (?:still )?leak\w*|leak(?:s|ing|y)? (?:roof|ceiling)|sharing (?:one|a|two)|(?:cut|cutting|cuts|losing|lose|lost) (?:\w+ )?(?:tas?|staff|jobs|hours|posts)|pays? (?:us |them )?peanuts|priorities|dim (?:arian|papur|llyfrau|staff|cymhorthwyr|gwres)|blaenoriaethau)\b/;
const WORKPLACE = /\b(?:we|we'?re|us|our|staff|tas?|slt|trust|head|governors|leadership|school|classroom|class|year \d{1,2}|ysgol|ni|dosbarth)\b/;
function priorities(doc: Doc, push: (a: number, b: number) => void): void {
  if (visibleLength(doc) > 300 || !SHOWY.in(doc)) return;
  const folded = doc.norm;
  const spent = SPENT.exec(folded);
  if (!spent) return;
  const lack = WITHOUT.exec(folded);
  if (!lack || (lack.index < spent.index + spent[0].length && lack.index + lack[0].length > spent.index)) return;
  if (!WORKPLACE.test(folded) && !doc.found?.school?.length) return;
  if (sentenceHas(doc, spent.index, OWN_FAMILY) || check(doc, spent.index, AWAY)) return;
  push(Math.min(spent.index, lack.index), Math.max(spent.index + spent[0].length, lack.index + lack[0].length));
}

/*
 * The people of a school mocked for what they think of themselves or of the rules (session 8): "the
 * Year 9s think they're above the uniform policy", "our new deputy thinks she's Ofsted", "half my form
 * think homework is optional", "rhai rhieni yn meddwl mai nhw sy'n rhedeg y lle". The people before the
 * verb, in its sentence; not "I think", not praise ("think she's amazing" is left to the praise veto).
 */
const THINK = new WordGate(words('think thinks reckon reckons meddwl'));
const THINKS = /\b(?:think|thinks|reckon|reckons) (?:(?:they|he|she)(?:'re|'s| are| is) (?:(?:so|really|very|well|dead) )?(?:above|the boss|in charge|better than|funny|hilarious|comedians?|clever|untouchable|invisible|royalty|god'?s gift|owed|entitled|all that|special|experts?|ofsted|the head|teachers|managers|inspectors|lawyers|referees|[a-z]+ (?:league )?(?:managers|experts|inspectors|lawyers|referees|judges))\b|(?:they|he|she) (?:own|run|rule|know (?:best|everything|it all|better))\b|(?:the rest of us|everyone else|we|staff|teachers|tas) (?:are|is|were) (?:just )?(?:here|there|paid) (?:to|for) (?:serve|fetc[h]|clean|tidy|run|do|carry|cover|wait)|(?:that )?(?:the |a |an |our |my )?(?:[a-z']+ ){0,3}(?:is|are) (?:optional|a suggestion|suggestions|a luxury(?: item)?|a personality|beneath (?:them|him|her)|for other people|a free|a 24|a taxi|a babysitting|their (?:personal|own)|his (?:personal|own)|her (?:personal|own))\b|(?:the )?(?:rules|uniform|homework|deadlines|detentions|policies|policy) (?:don'?t|doesn'?t) apply)|\byn meddwl (?:mai|taw) (?:nhw|hi|fe|e|o|ef)(?: yw| sy| ydy)|\byn meddwl (?:bod|ei fod|ei bod|eu bod) (?:nhw|hi|fe|e|o)?\W?(?:'n|yn) (?:gw(?:y)?bod (?:popeth|y cwbl|y cyfan|yn well)|well na|bos|rhedeg|berchen|arbenigwr|bwysig|ddoniol|glyfar)/;
/*
 * What a pupil's family think a meal, a bedtime or reading at home is (round 2): "think a hot dinner is a
 * bag of crisps", "think reading at home means an hour on the iPad". No word of judgement; the sneer is
 * the gap. Said of grown-ups only: "my lot think dinner is chips" is a teacher's own class, or home.
 */
const FAMILY_THINKS = /\b(?:think|thinks|reckon|reckons) (?:that )?(?:an? |the )?(?:[a-z']+ ){0,4}(?:means|counts as|is|are) (?:just )?(?:an? |some |the )?(?:hour|hours|bag|bags|packet|can|greggs|ipad|tablet|telly|tv|youtube|tiktok|xbox|playstation|fortnite|sweets|crisps|monster|lucozade|prime|fruit shoot|mcdonalds|maccies|takeaway|chicken shop|energy drinks?|dummy|bottle of)\b/;
const I_THINK = /\b(?:i|we|you|u)(?: (?:really|honestly|genuinely|just|do|don'?t|still|also|kind of|kinda))?\s*$/;
function mockBelief(doc: Doc, push: (a: number, b: number) => void): void {
  if (!THINK.in(doc)) return;
  const folded = doc.norm;
  const re = new RegExp(`${THINKS.source}|${FAMILY_THINKS.source}`, 'g');
  for (let m; (m = re.exec(folded)); ) {
    const [a] = sentenceAround(doc.text, m.index);
    if (I_THINK.test(folded.slice(Math.max(a, m.index - 30), m.index))) continue;
    // The people are the ones who think: before the verb, in its sentence.
    // With the verb itself: "some families" is a grown-up of the school only before "think" (ADULT_CLASS looks ahead).
    const lead = foldRange(doc, a, Math.min(doc.text.length, m.index + 6));
    const adult = ADULT_CLASS.exec(lead);
    const who = peopleIn(doc, a, m.index) ?? (adult && adult.index < m.index - a ? [a, 'adult'] as [number, string] : null);
    if (!who || (!THINKS.test(m[0]) && !adults(who[1]))) continue;
    if (sentenceHas(doc, m.index, OWN_FAMILY) || check(doc, m.index, AWAY) || check(doc, m.index, NICE)) continue;
    push(who[0], m.index + m[0].length);
    return;
  }
}

/*
 * Not paid enough to be treated so (round 2): "I don't get paid enough to be screamed at by a grandad in
 * a Volvo", "not paid enough to be called names by a 9 year old or his mother". Whoever did it, the job
 * and the people met in it are the complaint. Read only in drafts that hold "paid enough".
 */
const PAID = /\b(?:don.?t|do not|doesn.?t|does not|not|never|aren.?t|isn.?t) (?:get |being |getting )?paid enough (?:to|for) (?:be|being|deal|put up|listen|take|get|have|cope)\b[^.!?]{0,60}?\b(?:by|from|off)\b/;
function paidEnough(doc: Doc, push: (a: number, b: number) => void): void {
  const folded = doc.norm;
  if (!folded.includes('paid enough')) return;
  const m = PAID.exec(folded);
  if (!m || check(doc, m.index, AWAY) || sentenceHas(doc, m.index, OWN_FAMILY)) return;
  push(m.index, m.index + m[0].length);
}

export const create: RuleCreate = () => (doc, report) => {
  // One finding per sentence: the people and what is said about them.
  const once = oncePerSentence(doc, report);
  let found: [number, number][] | undefined;
  const push = (a: number, b: number) => (found ??= []).push([a, b]);
  PATTERNS.run(doc, (a, b) => {
    const crit = inSentence(doc, a, true, true, true, adults(foldRange(doc, a, b)))!;
    push(Math.min(a, crit[0]), Math.max(b, crit[1]));
  });
  // The people may also be named: a pupil, a colleague or the school itself, as those rules found
  // them (they run before this one). "Bryn Coch pays peanuts", "if Chidi asks me one more stupid question".
  // Each sentence is read once for the names in it, however many there are (a long draft may hold hundreds).
  const named = NAMED.some((id) => doc.found?.[id]?.length);
  if (named && (CRITICISE_WORDS.in(doc) || TOLD_WORDS.in(doc) || EYE_ROLL.test(doc.text) || QUOTE_MARK.test(doc.text))) {
    const read = new Map<number, boolean>();
    for (const id of NAMED) {
      for (const [a, b] of doc.found?.[id] ?? []) {
        // "Replying to @gazthomas": an account, whoever the pupil rule took it for.
        if (id === 'pupil' && (doc.text.charCodeAt(a) === 64 || doc.text.charCodeAt(a - 1) === 64)) continue;
        const key = sentenceAround(doc.text, a)[0] * 4 + NAMED.indexOf(id);
        let ok = read.get(key);
        // A named pupil's "Again." is play ("beat me at chess. Again."): sarcasm counts against adults and the school only.
        if (ok === undefined && !complaintNear(doc, a, id)) read.set(key, (ok = false));
        if (ok === undefined) read.set(key, (ok = !(id === 'pupil' && sentenceHas(doc, a, OWN_FAMILY)) && (inSentence(doc, a, id !== 'school', id !== 'pupil', id === 'colleague', id !== 'pupil') !== null || (id !== 'school' && toldOff(doc, a) !== null))));
        if (ok) {
          const crit = inSentence(doc, a, id !== 'school', id !== 'pupil', id === 'colleague', id !== 'pupil') ?? toldOff(doc, a)!;
          push(Math.min(a, crit[0]), Math.max(b, crit[1]));
        }
      }
    }
  }
  // Sentences the people tables or the names already found keep those findings' words.
  const done = new Set((found ?? []).map(([a]) => sentenceAround(doc.text, a)[0]));
  fromComplaints(doc, push, done);
  if (!found) runQuestion(doc, push);
  if (!found) jab(doc, push);
  if (!found) byClass(doc, push);
  if (!found) priorities(doc, push);
  if (!found) mockBelief(doc, push);
  if (!found) paidEnough(doc, push);
  if (!found) return;
  found.sort((x, y) => x[0] - y[0]);
  for (const [a, b] of found) once(a, b);
};
