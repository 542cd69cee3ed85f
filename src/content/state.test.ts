// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { alwaysAsk, createState, enabled, paused, waiting } from './state';
import { readyState } from '../../test/unit/content-dom';

describe('the content state', () => {
  it('starts with nothing: no settings, no scanner, nothing held or shown', () => {
    const s = createState(null);
    expect(s.settings).toBeNull();
    expect(s.scanner).toBeNull();
    expect(s.warningOpen).toBe(false);
    expect(s.held).toBeNull();
    expect(s.carried).toBeNull();
    expect(paused(s)).toBe(false);
    expect(enabled(s, 'pupil')).toBe(true);
  });

  it('each state is its own: two never share photos or findings', () => {
    const a = createState(null);
    const b = createState(null);
    const el = document.createElement('div');
    a.photos.set(el, { count: 1, gps: false });
    a.lastFindings.push({ rule: 'pupil', label: 'x', text: 'y' });
    expect(b.photos.get(el)).toBeUndefined();
    expect(b.lastFindings).toEqual([]);
  });

  it('reads pause, rules and mode from the settings in force', () => {
    const s = readyState({ settings: { pausedUntil: Date.now() + 60_000, mode: 'always' } });
    expect(paused(s)).toBe(true);
    expect(alwaysAsk(s)).toBe(true);
    s.settings = { ...s.settings!, pausedUntil: Date.now() - 1, rules: { ...s.settings!.rules, location: false } };
    expect(paused(s)).toBe(false);
    expect(enabled(s, 'location')).toBe(false);
    expect(enabled(s, 'pupil')).toBe(true);
  });

  it('waits while settings are being read', () => {
    const s = createState(null);
    expect(waiting(s)).toBe(false);
    s.refreshing = new Promise(() => undefined);
    expect(waiting(s)).toBe(true);
  });
});
