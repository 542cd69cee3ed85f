import { describe, expect, it } from 'vitest';
import { defaultSettings } from './schema';
import { isSetUp, policyNamesSchool } from './first-run';

describe('first run', () => {
  it('is set up once the school or at least one pupil is known, either alone', () => {
    expect(isSetUp(defaultSettings())).toBe(false);
    expect(isSetUp({ schoolName: '   ', pupilNames: [] })).toBe(false);
    expect(isSetUp({ schoolName: 'Grangetown Primary School', pupilNames: [] })).toBe(true);
    expect(isSetUp({ schoolName: '', pupilNames: ['Amelia Jones'] })).toBe(true);
  });

  it('a policy names the school only with a non-empty schoolName', () => {
    expect(policyNamesSchool({})).toBe(false);
    expect(policyNamesSchool({ pupilNames: ['Amelia Jones'], mode: 'always' })).toBe(false);
    expect(policyNamesSchool({ schoolName: '' })).toBe(false);
    expect(policyNamesSchool({ schoolName: 42 })).toBe(false);
    expect(policyNamesSchool({ schoolName: 'Grangetown Primary School' })).toBe(true);
  });
});
