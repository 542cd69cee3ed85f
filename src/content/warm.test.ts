import { describe, expect, it, vi } from 'vitest';
import { createScanner } from '../core';
import { warmUp } from './warm';
import type { State } from './state';

describe('warmUp', () => {
  it('scans its own drafts one per idle moment, and stops when newer lists replace the scanner', () => {
    const scanner = createScanner({ schoolNames: ['Green Lane Primary School'], pupilNames: ['Poppy Walsh'] });
    const scan = vi.spyOn(scanner, 'scan');
    const s = { scanner } as unknown as State;
    const queue: (() => void)[] = [];
    warmUp(s, scanner, (fn) => queue.push(fn));
    queue.shift()!();
    queue.shift()!();
    expect(scan).toHaveBeenCalledTimes(2);
    s.scanner = createScanner({ schoolNames: [], pupilNames: [] });
    queue.shift()!();
    expect(scan).toHaveBeenCalledTimes(2);
    expect(queue).toHaveLength(0);
  });

  it('fails open: a scanner that throws ends the warm-up and nothing escapes', () => {
    const scanner = { scan: () => { throw new Error('boom'); } } as unknown as ReturnType<typeof createScanner>;
    const s = { scanner } as unknown as State;
    const queue: (() => void)[] = [];
    warmUp(s, scanner, (fn) => queue.push(fn));
    expect(() => queue.shift()!()).not.toThrow();
    expect(queue).toHaveLength(0);
  });

  it('finishes after its drafts', () => {
    const scanner = createScanner({ schoolNames: [], pupilNames: [] });
    const s = { scanner } as unknown as State;
    const queue: (() => void)[] = [];
    warmUp(s, scanner, (fn) => queue.push(fn));
    let steps = 0;
    while (queue.length && steps < 50) { queue.shift()!(); steps++; }
    expect(steps).toBeGreaterThan(3);
    expect(steps).toBeLessThan(50);
  });
});
