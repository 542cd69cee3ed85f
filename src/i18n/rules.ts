// The rules' titles and explanations as the person reads them. The engine stays English (its meta
// is also the source for IT's templates); the catalogue holds `rule_<id>_title` and `rule_<id>_why`
// for every registered rule, kept equal to the meta in English and complete in Welsh by
// rules.test.ts. Any page that names a rule (badge, warning, popup, options) takes it from here.
import { t, type MessageKey } from '.';

/** The catalogue keys of a rule (ids hold '-', keys may not). */
export function ruleKeys(rule: string): { title: MessageKey; why: MessageKey } {
  const id = rule.replace(/-/g, '_');
  return { title: `rule_${id}_title` as MessageKey, why: `rule_${id}_why` as MessageKey };
}

/** "A pupil's name" / "Enw disgybl", in the language in force. */
export function ruleTitle(rule: string): string {
  return t(ruleKeys(rule).title);
}

/** Why a finding of this rule matters, citing the school's policy, in the language in force. */
export function ruleWhy(rule: string): string {
  return t(ruleKeys(rule).why);
}
