// What the settings modules tell staff (a pupil file's problems, how a file was read, a policy's
// notices, a field's problem) is a catalogue key with its parameters, not a finished sentence: the
// settings code stays pure and language-free, and each page words it at the moment it draws, in
// the language chosen then. A parameter can itself be a message ("should be text, not a list").
import { formatNumber, t, tp, type MessageKey } from '../i18n';

/** The plural families in the catalogue: `x` when `x_other` exists. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer F}_other` ? F : never) : never;

/**
 * `or`: alternatives, joined the language's way ("a", "b" or "c" / "a", "b" neu "c"). Not
 * Intl.ListFormat: Chromium has no Welsh data for it and would say "or" in a Welsh sentence.
 */
export type Arg = string | number | Said | { or: readonly string[] };

export type Said = { key: MessageKey; args: readonly Arg[] } | { plural: PluralKey; count: number; args: readonly Arg[] };

export const said = (key: MessageKey, ...args: Arg[]): Said => ({ key, args });

/** `count` is the message's $1 (formatted for the language); `args` are $2… */
export const saidN = (plural: PluralKey, count: number, ...args: Arg[]): Said => ({ plural, count, args });

/** The message in the language in force now (British English unless a page chose otherwise). */
export function say(m: Said): string {
  const subs = m.args.map((a) => (typeof a !== 'object' ? (typeof a === 'number' ? formatNumber(a) : a) : 'or' in a ? either(a.or) : say(a)));
  return 'plural' in m ? tp(m.plural, m.count, ...subs) : t(m.key, ...subs);
}

function either(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : t('settings_choices_or', items.slice(0, -1).join(', '), items.at(-1)!);
}
