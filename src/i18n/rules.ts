// The rules' titles and explanations as the person reads them. The engine stays English (its meta
// is also the source for IT's templates); the catalogue holds `rule_<id>_title` and `rule_<id>_why`
// for every registered rule, kept equal to the meta in English and complete in Welsh by
// rules.test.ts. Any page that names a rule (badge, warning, popup, options) takes it from here.
import { catalogue, t, type MessageKey } from '.';

/** The catalogue keys of a rule (ids hold '-', keys may not). */
export function ruleKeys(rule: string): { title: MessageKey; why: MessageKey } {
  const id = rule.replace(/-/g, '_');
  return { title: `rule_${id}_title` as MessageKey, why: `rule_${id}_why` as MessageKey };
}

/** "A pupil's name" / "Enw disgybl", in the language in force; `english` (the meta) for a rule the catalogue lacks. */
export function ruleTitle(rule: string, english?: string): string {
  return words(ruleKeys(rule).title, english);
}

/** Why a finding of this rule matters, citing the school's policy, in the language in force. */
export function ruleWhy(rule: string, english?: string): string {
  return words(ruleKeys(rule).why, english);
}

// A rule added without its catalogue entries (the test fails, but a build may still ship) shows the
// meta's English rather than a key.
function words(key: MessageKey, english: string | undefined): string {
  return english !== undefined && !catalogue('en_GB')[key] ? english : t(key);
}
