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
 * Rules in the order findings are listed when two start at the same place (most serious first).
 * Absence runs before location, which names the place of a stay absence found.
 * Contact boundaries reads no drafts (its module compiles to nothing): it is last, with the switches.
 */
export const RULE_MODULES: RuleModule[] = [pupil, parentNames, school, colleague, contact, confidential, trip, absence, location, conduct, job, contactBoundaries];

export const RULE_METAS: RuleMeta[] = RULE_MODULES.map((m) => m.meta);
export const RULE_IDS: RuleId[] = RULE_METAS.map((m) => m.id);
