import { afterEach, describe, expect, it } from 'vitest';
import { RULE_METAS } from '../core/rules';
import { catalogue, LANGS, setLanguage } from '.';
import { ruleKeys, ruleTitle, ruleWhy } from './rules';

afterEach(() => setLanguage('en_GB'));

describe('the rules in the catalogue', () => {
  it('every registered rule has its title and explanation in every language, the English word for word as its meta', () => {
    expect(RULE_METAS.length).toBeGreaterThan(10);
    for (const meta of RULE_METAS) {
      const { title, why } = ruleKeys(meta.id);
      for (const lang of LANGS) {
        expect(catalogue(lang)[title]?.message, `${lang} ${title}`).toBeTruthy();
        expect(catalogue(lang)[why]?.message, `${lang} ${why}`).toBeTruthy();
      }
      // The meta stays the English source (IT's templates read it): the two cannot drift apart.
      expect(catalogue('en_GB')[title]?.message, title).toBe(meta.title);
      expect(catalogue('en_GB')[why]?.message, why).toBe(meta.explanation);
      // Welsh, not English copied across.
      expect(catalogue('cy')[title]?.message, title).not.toBe(meta.title);
      expect(catalogue('cy')[why]?.message, why).not.toBe(meta.explanation);
    }
  });

  it('ruleTitle and ruleWhy follow the language in force, hyphenated ids included', () => {
    expect(ruleTitle('parent-names')).toBe("A parent's or carer's name");
    setLanguage('cy');
    expect(ruleTitle('parent-names')).toBe('Enw rhiant neu ofalwr');
    expect(ruleWhy('contact-boundaries')).toMatch(/^Mae'r person hwn ar restr disgyblion neu rieni'r ysgol\./);
    // The catalogue wins over the meta's English whenever it has the rule.
    expect(ruleTitle('pupil', "A pupil's name")).toBe('Enw disgybl');
  });

  it("a rule the catalogue lacks shows the meta's English, not a key", () => {
    setLanguage('cy');
    expect(ruleTitle('not-yet-translated', 'A new check')).toBe('A new check');
    expect(ruleWhy('not-yet-translated', 'Why it matters.')).toBe('Why it matters.');
  });
});
