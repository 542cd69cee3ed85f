import { describe, expect, it } from 'vitest';
import { createScanner } from '../core';
import { itemFromFinding, MAX_SCAN, profileJobItems, scanText } from './findings';

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
