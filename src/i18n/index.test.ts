import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, formatTime, LANGS, resolveLanguage, setLanguage, t, tp } from '.';

afterEach(() => setLanguage('en_GB'));

const KEY = /^[A-Za-z0-9_@]+$/;
const placeholdersOf = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('the catalogues', () => {
  it('have the same keys in every language, so nothing shows in English by accident', () => {
    const en = Object.keys(catalogue('en_GB'));
    for (const lang of LANGS) {
      const keys = Object.keys(catalogue(lang)).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '_#'));
      const want = en.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '_#'));
      expect(new Set(keys), lang).toEqual(new Set(want));
    }
  });

  it('use plain words, and one name for each thing', () => {
    // Staff see these: no engine words. Welsh names the school's IT "tîm TG" everywhere, as the
    // settings page does, not "adran TG" on the welcome page only.
    const JARGON = [/\bregex/i, /\bscanner\b/i, /managed storage/i, /\brule id\b/i, /\badran TG\b/i];
    for (const lang of LANGS) for (const [key, entry] of Object.entries(catalogue(lang))) {
      for (const word of JARGON) expect(entry!.message, `${lang} ${key}`).not.toMatch(word);
    }
  });

  it('are in the browser _locales format: valid keys, a message each, every $NAME$ declared with $1…$9', () => {
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(catalogue(lang))) {
        expect(key, `${lang} ${key}`).toMatch(KEY);
        expect(typeof entry?.message, `${lang} ${key}`).toBe('string');
        for (const name of placeholdersOf(entry!.message)) {
          expect(entry!.placeholders?.[name]?.content, `${lang} ${key} $${name}$`).toMatch(/^\$[1-9]$/);
        }
      }
    }
  });

  it('use the same placeholders in each language as in English', () => {
    const en = catalogue('en_GB');
    for (const [key, entry] of Object.entries(catalogue('cy'))) {
      const base = en[key] ?? en[key.replace(/_(zero|one|two|few|many)$/, '_other')];
      if (!base) continue;
      expect(placeholdersOf(entry!.message), key).toEqual(placeholdersOf(base.message));
    }
  });

  it('give every plural family the forms its language needs', () => {
    for (const lang of LANGS) {
      const cat = catalogue(lang);
      const families = new Set(Object.keys(cat).filter((k) => /_other$/.test(k)).map((k) => k.replace(/_other$/, '')));
      const needed = new Intl.PluralRules(lang === 'cy' ? 'cy' : 'en-GB').resolvedOptions().pluralCategories;
      for (const f of families) for (const c of needed) expect(cat[`${f}_${c}`], `${lang} ${f}_${c}`).toBeDefined();
    }
  });
});

describe('t and tp', () => {
  it('fills placeholders and falls back to the key itself rather than throwing', () => {
    expect(t('extName')).toBe('Think Before You Post');
    setLanguage('cy');
    expect(t('extName')).toBe('Meddwl Cyn Postio');
    expect(t('no_such_key' as never)).toBe('no_such_key');
  });

  it('chooses Welsh plural forms by Intl.PluralRules', () => {
    const pr = new Intl.PluralRules('cy');
    expect([0, 1, 2, 3, 6, 7].map((n) => pr.select(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    // tp falls back to _other for a family missing a form, and formats the count for the language.
    expect(tp('extName', 1000)).toBe('extName_other');
  });
});

describe('language', () => {
  it('follows the setting, else the browser: Welsh first wins, else British English', () => {
    expect(resolveLanguage('cy', ['en-GB'])).toBe('cy');
    expect(resolveLanguage('en', ['cy'])).toBe('en_GB');
    expect(resolveLanguage('auto', ['cy-GB', 'en-GB'])).toBe('cy');
    expect(resolveLanguage('auto', ['en-GB', 'cy'])).toBe('en_GB');
    expect(resolveLanguage('auto', ['pl', 'cy'])).toBe('cy');
    expect(resolveLanguage('auto', ['fr'])).toBe('en_GB');
    expect(resolveLanguage(undefined, [])).toBe('en_GB');
  });

  it('shows times on the 24-hour clock in both languages', () => {
    const at = new Date(2026, 11, 6, 20, 5).getTime();
    expect(formatTime(at)).toBe('20:05');
    setLanguage('cy');
    expect(formatTime(at)).toBe('20:05');
  });
});
