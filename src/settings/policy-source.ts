// What scripts/policy.mjs needs from the extension to write IT's files: the validator IT's config
// must pass and the labels, help and rule list every template shows. Bundled by the script at run time.
export { parsePolicy } from './merge';
export { say } from './said';
export { FIELDS, POLICY_FIELDS, MODE_CHOICES, HOURS_PARTS, LOCKED_KEY } from './schema';
export { managedSchema, ruleDescription } from './managed-schema';
export { RULE_METAS as RULE_LIST } from '../core/rules';
