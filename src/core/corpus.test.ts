import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, floorsFrom, loadCorpus, loadSplit, shortfalls, V2_FLOORS, V2_TARGETS } from '../../test/corpus/evaluate';
import type { Report, RuleScore } from '../../test/corpus/evaluate';
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

describe('the floors the held-out figures support (npm run eval -- test --floors)', () => {
  const score = (rule: RuleScore['rule'], recall: number, precision: number, cleanAlarmRate: number): RuleScore =>
    ({ rule, labelled: 100, flagged: 100, hits: 0, recall, precision, cleanAlarms: 0, cleanAlarmRate });
  const report = (scores: RuleScore[]): Report => ({ drafts: 1000, clean: 400, scores, misses: [], falseAlarms: [] });

  it('keep what a rule short of its target reached, rounded to its disadvantage, and nothing for a rule that meets it', () => {
    const floors = floorsFrom(report([score('pupil', 0.9651, 0.8723, 0.0302), score('location', 0.768, 0.56, 0.0278), score('contact', 0.95, 0.99, 0.001), score('conduct', 0.9, 0.7, 0.001)]), V2_TARGETS);
    expect(floors).toEqual({
      pupil: { recall: 0.96, precision: 0.87, cleanAlarmRate: 0.031 },
      location: { recall: 0.76, cleanAlarmRate: 0.029 },
    });
  });

  it('are never stricter than the target itself', () => {
    // Short of recall only: its false alarms are well inside the target, so the target's rate stands.
    expect(floorsFrom(report([score('trip', 0.906, 0.78, 0.004)]), V2_TARGETS)).toEqual({ trip: { recall: 0.9, cleanAlarmRate: 0.02 } });
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
