import { describe, expect, it } from 'vitest';
import { isEnterSendsLabel, isNextStepLabel, isSubmitLabel, PROFILE_FIELD_HINT, TEACHING_JOB } from './generic';
import { ADAPTERS, adapterFor } from './index';

describe('generic detection', () => {
  it('recognises the submit labels of all three sites, and not look-alikes', () => {
    for (const label of ['Post', 'Reply', 'Tweet', 'Share', 'Send', 'Comment', 'Save', 'Post all', 'Submit']) expect(isSubmitLabel(label), label).toBe(true);
    for (const label of ['Post settings', 'Reposts', 'Share this post to a group', 'Sending', '']) expect(isSubmitLabel(label), label).toBe(false);
  });

  it('tells a step on to another screen (where the draft must be remembered) from posting', () => {
    for (const label of ['Next', 'next', 'Continue']) expect(isNextStepLabel(label), label).toBe(true);
    for (const label of ['Next story', 'Post', 'Continue reading', '']) expect(isNextStepLabel(label), label).toBe(false);
    for (const label of ['Next', 'Continue']) expect(isSubmitLabel(label), label).toBe(false);
  });

  it('knows which boxes send on Enter by their label', () => {
    for (const label of ['Write a comment…', 'Comment as Sam Taylor', 'Reply to Alex', 'Message', 'Add a comment…']) expect(isEnterSendsLabel(label), label).toBe(true);
    for (const label of ["What's on your mind, Sam?", 'Write a caption...', 'Post text']) expect(isEnterSendsLabel(label), label).toBe(false);
  });

  it('tells profile fields from search boxes by their hints', () => {
    expect(PROFILE_FIELD_HINT.test('Enter bio text Describe who you are')).toBe(true);
    expect(PROFILE_FIELD_HINT.test('Company')).toBe(true);
    expect(PROFILE_FIELD_HINT.test('Search Facebook')).toBe(false);
  });

  it('names teaching jobs in British usage', () => {
    for (const t of ['Headteacher', 'Teaching Assistant', 'SENCO', 'Deputy Head', 'primary school', 'HLTA']) expect(TEACHING_JOB.test(t), t).toBe(true);
    for (const t of ['Nurse', 'Plumber', 'Reaching out']) expect(TEACHING_JOB.test(t), t).toBe(false);
  });
});

describe('adapters', () => {
  it('cover every host in the manifest, and every selector parses', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { host_permissions: string[] };
    for (const pattern of manifest.host_permissions) expect(adapterFor(new URL(pattern.replace('*', '')).host), pattern).not.toBeNull();
    for (const a of ADAPTERS) {
      for (const sel of [...a.editors, ...a.enterSends, ...a.submit, ...a.notSubmit, ...a.profileFields, ...a.locationTags, ...a.attachments]) {
        expect(() => selectorParses(sel), `${a.id}: ${sel}`).not.toThrow();
      }
    }
  });
});

// No DOM in unit tests: a light check that brackets and quotes balance (the e2e specs use them for real).
function selectorParses(sel: string): void {
  let depth = 0;
  let quote = '';
  for (const ch of sel) {
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    if (depth < 0) throw new Error('unbalanced');
  }
  if (depth || quote) throw new Error('unbalanced');
}
