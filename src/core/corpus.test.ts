import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus, loadSplit, shortfalls, V2_FLOORS, V2_TARGETS } from '../../test/corpus/evaluate';
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

// The held-out split: only its figures are ever looked at (issue 12). Tuning happens on dev.
describe('v2 corpus, held-out test split (issue 12 targets)', () => {
  const { config, drafts } = loadSplit(join(__dirname, '../../test/corpus/v2'), 'test');
  const report = evaluate(createScanner(config), drafts);

  it('is there, with at least a third of its drafts clean', () => {
    expect(report.drafts).toBeGreaterThanOrEqual(300);
    expect(report.clean / report.drafts).toBeGreaterThanOrEqual(0.33);
  });

  const met = report.scores.filter((s) => !V2_FLOORS[s.rule]);
  const short = report.scores.filter((s) => V2_FLOORS[s.rule]);

  it.each(met.map((s) => [s.rule, s] as const))('%s meets its issue 12 target', (_rule, score) => {
    expect(shortfalls(score, V2_TARGETS)).toEqual([]);
  });

  // Issue 12 is open for these: the test keeps them from slipping back below what they reach today.
  it.each(short.map((s) => [s.rule, s] as const))('%s holds its floor (issue 12 target not met yet)', (_rule, score) => {
    expect(shortfalls(score, V2_FLOORS)).toEqual([]);
  });

  it('a rule that now meets its target has its floor removed', () => {
    expect(short.filter((s) => shortfalls(s, V2_TARGETS).length === 0).map((s) => s.rule)).toEqual([]);
  });
});

describe('a corpus file about a school of its own', () => {
  it('is scanned with the config beside it, not the split\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tbyp-corpus-'));
    mkdirSync(join(dir, 'test'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ schoolNames: ['Bryn Coch Primary School'], pupilNames: ['Grace Thomas'] }));
    const lines = 'school | Loving the new library at Oakfield High!\npupil | Well done Kacper Nowak on the county cup\n';
    writeFileSync(join(dir, 'test', 'ours.txt'), lines);
    writeFileSync(join(dir, 'test', 'theirs.txt'), lines);
    writeFileSync(join(dir, 'test', 'theirs.config.json'), JSON.stringify({ schoolNames: ['Oakfield High School'], pupilNames: ['Kacper Nowak'] }));
    const { config, drafts } = loadSplit(dir, 'test');
    const byFile = (f: string) => evaluate(createScanner(config), drafts.filter((d) => d.file === f)).scores;
    const recall = (f: string, rule: string) => byFile(f).find((s) => s.rule === rule)!.recall;
    expect([recall('theirs.txt', 'school'), recall('theirs.txt', 'pupil')]).toEqual([1, 1]);
    expect([recall('ours.txt', 'school'), recall('ours.txt', 'pupil')]).toEqual([0, 0]);
    rmSync(dir, { recursive: true });
  });
});
