// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { hideBadge, scheduleScan, DEBOUNCE_MS } from './badge';
import { $, CLEAN, html, readyState, resetPage, RISKY, typeText } from '../../test/unit/content-dom';
import type { State } from './state';

let s: State;
beforeEach(() => {
  vi.useFakeTimers();
  html('<div role="dialog"><div contenteditable="true" id="ed" style="width:300px;height:80px"></div></div>');
  s = readyState();
  // happy-dom lays nothing out: give the editor a box so the badge has somewhere to sit.
  $('#ed').getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 10, width: 300, height: 80 });
});
afterEach(() => { vi.useRealTimers(); resetPage(s); });

const badge = () => document.querySelector('tbyp-ui')?.shadowRoot?.querySelector<HTMLButtonElement>('button.badge') ?? null;

describe('the badge', () => {
  it('appears after the debounce with the count of things to check', () => {
    typeText($('#ed'), RISKY);
    scheduleScan(s, $('#ed'));
    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
    expect(badge()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(badge()?.getAttribute('aria-label')).toBe('1 thing to check before posting');
    expect(s.lastFindings.map((f) => f.rule)).toEqual(['pupil']);
  });

  it('goes when the draft is clean again, and the popup hears of no findings', () => {
    typeText($('#ed'), RISKY);
    scheduleScan(s, $('#ed'), 0);
    vi.advanceTimersByTime(0);
    expect(badge()).not.toBeNull();
    typeText($('#ed'), CLEAN);
    scheduleScan(s, $('#ed'), 0);
    vi.advanceTimersByTime(0);
    expect(badge()).toBeNull();
    expect(s.lastFindings).toEqual([]);
  });

  it('is hidden while paused', () => {
    typeText($('#ed'), RISKY);
    s.settings = { ...s.settings!, pausedUntil: Date.now() + 60_000 };
    scheduleScan(s, $('#ed'), 0);
    vi.advanceTimersByTime(0);
    expect(badge()).toBeNull();
  });

  it('follows the page only while shown', () => {
    typeText($('#ed'), RISKY);
    scheduleScan(s, $('#ed'), 0);
    vi.advanceTimersByTime(0);
    expect(s.tracking).not.toBeNull();
    hideBadge(s);
    expect(s.tracking).toBeNull();
    expect(badge()).toBeNull();
  });

  it('a scan that fails hides the badge instead of reaching the page', () => {
    typeText($('#ed'), RISKY);
    scheduleScan(s, $('#ed'), 0);
    vi.advanceTimersByTime(0);
    s.scanner = { scan: () => { throw new Error('boom'); } };
    scheduleScan(s, $('#ed'), 0);
    expect(() => vi.advanceTimersByTime(0)).not.toThrow();
    expect(badge()).toBeNull();
  });
});
