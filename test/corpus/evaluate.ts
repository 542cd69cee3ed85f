// Scores the engine against the labelled drafts: per-rule recall, precision and false alarms on clean
// drafts, with every miss and false alarm listed. Used by `npm run eval` and by the unit test that
// holds the figures at the targets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScanner, type Finding, type RuleId, type Scanner, type ScannerConfig } from '../../src/core';

export interface Draft {
  /** File the draft comes from (its name only) and line in it. */
  file?: string;
  line: number;
  labels: RuleId[];
  text: string;
  /**
   * The school this draft was written about, when its file brings its own (`<file>.config.json` beside it):
   * a second school shows whether a rule learnt Bryn Coch or learnt schools.
   */
  config?: ScannerConfig;
}

export interface RuleScore {
  rule: ScoredRule;
  labelled: number;
  flagged: number;
  hits: number;
  recall: number;
  precision: number;
  /** Clean drafts (no labels at all) this rule fired on. */
  cleanAlarms: number;
  cleanAlarmRate: number;
}

export interface Report {
  drafts: number;
  clean: number;
  scores: RuleScore[];
  misses: { rule: RuleId; draft: Draft }[];
  falseAlarms: { rule: RuleId; draft: Draft; matched: string[] }[];
}

/**
 * Rules the corpus scores. Not parent-names (the corpus config has no parents' list, and the rule is
 * off by default) nor contact-boundaries (it acts on Follow and Add friend, never on a draft).
 */
type ScoredRule = Exclude<RuleId, 'parent-names' | 'contact-boundaries'>;
export type Targets = Record<ScoredRule, { recall: number; precision?: number; cleanAlarmRate?: number }>;

/**
 * Targets on the first corpus (test/corpus/drafts.txt).
 * @public scripts/eval.mjs reads it from an esbuild bundle of this file, which knip cannot follow.
 */
export const TARGETS: Targets = {
  school: { recall: 0.97, precision: 0.97 },
  pupil: { recall: 0.97, precision: 0.97 },
  colleague: { recall: 0.9, cleanAlarmRate: 0.03 },
  location: { recall: 0.9, cleanAlarmRate: 0.03 },
  job: { recall: 0.9, cleanAlarmRate: 0.03 },
  absence: { recall: 0.9, cleanAlarmRate: 0.03 },
  contact: { recall: 0.9, cleanAlarmRate: 0.03 },
  trip: { recall: 0.9, cleanAlarmRate: 0.03 },
  conduct: { recall: 0.85, cleanAlarmRate: 0.03 },
  confidential: { recall: 0.85, cleanAlarmRate: 0.03 },
};

/** Issue 12's targets, held on the held-out `test` split of the v2 corpus (test/corpus/v2). */
export const V2_TARGETS: Targets = {
  school: { recall: 0.98, precision: 0.98 },
  pupil: { recall: 0.98, precision: 0.98 },
  colleague: { recall: 0.9, cleanAlarmRate: 0.03 },
  location: { recall: 0.92, cleanAlarmRate: 0.02 },
  job: { recall: 0.92, cleanAlarmRate: 0.02 },
  absence: { recall: 0.92, cleanAlarmRate: 0.02 },
  contact: { recall: 0.92, cleanAlarmRate: 0.02 },
  trip: { recall: 0.92, cleanAlarmRate: 0.02 },
  conduct: { recall: 0.85, cleanAlarmRate: 0.03 },
  confidential: { recall: 0.85, cleanAlarmRate: 0.03 },
};

/**
 * Where a rule is still short of its issue 12 target on the held-out split, the unit test holds the
 * figure reached so far so nothing slips back while the target stays open; `npm run eval` still
 * reports the target as missed. Remove a floor when the rule meets V2_TARGETS (corpus.test.ts asks).
 * The block below is what `npm run eval -- test --floors` printed at the end of session 9 (floorsFrom:
 * recall and precision rounded down to a point, clean false alarms up to a tenth with half a tenth to
 * spare), after the session's last held-out file (fresh-q, an all-age special school in Hull) was added.
 * On the nine files before it every rule held or rose except trip (90.6 -> 90.4 %) and pupil's recall
 * (96.5 -> 96.4 %); the new file scored lower than the split on trip (78 %), job (66 %), confidential
 * (75 %) and pupil precision, so trip's recall floor (0.90 -> 0.89) and pupil's precision floor
 * (0.87 -> 0.86) are a point lower than session 8's, conduct's and confidential's are lower than the
 * 0.71 / 0.82 conduct7 set from its own retrain (the joint retrain gave 70.0 / 83.2 on the nine files),
 * and school gains a false-alarm floor. docs/detection.md gives the figures.
 */
export const V2_FLOORS: Partial<Targets> = {
  school: { recall: 0.89, precision: 0.98, cleanAlarmRate: 0.003 },
  pupil: { recall: 0.96, precision: 0.86, cleanAlarmRate: 0.033 },
  // Colleague meets its target (recall >= 0.90) since session 9, so corpus.test.ts holds it to that instead.
  location: { recall: 0.78, cleanAlarmRate: 0.029 },
  job: { recall: 0.74, cleanAlarmRate: 0.037 },
  absence: { recall: 0.85, cleanAlarmRate: 0.02 },
  trip: { recall: 0.89, cleanAlarmRate: 0.02 },
  conduct: { recall: 0.69, cleanAlarmRate: 0.03 },
  confidential: { recall: 0.81, cleanAlarmRate: 0.03 },
};

function unescape(s: string): string {
  return s.replace(/\\(n|u([0-9a-fA-F]{4}))/g, (_, k: string, hex?: string) => (k === 'n' ? '\n' : String.fromCharCode(parseInt(hex!, 16))));
}

/** Drafts in the `labels | text` format, one a line; `//` starts a comment. */
function parseDrafts(source: string, file: string): Draft[] {
  const drafts: Draft[] = [];
  source.split('\n').forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('//')) return;
    const bar = raw.indexOf(' | ');
    if (bar < 0) throw new Error(`${file}:${i + 1}: expected "labels | text"`);
    const head = raw.slice(0, bar).trim();
    const labels = head === '-' ? [] : (head.split(',').map((l) => l.trim()) as RuleId[]);
    for (const l of labels) if (!(l in TARGETS)) throw new Error(`${file}:${i + 1}: unknown rule "${l}"`);
    drafts.push({ file, line: i + 1, labels, text: unescape(raw.slice(bar + 3)) });
  });
  return drafts;
}

/** The first corpus: config.json and drafts.txt in one folder. */
export function loadCorpus(dir: string): { config: ScannerConfig; drafts: Draft[] } {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as ScannerConfig;
  return { config, drafts: parseDrafts(readFileSync(join(dir, 'drafts.txt'), 'utf8'), 'drafts.txt') };
}

/**
 * One split of the v2 corpus: its config.json, and every .txt file in the split's folder. A file with a
 * `<name>.config.json` beside it is about another school: its drafts carry that config.
 */
export function loadSplit(dir: string, split: 'dev' | 'test'): { config: ScannerConfig; drafts: Draft[] } {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as ScannerConfig;
  const folder = join(dir, split);
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.txt')).sort() : [];
  return {
    config,
    drafts: files.flatMap((f) => {
      const drafts = parseDrafts(readFileSync(join(folder, f), 'utf8'), f);
      const own = join(folder, f.replace(/\.txt$/, '.config.json'));
      if (!existsSync(own)) return drafts;
      const school = JSON.parse(readFileSync(own, 'utf8')) as ScannerConfig;
      return drafts.map((d) => ({ ...d, config: school }));
    }),
  };
}

/**
 * Scans each draft with `scanner`, or with a scanner for the draft's own school when its file brings one
 * (compiled once per config).
 * @public scripts/train-model.mjs reads it from an esbuild bundle of this file, which knip cannot follow.
 */
export function scanAll(scanner: Scanner, drafts: Draft[]): Finding[][] {
  const own = new Map<ScannerConfig, Scanner>();
  return drafts.map((d) => {
    if (!d.config) return scanner.scan(d.text);
    let s = own.get(d.config);
    if (!s) own.set(d.config, (s = createScanner(d.config)));
    return s.scan(d.text);
  });
}

export function evaluate(scanner: Scanner, drafts: Draft[]): Report {
  const rules = Object.keys(TARGETS) as ScoredRule[];
  const found = scanAll(scanner, drafts);
  const clean = drafts.filter((d) => d.labels.length === 0).length;
  const report: Report = { drafts: drafts.length, clean, scores: [], misses: [], falseAlarms: [] };
  for (const rule of rules) {
    let labelled = 0, flagged = 0, hits = 0, cleanAlarms = 0;
    drafts.forEach((d, i) => {
      const mine: Finding[] = found[i]!.filter((f) => f.rule === rule);
      const want = d.labels.includes(rule);
      if (want) labelled++;
      if (mine.length) flagged++;
      if (want && mine.length) hits++;
      if (want && !mine.length) report.misses.push({ rule, draft: d });
      if (!want && mine.length) {
        report.falseAlarms.push({ rule, draft: d, matched: mine.map((f) => d.text.slice(f.start, f.end)) });
        if (d.labels.length === 0) cleanAlarms++;
      }
    });
    report.scores.push({
      rule, labelled, flagged, hits,
      recall: labelled ? hits / labelled : 1,
      precision: flagged ? hits / flagged : 1,
      cleanAlarms,
      cleanAlarmRate: clean ? cleanAlarms / clean : 0,
    });
  }
  return report;
}

/**
 * The floors V2_FLOORS should hold after a session's work, from the held-out report (`npm run eval --
 * test --floors` prints them): each rule short of its target keeps its recall (and precision, where the
 * target has one) rounded down to a point, and its clean false-alarm rate rounded up to a tenth of a
 * point with half a tenth to spare (also where the target sets no rate: a rule short of its target must not
 * buy recall with false alarms), never stricter than the target. Rules that meet their target get none.
 */
export function floorsFrom(report: Report, targets: Targets): Partial<Targets> {
  const down = (x: number) => Math.floor(x * 100 + 1e-9) / 100;
  const floors: Partial<Targets> = {};
  for (const s of report.scores) {
    const t = targets[s.rule];
    if (!shortfalls(s, targets).length) continue;
    floors[s.rule] = {
      recall: Math.min(t.recall, down(s.recall)),
      ...(t.precision !== undefined && { precision: Math.min(t.precision, down(s.precision)) }),
      cleanAlarmRate: Math.max(t.cleanAlarmRate ?? 0, Math.ceil(s.cleanAlarmRate * 1000 + 0.5) / 1000),
    };
  }
  return floors;
}

/** Targets a score falls short of, in words; empty when all are met. */
export function shortfalls(score: RuleScore, targets: Partial<Targets> = TARGETS): string[] {
  const t = targets[score.rule];
  if (!t) return [];
  const out: string[] = [];
  if (score.recall < t.recall) out.push(`recall ${score.recall.toFixed(3)} < ${t.recall}`);
  if (t.precision !== undefined && score.precision < t.precision) out.push(`precision ${score.precision.toFixed(3)} < ${t.precision}`);
  if (t.cleanAlarmRate !== undefined && score.cleanAlarmRate > t.cleanAlarmRate) out.push(`false alarms on ${(score.cleanAlarmRate * 100).toFixed(1)}% of clean drafts > ${t.cleanAlarmRate * 100}%`);
  return out;
}
