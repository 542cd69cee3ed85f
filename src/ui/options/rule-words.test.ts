// The options page shows each check's "what it looks for" and help from the catalogue
// (options_rule_<id>_examples / _help); the rules' meta keeps the English for IT's templates. This
// keeps the two the same in English and fails on a check whose words are missing in either language.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../core';
import { catalogue, LANGS } from '../../i18n';

describe("the options page's words for each check", () => {
  it('exist in every language for each check that has them, with the same English as the rule', () => {
    const en = catalogue('en_GB');
    let checked = 0;
    for (const [id, meta] of Object.entries(RULES)) {
      for (const part of ['examples', 'help'] as const) {
        const key = `options_rule_${id.replace(/-/g, '_')}_${part}`;
        if (!meta[part]) {
          expect(en[key], key).toBeUndefined();
          continue;
        }
        expect(en[key]?.message, key).toBe(meta[part]);
        for (const lang of LANGS) expect(catalogue(lang)[key]?.message, `${lang} ${key}`).toBeTruthy();
        checked++;
      }
    }
    expect(checked).toBe(12);
  });
});
