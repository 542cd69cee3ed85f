import { describe, expect, it } from 'vitest';
import { createScanner } from '../index';
import { ruleTester, SCHOOL_CONFIG } from '../testing';

ruleTester('pupil', {
  invalid: [
    // Still a pupil beside the categories the issue 12 vetoes look for.
    ['Alfie told me all about his new puppy at break', 'Alfie'],
    ['Harry the class clown strikes again', 'Harry'],
    ['Sienna from Year 4 read her poem in assembly', 'Sienna'],
    ['Harry Green has a new kitten called Biscuit', 'Harry Green'],
    ['So proud of Ellie Smith today', 'Ellie Smith'],
    ['ELLIE SMITH was amazing', 'ELLIE SMITH'],
    ["Ellie's mum said hi", 'Ellie'],
    ['Smith, Ellie - merit', 'Smith, Ellie'],
    ['Well done E. Smith', 'E. Smith'],
    ['Ellie S came first', 'Ellie S'],
    ['#EllieSmith', 'EllieSmith'],
    ['@ellie_smith check DMs', 'ellie_smith'],
    ['#WellDoneEllie', 'Ellie'],
    ['#welldoneellie', 'welldoneellie'],
    ['Zoe Adams sang', 'Zoe Adams'],
    ['Zoë sang', 'Zoë'],
    ['Tommy Wright scored', 'Tommy Wright'],
    ['Thanks to Tom for helping', 'Tom'],
    ['Well done Will!', 'Will'],
    ['Rose was a star in the nativity', 'Rose'],
    ['Max Patel scored', 'Max Patel'],
    ['Congratulations to Grace on her grade 3', 'Grace'],
    ['Proud of Alife Cooper', 'Alife Cooper'],
    ['Elly Smith was so brave', 'Elly Smith'],
    ['El\u200Blie was Star of the Week', 'El\u200Blie'],
    ['Sienna O\u2019Brien did a cartwheel', 'Sienna O\u2019Brien'],
    ['Ellie-Mae Jones-Baker won', 'Ellie-Mae Jones-Baker'],
    // Typos of every kind, in lower case and at the start of a sentence too.
    ['alife came round for tea and drew me a rainbow', 'alife'],
    ['Ellei has finally learnt her tables', 'Ellei'],
    ['wiliam turner scored twice', 'wiliam turner'],
    ['so proud of tohmas wright', 'tohmas wright'],
    // A short form of the first name before the pupil's surname.
    ['alf cooper was a star', 'alf cooper'],
    // A word-name that starts a sentence, before something only a person does.
    ['rose asked me for a plaster', 'rose'],
    ['Grace stood up and read her poem', 'Grace'],
  ],
  valid: [
    // Issue 12 false alarms, by category: titles, "the", pets, relatives in brackets, neighbours,
    // TV, famous full names, star signs, places, Welsh words, names inside contact details.
    'Prince William opened the new bridge today',
    'Thomas the Tank Engine theme tune is stuck in my head',
    'Alfie the cockapoo has learnt to open the fridge',
    'Bought a jack russell! Meet Alfie',
    'Meet Alfie 🐕',
    'Our Harry (the hamster) escaped again',
    'our Ellie (sister) got engaged!!',
    'Sienna from next door brought me a lasagne',
    'Sienna from Love Island is my new favourite person',
    'harry styles tickets sorted for next summer',
    { text: 'Virgo moon, Leo rising, no wonder I am like this', config: { ...SCHOOL_CONFIG, pupilNames: ['Leo Grant'] } },
    { text: 'walked from Hope to Castleton on Sunday', config: { ...SCHOOL_CONFIG, pupilNames: ['Hope Mensah'] } },
    'email me at ellie.smith1985@gmail.com for the cot',

    'I will be there at 7',
    'Will you be at the match?',
    'Bought a rose for my mum',
    'Got a 14 day grace period',
    'Christmas Eve tradition: new pyjamas',
    'We might go to Whitby in May',
    'May the force be with you',
    'Max 10 people in the changing rooms',
    'WILL SOMEONE TELL ME WHERE THE REMOTE IS',
    'Larry Ellison is rich',
    'Went to Smith\u2019s garden centre',
    'Harry Styles tickets!!!',
    'Mark my words',
    'New house on Orchard Close',
    'Jack and Jill went up the hill',
    'Happy 90th birthday to my nan Rose',
    'my brother-in-law Harry has finally fixed the shed door',
    "Grace's wedding was beautiful",
    'Barry is rubbish at darts',
    'Tom Jones was brilliant on the radio',
    'grace period ends today',
  ],
});

describe('pupil rule, beyond single drafts', () => {
  it('does not report a pupil inside the school name', () => {
    const s = createScanner({ schoolNames: ["St Mary's C of E Primary"], pupilNames: ['Mary Jones'] });
    expect(s.scan("Fair at St Mary's today").map((f) => f.rule)).toEqual(['school']);
  });

  it('can be switched off, and ignores words the school chose to ignore', () => {
    expect(createScanner({ ...SCHOOL_CONFIG, rules: { pupil: false } }).scan('Ellie Smith').filter((f) => f.rule === 'pupil')).toEqual([]);
    expect(createScanner({ ...SCHOOL_CONFIG, ignoreWords: ['Rose'] }).scan('Rose was great').filter((f) => f.rule === 'pupil')).toEqual([]);
  });

  it('gives plain-English findings citing the policy and questions', () => {
    const [f] = createScanner(SCHOOL_CONFIG).scan('Ellie Smith');
    expect(f).toMatchObject({ rule: 'pupil', severity: 'high', label: "A pupil's name", start: 0, end: 11 });
    expect(f!.message).toMatch(/policy/);
    expect(f!.questions).toContain(4);
  });
});
