import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus, shortfalls } from '../../test/corpus/evaluate';
import { createScanner } from './index';

describe('labelled corpus (npm run eval prints the detail)', () => {
  const { config, drafts } = loadCorpus(join(__dirname, '../../test/corpus'));
  const report = evaluate(createScanner(config), drafts);

  it('has at least 300 drafts, about a third of them clean', () => {
    expect(report.drafts).toBeGreaterThanOrEqual(300);
    expect(report.clean / report.drafts).toBeGreaterThanOrEqual(0.3);
  });

  it.each(report.scores.map((s) => [s.rule, s] as const))('%s meets its targets', (_rule, score) => {
    expect(shortfalls(score)).toEqual([]);
  });
});
