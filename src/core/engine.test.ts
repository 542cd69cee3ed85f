import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSteps, createScanner, RULES, SEVEN_QUESTIONS } from './index';
import { SCHOOL_CONFIG } from './testing';

const scanner = createScanner(SCHOOL_CONFIG);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

// Drafts mixing arbitrary Unicode with the words the rules look for, so findings actually happen.
const pieces = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('Ellie', 'Smith', 'Zoë', 'Green Lane', '#', '@', '\u200b', '\u0308', '😀', '07700 900123', 'ME15 6LS', 'school trip', ' ', '\n', "'s", 'ß', 'İ', '\ud83d', '\ude00'),
);
const drafts = fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''));

describe('engine properties', () => {
  it('never throws, keeps offsets inside the text and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        for (const f of scanner.scan(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(isLow(text.charCodeAt(f.start)) && isHigh(text.charCodeAt(f.start - 1))).toBe(false);
          expect(isHigh(text.charCodeAt(f.end - 1)) && isLow(text.charCodeAt(f.end))).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        expect(scanner.scan(text)).toEqual(createScanner(SCHOOL_CONFIG).scan(text));
        expect(scanner.scan(text)).toEqual(scanner.scan(text));
      }),
      { numRuns: 300 },
    );
    // 300 fresh scanners, each compiling the school's lists: a few seconds on a quiet machine, more under load.
  }, 60_000);

  it('accepts any configured names without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 20 }), fc.string({ unit: 'grapheme' }), (names, text) => {
        createScanner({ schoolNames: names, pupilNames: names, staffNames: names, ignoreWords: names, schoolHandles: names, schoolDomain: names[0] }).scan(text);
      }),
      { numRuns: 300 },
    );
  });

  it('maps offsets back through accents, zero-width characters and emoji', () => {
    const text = '🎉🎉 Zoe\u0308 and El\u200blie at GREEN LANE';
    const found = scanner.scan(text).map((f) => [f.rule, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['pupil', 'Zoe\u0308'],
      ['pupil', 'El\u200blie'],
      ['school', 'GREEN LANE'],
    ]);
  });

  it('finds nothing in an empty draft or with empty lists', () => {
    expect(scanner.scan('')).toEqual([]);
    expect(createScanner({ schoolNames: [], pupilNames: [] }).scan('Ellie at Green Lane')).toEqual([]);
  });

  it('stays linear on a hostile 1 MB draft', () => {
    const text = 'a'.repeat(300_000) + '@'.repeat(100_000) + '0 '.repeat(200_000) + '\u200b'.repeat(200_000);
    expect(() => scanner.scan(text)).not.toThrow();
  });

  it('describes every rule and the seven questions', () => {
    for (const [id, meta] of Object.entries(RULES)) {
      expect(meta.id).toBe(id);
      expect(meta.explanation.length).toBeGreaterThan(40);
      expect(meta.questions.every((q) => q >= 1 && q <= 7)).toBe(true);
    }
    expect(SEVEN_QUESTIONS.map((q) => q.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('compiling in steps', () => {
  it('gives the caller many turns on a long list, and the same scanner as createScanner', () => {
    const pupilNames = Array.from({ length: 5000 }, (_, i) => `Pupil${i} Surname${i % 97}`).concat(SCHOOL_CONFIG.pupilNames);
    const config = { ...SCHOOL_CONFIG, pupilNames };
    const steps = compileSteps(config);
    let turns = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) turns++;
    expect(turns).toBeGreaterThan(20);
    const whole = createScanner(config);
    fc.assert(
      fc.property(drafts, (text) => {
        expect(r.value.scan(text)).toEqual(whole.scan(text));
      }),
      { numRuns: 500 },
    );
    const text = 'Well done Pupil4999 Surname52 and Ellie Smith at Green Lane';
    expect(r.value.scan(text).map((f) => text.slice(f.start, f.end))).toEqual(['Pupil4999 Surname52', 'Ellie Smith', 'Green Lane']);
  });
});
