// Welsh dates are built from our own month and day names because Chromium has no Welsh ICU data
// (see formatDate). Node ships full ICU, so CLDR's Welsh is the reference here.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatWeekday, setLanguage } from '.';

afterEach(() => setLanguage('en_GB'));

describe('Welsh dates without the browser’s Welsh data', () => {
  it('match CLDR for every month and every day of the week', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['cy'])).toEqual(['cy']); // the reference is really Welsh
    setLanguage('cy');
    for (let m = 0; m < 12; m++) {
      const at = new Date(2026, m, 6).getTime();
      expect(formatDate(at)).toBe(new Date(at).toLocaleDateString('cy', { day: 'numeric', month: 'long', year: 'numeric' }));
    }
    for (let d = 0; d < 7; d++) {
      for (const width of ['long', 'short'] as const) {
        expect(formatWeekday(d, width)).toBe(new Date(2026, 0, 4 + d).toLocaleDateString('cy', { weekday: width }));
      }
    }
    expect(formatDate(new Date(2026, 11, 6).getTime())).toBe('6 Rhagfyr 2026');
  });

  it('leave British English to Intl', () => {
    expect(formatDate(new Date(2026, 11, 6).getTime())).toBe('6 December 2026');
    expect(formatWeekday(6, 'long')).toBe('Saturday');
  });
});
