// The settings modules say what is wrong as a key and parameters; each page words it in the
// language in force when it draws. The same notice, read in English and then in Welsh.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { parsePolicy } from './merge';
import { parsePupilList } from './pupils';
import { say } from './said';

afterEach(() => setLanguage('en_GB'));

describe('messages from the settings modules', () => {
  it('are worded when read, in the language in force then, as whole sentences', () => {
    const p = parsePolicy({ mode: 'sometimes', pupilNames: ['Amelia Jones', 42], wat: 1 });
    const english = p.notices.map((n) => say(n.said));
    expect(english).toEqual([
      'When to show the questions (mode) should be "warn" or "always", not "sometimes", so it was ignored.',
      "Pupils' names (pupilNames): item 2 is the number 42, not text; that part was ignored.",
      '"wat" is not a setting this extension knows, so it was ignored.',
    ]);
    setLanguage('cy');
    expect(p.notices.map((n) => say(n.said))).toEqual([
      'Dylai Pryd i ddangos y cwestiynau (mode) fod yn "warn" neu "always", nid "sometimes", felly cafodd ei anwybyddu.',
      'Enwau disgyblion (pupilNames): y rhif 42 yw eitem 2, nid testun; anwybyddwyd y rhan honno.',
      'Nid yw "wat" yn osodiad y mae\'r estyniad hwn yn ei adnabod, felly cafodd ei anwybyddu.',
    ]);
  });

  it('give a pupil file\'s problems and layout in Welsh, separators mutated after "gan"', () => {
    setLanguage('cy');
    const r = parsePupilList('Jones\tAmelia\nLi\tTom\n');
    expect(r.understoodAs.map(say)).toEqual(["Colofnau wedi'u gwahanu gan dabiau, heb benawdau: rydyn ni'n darllen y golofn gyntaf fel y cyfenw a'r ail fel yr enw cyntaf."]);
    expect(say(parsePupilList('Amelia Jones\nTom Li\nZara Ahmed', 2).error!)).toBe('Dyna 3 enw; y nifer fwyaf y gallwn ei chadw yw 2.');
  });
});
