// One message catalogue for every word the person sees, in the browser's _locales format so the
// store listing and the toolbar title come from the same files. Chrome and Edge offer no Welsh
// interface, so the language is ours to choose (options, or IT's `language` policy) and the chosen
// catalogue is read from the package, not through browser.i18n, which only follows the browser.
import en from '../_locales/en_GB/messages.json';
import cy from '../_locales/cy/messages.json';

export type Lang = 'en_GB' | 'cy';
export type LanguageSetting = 'auto' | 'en' | 'cy';
export type MessageKey = keyof typeof en;
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Catalogue = Record<string, Entry | undefined>;

export const LANGS: readonly Lang[] = ['en_GB', 'cy'];
const CATALOGUES: Record<Lang, Catalogue> = { en_GB: en, cy };
/** BCP 47 tags for Intl and `lang` attributes. */
export const TAG: Record<Lang, string> = { en_GB: 'en-GB', cy: 'cy' };

let current: Lang = 'en_GB';

export function setLanguage(lang: Lang): void {
  current = lang;
}

export function language(): Lang {
  return current;
}

/** "auto" follows the browser's languages: Welsh if the person put Welsh first among cy/en, else British English. */
export function resolveLanguage(setting: LanguageSetting | undefined, browserLangs: readonly string[] = []): Lang {
  if (setting === 'cy') return 'cy';
  if (setting === 'en') return 'en_GB';
  for (const tag of browserLangs) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'cy') return 'cy';
    if (base === 'en') return 'en_GB';
  }
  return 'en_GB';
}

/** The browser's own language preferences, wherever we run (page, popup, worker). */
export function browserLanguages(): string[] {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return [...(nav?.languages ?? []), ...(nav?.language ? [nav.language] : [])];
}

/**
 * A message with its substitutions, in the chosen language, falling back to British English for a
 * key the Welsh lacks (a test keeps both complete; the fallback is for a bad build, not a plan).
 * Placeholders follow the _locales format: `$NAME$` names a placeholder whose content is `$1`…`$9`.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return format(lookup(key), subs);
}

/**
 * Plurals through Intl.PluralRules: `key` names a family `key_one`, `key_two`, `key_few`, `key_many`,
 * `key_zero`, `key_other` (Welsh uses all six); `$1` is the count, formatted for the language.
 */
export function tp(key: string, count: number, ...subs: (string | number)[]): string {
  const category = plural(count);
  const entry = lookup(`${key}_${category}`, true) ?? lookup(`${key}_other`);
  return format(entry, [formatNumber(count), ...subs]);
}

const rules = new Map<Lang, Intl.PluralRules>();
function plural(n: number): Intl.LDMLPluralRule {
  let r = rules.get(current);
  if (!r) rules.set(current, (r = new Intl.PluralRules(TAG[current])));
  return r.select(n);
}

function lookup(key: string, optional: true): Entry | undefined;
function lookup(key: string): Entry;
function lookup(key: string, optional = false): Entry | undefined {
  const found = CATALOGUES[current][key] ?? (current === 'en_GB' ? undefined : CATALOGUES.en_GB[key]);
  if (found || optional) return found;
  // A missing key shows as itself rather than throwing: a warning with one odd word still protects.
  return { message: key };
}

function format(entry: Entry, subs: readonly (string | number)[]): string {
  const named = entry.placeholders;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, (whole, name: string | undefined) => {
    if (!name) return '$';
    const content = named?.[name.toLowerCase()]?.content;
    if (content === undefined) return whole;
    return content.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
  });
}

export function formatNumber(n: number): string {
  return n.toLocaleString(TAG[current]);
}

/** 24-hour times ("08:30"), as people in the UK and Wales read them on a notice. */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleTimeString(TAG[current], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/**
 * Chromium ships ICU data only for its own interface languages, and Welsh is not one: measured in
 * Debian Chromium 156, Intl.DateTimeFormat.supportedLocalesOf(['cy']) is [] and
 * toLocaleDateString('cy') gives "December 6, 2026" (en-US). So Welsh month and day names are
 * ours, as CLDR has them (welsh-dates.test.ts compares them with Node's full ICU).
 */
const CY_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const CY_DAYS = { long: ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'], short: ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad'] };

/** "6 December 2026" / "6 Rhagfyr 2026" */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  if (current === 'cy') return `${d.getDate()} ${CY_MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  return d.toLocaleDateString(TAG[current], { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A day of the week, 0 = Sunday: "Saturday" / "Sat", "Dydd Sadwrn" / "Sad". */
export function formatWeekday(day: number, width: 'long' | 'short'): string {
  if (current === 'cy') return CY_DAYS[width][day]!;
  // 4 January 2026 was a Sunday.
  return new Date(2026, 0, 4 + day).toLocaleDateString(TAG[current], { weekday: width });
}

/** Every catalogue, for the completeness tests and the options page's language list. */
export function catalogue(lang: Lang): Readonly<Catalogue> {
  return CATALOGUES[lang];
}
