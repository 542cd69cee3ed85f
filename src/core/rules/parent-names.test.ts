import { describe, expect, it } from 'vitest';
import { createScanner } from '../index';
import { ruleTester, SCHOOL_CONFIG } from '../testing';

const PARENTS = { ...SCHOOL_CONFIG, parentNames: ['Mrs Jane Porter', 'Smith, Oliver', 'Tom & Amira Khan', 'Kwame Mensah-Boateng', 'Ffion Llŷr Evans'], rules: { 'parent-names': true } };

ruleTester(
  'parent-names',
  {
    invalid: [
      ['Coffee with Jane Porter this morning', 'Jane Porter'],
      ['JANE PORTER is a legend', 'JANE PORTER'],
      ['jane porter lent me her ladder', 'jane porter'],
      ['Well done Oliver Smith on the fun run', 'Oliver Smith'],
      // A nickname with the surname.
      ['Ollie Smith fixed my car', 'Ollie Smith'],
      ['Thanks Thomas Khan for the lift', 'Thomas Khan'],
      ['Amira Khan brought cakes', 'Amira Khan'],
      // Accents folded, middle names, double-barrelled surnames.
      ['Ffion Evans ran the raffle', 'Ffion Evans'],
      ['Ffion Llyr Evans ran the raffle', 'Ffion Llyr Evans'],
      ['Kwame Mensah-Boateng sang', 'Kwame Mensah-Boateng'],
      ['Kwame Boateng sang', 'Kwame Boateng'],
      // Hashtags and handles.
      ['Shout out #JanePorter', 'JanePorter'],
      ['cc @janeporter', 'janeporter'],
    ],
    valid: [
      // A first name alone, a surname alone, a title and surname.
      'Jane was lovely today',
      'Had tea with Oliver',
      'Porter is my favourite beer',
      'Mrs Porter waved',
      // Someone else with the same first name or surname.
      'Jane Austen is overrated',
      'Oliver Twist at the theatre',
      'Sadiq Khan spoke today',
      // Words that contain the name.
      '#JanePorterhouse steak night',
    ],
  },
  PARENTS,
);

describe('parent-names rule, beyond single drafts', () => {
  it('is off unless switched on, and then needs a parents list', () => {
    const draft = 'Coffee with Jane Porter';
    expect(createScanner({ ...PARENTS, rules: {} }).scan(draft).filter((f) => f.rule === 'parent-names')).toEqual([]);
    expect(createScanner({ ...PARENTS, rules: { 'parent-names': false } }).scan(draft).filter((f) => f.rule === 'parent-names')).toEqual([]);
    expect(createScanner({ ...SCHOOL_CONFIG, rules: { 'parent-names': true } }).scan(draft)).toEqual([]);
  });

  it('gives plain-English findings citing the policy and questions', () => {
    const [f] = createScanner(PARENTS).scan('Jane Porter');
    expect(f).toMatchObject({ rule: 'parent-names', severity: 'medium', label: "A parent's or carer's name", start: 0, end: 11 });
    expect(f!.message).toMatch(/policy/);
    expect(f!.questions).toContain(4);
  });

  it('leaves pupils to the pupil rule when someone is on both lists', () => {
    const both = { ...PARENTS, parentNames: [...PARENTS.parentNames, 'Ellie Smith'] };
    const found = createScanner(both).scan('Ellie Smith won').map((f) => f.rule);
    expect(found).toContain('pupil');
    expect(found).toContain('parent-names');
  });
});
