// The one settings schema: field list, defaults, and validation shared by what the person saves,
// what IT pushes by policy, and what an imported settings file holds. Pure: no browser API.
import { RULE_LIST } from '../core/rule-list';
import type { RuleId } from '../core/types';
import type { LanguageSetting } from '../i18n';
import { said, saidN, type Said } from './said';

/** Rules a person or IT can switch off. Unknown ids in stored or policy data are reported, not kept. */
export const RULE_IDS: RuleId[] = RULE_LIST.map((r) => r.id);

export interface WorkingHours {
  enabled: boolean;
  /** 0 = Sunday … 6 = Saturday */
  days: number[];
  /** "HH:MM", 24-hour clock */
  start: string;
  end: string;
}

export interface Settings {
  schoolName: string;
  schoolAliases: string[];
  schoolDomain: string;
  schoolHandles: string[];
  pupilNames: string[];
  /** Parents and carers: the contact-boundaries nudge, and drafts only if `parent-names` is on. */
  parentNames: string[];
  staffNames: string[];
  mode: 'warn' | 'always';
  rules: Record<RuleId, boolean>;
  ignoreWords: string[];
  workingHours: WorkingHours;
  /** epoch ms; 0 = not paused */
  pausedUntil: number;
  /** The language of everything we show; "auto" follows the browser. */
  language: LanguageSetting;
}

export type FieldName = keyof Settings;

export const SCHEMA_VERSION = 2;

export function defaultSettings(): Settings {
  return {
    schoolName: '',
    schoolAliases: [],
    schoolDomain: '',
    schoolHandles: [],
    pupilNames: [],
    parentNames: [],
    staffNames: [],
    mode: 'warn',
    rules: Object.fromEntries(RULE_LIST.map((r) => [r.id, r.defaultOn])) as Record<RuleId, boolean>,
    ignoreWords: [],
    workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '08:30', end: '15:30' },
    pausedUntil: 0,
    language: 'auto',
  };
}

type Kind = 'text' | 'list' | 'choice' | 'rules' | 'hours' | 'time';

export interface FieldMeta {
  kind: Kind;
  /** Plain-English name used in every IT template; staff see the catalogue's field_<name> (field-words.test.ts keeps the English equal). */
  label: string;
  /** One or two sentences for IT consoles (managed schema, ADMX explain text). */
  help: string;
  /** Whether IT can set it by policy (pausing is personal and short-lived). */
  policy: boolean;
  /** Longest list we keep; a 50,000-pupil MIS export must fit. */
  max?: number;
  /** A choice's values and what each means, in the words shown to staff and IT. */
  choices?: Readonly<Record<string, string>>;
}

/** The choices for `mode`, in the words shown to IT (the options page shows options_mode_*). */
export const MODE_CHOICES: Record<Settings['mode'], string> = {
  warn: 'Only when something in the post might be risky (recommended)', // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  always: 'Every time: always ask me the seven questions', // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
};

/** The choices for `language`, for IT (the options page shows options_language_*). Chrome and Edge have no Welsh interface, so staff choose it there. */
const LANGUAGE_CHOICES: Record<LanguageSetting, string> = {
  auto: "The browser's language", // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  en: 'English', // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  cy: 'Cymraeg (Welsh)', // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
};

export const FIELDS: Record<FieldName, FieldMeta> = {
  schoolName: { kind: 'text', label: "School's name", policy: true, help: 'The school\'s full name, e.g. "Grangetown Primary School".' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  schoolAliases: { kind: 'list', label: 'Other names for the school', policy: true, max: 200, help: 'Short names, initials, nicknames and hashtags, one per entry, e.g. "Grangetown Primary", "GPS", "#GrangetownPrimary".' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  schoolDomain: { kind: 'text', label: "School's website address", policy: true, help: 'e.g. "grangetown.sch.uk".' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  schoolHandles: { kind: 'list', label: "School's social media accounts", policy: true, max: 50, help: 'The school\'s own account names, one per entry, e.g. "@GrangetownPS".' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  pupilNames: { kind: 'list', label: "Pupils' names", policy: true, max: 100_000, help: 'One "Forename Surname" per entry. Kept only on each device; never sent anywhere.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  parentNames: {
    kind: 'list', label: "Parents' and carers' names", policy: true, max: 100_000, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
    help: 'One "Forename Surname" per entry. Kept only on each device; never sent anywhere. Used to ask first before staff friend, follow or message a parent, and, if "A parent\'s or carer\'s name" is switched on, to check drafts.', // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  },
  staffNames: { kind: 'list', label: "Colleagues' names", policy: true, max: 5_000, help: 'Staff names, one per entry.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  mode: { kind: 'choice', choices: MODE_CHOICES, label: 'When to show the questions', policy: true, help: '"warn": only when something in the post might be risky. "always": before every post.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  rules: { kind: 'rules', label: 'What to check for', policy: true, help: 'Each check on (true) or off (false). A check not listed is left to staff.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  ignoreWords: { kind: 'list', label: 'Words never to flag', policy: true, max: 1_000, help: 'Words or phrases that should never be flagged, one per entry.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  workingHours: { kind: 'hours', label: 'Working hours reminder', policy: true, help: 'A gentle reminder when posting during directed time: on or off, the working days and the start and end times.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  pausedUntil: { kind: 'time', label: 'Pause', policy: false, help: 'Until when checking is paused on this device.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  language: { kind: 'choice', choices: LANGUAGE_CHOICES, label: 'Language', policy: true, help: '"auto": the browser\'s language (Welsh if the browser puts Welsh before English). "en": English. "cy": Welsh.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
};


/** The parts of `workingHours`, labelled for the options page and the IT templates. */
export const HOURS_PARTS: Record<keyof WorkingHours, { label: string; help: string }> = {
  enabled: { label: 'Remind me when I post during working hours', help: 'true = remind, false = do not.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  days: { label: 'Working days', help: '0 = Sunday … 6 = Saturday, one per entry.' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  start: { label: 'From', help: '"HH:MM", 24-hour clock, e.g. "08:30".' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
  end: { label: 'To', help: '"HH:MM", 24-hour clock, e.g. "15:30".' }, // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue
};

/** The policy-only key that locks fields (merge.ts reads it); not a setting a person has. */
export const LOCKED_KEY = { name: 'locked', label: 'Settings staff cannot change', help: 'Names of the settings above, one per entry, e.g. "schoolName", "pupilNames".' } as const; // i18n-ignore: IT templates (ADMX, managed schema, profiles) stay English; staff see the catalogue

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];
export const POLICY_FIELDS = FIELD_NAMES.filter((f) => FIELDS[f].policy);

/**
 * `problem` is a whole clause about the field, with the field's name in the message's $FIELD$ (so
 * Welsh can put its verb first); the caller gives the field's words (label, or label and key).
 * `dropped` are the parts left out of a value that was otherwise kept.
 */
export type Checked<T> = { ok: true; value: T; dropped: Said[] } | { ok: false; problem: (field: Said) => Said };

const ok = <T>(value: T, dropped: Said[] = []): Checked<T> => ({ ok: true, value, dropped });
const bad = (problem: (field: Said) => Said): Checked<never> => ({ ok: false, problem });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, unpaired surrogates,
 * U+FFFE/U+FFFF). An MIS export can hold them invisibly; left in, they make the macOS profile and
 * the ADMX route unreadable, and they never belong in a name.
 */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const tidy = (s: string) => s.replace(NOT_TEXT, '').replace(/\s+/g, ' ').trim();

/** "https://www.Example.sch.uk/about" → "example.sch.uk" */
function normaliseDomain(raw: string): string {
  return raw.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/?#].*$/, '').replace(/\.$/, '');
}

function isDomain(d: string): boolean {
  return /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(d);
}

function normaliseHandle(raw: string): string {
  return raw.trim().replace(/^https?:\/\/(www\.)?(x|twitter|facebook|instagram)\.com\//i, '').replace(/^@/, '').replace(/\/$/, '');
}

/** Drops case-insensitive repeats, keeps the first spelling. Also how the school's and a person's lists add up. */
export function uniqueKeepFirst(items: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const key = item.toLocaleLowerCase('en-GB');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** Trims, drops blanks and case-insensitive repeats, keeps the first spelling. */
function cleanList(items: string[]): string[] {
  return uniqueKeepFirst(items.map(tidy).filter(Boolean));
}

/**
 * Checks one field's value. `strictEmpty`: an empty string is a mistake in a policy (IT meant to
 * set something), but a person clearing a box simply means "not set".
 */
export function checkField<K extends FieldName>(field: K, value: unknown, strictEmpty = false): Checked<Settings[K]> {
  const meta = FIELDS[field];
  switch (meta.kind) {
    case 'text': {
      if (typeof value !== 'string') return bad((f) => said('settings_problem_not_text', f, describe(value)));
      let v = tidy(value);
      if (!v && strictEmpty) return bad((f) => said('settings_problem_empty', f));
      if (field === 'schoolDomain' && v) {
        v = normaliseDomain(v);
        if (!isDomain(v)) return bad((f) => said('settings_problem_not_domain', f, value));
      }
      if (v.length > 300) return bad((f) => said('settings_problem_too_long', f, 300));
      return ok(v as Settings[K]);
    }
    case 'list': {
      if (!Array.isArray(value)) return bad((f) => said('settings_problem_not_list', f, describe(value)));
      const dropped: Said[] = [];
      const strings: string[] = [];
      value.forEach((item, i) => {
        if (typeof item !== 'string') dropped.push(said('settings_dropped_item_not_text', i + 1, describe(item)));
        else if (field === 'schoolHandles') {
          const h = normaliseHandle(item);
          if (h && !/^[A-Za-z0-9_.]{1,50}$/.test(h)) dropped.push(said('settings_dropped_not_handle', item));
          else strings.push(h);
        } else strings.push(item);
      });
      let list = cleanList(strings);
      if (strictEmpty && value.length > 0 && strings.length > 0 && list.length === 0) dropped.push(said('settings_dropped_all_empty'));
      if (list.length > meta.max!) {
        dropped.push(saidN('settings_dropped_over_max', list.length, meta.max!));
        list = list.slice(0, meta.max);
      }
      return ok(list as Settings[K], dropped);
    }
    case 'choice': {
      const values = Object.keys(meta.choices!);
      if (typeof value === 'string' && values.includes(value)) return ok(value as Settings[K]);
      return bad((f) => said('settings_problem_not_choice', f, { or: values.map((v) => `"${v}"`) }, describe(value)));
    }
    case 'rules': {
      if (!isPlainObject(value)) return bad((f) => said('settings_problem_not_rules', f, describe(value)));
      const dropped: Said[] = [];
      const rules: Partial<Record<RuleId, boolean>> = {};
      for (const [k, v] of Object.entries(value)) {
        if (!(RULE_IDS as string[]).includes(k)) dropped.push(said('settings_dropped_unknown_rule', k));
        else if (typeof v !== 'boolean') dropped.push(said('settings_dropped_rule_not_boolean', k, describe(v)));
        else rules[k as RuleId] = v;
      }
      return ok(rules as Settings[K], dropped);
    }
    case 'hours': {
      if (!isPlainObject(value)) return bad((f) => said('settings_problem_not_hours', f, describe(value)));
      const d = defaultSettings().workingHours;
      const dropped: Said[] = [];
      const h = { ...d };
      for (const [k, v] of Object.entries(value)) {
        if (k === 'enabled') {
          if (typeof v === 'boolean') h.enabled = v;
          else dropped.push(said('settings_dropped_enabled'));
        }
        else if (k === 'days') {
          if (Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0 && n <= 6)) h.days = [...new Set(v as number[])].sort((a, b) => a - b);
          else dropped.push(said('settings_dropped_days'));
        } else if (k === 'start' || k === 'end') {
          if (typeof v === 'string' && TIME.test(v)) h[k] = v;
          else dropped.push(said('settings_dropped_bad_time', k, describe(v)));
        } else dropped.push(said('settings_dropped_not_hours_part', k));
      }
      if (h.start >= h.end) return bad((f) => said('settings_problem_start_after_end', f, h.start, h.end));
      return ok(h as Settings[K], dropped);
    }
    case 'time':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? ok(value as Settings[K]) : bad((f) => said('settings_problem_not_time', f, describe(value)));
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a wrong value is, for "should be text, not …": the value itself when it is short text or a number. */
function describe(v: unknown): Said {
  if (v === null) return said('settings_value_null');
  if (Array.isArray(v)) return said('settings_value_list');
  if (typeof v === 'string') return v.trim() ? said('settings_value_text', v.length > 40 ? v.slice(0, 40) + '…' : v) : said('settings_value_empty_text');
  if (typeof v === 'object') return said('settings_value_object');
  // As IT wrote it (no thousands separators: it is a value in their file, not a count).
  if (typeof v === 'number' || typeof v === 'bigint') return said('settings_value_number', String(v));
  if (typeof v === 'boolean') return said('settings_value_boolean', String(v));
  // What is left (undefined, a function, a symbol) never comes out of JSON: naming the type is enough.
  return said('settings_value_type', typeof v);
}
