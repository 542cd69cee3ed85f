// The one settings schema: field list, defaults, and validation shared by what the person saves,
// what IT pushes by policy, and what an imported settings file holds. Pure: no browser API.
import type { RuleId } from '../core';

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
  staffNames: string[];
  mode: 'warn' | 'always';
  rules: Record<RuleId, boolean>;
  ignoreWords: string[];
  workingHours: WorkingHours;
  /** epoch ms; 0 = not paused */
  pausedUntil: number;
}

export type FieldName = keyof Settings;

/** Rules a person or IT can switch off. Unknown ids in stored or policy data are reported, not kept. */
export const RULE_IDS = ['school', 'pupil', 'colleague', 'location', 'job', 'absence', 'contact', 'trip', 'conduct', 'confidential'] as RuleId[];

export const SCHEMA_VERSION = 2;

export function defaultSettings(): Settings {
  return {
    schoolName: '',
    schoolAliases: [],
    schoolDomain: '',
    schoolHandles: [],
    pupilNames: [],
    staffNames: [],
    mode: 'warn',
    rules: Object.fromEntries(RULE_IDS.map((id) => [id, true])) as Record<RuleId, boolean>,
    ignoreWords: [],
    workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '08:30', end: '15:30' },
    pausedUntil: 0,
  };
}

type Kind = 'text' | 'list' | 'mode' | 'rules' | 'hours' | 'time';

export interface FieldMeta {
  kind: Kind;
  /** Plain-English name used in notices and on the options page. */
  label: string;
  /** Whether IT can set it by policy (pausing is personal and short-lived). */
  policy: boolean;
  /** Longest list we keep; a 50,000-pupil MIS export must fit. */
  max?: number;
}

export const FIELDS: Record<FieldName, FieldMeta> = {
  schoolName: { kind: 'text', label: "School's name", policy: true },
  schoolAliases: { kind: 'list', label: 'Other names for the school', policy: true, max: 200 },
  schoolDomain: { kind: 'text', label: "School's website address", policy: true },
  schoolHandles: { kind: 'list', label: "School's social media accounts", policy: true, max: 50 },
  pupilNames: { kind: 'list', label: "Pupils' names", policy: true, max: 100_000 },
  staffNames: { kind: 'list', label: "Colleagues' names", policy: true, max: 5_000 },
  mode: { kind: 'mode', label: 'When to show the questions', policy: true },
  rules: { kind: 'rules', label: 'What to check for', policy: true },
  ignoreWords: { kind: 'list', label: 'Words never to flag', policy: true, max: 1_000 },
  workingHours: { kind: 'hours', label: 'Working hours reminder', policy: true },
  pausedUntil: { kind: 'time', label: 'Pause', policy: false },
};

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];
export const POLICY_FIELDS = FIELD_NAMES.filter((f) => FIELDS[f].policy);

export type Checked<T> = { ok: true; value: T; dropped: string[] } | { ok: false; problem: string };

const ok = <T>(value: T, dropped: string[] = []): Checked<T> => ({ ok: true, value, dropped });
const bad = (problem: string): Checked<never> => ({ ok: false, problem });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "https://www.Example.sch.uk/about" → "example.sch.uk" */
export function normaliseDomain(raw: string): string {
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
    if (!seen.has(key)) (seen.add(key), out.push(item));
  }
  return out;
}

/** Trims, drops blanks and case-insensitive repeats, keeps the first spelling. */
function cleanList(items: string[]): string[] {
  return uniqueKeepFirst(items.map((raw) => raw.replace(/\s+/g, ' ').trim()).filter(Boolean));
}

/**
 * Checks one field's value. `strictEmpty`: an empty string is a mistake in a policy (IT meant to
 * set something), but a person clearing a box simply means "not set".
 */
export function checkField<K extends FieldName>(field: K, value: unknown, strictEmpty = false): Checked<Settings[K]> {
  const meta = FIELDS[field];
  switch (meta.kind) {
    case 'text': {
      if (typeof value !== 'string') return bad(`should be text, not ${describe(value)}`);
      let v = value.replace(/\s+/g, ' ').trim();
      if (!v && strictEmpty) return bad('is empty');
      if (field === 'schoolDomain' && v) {
        v = normaliseDomain(v);
        if (!isDomain(v)) return bad(`"${value}" is not a web address like myschool.sch.uk`);
      }
      if (v.length > 300) return bad('is too long (more than 300 characters)');
      return ok(v as Settings[K]);
    }
    case 'list': {
      if (!Array.isArray(value)) return bad(`should be a list of text, not ${describe(value)}`);
      const dropped: string[] = [];
      const strings: string[] = [];
      value.forEach((item, i) => {
        if (typeof item !== 'string') dropped.push(`item ${i + 1} is ${describe(item)}, not text`);
        else if (field === 'schoolHandles') {
          const h = normaliseHandle(item);
          if (h && !/^[A-Za-z0-9_.]{1,50}$/.test(h)) dropped.push(`"${item}" is not an account name`);
          else strings.push(h);
        } else strings.push(item);
      });
      let list = cleanList(strings);
      if (strictEmpty && value.length > 0 && strings.length > 0 && list.length === 0) dropped.push('every item is empty');
      if (list.length > meta.max!) {
        dropped.push(`only the first ${meta.max!.toLocaleString('en-GB')} of ${list.length.toLocaleString('en-GB')} are kept`);
        list = list.slice(0, meta.max);
      }
      return ok(list as Settings[K], dropped);
    }
    case 'mode':
      return value === 'warn' || value === 'always' ? ok(value as Settings[K]) : bad(`should be "warn" or "always", not ${describe(value)}`);
    case 'rules': {
      if (!isPlainObject(value)) return bad(`should be a set of rule names with true or false, not ${describe(value)}`);
      const dropped: string[] = [];
      const rules: Partial<Record<RuleId, boolean>> = {};
      for (const [k, v] of Object.entries(value)) {
        if (!(RULE_IDS as string[]).includes(k)) dropped.push(`"${k}" is not a rule we know`);
        else if (typeof v !== 'boolean') dropped.push(`"${k}" should be true or false, not ${describe(v)}`);
        else rules[k as RuleId] = v;
      }
      return ok(rules as Settings[K], dropped);
    }
    case 'hours': {
      if (!isPlainObject(value)) return bad(`should be an object with enabled, days, start and end, not ${describe(value)}`);
      const d = defaultSettings().workingHours;
      const dropped: string[] = [];
      const h = { ...d };
      for (const [k, v] of Object.entries(value)) {
        if (k === 'enabled') typeof v === 'boolean' ? (h.enabled = v) : dropped.push(`"enabled" should be true or false`);
        else if (k === 'days') {
          if (Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0 && n <= 6)) h.days = [...new Set(v as number[])].sort((a, b) => a - b);
          else dropped.push('"days" should be a list of numbers from 0 (Sunday) to 6 (Saturday)');
        } else if (k === 'start' || k === 'end') {
          typeof v === 'string' && TIME.test(v) ? (h[k] = v) : dropped.push(`"${k}" should be a time like "08:30", not ${describe(v)}`);
        } else dropped.push(`"${k}" is not part of working hours`);
      }
      if (h.start >= h.end) return bad(`start (${h.start}) must be before end (${h.end})`);
      return ok(h as Settings[K], dropped);
    }
    case 'time':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? ok(value as Settings[K]) : bad(`should be a time, not ${describe(value)}`);
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.trim() ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : 'empty text';
  if (typeof v === 'object') return 'a group of settings';
  return `${typeof v === 'number' ? 'the number' : typeof v} ${String(v)}`;
}
