import { describe, expect, it } from 'vitest';
import { parsePupilList } from './pupils';
import { say } from './said';

describe('pupil list import', () => {
  it('reads one name per line, skipping blank lines', () => {
    expect(parsePupilList('Amelia Jones\n\n  Tom Li  \r\n\r\nZara Ahmed\n').names).toEqual(['Amelia Jones', 'Tom Li', 'Zara Ahmed']);
  });

  it('flips "Surname, Forename" lines in a plain list', () => {
    const r = parsePupilList('Jones, Amelia\nLi, Tom\nO\'Neill, Siobhán');
    expect(r.names).toEqual(['Amelia Jones', 'Tom Li', "Siobhán O'Neill"]);
  });

  it('strips a byte-order mark so the first name is not corrupted', () => {
    expect(parsePupilList('\uFEFFForename,Surname\nAmelia,Jones').names).toEqual(['Amelia Jones']);
    expect(parsePupilList('\uFEFFAmelia Jones').names).toEqual(['Amelia Jones']);
  });

  it.each([
    ['commas', 'Surname,Forename,Reg Group\nJones,Amelia,3B\nLi,Tom,3B'],
    ['semicolons', 'Surname;Forename;Reg Group\nJones;Amelia;3B\nLi;Tom;3B'],
    ['tabs', 'Surname\tForename\tReg Group\nJones\tAmelia\t3B\nLi\tTom\t3B'],
  ])('reads MIS columns separated by %s, with a header in any order', (_, csv) => {
    const r = parsePupilList(csv);
    expect(r.names).toEqual(['Amelia Jones', 'Tom Li']);
    expect(r.understoodAs.map(say).join(' ')).toMatch(/with headings/);
  });

  it('reads a quoted "Surname, Forename" column under a Name heading', () => {
    const r = parsePupilList('UPN,Name,Year\r\nA123,"Jones, Amelia",4\r\nB456,"Li, Tom",4\r\n');
    expect(r.names).toEqual(['Amelia Jones', 'Tom Li']);
  });

  it('adds the preferred name as well as the legal one', () => {
    expect(parsePupilList('Legal Forename,Preferred Forename,Legal Surname\nAlexander,Alex,Smith\nZara,,Ahmed').names).toEqual(['Alexander Smith', 'Alex Smith', 'Zara Ahmed']);
  });

  it('reads a header-less two-column export as surname then forename', () => {
    const r = parsePupilList('Jones;Amelia\nLi;Tom');
    expect(r.names).toEqual(['Amelia Jones', 'Tom Li']);
    expect(r.understoodAs.map(say).join(' ')).toMatch(/first column as the surname/);
  });

  it('counts repeats once, whatever the case', () => {
    const r = parsePupilList('Amelia Jones\nAMELIA JONES\nJones, Amelia\nTom Li');
    expect(r.names).toEqual(['Amelia Jones', 'Tom Li']);
    expect(r.duplicates).toBe(2);
  });

  it('skips rows that are not names and says which line and why', () => {
    const r = parsePupilList('Amelia Jones\n12345\nmum@example.com\nTom Li\n---');
    expect(r.names).toEqual(['Amelia Jones', 'Tom Li']);
    expect(r.skipped.map((s) => [s.line, say(s.reason)])).toEqual([
      [2, 'no letters, so not a name'],
      [3, 'looks like an email or web address, not a name'],
      [5, 'no letters, so not a name'],
    ]);
  });

  it('keeps quoted line breaks and doubled quotes inside one cell', () => {
    expect(say(parsePupilList('Forename,Surname\n"Amelia ""Millie""",Jones').skipped[0]!.reason)).toBe('has characters that do not belong in a name');
    expect(parsePupilList('Name,Note\n"Jones, Amelia","line one\nline two"\nTom Li,x').names).toEqual(['Amelia Jones', 'Tom Li']);
  });

  it('gives a clear error for an empty file, a spreadsheet file, or nothing usable', () => {
    expect(say(parsePupilList('  \n\n').error!)).toMatch(/empty/);
    expect(say(parsePupilList('PK\u0003\u0004\u0000\u0000binary').error!)).toMatch(/spreadsheet file.*CSV/);
    expect(say(parsePupilList('1,2,3\n4,5,6').error!)).toMatch(/could not find any names/);
    expect(say(parsePupilList('Forename,Surname\n,\n,').error!)).toMatch(/headings but no names/);
  });

  it('reads 50,000 rows', () => {
    const rows = ['Surname,Forename,UPN'];
    for (let i = 0; i < 50_000; i++) rows.push(`Surname${toLetters(i)},Pupil${toLetters(i)},X${i}`);
    const t = performance.now();
    const r = parsePupilList(rows.join('\r\n'));
    const ms = performance.now() - t;
    expect(r.names).toHaveLength(50_000);
    expect(r.names[0]).toBe('Pupila Surnamea');
    console.log(`parsePupilList: 50,000 rows in ${ms.toFixed(0)} ms`);
  });

  it('refuses more names than can be kept rather than cutting some off silently', () => {
    expect(say(parsePupilList('Amelia Jones\nTom Li\nZara Ahmed', 2).error!)).toMatch(/most we can keep is 2/);
  });
});

function toLetters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

describe("parents' and carers' list import", () => {
  it('reads a contacts export by its contact columns, leaving out the pupil each contact belongs to', () => {
    const csv = 'Pupil,Title,Contact Forename,Contact Surname,Relationship,Priority\n"Ahmed, Zara",Mrs,Samira,Ahmed,Mother,1\n"Li, Tom",Mr,Wei,Li,Father,1\n';
    const r = parsePupilList(csv, 100_000, 'parents');
    expect(r.names).toEqual(['Samira Ahmed', 'Wei Li']);
    expect(r.understoodAs.map(say).join(' ')).toMatch(/with headings/);
  });

  it('reads a plain list, "Surname, Forename" lines and two parents on one line', () => {
    expect(parsePupilList('Jane Porter\nMensah, Kwame\nTom & Amira Khan\n', 100_000, 'parents').names).toEqual(['Jane Porter', 'Kwame Mensah', 'Tom & Amira Khan']);
  });

  it('says "parent or carer" when it finds no names', () => {
    expect(say(parsePupilList('12345\n', 100_000, 'parents').error!)).toMatch(/one parent or carer per line/);
  });
});
