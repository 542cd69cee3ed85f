import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILES, LABELS, generate } from './generate.mjs';

// The committed corpus must be exactly what the generator makes, or nobody can tell how a draft got there.
describe('generated corpus v2', () => {
  const fresh = generate();

  it('committed dev and test files match a fresh generation', () => {
    expect(readFileSync(FILES.dev, 'utf8')).toBe(fresh.dev);
    expect(readFileSync(FILES.test, 'utf8')).toBe(fresh.test);
  });

  for (const split of ['dev', 'test']) {
    it(`${split}: every line is a comment or "labels | text" with known rule ids`, () => {
      const lines = readFileSync(FILES[split], 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//'));
      expect(lines.length).toBeGreaterThan(500);
      for (const line of lines) {
        const bar = line.indexOf(' | ');
        expect(bar, line).toBeGreaterThan(0);
        const head = line.slice(0, bar).trim();
        expect(line.slice(bar + 3).trim(), line).not.toBe('');
        if (head === '-') continue;
        for (const label of head.split(',')) expect(LABELS, line).toContain(label);
      }
    });
  }

  it('holds at least 1,100 drafts, 38 % clean in each split and 60 Welsh drafts', () => {
    const { dev, test } = fresh.stats;
    expect(dev.drafts + test.drafts).toBeGreaterThanOrEqual(1100);
    for (const st of [dev, test]) expect(st.clean / st.drafts).toBeGreaterThanOrEqual(0.38);
    expect(dev.welsh + test.welsh).toBeGreaterThanOrEqual(60);
  });

  it('dev and test share no template (no draft text appears in both)', () => {
    const texts = (s) => new Set(s.split('\n').filter((l) => l.includes(' | ') && !l.startsWith('//')).map((l) => l.slice(l.indexOf(' | ') + 3)));
    const dev = texts(fresh.dev);
    for (const t of texts(fresh.test)) expect(dev.has(t), t).toBe(false);
  });
});
