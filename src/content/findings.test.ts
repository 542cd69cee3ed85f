import { afterEach, describe, expect, it } from 'vitest';
import { createScanner } from '../core';
import { setLanguage } from '../i18n';
import { hoursItem, itemFromFinding, locationItem, MAX_SCAN, photoItems, profileJobItems, scanText, truncatedNote } from './findings';

afterEach(() => setLanguage('en_GB'));

const scanner = createScanner({ schoolNames: ['Green Lane Community School'], pupilNames: ['Amelia Hart'] });
const all = () => true;

describe('scanText', () => {
  it('finds what the engine finds and keeps only enabled rules', () => {
    const text = 'Proud of Amelia Hart at Green Lane Community School';
    expect(scanText(scanner, text, all).findings.map((f) => f.rule).sort()).toEqual(['pupil', 'school']);
    expect(scanText(scanner, text, (r) => r !== 'pupil').findings.map((f) => f.rule)).toEqual(['school']);
  });

  it('caps very long drafts and says so, without splitting an emoji', () => {
    const long = 'a'.repeat(MAX_SCAN - 1) + '😀' + ' Amelia Hart';
    const r = scanText(scanner, long, all);
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBe(MAX_SCAN - 1);
    expect(r.findings).toEqual([]);
    expect(scanText(scanner, 'Amelia Hart', all).truncated).toBe(false);
  });
});

describe('items', () => {
  it('show the matched words and a plain-English label and reason', () => {
    const text = 'Well done Amelia Hart';
    const [f] = scanText(scanner, text, all).findings;
    const item = itemFromFinding(f!, text);
    expect(item.text).toBe('Amelia Hart');
    expect(item.label.length).toBeGreaterThan(3);
    expect(item.message).not.toBe('Amelia Hart');
  });

  it('profile fields naming a teaching job are a finding; other jobs are not', () => {
    expect(profileJobItems('Year 4 teacher and runner', [])[0]?.text).toBe('teacher');
    expect(profileJobItems('Teaching assistant', [])).toHaveLength(1);
    expect(profileJobItems('Nurse, runner, baker', [])).toEqual([]);
  });
});

describe('findings in the language in force', () => {
  it("a finding's label and reason come from the catalogue in the language in force", () => {
    const text = 'Well done Amelia Hart at Green Lane Community School';
    const findings = scanText(scanner, text, all).findings;
    const pupil = findings.find((f) => f.rule === 'pupil')!;
    expect(itemFromFinding(pupil, text)).toMatchObject({ label: "A pupil's name", message: pupil.message, text: 'Amelia Hart' });
    setLanguage('cy');
    expect(itemFromFinding(pupil, text)).toMatchObject({ label: 'Enw disgybl', text: 'Amelia Hart' });
    expect(itemFromFinding(pupil, text).message).toMatch(/^Mae hwn yn edrych fel enw disgybl\./);
    expect(itemFromFinding(findings.find((f) => f.rule === 'school')!, text).label).toBe("Enw'r ysgol");
  });
});

describe('the items the content script adds', () => {
  it('count photos in words that fit the number, in English and in Welsh', () => {
    expect(photoItems(1, false).map((i) => i.label)).toEqual(['A photo']);
    expect(photoItems(3, true).map((i) => i.label)).toEqual(['3 photos', 'Your photo records where it was taken']);
    setLanguage('cy');
    expect([1, 2, 3, 4].map((n) => photoItems(n, false)[0]!.label)).toEqual(['Llun', '2 lun', '3 llun', '4 llun']);
    expect(photoItems(1, true)[1]!.label).toBe('Mae eich llun yn cofnodi ble cafodd ei dynnu');
  });

  it('say why in the language in force, with the long-draft note giving the number as the language writes it', () => {
    expect(truncatedNote()).toBe('This draft is very long: only the first 100,000 characters were checked.');
    expect(locationItem('Cardiff Bay').label).toBe('A place tagged in your post');
    setLanguage('cy');
    expect(truncatedNote()).toBe("Mae'r drafft hwn yn hir iawn: dim ond y 100,000 nod cyntaf a gafodd eu gwirio.");
    const welsh = [locationItem('Bae Caerdydd'), hoursItem(), ...profileJobItems('Athrawes, teacher', [])];
    expect(welsh.map((i) => i.label)).toEqual(["Lle wedi'i dagio yn eich postiad", "Mae hi'n oriau gwaith", 'Eich swydd ar eich proffil']);
    for (const i of welsh) expect(i.message).toMatch(/^(Mae|Byddwch)|polisi'r ysgol/);
  });
});
