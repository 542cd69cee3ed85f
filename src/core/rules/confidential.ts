import { draftMatch, oncePerSentence, sentenceAround, sentenceHas, sentenceMatch, Triggers, visibleLength, WordGate, words } from '../regex';
import type { Doc, RuleCreate, RuleId, RuleMeta } from '../types';

export const meta: RuleMeta = {
  id: 'confidential',
  title: 'Something you know through work',
  severity: 'high',
  questions: [5, 1, 2, 4],
  explanation:
    'This looks like something you know through your job about a pupil, a family or a colleague. School policy says information staff have access to as part of their employment will not be shared or discussed on social media, and staff should never post confidential information about the school, colleagues or pupils.',
  reads: ['pupil', 'colleague'],
};

// Facts that are confidential whoever they are about, when a member of staff posts them: the
// school's own processes for a child or a colleague.
const ALWAYS = new RegExp(
  '\\b(?:ehcp|ehc plan|statement of (?:special )?needs|(?:sen|send) (?:register|support|needs|status|review|referral)|annual review|' +
    'social services|social worker|gwasanaethau cymdeithasol|had a disclosure|child protection|cp (?:plan|case|meeting|conference)|child in need|cin (?:plan|meeting)|safeguarding (?:concern|referral|issue|case|meeting|report|disclosure|lead rang|alert)|' +
    'made a disclosure|disclosed (?:to me|that|abuse)|mash referral|lado|looked[- ]after child(?:ren)?|(?:in|into) (?:emergency |temporary |short[- ]term |long[- ]term )?foster care|placed (?:with|in) (?:foster|emergency|kinship)|foster placement|care order|section 47|' +
    '(?:permanently|fixed[- ]term|internally) excluded|(?:got|been|was|were|being) excluded|(?:permanent|fixed[- ]term|internal) exclusions?|managed move|pupil referral unit|isolation room|' +
    // Special and additional learning needs processes (England and Wales), safeguarding and care, by name.
    '(?<!dbs )disclosures?(?! (?:form|check|certificate))|safeguarding investigation|investigation into|banned from the school|sex offenders?|gweithwyr cymdeithasol|ymchwiliad|' +
    'iep|idp|individual development plan|aln (?:register|support|review|plan)|additional learning needs|ed(?:ucational)? psych(?:ologist)?|(?<=(?:one[- ]to[- ]one|1:1) )support|(?<=(?:reduced|part[- ]time) )timetables?|(?<=alternative )provision|' +
    'cp plan|child in care|in care|kinship care|(?<=special )guardianship|prevent referral|county lines|grooming|fgm|' +
    '(?<=physical )intervention|(?<=team )teach|(?:got|been|was|were) expelled|expelled|gofal maeth|amddiffyn plant)\\b',
  'y',
);

// Facts that are private when they are about a pupil or family the post points at.
const ABOUT_CHILD = new RegExp(
  '\\b(?:autis(?:m|tic)|asd|adhd|dyslexi[ac]|dyspraxi[ac]|on the (?:autism )?spectrum|diagnos(?:is|ed|e)|epilep(?:sy|tic)|diabet(?:es|ic)|cerebral palsy|learning difficult(?:y|ies)|' +
    'self[- ]harm(?:ing|s|ed)?|medication|meds|inhaler|allerg(?:y|ies|ic)|anaphyla\\w+|counsell(?:ing|or)|camhs|speech (?:and language|therapy)|' +
    'threw (?:a |his |her )?(?:chair|table|desk|book|scissors)|(?:bit|kicked|punched|hit|slapped|spat at|headbutted|attacked|assaulted|swore at|told me to f) (?:me|a (?:ta|teacher|child|pupil|classmate|member of staff)|another (?:child|pupil|kid)|his|her|(?:my|our|the) (?:ta|teaching assistant|lsa|colleague|teacher|head|deputy))|' +
    'restrain(?:ed|t)|meltdown|trashed the (?:class(?:room)?|room)|ran out of (?:class|school)|absconded|' +
    "(?:mum|dad|mother|father|parents?) (?:is |are |was |were |has |have |had )?(?:in prison|inside|arrested|divorcing|splitting up|separated|an alcoholic|on drugs|drinks|beats|hits|kicked (?:him|her|them) out|died|passed away|left)|" +
    'no food (?:at|in the) home|(?:hungry|starving) (?:at|by) (?:school|break)|free school meals|neglect(?:ed)?|domestic (?:violence|abuse)|homeless|temporary accommodation|(?:living|lives|staying|stays) in a (?:hostel|refuge|shelter|hotel room|b ?& ?b)|' +
    '(?:dad|mum|father|mother)(?:\'s| is) (?:new )?(?:girlfriend|boyfriend|partner)|(?:nits|head lice|wet(?:s|ting)? (?:himself|herself|themselves)|soiled)|' +
    'sofa[- ]surfing|evicted|(?:in|into) (?:a )?b ?& ?b|sent to prison|(?:smashed|broke) the (?:classroom )?window|punched (?:a|the) [a-z]+|told me something|dsl|young carer|has ms|hearing impairment|visual impairment|' +
    'type 1|bruises?|referral|splitting up|food ?bank|court case|custody|not coping|police came|caught stealing|stealing|vaping|fepio|sent home|hanfon adref|selective mutism|mutism|tourette.?s|leukaemia|cancer|pregnant|specialist school|(?:dad|mum).?s (?:left|gone)|in hospital|ysbyty|excluded|evicted|' +
    'going through a (?:horrible |messy |nasty )?divorce|no breakfast|hasn.?t had breakfast|lost (?:her|his) job|wedi.?u gwahardd|gwahardd)\\b',
  'y',
);

// The same kinds of fact, by kind (issue 12), in a table of their own: tried only at their own first words.
const ABOUT_CHILD_MORE = new RegExp(
  '\\b(?:' +
    // Conditions and diagnoses, by kind.
    "dyscalculi[ac]|(?<=down'?s )syndrome|tourette|ocd|pda|odd|semh|fasd|(?<=(?:attachment|eating) )disorders?|(?<=(?:global|speech|developmental) )delay|anorexi[ac]|bulimi[ac]|suicid\\w*|" +
    'seizures?|epipen|insulin|ritalin|wheelchair|tumou?r|chemo(?:therapy)?|leukemia|cystic fibrosis|sickle cell|(?<=heart )condition|terminally ill|deaf|blind|asthma attack|' +
    // Behaviour incidents.
    'threw (?:a |his |her |the )?[a-z]+ at|(?:hit|kicked|punched|bit|slapped|spat at|headbutted|attacked|assaulted|stabbed|strangled) (?:a |another |the )?(?:ta|teacher|child|pupil|classmate|kid|boy|girl|lad|member of staff|me|him|her)|' +
    'fights?(?! me\\b)|fighting|(?<=\\b(?:was|got|been|were|being|gets) )(?:stabbed|mugged|assaulted|attacked|beaten up)|vandalis\\w*|trashed|ran off|ran away from|(?<=did a )runner|' +
    'caught (?:with|smoking|vaping)|knife|weed(?! on)|cannabis|drugs|sexting|nudes|racist (?:comment|abuse|remark)|homophobic|' +
    // Safeguarding and the family at home.
    'abuse[ds]?|abusive|(?<=\\bat )risk|(?<=\\bnot )safe at home|marks on (?:his|her|their) (?:arms?|legs?|neck|face|back|body|wrists?|hands?|tummy|chest)|injur(?:y|ies)|disclos\\w*|adopted|adoption|bereave\\w*|funeral|(?<=\\b(?:mum|dad|mam|mother|father|nan|gran|brother|sister) (?:has |had )?)(?:died|passed)|' +
    '(?<=\\bin )prison|arrested|alcoholic|(?<!(?:tea|coffee|chocolate|caffeine|sugar|gym|netflix|book|crisp|cake|haribo|diet coke) )addict\\w*|refuge|bailiffs|debt|(?<=\\bno )(?:heating|electricity|food)|(?<=\\b(?:is|was|be|being|comes in|come in|came in|arrives|arrived|always|often|still|so|goes home|go home|went home|gets|got|getting|are|were|coming in) )hungry|(?<=(?:same|dirty) )(?:clothes|uniform)|(?<=(?:can.?t|cannot) )afford|asylum|deported|' +
    '(?:smashed|broke|kicked in|punched) (?:[a-z]+ ){0,2}(?:window|glass|screen|laptop|ipad|tablet)|called me a|threaten(?:ed|ing)|swore at|swearing at|sent to the head|cutting (?:himself|herself|themselves)|reported missing|missing from home|' +
    'police (?:were|came|called|involved|turned)|lives? with (?:his|her|their) (?:nan|nain|gran|grandparents|aunt|auntie|uncle|taid)|living with (?:his|her|their) (?:nan|nain|gran|grandparents|aunt|auntie|uncle)|' +
    '(?<=\\b(?:mum|mam|dad|mother|father) (?:is|has been|was) (?:really )?)(?:poorly|ill|unwell)|(?<=\\bno (?:winter |pe )?)(?:coat|shoes|kit)|(?<=\\b(?:nobody|no one|no-one) )(?:picked|collected) (?:him|her|them) up|(?<=\\bnot )collected|unwashed|smells|' +
    'lost (?:their|his|her) (?:mum|mam|dad|mother|father|nan|brother|sister)|refugee|lloches|gofalwr ifanc|being assessed for|postnatal depression|house burnt down|borrowed clothes|missing school|moved without telling|statement for the police|police (?:are|were) involved|' +
    'wahardd|ngwahardd|(?<=\\byn )sal|gadael ei (?:gwr|wr)|(?<=come out of )rehab|' +
    'ysbyty|(?<=\\bheb )(?:f|b)recwast|(?<=\\bwedi )marw|ysgariad|heddlu|cam-?drin|hunan-?niweidio|carchar|awtistiaeth|dyslecsia|anghenion dysgu)\\b',
  'y',
);

// Facts about a colleague's employment, private when the post is about someone at work.
const ABOUT_STAFF = new RegExp(
  "\\b(?:signed off|off sick|off with (?:stress|anxiety|depression)|stress leave|long[- ]term sick|sick leave|on a capability|capability (?:procedure|process|plan|review)|disciplinary|grievance|" +
    'performance (?:review|management|related pay)|pay (?:rise|grade|scale|progression|review)|(?:got|been|was|is being) sacked|dismissed|under investigation|suspended|suspension|(?:got|been) excluded|exclusions?|(?:has|got|with) (?:long covid|cancer|a breakdown)|written warning|i ffwrdd gyda straen|capability plan|off long[- ]term|operation|ivf|miscarriage|failed (?:his|her|their) observation|contract (?:isn.?t|is not|wasn.?t) (?:being )?renewed|(?:is )?on more than me|redundan(?:t|cy)|' +
    'allegations?|complaint (?:against|about) (?:him|her|them)|being investigated|formal warning|(?:got|been|was) (?:sacked|fired|let go|dismissed)|handed in (?:his|her|their) notice|resigned|' +
    '(?:failed|graded|got) (?:an? )?(?:inadequate|requires improvement|ri)|support plan|on probation|failed probation|pay cut|burnout|burnt out|breakdown|' +
    '(?:off|signed off) with (?:stress|anxiety|depression|covid|long covid|cancer|a breakdown)|menopause|fertility|miscarri(?:age|ed)|chemo|rehab|drinking problem|' +
    'losing (?:his|her|their) job|capability (?:meeting|hearing)|pregnant|divorced|(?<!filed for )divorce|(?:husband|wife|partner) (?:has )?left|(?<=\\b(?:dad|mum|mother|father|husband|wife) (?:has )?)(?:passed away|died)|' +
    '(?<=\\blower )grade|(?<=\\byn )sal)\\b',
  'y',
);
const STAFF = /\b(?:colleagues?|(?:my|our|the|a|one|new|other) (?:ta|tas|teacher|teachers|head|deputy|senco|nqt|ect|caretaker|cleaner|receptionist|office|department|team|lsa|hlta)|(?:mr|mrs|miss|ms|dr) (?!(?:the|a|an|my|our|your|it|you|him|her|them|this|that|these|those|out|being|having|school|work|home|everyone|everything|lunch|break|me|us|seeing|having|it)\b)[a-z]+|members? of staff|staff|co-?workers?|someone (?:at|in) (?:work|school|my department)|athro|athrawes|cymhorthydd|covering|cover for|cyflenwi|(?:their|his|her) class|haven'?t been in school|headteacher|head teacher|nqt|lsa|staffroom|colleague's|on the staff)\b/;

// A pupil or family the post is about: "a boy in my class", "one of my Year 3s", "Jayden's mum".
const CHILD = /\b(?:(?:pupil|student|child|kid|girl|boy)s? of (?:mine|ours)|one of (?:mine|ours)|(?:a|one|this|that|the) (?:boy|girl|child|kid|pupil|student|lad|little one|year \d{1,2}|y\d{1,2})|(?:one|some|two|three|a few) of (?:my|our) (?:[a-z]+ )?(?:kids|children|pupils|students|class|lot|year \d{1,2}s|y\d{1,2}s)|in (?:my|our) (?:class|form|tutor group|year group|group)|(?:my|our) (?:class|pupils|students|year \d{1,2}s|y\d{1,2}s)|(?:pupils?|students?|disgybl\w*)|(?:his|her|their) (?:mum|dad|parents|family|carers?|foster)|(?:kid|child|boy|girl)'s (?:mum|dad|parents|family)|little [a-z]+ (?:in|from) (?:my|our|year|class)|(?:kid|child|boy|girl|lad|one|little one)s? in (?:my|our|class|year|yr|ks|key stage|reception|nursery)|poor (?:kid|child|thing|lad|girl|boy)|in class|(?:girls|boys|kids|children) in my|(?:fy|yn fy) nosbarth|plentyn|disgybl|the family|(?:pupils'?|kids'?) famil(?:y|ies)|a (?:mum|dad|parent) came|one of (?:ours|mine)|(?:two|three|four|\d+) (?:year \d{1,2}s|y\d{1,2}s)|(?:year \d{1,2}|y\d{1,2}) (?:girl|boy|kid|lad)|bachgen|bechgyn|merch)\b/;

// More of the ways staff point at a child, a family or a colleague without a name: "boy in my
// class", "one of my reception kids", "a family in Year 5", "Mr. Baker's class", "our deputy's".
const CHILD_MORE = /(?:^|[.!?]\s*)(?:kid|lad|boy|girl|child|twins)\b|\b(?:(?:boy|girl|child|kid|lad|lass|one|twins?)s? (?:in|from) (?:(?:my|our|the) (?:class|form|group|set|year|room)|(?:year|yr|y) ?\d)|one of (?:my|our|the) [a-z0-9 ]{0,20}(?:kids|children|pupils|students|lot|boys|girls|ones|lads|lasses|dads|mums|parents|families)|un o.?r (?:plant|bechgyn|genod|merched|mamau|tadau|teuluoedd|rhieni)|famil(?:y|ies) in (?:my|our|year|yr|y\d|key stage|ks|class|reception|nursery)|(?:year|yr|y) ?\d{1,2} (?:girl|boy|kid|lad|child|pupil|student)s?|(?:un|dau|tri) o.?r (?:bechgyn|merched|plant|disgyblion)|(?:bachgen|merch|plentyn) (?:yn|o) (?:fy|flwyddyn|blwyddyn)|(?:mam|mum|dad|mother|father) (?:rang|came in|phoned|emailed|told me)|at pick[- ]?up|(?:on|to) the phone to (?:mum|mam|dad|parents))\b/;
const STAFF_MORE = /\b(?:deputy|(?:year \d{1,2}|reception|nursery|class) teacher|teacher next door|(?:un o.?r )?(?:athrawon|tas?|cymhorthyddion)|athrawes|(?:mr|mrs|miss|ms|dr)\.? (?!(?:the|a|an|my|our|your|it|you|him|her|them|this|that|these|those|out|being|having|school|work|home|everyone|everything|lunch|break|me|us|seeing|having|it)\b)[a-z]+|(?<!(?:son|daughter|child|kid|boy|girl|nephew|niece)'s )[a-z]+'s class|(?:our|my|the) (?:deputy|head|ta|senco|caretaker)'?s|covering (?:for )?[a-z]+|supply in|the whole staffroom|staffroom|colleagues?)\b/;

/**
 * Is the fact at `at` about one of `who`? Its own sentence first; a post is a few sentences about
 * one thing, so in a short one any sentence will do ("Covering Mr Baker's class again. Signed off…").
 * The people may also be named, as the pupil and colleague rules found them (they run before this one).
 */
const SHORT = 320;
function about(doc: Doc, at: number, given: RegExp[], names: RuleId[]): boolean {
  // The broader pointers (below) join whichever a table names: children's with children's, staff's with staff's.
  const who = [...given, ...(given.includes(CHILD) ? [MORE_CHILD] : []), ...(given.includes(STAFF) ? [MORE_STAFF] : [])];
  if (who.some((re) => sentenceHas(doc, at, re))) return true;
  // Someone named at the start of the sentence ("Huw has been signed off", "Seán's dad is back inside"), as typed.
  const [a, b] = sentenceAround(doc.text, at);
  // Not the fact itself capitalised at the start ("Divorce is hard"): a name is someone else's word.
  const named = NAMED_START.exec(doc.text.slice(a, b));
  if (named && a + named[0].search(/\S/) !== at) return true;
  if (names.some((id) => doc.found?.[id]?.length && (visibleLength(doc) <= SHORT || doc.found[id].some(([a]) => Math.abs(a - at) < 200)))) return true;
  return visibleLength(doc) <= SHORT && who.some((re) => draftMatch(doc, re) !== null);
}

const ALWAYS_AT = words(
  'ehcp ehc statement sen send annual social child cp cin safeguarding made disclosed mash lado gwasanaethau had looked in into foster care section permanently fixed internally permanent internal got been was were being managed pupil isolation ' +
    'timetables disclosure disclosures investigation banned sex offender offenders gweithwyr ymchwiliad iep idp individual aln additional ed educational support timetable provision kinship guardianship prevent county grooming fgm intervention teach expelled gofal amddiffyn',
);
const ABOUT_STAFF_AT = words('signed off stress long sick on capability disciplinary grievance performance pay got been was is dismissed under suspended suspension exclusion exclusions has with written i operation ivf miscarriage failed contract redundant redundancy ' +
  'losing pregnant divorced divorce husband wife partner passed died grade sal allegation allegations complaint being formal handed resigned graded support burnout burnt breakdown menopause fertility miscarried chemo rehab drinking');
const ABOUT_CHILD_AT = words(
  'living lives staying stays autism autistic asd adhd dyslexia dyslexic dyspraxia dyspraxic on diagnosis diagnosed diagnose epilepsy epileptic diabetes diabetic cerebral learning self medication meds inhaler ' +
    'allergy allergies allergic anaphylaxis anaphylactic counselling counsellor camhs speech threw bit kicked punched hit slapped spat headbutted attacked assaulted swore told restrained restraint ' +
    'meltdown trashed ran absconded mum dad mother father parent parents no hungry starving free neglect neglected domestic homeless temporary nits head wet ' +
    'sofa evicted in into sent smashed broke punched told dsl young has hearing visual type bruise bruises referral splitting going hasn hasnt lost wedi gwahardd wets wetting ' +
    'food foodbank court custody not police caught stealing vaping fepio hanfon selective mutism tourette tourettes leukaemia cancer pregnant specialist ysbyty excluded',
);
const ABOUT_CHILD_MORE_AT = words(
  'lost police called threatened threatening swore swearing sent cutting reported missing lives living smashed broke kicked punched caught hit bit slapped spat headbutted attacked assaulted hungry ' +
    'safe prison heating electricity food poorly ill unwell coat shoes kit picked collected died passed sal rehab frecwast brecwast marw ' +
    'dyscalculia dyscalculic syndrome ocd pda odd semh fasd disorder delay anorexia anorexic bulimia bulimic suicide suicidal seizure seizures epipen insulin ritalin wheelchair ' +
    'tumour tumor chemo chemotherapy leukemia cystic sickle condition terminally deaf blind asthma threw hit slapped spat stabbed mugged beaten strangled fight fights fighting vandalised vandalism vandalise ' +
    'ran runner knife weed cannabis drugs sexting nudes racist homophobic abuse abused abuses abusive risk marks injury injuries disclosed disclosure disclosures adopted adoption ' +
    'bereaved bereavement funeral arrested alcoholic addict addicted addiction refuge bailiffs debt clothes uniform afford asylum deported ' +
    'refugee lloches gofalwr postnatal house borrowed missing moved statement police wahardd ngwahardd gadael ysgariad heddlu cam camdrin hunan awtistiaeth dyslecsia anghenion smashed broke called threatened threatening swore swearing cutting reported missing lives living unwashed smells',
);

const PATTERNS = new Triggers()
  .add(ALWAYS, ALWAYS_AT, {
    // Every match holds one of the anchors after its common first word.
    weak: words('in into got been was were being made care child social annual managed pupil fixed permanently internally permanent internal send sen had individual additional county ed educational investigation banned sex'),
    anchors: words(
      'cymdeithasol disclosure foster order services worker protection need register support needs status review paperwork referral disclosure excluded exclusion exclusions move unit room after ' +
        'care plan cp cin lines development psych psychologist learning plant into school offender offenders expelled',
    ),
  })
  .add(ABOUT_STAFF, ABOUT_STAFF_AT, {
    weak: words('off on long got been was is under pay performance has with written i failed contract complaint being formal handed graded support drinking losing husband wife partner'),
    anchors: words('job divorced left passed died grade sal against investigated warning fired let notice inadequate requires improvement ri plan probation cut problem sacked dismissed anxiety depression covid sick stress anxiety depression capability sacked investigation review management related rise grade scale progression excluded covid cancer breakdown warning straen plan long term observation renewed more'),
    keep: (m, doc) => about(doc, m.index, [STAFF, STAFF_MORE, CHILD, CHILD_MORE], ['colleague', 'pupil']),
  })
  .add(ABOUT_CHILD, ABOUT_CHILD_AT, { weak: words('on learning self speech free temporary domestic no head wet in into sent told young has hearing visual type going lost wedi food court not police caught selective specialist mum dad mother father parent parents ' +
      'nan gran brother sister mam heb cam hunan sickle cystic terminally gofalwr postnatal house borrowed missing moved statement yn gadael come'), anchors: words('mum mam dad mother father nan brother sister ifanc depression burnt clothes school telling involved sal gwr wr rehab window glass screen laptop ipad tablet head himself herself themselves missing home were came called involved turned nan nain gran grandparents aunt auntie uncle taid poorly ill unwell hospital coat shoes pe kit picked collected syndrome delay disorder condition ill cell fibrosis safe heating electricity died passed frecwast brecwast marw drin niweidio ' +
      'mutism gone language bank case coping came stealing home adref school s hospital prison inside arrested divorcing splitting separated alcoholic drugs drinks beats hits kicked died passed left girlfriend boyfriend partner spectrum difficulty difficulties harm harming harms harmed and therapy school accommodation violence abuse food lice himself herself b prison something carer ms impairment 1 divorce breakfast job gwahardd'), keep: (m, doc) => about(doc, m.index, [CHILD, CHILD_MORE], ['pupil']) })
  // 'caught' is not weak here: 'caught with a knife' holds none of the anchors after it.
  .add(ABOUT_CHILD_MORE, ABOUT_CHILD_MORE_AT, { weak: words('on learning self speech free temporary domestic no head wet in into sent told young has hearing visual type going lost wedi food court not police selective specialist mum dad mother father parent parents ' +
      'nan gran brother sister mam heb cam hunan sickle cystic terminally gofalwr postnatal house borrowed missing moved statement yn gadael come'), anchors: words('mum mam dad mother father nan brother sister ifanc depression burnt clothes school telling involved sal gwr wr rehab window glass screen laptop ipad tablet head himself herself themselves missing home were came called involved turned nan nain gran grandparents aunt auntie uncle taid poorly ill unwell hospital coat shoes pe kit picked collected syndrome delay disorder condition ill cell fibrosis safe heating electricity died passed frecwast brecwast marw drin niweidio ' +
      'mutism gone language bank case coping came stealing home adref school s hospital prison inside arrested divorcing splitting separated alcoholic drugs drinks beats hits kicked died passed left girlfriend boyfriend partner spectrum difficulty difficulties harm harming harms harmed and therapy school accommodation violence abuse food lice himself herself b prison something carer ms impairment 1 divorce breakfast job gwahardd'), keep: (m, doc) => about(doc, m.index, [CHILD, CHILD_MORE], ['pupil']) });

// Someone's pay in pounds ("our TAs are on £16k", "paid £3k less than me"): tried at the number.
const PAY = /(?<=(?:\bon|\bpaid|\bearns?|\bearning) £ ?)\d[\d,.]*k?\b|(?<=£ ?)\d[\d,.]*k? (?:less|more) than\b/y;
PATTERNS.add(PAY, new Set<string>(), { digits: true, keep: (m, doc) => about(doc, m.index, [STAFF, STAFF_MORE], ['colleague']) });

/*
 * More of each kind of fact (issue 12: confidential on drafts nobody here wrote), by category from
 * what staff know through the job rather than phrase by phrase: a family's circumstances said
 * sideways ("dad's back inside", "stuff going on at home"), medicines and conditions, sanctions
 * ("a 5 day fixed term", "isolated for vaping"), safeguarding's own words (CPOMS, MASH, early help,
 * a PEP review), and a colleague's employment (a support plan after obs, a phased return, a TLR
 * cut, pay in pounds). Read in the sentence of any of their words, not from a first word.
 */
const MORE_ALWAYS = new RegExp(
  '\\b(?:(?:taken|put|gone|went|placed|going|received|came|coming) into care|removed from (?:home|the family|(?:his|her|their) (?:mum|mam|dad|parents|family|birth family))|' +
    '(?:behaviour|pastoral|attendance|conduct) (?:contracts?|report cards?|support plans?)|persistent(?:ly)? absen\\w*|school refus\\w*|ebsa|(?:is|was|been|put|back|goes|went|placed) on (?:head.?s |a |daily |behaviour |pastoral )?report\\b|pastoral support plan|psp|' +
    'body map|(?:froze|frozen|freeze|refused|denied|blocked|stopped) (?:my|his|her|their) pay(?: step| progression| rise)?|(?:c|g)ynllun cefnogi|g?ofalwr ifanc|' +
    'cpoms|my ?concern|mash|early help|tac meeting|team around the (?:child|family)|pep (?:review|meeting)|personal education plan|lac (?:kids|children|pupils|review)|looked[- ]after (?:child|children|kids?|pupils?|status)|' +
    '(?:\\d+|seven|several|different|new) social workers|(?:her|his|their) social worker|ewo|education welfare|missing (?:from|in) education|open (?:cases|cp cases)|strategy (?:meeting|discussion)|' +
    'referral (?:done|made|sent)|made a referral|exclusion panel|(?:\\d+|one|two|three|five)[- ]day (?:fixed[- ]term|internal|exclusion|suspension)|fixed[- ]terms?|internal exclusions?|(?:moved|put|going|goes|placed|went) (?:in|into|to) (?:the )?nurture(?: group)?|pru|pupil referral|' +
    'gweithiwr cymdeithasol|cynllun (?:ady|datblygu unigol)|ady|' +
    // A child known by what they do to others (session 9): "walked the biter round the field again".
    '(?:the|our) (?:biter|spitter|bolter)\\b(?!s)|' +
    // A colleague's (or the poster's own) employment processes: the school's business either way.
    '(?:informal |formal |6 week |six week )?support plan|failed (?:his|her|their) (?:induction|probation|ect year)|phased return|tlr|threshold (?:application|assessment)|' +
    'for operational reasons|capability (?:meeting|hearing|plan|procedure|process)|hr meeting|union rep|grievance|disciplinary|cynllun cefnogi)\\b',
);
const MORE_ABOUT_CHILD = new RegExp(
  '\\b(?:(?:gone|went|sent|back) (?:to )?(?:prison|jail|inside)|(?:is |was |back )?inside again|moved out|walked out on|left home|(?:parents|mum and dad|mam and dad|they.?ve|they have|have|are|had) split up|separated|sent to live with|llety dros dro|digartref|feeding tube|tube[- ]fed|catheter|stoma|seicolegydd addysg|asesiad|leaving (?:his|her|their) (?:dad|mum|mam|father|mother)|(?:his|her|their|the) drinking|' +
    '(?:stuff|things) (?:going on )?at home|(?:home|things at home) (?:is|are) (?:rough|hard|difficult|bad|tough|chaotic)|sleeping on (?:a|the) (?:mattress|sofa|floor)|' +
    '(?:staying|stays|stay|living|lives|live) with (?:his|her|their) (?:aunt|auntie|aunty|uncle|nan|nain|nanna|gran|grandad|grandpa|grandparents|taid|grandma)|' +
    '(?:the )?court (?:said|case|hearing|order|ruled|decided)|care plan|in care|kinship|fsm|pupil premium|(?:mental health|antidepressants?|sertraline|fluoxetine|therapy|therapist)|birth (?:family|mum|mother|dad|parents)|' +
    'panic attacks?|anxiety attacks?|severe anxiety|(?:has|with|got|suffers? from) anxiety|melatonin|methylphenidate|ritalin|concerta|elvanse|insulin|blood sugars?|epi-?pens?|' +
    'glandular fever|broke (?:his|her|their) (?:arm|leg|wrist|ankle|nose|collarbone)|broken (?:arm|leg|wrist|ankle|collarbone)|(?:be|been|being|got|get) called an? |byw efo.?i (?:nain|taid|modryb)|on crutches|surgery|(?:being |been |getting )?assessed for|(?:autism|adhd|asd|dyslexia|ed psych|ep) assessments?|waiting list|' +
    '(?:severe|nut|peanut) allerg\\w*|isolated for|(?:in|into) isolation|red card|(?:bit|bites|biting) (?:another|a|his|her) (?:child|kid|pupil|classmate|friend)|' +
    'told me to f(?:uck|\\*+)? off|arrested|police (?:custody|visit|rang|came|called|station)|black eye|split lip|' +
    'referral in|logged (?:it|a|them|\\d+)|(?:the |being )?bull(?:ying|ied)|(?:attendance|absence) (?:is |at |of )*\\d+ ?%|' +
    'same (?:clothes|shirt|uniform|jumper|trousers|socks)|(?:hasn.?t|not|hadn.?t) eaten|no breakfast|' +
    // The brief's own list, where the tables above had only some forms: sanctions, care, the home, SEN.
    'suspended|suspension|foster (?:mums?|mams?|dads?|carers?|parents|placements?|homes?|famil(?:y|ies))|eviction|divorc\\w*|police|(?:is|he.?s|she.?s|they.?re) (?:sen|send)|' +
    'attendance (?:officer|meeting|panel|letter|plan|contract)|(?:mum|mam|dad|parent|mother|father) (?:turned up|came in|came|arrived|rocked up)(?: [a-z]+)? (?:drunk|high|off (?:his|her) face|smelling of)|kick(?:ed|s|ing)? off (?:in|at|again|big time|today|this)|(?:lose|losing|lost) (?:their|his|her) (?:home|house|flat)|being made homeless|repossess\\w*|stopped (?:biting|hitting|kicking|spitting|running off|self[- ]harming|soiling|wetting)|(?:got|given|gets|had|in) (?:a |an )?(?:isolation|exclusion|suspension)|(?:autism|adhd|asd|eating disorders?|neuro(?:developmental)?|camhs|ed psych) pathway|(?:is|a|as|being) (?:a |the )?(?:young )?carer for (?:his|her|their)|cares? for (?:his|her|their) (?:mum|mam|dad|nan|gran|brother|sister|parents|family)|' +
    '(?:out of|released from|came out of|got out of|let out of) (?:prison|jail)|(?:mum|mam|dad|parents)(?: and (?:dad|mum|mam))? (?:are|is) (?:at war|fighting|at each other|not speaking)|(?:stuck|caught) in the middle|' +
    'in and out of (?:hospital|a ?& ?e|care)|heart (?:surgery|problems?|defect|op)|(?:with|for) (?:his|her|their) (?:heart|kidneys?|lungs?|liver|bowel)\\b|' +
    'peg[- ]?fe(?:d|ed|eding)?|ng tube|nasogastric|gastrostomy|tracheostomy|cochlear implants?|hearing aids?|oxygen|colostomy|shunt|hoist|' +
    '(?:sleep|sleeps|slept|sleeping) on (?:a |the |(?:his|her|their|a) (?:[a-z]+.?s )?)?(?:mattress|sofa|floor|settee|couch)|no (?:bed|beds|cot|mattress|bedding|carpets?|furniture|hot water|gas|electric|electricity)\\b|(?:doesn.?t have|hasn.?t got|without) a bed\\b|' +
    'going on at home|happening at home|(?:has been|been|was|got) sectioned|dementia|hypo|eating (?:thing|disorder|issues?)|hearing (?:test|loss)|witness protection|(?:selective(?:ly)? )?mute|autistic (?:lad|boy|girl|one)|(?:has|have|had) (?:taken|put) (?:him|her|them)(?: and (?:his|her|their) [a-z]+)? into|' +
    'gwaharddiad|heb gael (?:b|f)recwast|(?:g|)ofal maeth|' +
    'restraining order|non-?molestation order|injunction|prosecut\\w*|parenting order|fined (?:for|over) (?:his|her|their|the) (?:attendance|absence)|' +
    // Session 9, by kind: end-of-life and complex care; what a family is going through (status, a car
    // for a home, a child caring for the family); the same in Welsh (parents separating, surgery,
    // medication, bruises, a concern form, a court order, a food bank, a panic attack).
    'dnacpr|dnr|nil by mouth|suction(?:ing|ed)?|trach(?:y|ey|e)|insulin pump|palliative|end of life|spinal (?:op|operation|surgery)|duchenne|muscular dystrophy|absence seizures?|(?:his|her|their) ear defenders|pull-?ups|' +
    'settled status|leave to remain|immigration (?:status|case|hearing)|(?:sleeping|living|sleeps|lives|slept|lived) in (?:a|the|their|his|her) car|(?:caring|cares|looking after) for (?:his|her|their) (?:mum|mam|dad|mother|father|siblings|brothers?|sisters?|younger)|young carers? (?:for|to)|' +
    '(?:yn )?gwahanu|llawdriniaeth|meddyginiaeth|cleisiau|ffurflen bryder|gorchymyn llys|banc bwyd|pwl o banig|' +
    'cadair olwyn|baglau|anaf|driniaeth|epilepsi|dyslecsia|diagnosis|asesu am|awtistig|heddlu|carchar|gofal maeth)\\b',
);
const MORE_ABOUT_STAFF = new RegExp(
  '\\b(?:(?:has|have|had|.s) been off (?:\\d+|a|two|three|four|five|six|seven|eight|several|a few|few) (?:days|weeks|months)(?: now)? (?:with|after|because)|performance (?:improvement )?plan|(?:hasn.?t|haven.?t|has not|have not) pass(?:ed)? (?:her|his|their) (?:probation|induction|ect year|nqt year|observation)|in hospital (?:again|since|for|after|with)|' +
    '(?:ar |ei )?(?:g|ch)?yfnod prawf|rhybudd (?:ffurfiol|terfynol|olaf)|(?:wedi bod |bod )?(?:off|i ffwrdd) ers (?:wythnos|wythnosau|pythefnos|bythefnos|mis|fis|misoedd|fisoedd|\\d+ (?:wythnos|mis))|yn yr ysbyty|stres|(?:given|handed|put in|handed in|served) (?:her|his|their) notice|(?:hours|pay|contract) (?:are |is |has been |have been |being |been )?(?:being )?(?:cut|docked|reduced)|failed (?:her|his|their) (?:npqh|performance review|appraisal|threshold)|(?:put|placed) (?:her|him|them) on support|rhybudd ysgrifenedig|(?:cael ei |yn cael ei )?(?:h?ymchwilio|ddisgyblu|disgyblu)|i ffwrdd (?:gyda|efo) (?:stress|straen|iselder|gorbryder)|' +
    "(?:has|have|had|'s) been off (?:since|for (?:\\d+|a|two|three|four|five|six|several|weeks|months|ages))(?! (?:the )?(?:holidays?|half[- ]term|summer|christmas|easter|hols))|" +
    '(?:told me|said) in confidence|arrested|(?:is|was|.s|been) drinking again|smell(?:ing|s|t|ed) of (?:drink|alcohol|booze|wine|beer|it)|chyflog|nghyflog|(?:for|on) personal reasons|left suddenly|escorted (?:off|out)|walked off (?:site|the premises)|marriage (?:has )?(?:fallen apart|broken down|ended|is over|breakdown)|(?:marriage|relationship) breakdown|(?:his|her|their|[a-z]+.s) (?:husband|wife|partner) (?:has )?(?:left|walked out|cheated|moved out)|(?:his|her|their) nerves|off (?:since|for) [a-z0-9 ]{0,25} (?:with|after|because)|(?:on )?(?:half|full|no) pay|gardening leave|pending (?:an |the )?investigation|the investigation|' +
    '(?:final|verbal|first|formal|written) warning|(?:didn.?t|did not|never|not|isn.?t|won.?t be) pass(?:ed|ing)? (?:her|his|their) (?:probation|induction|ect year|nqt year|observation|obs)|(?:having|had|needs|needed|after|for|major|heart|knee|hip|back|emergency|keyhole) surgery|' +
    '(?:having|had|off for|going in for|booked in for) (?:an? |her |his |their )?(?:op|operation|procedure|hysterectomy|scan|tests|treatment|biopsy)\\b|' +
    '(?:informal |formal |6 week |six week )?support plan|(?:his|her|their|failed) obs(?:ervation)?s?|failed (?:his|her|their) (?:induction|probation|obs|ect year)|' +
    'signed off|phased return|back after (?:his|her|their) (?:op|operation|surgery)|long[- ]term sick|long covid|zero[- ]hours?|' +
    '(?<=\\bon )(?:m[1-6]|ups ?[1-3]|u[1-3])|tlr|threshold|pay (?:cut|rise|freeze)|let go|' +
    'for operational reasons|moved to the other site|maternity|paternity|mamolaeth|cyflog|capability|hr meeting|sick days|union rep|grievance|requires improvement|' +
    'seizure|heart attack|trawiad|cynllun cefnogi|off (?:again|eto) (?:with|efo|gyda)|diswydd\\w*|ymddeol\\w* cynnar|early retirement|ill[- ]health retirement|oherwydd ei iechyd|mental health|antidepressants?|fit note|sick note|(?:his|her|their) (?:salary|payslip|pay)|pay (?:scale|grade|band)|disciplinary|investigated|sacked|redundan\\w*|performance managed)\\b',
);
// A distinctive word of most alternatives above: only their sentences are read. Everyday words
// ('again', 'left', 'home', 'plan') would send most sentences of a long draft through three tables.
const MORE_WORDS = new WordGate(words(
  'cpoms concern myconcern mash tac pep lac workers worker ewo welfare strategy referral panel exclusion suspension exclusions terms nurture pru ' +
    'gweithiwr cynllun ady induction probation ect phased tlr threshold operational capability hr union grievance disciplinary cefnogi ' +
    'prison jail inside separated llety digartref tube catheter stoma seicolegydd asesiad leaving drinking sleeping ' +
    'court kinship birth fsm premium mental antidepressant antidepressants sertraline fluoxetine therapy therapist panic anxiety ' +
    'melatonin methylphenidate ritalin concerta elvanse insulin sugar sugars epipen epipens epi glandular broke broken crutches surgery assessed assessment ' +
    'allergy allergies allergic isolated isolation bites biting arrested police lip logged bullying bullied attendance absence ' +
    'clothes shirt uniform jumper trousers socks eaten breakfast suspended foster eviction divorce divorcing divorced sen send ' +
    'cadair baglau anaf driniaeth epilepsi dyslecsia diagnosis asesu awtistig heddlu carchar gofal byw ' +
    'obs observation observations signed operation sick covid zero m1 m2 m3 m4 m5 m6 ups ups1 ups2 ups3 u1 u2 u3 freeze maternity paternity mamolaeth cyflog ' +
    'care stuff moved split plan seizure trawiad salary payslip investigated sacked redundant redundancy redundancies eto ' +
    'diswyddo diswyddwyd diswyddiad ymddeoliad ymddeol retirement iechyd ' +
    'removed contract report psp peg ng nasogastric gastrostomy tracheostomy cochlear oxygen colostomy shunt hoist ' +
    'sleeps cot mattress bedding carpets carpet furniture gas electric electricity nerves pay gardening pending investigation verbal warning ' +
    'surgery op hysterectomy biopsy rough chaotic disorders pathway carer cares war middle ' +
    'fixed cases map frozen froze freeze denied blocked cynllun gynllun ofalwr gofalwr drunk kicked red homes families placements ' +
    'chyflog nghyflog personal suddenly escorted losing homeless repossessed repossession ' +
    'restraining molestation injunction prosecution prosecute prosecuted prosecuting prosecutions fined ' +
    'walked cheated off going happening sectioned dementia gossip grapevine allowed quiet officially dweud hawl hypo eating hearing witness mute autistic taken gwaharddiad gael ofal maeth notice docked hours npqh rhybudd ymchwilio hymchwilio disgyblu ddisgyblu ffwrdd ' +
    'performance pass passed nqt prawf gyfnod chyfnod rhybudd ysbyty stres weeks months days ' +
    'biter biters spitter spitters bolter bolters dnacpr dnr mouth suction suctioning suctioned trachy trachey trache pump palliative spinal duchenne dystrophy seizures defenders pullups pull ' +
    'settled remain immigration car caring carers gwahanu llawdriniaeth meddyginiaeth cleisiau bryder llys bwyd banig smelling smells smelt smelled ' +
    'hospital heart kidney kidneys lungs liver bowel marriage relationship cheated officer persistent persistently refusal refusing refuser ebsa contracts plans confidence assessments',
));

/** A capitalised name opening a sentence, then what is said of them; not the poster's family or a pronoun. */
// A first name alone: a full name opening a sentence is as often someone in the news ("Leo Varadkar has resigned").
const NAMED_START = /^\s*(?!(?:I|My|Our|The|This|That|These|Those|We|It|He|She|They|You|Mum|Mam|Dad|Nan|Gran|Grandad|Husband|Hubby|Wife|Partner|Today|Tonight|Yesterday|Tomorrow|Just|So|And|But|Also|Still|Got|Had|Been)\b)[A-Z][a-z\u00e0-\u00ff]+(?:'s|\u2019s| has| is| was| had| got)\b/;

// More of the ways a post points at a child or a colleague: a new starter, a tutee, a little one, a family.
const MORE_CHILD = /\b(?:(?:two|three|four|a few|some|several) of (?:mine|ours)|un bach|un o.?r (?:rhai bach|genod|hogia|plant)|un o.?n (?:blwyddyn|dosbarth)|b?plentyn|blentyn|(?:their|your|his|her) (?:darling|precious|little angel|angel|little prince|little princess)|(?:my|our) (?:form|class|tutor group|set)'s|new (?:starter|boy|girl|child|kid|pupil)s?|(?:a|one|this|that|another) (?:parent|mum|mam|dad|carer)|one of (?:the|our|my) (?:mums|mams|dads|parents|families)|(?:your|his|her|their) (?:child|son|daughter|kid|boy|girl|little one)|\d+ ?(?:year|yr) olds?|(?:he|she)(?:'s| is| has| was)|(?:my|our|a) (?:little )?ones?(?! (?:of|day|thing))|little ones?|(?:my |a |our )?tutees?|(?:his|her|their) (?:mum|mam|dad|nan|gran|aunt|carers?|family|parents)|(?:the|a) family|families|(?:\d+|three|four|two|five) (?:kids|pupils|students|children)|(?:kids|pupils|students|children) in (?:our|my|the) (?:year|form|class)|(?:year|yr|y) ?\d{1,2}s?|(?:lad|boy|girl|kid) in \d{1,2}|[a-z]+(?<!\b(?:my|husband|hubby|wife|partner|boyfriend|girlfriend|friend|mate|sister|brother|son|daughter|cousin|nephew|niece|bestie|nan|gran))'s (?:mum|mam|dad|parents|family|nan|carers?|foster (?:mum|dad|carers?))|hogia|genod|plentyn|plant|disgybl\w*)\b/;
const MORE_STAFF = /\b(?:g?ch?ydweith(?:wraig|wyr|iwr)|(?:teacher|ta|colleague|lady|man|woman|bloke|guy|fella) (?:in|from|down|across|along) (?:the )?(?:next (?:class(?:room)?|room|door)|corridor|hall|landing|other (?:class|room))|(?:friend|mate|someone|somebody|a lady|a man|a woman) (?:at|from) work|(?:lunchtime|midday|dinner) supervisors?|dinner lad(?:y|ies)|kitchen staff|(?:our|the|my|a|new|school) (?:business manager|bursar|site manager|premises manager|office manager|receptionist|administrator|admin|exams officer|data manager|attendance officer|pastoral (?:lead|manager)|learning mentor|head of year|teaching partner|job share|technician|librarian|cover supervisor|lunchtime supervisor|dinner lady|line manager|mentor)|(?:half |one of )?(?:my|our|the) (?:dept|department|faculty|ect|nqt|deputy|head|senco|dsl|cover supervisors?|lsas?|teaching assistants?|tas?|site team|office)|staff member|member of staff|head of (?:science|maths|english|year|dept|department|[a-z]+)|colleagues?|(?:mr|mrs|miss|ms) (?!(?:the|a|an|my|our|your|it|you|him|her|them|this|that|these|those|out|being|having|school|work|home|everyone|everything|lunch|break|me|us|seeing|having|it)\b)[a-z]+|new (?:nqt|ect|teacher)|dirprwy|pennaeth|bennaeth|athro|athrawes|cymhorthydd|staff)\b/;

/*
 * Not something known through the job: television and books, charity and fundraising, a job that is
 * not at a school, the poster's own family, jokes that borrow the words ("fight me").
 */
const NOT_WORK = new RegExp(
  '\\b(?:holby|casualty|eastenders|corrie|coronation street|emmerdale|hollyoaks|grey.?s anatomy|on (?:the )?(?:telly|tv|netflix|iplayer|radio)|documentary|podcast|novel|episode|' +
    'refresher|webinar|(?:foster carers?|adopters|families|volunteers) (?:needed|wanted)|looking for (?:new |more )?(?:foster )?(?:families|carers|volunteers|foster parents|adopters)|(?:child protection|safeguarding|prevent) (?:training|course|level \\d)|my own|(?:i.?m|i am|as) an? (?:actual )?social worker|gweithiwr cymdeithasol ydw i|government|' +
    '(?:for|to|a|our|local) charity(?! box)|charity (?:shop|run|walk|event|day|appeal|single|ball|auction)|fundrais\\w*|sponsor(?:ed|ing)?|raised £|cake sale|bake sale|donat\\w*|awareness (?:week|day|month)|whisperer|elusen|codi arian|stondin|' +
    'at the (?:bank|council|hospital|warehouse|call centre)|my shift|on the ward|' +
    '(?:year|yr|y) ?\\d{1,2} (?:son|daughter)|my (?:\\d+ year old|teenager|teen|lad|boy|girl|eldest|youngest)|(?:i work|work|working|worked|teach|teaching) (?:in|at) (?:a|an|the) (?:pru|special school|semh school|pupil referral unit)|first aid (?:course|training)|training (?:day|course|session)|(?:training|cpd|inset|course|webinar|twilight|session) (?:on|about) (?:supporting|teaching|managing|working with|understanding|spotting)|road safety|online safety|internet safety|e-?safety|stranger danger|people who help us|careers? (?:day|fair|talk)|(?:to|and) (?:talk|speak|chat) to (?:the |our )?(?:kids|children|pupils|class|classes|year|reception|y\\d)|' +
    'my (?:son|daughter|boy|girl|kids?|child|eldest|youngest|husband|hubby|wife|partner|mum|mam|dad|nan|gran|brother|sister|friend|mate|cousin|niece|nephew)|my little one(?! (?:in|from) (?:year|yr|y ?\\d|my|our|reception|nursery|class))|my (?:teacher|nurse|doctor) friends?)\\b',
);
// The poster's own health ("off sick today", "I'm pregnant"): theirs to tell.
const OWN_HEALTH = /(?:^\W*(?:currently|still|now|today)?|\b(?:i'?m|i am|i was|i'?ve been|i have been|i got|me))(?:\W+signed)?\W*$/;
const HEALTH = /^(?:in hospital|yn yr ysbyty|suspended|excluded|expelled|off (?:for|since)|(?:having|had|off for|going in for|booked in for) |nerves|off sick|signed off|off with|sick leave|pregnant|long covid|seizure|heart attack|operation|ivf|miscarri|chemo|menopause|breakdown|burn)/;

/*
 * By class (session 6): a fact is someone's only when the sentence points at someone. The poster
 * speaking of themself (first person, no third person, no pupil or colleague pointed at: "my knee
 * needs surgery", "I'm on a phased return after my op") tells their own; talk about training or the
 * system with no one in it ("EHCP applications are taking 40 weeks in our county", "ed psych training
 * this afternoon") tells no one's.
 */
const FIRST = /\b(?:i|i'?m|im|i'?ve|ive|i'?d|i'?ll|me|my|mine|myself)\b/;
const THIRD = /\b(?:he|she|him|his|her|hers|they|them|their|theirs|he'?s|she'?s|they'?re|[a-z]+'s (?:mum|mam|dad|parents|family|class))\b/;
const GENERIC = /\b(?:training|twilight|webinar|cpd|course|the system|(?:applications?|assessments?|waiting (?:times|lists?)|waits|funding|budgets?|referrals|numbers|cases) (?:are|is|have|has|in|for|across|nationally)|in (?:our|this|the|my) (?:county|authority|la|area|country|region)|nationally|across (?:the|our) (?:country|county|trust))\b/;
function pointsAtSomeone(doc: Doc, at: number): boolean {
  const [a, b] = sentenceAround(doc.text, at);
  for (const id of ['pupil', 'colleague'] as RuleId[]) if (doc.found?.[id]?.some(([p]) => p >= a && p < b)) return true;
  return [CHILD, CHILD_MORE, MORE_CHILD, STAFF, STAFF_MORE, MORE_STAFF].some((re) => sentenceHas(doc, at, re));
}
// The poster's own body and health: theirs to tell (their own support plan or pay is still the school's process).
const BODY = /^(?:(?:has |have |had |'s |'ve )?been off|needs? surgery|surgery|(?:having|had|after|for|major|heart|knee|hip|back|emergency|keyhole) surgery|op\b|operation|phased return|(?:off |long[- ]term )?sick|signed off|diagnos|therapy|therapist|counsell|meds|medication|hospital|in hospital|pregnan|ivf|miscarr|chemo|cancer|anxiety|depression|burn|breakdown|(?:off )?with stress|stress|menopause|long covid|seizure|broke|broken|on crutches|crutches)/;
// The nation's pupils, not one of them ("so many pupils nationally are persistently absent").
const NATIONAL = /\b(?:nationally|across the (?:country|uk|nation)|up and down the country|in (?:this|the) country|national (?:figures|data|statistics|stats|picture))\b/;
function noOnes(doc: Doc, a: number, b: number): boolean {
  if (sentenceHas(doc, a, NATIONAL)) return true;
  if (pointsAtSomeone(doc, a)) return false;
  if (sentenceHas(doc, a, GENERIC)) return true;
  return BODY.test(doc.text.slice(a, b).toLowerCase()) && sentenceHas(doc, a, FIRST) && !sentenceHas(doc, a, THIRD);
}

export const create: RuleCreate = () => (doc, report) => {
  const found: [number, number][] = [];
  PATTERNS.run(doc, (a, b) => found.push([a, b]));
  if (MORE_WORDS.in(doc)) {
    // A sentence the tables already found keeps their finding (and its exact words).
    const done = new Set(found.map(([a]) => sentenceAround(doc.text, a)[0]));
    let last = -1;
    for (const k of doc.hot) {
      if (!MORE_WORDS.at(doc, k)) continue;
      const at = doc.startOf(k);
      const start = sentenceAround(doc.text, at)[0];
      if (start === last || done.has(start)) continue;
      last = start;
      const m = sentenceMatch(doc, at, MORE_ALWAYS) ?? childFact(doc, at) ?? staffFact(doc, at);
      if (m) found.push(m);
    }
  }
  // A secret kept: one pass over the draft, its sentences read only when it holds one.
  if (SECRET.test(doc.text.toLowerCase())) {
    const done = new Set(found.map(([a]) => sentenceAround(doc.text, a)[0]));
    for (let i = 0; i < doc.text.length; ) {
      const [a, b] = sentenceAround(doc.text, i);
      i = Math.max(b + 1, i + 1);
      if (done.has(a)) continue;
      const m = secretFact(doc, a);
      if (m) found.push(m);
    }
  }
  if (!found.length) return;
  found.sort((x, y) => x[0] - y[0]);
  const once = oncePerSentence(doc, report);
  for (const [a, b] of found) {
    const s0 = sentenceAround(doc.text, a)[0];
    // "a 1.5% pay rise" ends a sentence at the point: the words before it still count.
    const split = s0 >= 2 && /\d/.test(doc.text[s0 - 2]!) && /\d/.test(doc.text[s0] ?? '');
    if (sentenceHas(doc, a, NOT_WORK) || (split && sentenceHas(doc, s0 - 2, NOT_WORK))) continue;
    if (HEALTH.test(doc.text.slice(a, b).toLowerCase()) && OWN_HEALTH.test(doc.text.slice(s0, a).toLowerCase())) continue;
    if (noOnes(doc, a, b)) continue;
    once(a, b);
  }
};

/*
 * Hinted counts as much as stated (docs/labelling.md): the marks of a secret kept ("not allowed to say
 * why", "that's all I can say", "keep it quiet", "she doesn't know yet", "heard through the grapevine")
 * about someone the post points at, or in a short post that points at someone anywhere.
 */
const SECRET = /\b(?:(?:can'?t|cannot|not allowed to|not supposed to|mustn'?t|won'?t|not going to) (?:say|go into|talk about|share|tell you|post|name|give details)|(?:that'?s|which is) (?:all|as much as) i can (?:say|share)|not my place to (?:say|tell)|nobody'?s allowed to say|no one'?s allowed to say|(?:we'?re|i'?m) not allowed to say|keep (?:it|this) (?:quiet|between us|to yourselves?)|don'?t (?:say|tell|mention) (?:anything|anyone|it)|please don'?t mention|between (?:you and me|ourselves)|through the grapevine|(?:staff ?room )?gossip says|off the record|not saying who|(?:can'?t|cannot) say (?:who|why|much|more)|we all know why|i know why|(?:doesn'?t|don'?t|does not) know yet|(?:has|have) no idea yet|(?:hasn'?t|haven'?t|not) been told(?: yet| officially)?|(?:nobody|no one|no-one)'?s been told|methu dweud (?:mwy|pam|pwy)|ddim yn cael dweud|dim hawl i ddweud)\b/;
function secretFact(doc: Doc, at: number): [number, number] | null {
  const m = sentenceMatch(doc, at, SECRET);
  if (!m) return null;
  if (pointsAtSomeone(doc, at)) return m;
  if (visibleLength(doc) > SHORT) return null;
  for (const id of ['pupil', 'colleague'] as RuleId[]) if (doc.found?.[id]?.length) return m;
  return [CHILD, CHILD_MORE, MORE_CHILD, STAFF, STAFF_MORE, MORE_STAFF].some((re) => draftMatch(doc, re) !== null) ? m : null;
}

function childFact(doc: Doc, at: number): [number, number] | null {
  const c = sentenceMatch(doc, at, MORE_ABOUT_CHILD);
  return c && about(doc, at, [CHILD, CHILD_MORE, MORE_CHILD], ['pupil']) ? c : null;
}

function staffFact(doc: Doc, at: number): [number, number] | null {
  const c = sentenceMatch(doc, at, MORE_ABOUT_STAFF);
  return c && about(doc, at, [STAFF, STAFF_MORE, MORE_STAFF], ['colleague']) ? c : null;
}

