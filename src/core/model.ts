// A learnt second opinion for the semantic rules (issue 12): a small logistic-regression model per
// rule, trained on the dev drafts only by scripts/train-model.mjs, whose weights live in
// src/core/model/<rule>.ts. The hand-written checks learn the phrases of the corpus they were tuned
// on; the model weighs every word and word pair of a sentence, so a phrasing no rule lists can still
// add up. It only ever adds a finding beside the rule's own (an OR), never removes one.
// Names are replaced by their role (PUPIL, STAFF, SCHOOL) so the model learns roles, not our pupils.
import { INITIAL } from './doc';
import { CONDUCT } from './model/conduct';
import { CONFIDENTIAL } from './model/confidential';
import { JOB } from './model/job';
import type { Doc, RuleId } from './types';

/** A rule's weights as generated: features and weights side by side, the threshold chosen by cross-validation. */
export interface ModelData {
  bias: number;
  threshold: number;
  /** The L2 regularisation it was trained with (the script's --check retrains with it). */
  lambda?: number;
  /** Features separated by '\n' (a word, or two words joined by a space). */
  features: string;
  /** Weights, one per feature, in the same order. */
  weights: readonly number[];
}

interface Model {
  bias: number;
  threshold: number;
  w: Map<string, number>;
}

/** One stretch the model scores: a sentence, or the whole of a short draft. */
export interface Unit {
  start: number;
  end: number;
  feats: string[];
}

const DATA: Partial<Record<RuleId, ModelData>> = { conduct: CONDUCT, confidential: CONFIDENTIAL, job: JOB };
/** The rules the model backs up. */
export const MODEL_RULES = Object.keys(DATA) as RuleId[];

/** Switched off only to measure what the model adds (`npm run eval -- --no-model`). */
export const modelSwitch = { on: true };

/** Names found by the name rules become their role. The school first: a name inside it is the school's. */
const ROLES: [RuleId, string][] = [['school', 'SCHOOL'], ['pupil', 'PUPIL'], ['colleague', 'STAFF'], ['parent-names', 'PARENT']];

/** A short draft is scored whole; a longer one sentence by sentence, so its length alone adds nothing. */
export const SHORT_WORDS = 60;
/** A draft of fewer words says too little to judge. */
const MIN_WORDS = 3;

const hasDigit = /[0-9]/;

/** The word the model sees for token i: its role when a name rule found it, digits as one class. */
function wordFor(doc: Doc, i: number, found: Partial<Record<RuleId, [number, number][]>>): string {
  const s = doc.startOf(i);
  for (const [rule, role] of ROLES) {
    const spans = found[rule];
    if (spans) for (const [a, b] of spans) if (a <= s && s < b) return role;
  }
  const w = doc.word(i);
  return hasDigit.test(w) ? 'NUM' : w;
}

function featuresOf(words: string[], out: Set<string>): void {
  for (let k = 0; k < words.length; k++) {
    out.add(words[k]!);
    if (k > 0) out.add(words[k - 1]! + ' ' + words[k]!);
  }
}

/**
 * The units of a draft with their features: the whole draft when it is short, else each sentence.
 * Also used by the training script, so training and scanning read a draft the same way.
 */
export function modelUnits(doc: Doc, found: Partial<Record<RuleId, [number, number][]>> = doc.found ?? {}): { units: Unit[]; sentences: Unit[] } {
  const n = doc.tokens.length;
  const sentences: Unit[] = [];
  if (n < MIN_WORDS) return { units: [], sentences };
  let words: string[] = [];
  let start = 0;
  let prev = '';
  const close = (end: number) => {
    if (!words.length) return;
    const f = new Set<string>();
    featuresOf(words, f);
    sentences.push({ start, end, feats: [...f] });
    words = [];
  };
  for (let i = 0; i < n; i++) {
    if (i > 0 && doc.flagsOf(i) & INITIAL) close(doc.endOf(i - 1));
    if (!words.length) start = doc.startOf(i);
    const w = wordFor(doc, i, found);
    // A name of several words is one role.
    if (w === prev && w === w.toUpperCase() && words.length) continue;
    words.push(w);
    prev = w;
  }
  close(doc.endOf(n - 1));
  if (n > SHORT_WORDS) return { units: sentences, sentences };
  const all = new Set<string>();
  for (const s of sentences) for (const f of s.feats) all.add(f);
  return { units: [{ start: 0, end: doc.text.length, feats: [...all] }], sentences };
}

/** The model's raw score (log-odds) for one unit. */
export function scoreUnit(feats: readonly string[], bias: number, w: ReadonlyMap<string, number>): number {
  let z = bias;
  for (const f of feats) z += w.get(f) ?? 0;
  return z;
}

const models = new Map<RuleId, Model>();

function modelOf(rule: RuleId): Model | undefined {
  let m = models.get(rule);
  if (m) return m;
  const d = DATA[rule];
  if (!d) return undefined;
  const feats = d.features.split('\n');
  const w = new Map<string, number>();
  feats.forEach((f, k) => w.set(f, d.weights[k]!));
  m = { bias: d.bias, threshold: d.threshold, w };
  models.set(rule, m);
  return m;
}

const unitsCache = new WeakMap<Doc, { units: Unit[]; sentences: Unit[] }>();

/**
 * Where the model finds the rule in this draft: the span of the sentence that scored highest, or
 * null when no unit passes the rule's threshold (or the model is off, or the rule has none).
 */
export function modelFindings(doc: Doc, rule: RuleId): [number, number] | null {
  if (!modelSwitch.on) return null;
  const m = modelOf(rule);
  if (!m) return null;
  let u = unitsCache.get(doc);
  if (!u) unitsCache.set(doc, (u = modelUnits(doc)));
  let best = -Infinity;
  for (const unit of u.units) best = Math.max(best, scoreUnit(unit.feats, m.bias, m.w));
  if (best < m.threshold) return null;
  // The warning highlights the sentence that weighs most.
  let span: [number, number] | null = null;
  let top = -Infinity;
  for (const s of u.sentences) {
    const z = scoreUnit(s.feats, m.bias, m.w);
    if (z > top) [top, span] = [z, [s.start, s.end]];
  }
  return span;
}
