import { describe, expect, it } from 'vitest';
import { createPeopleMatcher, peopleMatcherSteps, type Person, type PersonMatch } from './people';

const LISTS = {
  pupils: ['Priya Shah', 'Henry Smith', 'Zoë Adams', 'Ellie-Mae Jones-Baker', "Sienna O'Brien", 'William Turner', 'Ffion Llŷr Evans', 'Łucja Wiśniewska', 'محمد علي'],
  parents: ['Mrs Jane Porter', 'Smith, Oliver', 'Tom & Amira Khan', 'Priya Shah', 'Dr. Kwame Mensah'],
};
const match = createPeopleMatcher(LISTS);

/** ESLint-style table: who must be recognised (and as whom), who must not. */
const invalid: [Person, PersonMatch][] = [
  // Full names, any case, accents folded, middle names and titles tolerated.
  [{ name: 'Priya Shah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'PRIYA SHAH' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'priya shah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'Priya Kaur Shah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'Shah, Priya' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'Priya Shah 🌸 | Year 9' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'Zoe Adams' }, { kind: 'pupil', listed: 'Zoë Adams' }],
  [{ name: 'ZOË ADAMS' }, { kind: 'pupil', listed: 'Zoë Adams' }],
  [{ name: 'Lucja Wisniewska' }, { kind: 'pupil', listed: 'Łucja Wiśniewska' }],
  [{ name: 'Ffion Evans' }, { kind: 'pupil', listed: 'Ffion Llŷr Evans' }],
  [{ name: 'Sienna O’Brien' }, { kind: 'pupil', listed: "Sienna O'Brien" }],
  [{ name: 'Sienna OBrien' }, { kind: 'pupil', listed: "Sienna O'Brien" }],
  [{ name: 'Ellie-Mae Jones-Baker' }, { kind: 'pupil', listed: 'Ellie-Mae Jones-Baker' }],
  [{ name: 'Ellie Jones' }, { kind: 'pupil', listed: 'Ellie-Mae Jones-Baker' }],
  [{ name: 'Ellie Baker' }, { kind: 'pupil', listed: 'Ellie-Mae Jones-Baker' }],
  [{ name: 'محمد علي' }, { kind: 'pupil', listed: 'محمد علي' }],
  // A nickname with the surname, and the formal name for a listed nickname.
  [{ name: 'Harry Smith' }, { kind: 'pupil', listed: 'Henry Smith' }],
  [{ name: 'Will Turner' }, { kind: 'pupil', listed: 'William Turner' }],
  [{ name: 'Billy Turner' }, { kind: 'pupil', listed: 'William Turner' }],
  [{ name: 'Ollie Smith' }, { kind: 'parent', listed: 'Smith, Oliver' }],
  // Every handle form, with or without @.
  [{ handle: '@priya_shah10' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: 'priya.shah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: 'PriyaS2012' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: 'priya_s' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: 'priyashah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: 'shahpriya' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: '@shah.priya_07' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: '@PriyaShah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: 'priyashah_official' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: '＠priya_shah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: 'harrysmith2011' }, { kind: 'pupil', listed: 'Henry Smith' }],
  [{ handle: 'HarryS' }, { kind: 'pupil', listed: 'Henry Smith' }],
  [{ handle: 'elliemaejonesbaker' }, { kind: 'pupil', listed: 'Ellie-Mae Jones-Baker' }],
  [{ handle: 'sienna_obrien' }, { kind: 'pupil', listed: "Sienna O'Brien" }],
  // A display name written like a handle.
  [{ name: 'PriyaShah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  // The name says nothing, the handle does (and the other way round).
  [{ name: 'Pri ✨', handle: '@priya_shah10' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'Priya Shah', handle: '@sunflower_22' }, { kind: 'pupil', listed: 'Priya Shah' }],
  // Parents: titles dropped, "Surname, First", two parents on one line.
  [{ name: 'Jane Porter' }, { kind: 'parent', listed: 'Mrs Jane Porter' }],
  [{ name: 'Oliver Smith' }, { kind: 'parent', listed: 'Smith, Oliver' }],
  [{ name: 'Amira Khan' }, { kind: 'parent', listed: 'Tom & Amira Khan' }],
  [{ name: 'Thomas Khan' }, { kind: 'parent', listed: 'Tom & Amira Khan' }],
  [{ handle: 'kwame.mensah' }, { kind: 'parent', listed: 'Dr. Kwame Mensah' }],
  [{ name: 'Mrs Jane Porter' }, { kind: 'parent', listed: 'Mrs Jane Porter' }],
  // Odd Unicode: zero-width characters, full-width letters, combining accents, no-break spaces.
  [{ name: 'Pri\u200Bya Sh\u200Dah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'Ｐｒｉｙａ Ｓｈａｈ' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ name: 'Zoe\u0308 Adams' }, { kind: 'pupil', listed: 'Zoë Adams' }],
  [{ name: 'Priya\u00A0Shah' }, { kind: 'pupil', listed: 'Priya Shah' }],
  [{ handle: 'pri\u200Bya_shah' }, { kind: 'pupil', listed: 'Priya Shah' }],
];

const valid: Person[] = [
  // A first name alone, a surname alone.
  { name: 'Priya' },
  { handle: '@priya' },
  { handle: 'priya2012' },
  { name: 'Shah' },
  { handle: '@shah_99' },
  { name: 'Mrs Shah' },
  { name: 'Henry' },
  { name: 'Harry' },
  // A different person with the same first name, or the same surname.
  { name: 'Priya Patel' },
  { handle: 'priya_patel' },
  { name: 'Anita Shah' },
  { name: 'Harry Styles' },
  { handle: 'harrystyles' },
  { name: 'Henry Smithson' },
  // Initials in a display name are not the person ("Priya S." could be anyone).
  { name: 'Priya S.' },
  { name: 'P Shah' },
  // The initial handle form needs the initial set apart.
  { handle: 'priyas' },
  // Names out of order without a comma, and words that merely contain a name.
  { name: 'Shah Priya' },
  { name: 'Priyanka Shahid' },
  { handle: 'priyankashahid' },
  // Nothing to read.
  {},
  { name: '', handle: '' },
  { name: '   ', handle: '@' },
  { name: '🌸✨', handle: '_.' },
];

describe('createPeopleMatcher', () => {
  for (const [person, want] of invalid) {
    it(`recognises ${JSON.stringify(person)} as ${want.kind} ${want.listed}`, () => expect(match(person)).toEqual(want));
  }
  for (const person of valid) {
    it(`does not recognise ${JSON.stringify(person)}`, () => expect(match(person)).toBeNull());
  }

  it('names someone on both lists as a pupil', () => {
    expect(match({ name: 'Priya Shah' })).toEqual({ kind: 'pupil', listed: 'Priya Shah' });
    const parentsOnly = createPeopleMatcher({ pupils: [], parents: ['Priya Shah'] });
    expect(parentsOnly({ name: 'Priya Shah' })).toEqual({ kind: 'parent', listed: 'Priya Shah' });
  });

  it('does not read a handle that is only a first name as a short first name and a surname', () => {
    const m = createPeopleMatcher({ pupils: ['Ed Ward', 'Mark Ham', 'Priya Shah'], parents: [] });
    expect(m({ handle: '@edward1578' })).toBeNull();
    expect(m({ name: 'Edward' })).toBeNull();
    expect(m({ handle: 'priya' })).toBeNull();
    expect(m({ handle: '@ed_ward' })).toEqual({ kind: 'pupil', listed: 'Ed Ward' });
    expect(m({ handle: 'markham2010' })).toEqual({ kind: 'pupil', listed: 'Mark Ham' });
  });

  it('matches no one with empty or missing lists, and ignores entries that are not names', () => {
    expect(createPeopleMatcher({ pupils: [], parents: [] })({ name: 'Priya Shah', handle: 'priya_shah' })).toBeNull();
    const odd = createPeopleMatcher({ pupils: ['', '   ', 'Priya', 42 as unknown as string], parents: undefined as unknown as string[] });
    expect(odd({ name: 'Priya Shah' })).toBeNull();
    expect(odd({ name: 'Priya' })).toBeNull();
  });

  it('does not throw on input that is not a person', () => {
    expect(match(undefined as unknown as Person)).toBeNull();
    expect(match({ name: 7 as unknown as string, handle: {} as unknown as string })).toBeNull();
  });

  it('compiles 50,000 names and still tells a listed pupil from 2,000 strangers (timings: npm run bench)', () => {
    const firsts = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Mia', 'Arthur', 'Ivy', 'Leo', 'Freya', 'Oscar', 'Lily', 'Harry', 'Sophia', 'Jack'];
    const pupils = Array.from({ length: 50_000 }, (_, i) => `${firsts[i % firsts.length]} Surname${i.toString(36)}`);
    const m = createPeopleMatcher({ pupils, parents: [] });
    expect(m({ name: 'Harry Surname' + (13).toString(36) })).toEqual({ kind: 'pupil', listed: pupils[13] });
    const people: Person[] = Array.from({ length: 2000 }, (_, i) => ({ name: `Someone Else${i}`, handle: `@someone_else_${i}` }));
    expect(people.filter((p) => m(p))).toEqual([]);
  });
});

describe('building the matcher in steps', () => {
  it('pauses every thousand names and ends with the same matcher', () => {
    const pupils = Array.from({ length: 2500 }, (_, i) => `Pupil${String.fromCharCode(97 + (i % 26))} Surname${i}`);
    const lists = { pupils: [...pupils, ...LISTS.pupils], parents: LISTS.parents };
    const steps = peopleMatcherSteps(lists);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBe(2);
    const stepped = r.value;
    for (const [person, want] of invalid) expect(stepped(person), JSON.stringify(person)).toEqual(want);
    expect(stepped({ name: 'Pupilc Surname2' })).toEqual({ kind: 'pupil', listed: 'Pupilc Surname2' });
    expect(stepped({ name: 'Pupilc Surname3' })).toBeNull();
  });
});
