// The extension's catalogue as the specs read it: Playwright's loader cannot import JSON without an
// import attribute, and a spec asserting Welsh must take the Welsh from the same files the build ships.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Lang = 'en_GB' | 'cy';
type Entry = { message: string; placeholders?: Record<string, { content: string }> };

const cache = new Map<Lang, Record<string, Entry>>();
function catalogue(lang: Lang): Record<string, Entry> {
  let c = cache.get(lang);
  if (!c) cache.set(lang, (c = JSON.parse(readFileSync(resolve('src/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Entry>));
  return c;
}

/** A message with its placeholders filled ($NAME$ → its $n → subs[n-1]), as src/i18n's t() does. */
export function message(lang: Lang, key: string, ...subs: (string | number)[]): string {
  const entry = catalogue(lang)[key];
  if (!entry) throw new Error(`no ${key} in ${lang}`);
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content === undefined ? whole : content.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
  });
}

/** A plural message for this count, chosen by Intl.PluralRules as tp() chooses it. */
export function plural(lang: Lang, family: string, count: number, ...subs: (string | number)[]): string {
  const form = new Intl.PluralRules(lang === 'cy' ? 'cy' : 'en-GB').select(count);
  const key = catalogue(lang)[`${family}_${form}`] ? `${family}_${form}` : `${family}_other`;
  return message(lang, key, count.toLocaleString(lang === 'cy' ? 'cy' : 'en-GB'), ...subs);
}
