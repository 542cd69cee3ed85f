import { afterEach, describe, expect, it, vi } from 'vitest';
import { caught, guard, guarded } from './guard';

const g = globalThis as { __TEST_HOOKS__?: boolean };
afterEach(() => { delete g.__TEST_HOOKS__; caught.length = 0; vi.restoreAllMocks(); });

describe('guard: one way to fail open', () => {
  it('returns what the function returns', () => {
    expect(guard('x', () => 42)).toBe(42);
  });

  it('swallows a throw, runs the recovery and returns undefined', () => {
    const recover = vi.fn();
    expect(guard('x', () => { throw new Error('boom'); }, recover)).toBeUndefined();
    expect(recover).toHaveBeenCalledOnce();
  });

  it('a recovery that throws does not escape either', () => {
    expect(() => guard('x', () => { throw new Error('a'); }, () => { throw new Error('b'); })).not.toThrow();
  });

  it('says nothing in the shipped build', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    guard('quiet', () => { throw new Error('boom'); });
    expect(warn).not.toHaveBeenCalled();
    expect(caught).toEqual([]);
  });

  it('reports by name in the test build', () => {
    g.__TEST_HOOKS__ = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    guard('press', () => { throw new Error('boom'); });
    expect(caught.map((c) => c.name)).toEqual(['press']);
    expect(warn.mock.calls[0]![0]).toContain('press');
  });

  it('guarded wraps a listener with its arguments', () => {
    const seen: number[] = [];
    const fn = guarded('l', (n: number) => { seen.push(n); if (n > 1) throw new Error('no'); }, (n) => seen.push(-n));
    fn(1);
    fn(2);
    expect(seen).toEqual([1, 2, -2]);
  });
});
