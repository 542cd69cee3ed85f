import { describe, expect, it } from 'vitest';
import { isMessage, message, readMisses, readStatus } from './messages';

describe('typed messages', () => {
  it('builds messages with their payloads', () => {
    expect(message('tbyp:status')).toEqual({ type: 'tbyp:status' });
    expect(message('tbyp:miss', { site: 'x' })).toEqual({ type: 'tbyp:miss', site: 'x' });
  });

  it('recognises only well-formed messages of the asked type', () => {
    expect(isMessage({ type: 'tbyp:settings' }, 'tbyp:settings')).toBe(true);
    expect(isMessage({ type: 'tbyp:settings' }, 'tbyp:status')).toBe(false);
    expect(isMessage(null, 'tbyp:status')).toBe(false);
    expect(isMessage('tbyp:status', 'tbyp:status')).toBe(false);
    expect(isMessage({ type: 'tbyp:miss', site: 'facebook' }, 'tbyp:miss')).toBe(true);
    expect(isMessage({ type: 'tbyp:miss', site: 'myspace' }, 'tbyp:miss')).toBe(false);
    expect(isMessage({ type: 'tbyp:test:open', page: 'popup.html' }, 'tbyp:test:open')).toBe(true);
    expect(isMessage({ type: 'tbyp:test:open', page: 'https://example.com/' }, 'tbyp:test:open')).toBe(false);
    expect(isMessage({ type: 'tbyp:ignore-word', word: 'Paris' }, 'tbyp:ignore-word')).toBe(true);
    for (const word of ['', '   ', 42, undefined, 'x'.repeat(201)]) expect(isMessage({ type: 'tbyp:ignore-word', word }, 'tbyp:ignore-word'), String(word)).toBe(false);
  });

  it('reads a status answer defensively', () => {
    expect(readStatus(undefined)).toBeNull();
    expect(readStatus({ active: 1, site: 'x', paused: 0, findings: [{ rule: 'pupil', label: 'A pupil', text: 'Amara' }, { bad: true }], missed: true }))
      .toEqual({ active: true, site: 'x', paused: false, findings: [{ rule: 'pupil', label: 'A pupil', text: 'Amara' }], missed: true });
    expect(readStatus({ site: 'elsewhere', findings: 'no' })).toEqual({ active: false, site: null, paused: false, findings: [], missed: false });
  });

  it('reads stored miss counts, dropping anything that is not a count for a site', () => {
    expect(readMisses({ facebook: 2, x: 0, instagram: -1, other: 4 })).toEqual({ facebook: 2 });
    expect(readMisses('junk')).toEqual({});
  });
});
