// Helpers for the rule tests beside each rule (ESLint RuleTester style: cases that must and must not match).
import { createScanner } from './index';
import type { RuleId, ScannerConfig } from './types';

export const SCHOOL_CONFIG: ScannerConfig = {
  schoolNames: ['Green Lane Community School', "St Mary's C of E Primary"],
  pupilNames: ['Ellie Smith', 'William Turner', 'Rose Khan', 'Grace Okafor', 'Thomas Wright', 'Zoë Adams', 'Max Patel', 'Eve Parker', 'May Lin', 'Alfie Cooper', 'Sienna O\'Brien', 'Harry Green', 'Ellie-Mae Jones-Baker'],
  schoolDomain: 'greenlane.sch.uk',
  schoolHandles: ['@GreenLaneCS'],
  staffNames: ['Mrs Sarah Jones', 'David Hall'],
};

/** The text each finding of `rule` covers, in order. */
export function matches(rule: RuleId, text: string, config: ScannerConfig = SCHOOL_CONFIG): string[] {
  return createScanner(config)
    .scan(text)
    .filter((f) => f.rule === rule)
    .map((f) => text.slice(f.start, f.end));
}
