// The one list of rules. Everything else (the engine's order, the settings' rule switches, the
// managed schema, the ADMX, the options page) derives from it, so adding a rule is adding a line here.
import * as absence from './absence';
import * as colleague from './colleague';
import * as conduct from './conduct';
import * as confidential from './confidential';
import * as contact from './contact';
import * as contactBoundaries from './contact-boundaries';
import * as job from './job';
import * as location from './location';
import * as parentNames from './parent-names';
import * as pupil from './pupil';
import * as school from './school';
import * as trip from './trip';
import type { RuleCreate, RuleId, RuleMeta, RuleSteps } from '../types';

/** A rule compiles in one go (create) or, when its list can be long, in steps that yield now and then. */
export type RuleModule = { meta: RuleMeta } & ({ create: RuleCreate } | { steps: RuleSteps });

/**
 * Rules in the order findings are listed when two start at the same place (most serious first), and
 * the order of the options page and IT's templates. The engine runs them in `runOrder`'s order instead.
 * Contact boundaries reads no drafts (its module compiles to nothing): it is last, with the switches.
 */
export const RULE_MODULES: RuleModule[] = [pupil, parentNames, school, colleague, contact, confidential, trip, absence, location, conduct, job, contactBoundaries];

/**
 * The order the engine runs rules in: the list's order, except that a rule runs after every rule it
 * reads (its meta's `reads`, plus `extra`: what the learnt model reads for the rules it backs). Derived,
 * not hand-kept, so a rule that starts reading another cannot silently read nothing.
 */
export function runOrder<M extends { meta: RuleMeta }>(modules: readonly M[], extra: (id: RuleId) => readonly RuleId[] = () => []): M[] {
  const byId = new Map(modules.map((m) => [m.meta.id, m]));
  const out: M[] = [];
  const state = new Map<RuleId, 'running' | 'done'>();
  const visit = (m: M, path: RuleId[]): void => {
    const id = m.meta.id;
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'running') throw new Error(`Rules read each other in a circle: ${[...path, id].join(' -> ')}`);
    state.set(id, 'running');
    for (const r of [...(m.meta.reads ?? []), ...extra(id)]) {
      const dep = byId.get(r);
      if (!dep) throw new Error(`Rule ${id} reads ${r}, which is not a rule`);
      if (dep !== m) visit(dep, [...path, id]);
    }
    state.set(id, 'done');
    out.push(m);
  };
  for (const m of modules) visit(m, []);
  return out;
}

export const RULE_METAS: RuleMeta[] = RULE_MODULES.map((m) => m.meta);
export const RULE_IDS: RuleId[] = RULE_METAS.map((m) => m.id);
