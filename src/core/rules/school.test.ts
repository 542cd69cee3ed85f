import { ruleTester } from '../testing';

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
