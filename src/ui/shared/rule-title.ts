import { RULES } from '../../core';
import { catalogue, t, type MessageKey } from '../../i18n';

/**
 * A check's name as staff see it: the catalogue's rule_<id>_title (the content-i18n branch adds
 * them, with a test keeping the English equal to the rule's meta), else the rule's own English
 * title, so the page reads the same before and after those keys arrive.
 */
export function ruleTitle(id: string): string {
  const key = `rule_${id.replace(/-/g, '_')}_title`;
  if (catalogue('en_GB')[key]) return t(key as MessageKey);
  return RULES[id as keyof typeof RULES]?.title ?? id;
}
