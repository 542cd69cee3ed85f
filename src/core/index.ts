// The detection engine: pure TypeScript, no DOM or browser API, so it runs the same in the content
// script, the options page and Node. createScanner compiles the school's lists once per settings
// change; scan() then costs a few map look-ups per word of the draft, however long the lists are.
import { makeDoc } from './doc';
import { Lexicon, SHARED } from './lexicon';
import { MODEL_READS, MODEL_RULES, modelFindings, prepareModel } from './model';
import { nameTokens } from './names';
import { RULE_IDS, RULE_METAS, RULE_MODULES, runOrder } from './rules';
import type { Check, Finding, RuleId, RuleMeta, Scanner, ScannerConfig } from './types';

export type { Finding, RuleId, RuleMeta, Scanner, ScannerConfig } from './types';
export { SEVEN_QUESTIONS } from './questions';

export const RULES = Object.fromEntries(RULE_METAS.map((m) => [m.id, m])) as Record<RuleId, RuleMeta>;
export { RULE_IDS };

/** Names found inside the school's own name ("Mary" in "St Mary's") belong to the school finding. */
const INSIDE_SCHOOL: Partial<Record<RuleId, true>> = { pupil: true, 'parent-names': true, colleague: true };

const learnt = new Set<RuleId>(MODEL_RULES);
/** Each rule after the rules it reads; a rule the model backs also after the names the model reads. */
const MODULES = runOrder(RULE_MODULES, (id) => (learnt.has(id) ? MODEL_READS : []));
/** A rule's spans when it found nothing (doc.found): read, never written. */
const NONE = Object.freeze([]) as unknown as [number, number][];

/**
 * doc.found as it starts each scan: every rule's key already there (undefined until the rule has run),
 * so each rule's spans are stored into a property the object has. Adding the keys one by one, each
 * rule's store changed the object's shape, and that one line was an eighth of the scan loop's time.
 * Rules only read doc.found?.[id], which is undefined either way for a rule not yet run.
 */
const FOUND = Object.fromEntries(RULE_IDS.map((id) => [id, undefined])) as Partial<Record<RuleId, [number, number][]>>;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function createScanner(config: ScannerConfig): Scanner {
  const steps = compileSteps(config);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * createScanner one step at a time: each next() does a few milliseconds of work, the last returns
 * the scanner. A long pupil list (a trust's 50,000 names) can then be compiled between the page's
 * own tasks instead of holding it for most of a second.
 */
export function* compileSteps(config: ScannerConfig): Generator<void, Scanner, void> {
  const cfg: ScannerConfig = {
    schoolNames: (config.schoolNames ?? []).filter((s) => typeof s === 'string' && s.trim()),
    pupilNames: (config.pupilNames ?? []).filter((s) => typeof s === 'string' && s.trim()),
    schoolDomain: config.schoolDomain,
    schoolHandles: config.schoolHandles ?? [],
    staffNames: (config.staffNames ?? []).filter((s) => typeof s === 'string' && s.trim()),
    parentNames: (config.parentNames ?? []).filter((s) => typeof s === 'string' && s.trim()),
    ignoreWords: config.ignoreWords ?? [],
    rules: config.rules ?? {},
  };
  const lexicon = new Lexicon(SHARED);
  const checks: { meta: RuleMeta; check: Check; model: boolean }[] = [];
  for (const m of MODULES) {
    // A rule the settings leave out keeps its default: on, unless its meta says otherwise.
    if (!(cfg.rules?.[m.meta.id] ?? m.meta.defaultOn !== false)) continue;
    const check = 'steps' in m ? yield* m.steps({ raw: cfg, lexicon }) : m.create({ raw: cfg, lexicon });
    if (check) checks.push({ meta: m.meta, check, model: learnt.has(m.meta.id) });
    yield;
  }
  // The word table is built here, with the rest of the compiled lists, not on the first keystroke;
  // so is the learnt model's (once per page), when a rule it backs is on.
  lexicon.seal();
  if (checks.some((c) => c.model)) {
    yield;
    prepareModel();
  }
  const ignore = new Set(cfg.ignoreWords!.map((w) => nameTokens(w).tokens.join(' ')).filter(Boolean));

  return {
    scan(text: string): Finding[] {
      if (typeof text !== 'string' || !text) return [];
      const doc = makeDoc(text, lexicon, true);
      const found = (doc.found = { ...FOUND });
      const out: Finding[] = [];
      // One report function for every rule of the scan, filling the current rule's spans.
      let spans: [number, number][] = NONE;
      const report = (a: number, b: number): void => {
        // A pattern can stop inside an emoji: a highlight must not split a surrogate pair.
        if (a > 0 && isLow(text.charCodeAt(a)) && isHigh(text.charCodeAt(a - 1))) a--;
        if (b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b))) b++;
        if (b > a) (spans === NONE ? (spans = []) : spans).push([a, b]);
      };
      for (const { meta, check, model } of checks) {
        // Most rules find nothing in most drafts: they share one empty list instead of each making one.
        spans = NONE;
        check(doc, report);
        // The learnt second opinion (model.ts) is asked only when the rule's own check found nothing.
        // A fault in it must not cost the hand-written findings: it is only a second opinion.
        if (!spans.length && model) {
          try {
            const span = modelFindings(doc, meta.id);
            if (span) {
              report(span[0], span[1]);
              (doc.learnt ??= {})[meta.id] = true;
            }
          } catch {
            /* the rule's own answer stands */
          }
        }
        if (spans.length > 1) spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
        found[meta.id] = spans;
        let lastEnd = -1;
        for (const [start, end] of spans) {
          if (start < lastEnd) continue; // one finding per stretch of text per rule
          if (ignore.size && ignore.has(nameTokens(text.slice(start, end)).tokens.join(' '))) continue;
          lastEnd = end;
          out.push({ rule: meta.id, start, end, severity: meta.severity, label: meta.title, message: meta.explanation, questions: [...meta.questions] });
        }
      }
      // A name inside an email address or handle the contact rule found belongs to that finding too
      // ("sian.williams1985@…", "lowri dot parry at gmail dot com").
      const schools = out.filter((f) => f.rule === 'school' || f.rule === 'contact');
      const kept = schools.length ? out.filter((f) => !INSIDE_SCHOOL[f.rule] || !schools.some((s) => s.start <= f.start && f.end <= s.end && (s.rule === 'school' || f.rule === 'pupil'))) : out;
      const order = (r: RuleId) => RULE_IDS.indexOf(r);
      return kept.sort((x, y) => x.start - y.start || order(x.rule) - order(y.rule));
    },
  };
}
