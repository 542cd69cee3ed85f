// Effective settings = defaults ← school policy (unlocked: a starting point) ← the person's own
// ← school policy (locked). Lists add up: the school's entries always apply and a person may add
// more unless IT locked the list. Pure: no browser API, so every case is unit-tested.
import { FIELDS, FIELD_NAMES, POLICY_FIELDS, SCHEMA_VERSION, checkField, defaultSettings, isPlainObject, uniqueKeepFirst, type FieldName, type Settings } from './schema';
import { RULE_LIST } from '../core/rule-list';
import { said, type Said } from './said';

export interface Notice {
  /** Policy key the notice is about ('' for the policy as a whole). */
  field: string;
  /** What to tell staff (and IT), worded by the page in its language: say(notice.said). */
  said: Said;
}

/** A field as staff see it on the options page: "School's name". */
export const fieldLabel = (field: FieldName): Said => said(`field_${field}`);
/** A field as IT need it in a notice about their policy: "School's name (schoolName)". */
const fieldAndKey = (field: FieldName): Said => said('settings_field_and_key', fieldLabel(field), field);

export interface Policy {
  values: Partial<Settings>;
  locked: Set<FieldName>;
  notices: Notice[];
}

export type UserSettings = Partial<Settings>;

export interface Effective {
  settings: Settings;
  /** Fields the person cannot change: "Set by your school's IT". */
  locked: Set<FieldName>;
  /** Fields the policy provides a value for (locked or not). */
  fromPolicy: Set<FieldName>;
  /** The school's own values, to show what the school added beside the person's. */
  policy: Partial<Settings>;
  /** The person's own stored values (what the options page edits). */
  own: UserSettings;
  notices: Notice[];
}

/** Reads what IT pushed, field by field: a bad value is ignored with a notice, the rest still applies. */
export function parsePolicy(raw: unknown): Policy {
  const policy: Policy = { values: {}, locked: new Set(), notices: [] };
  if (raw === undefined || raw === null) return policy;
  if (!isPlainObject(raw)) {
    policy.notices.push({ field: '', said: said('settings_policy_not_object') });
    return policy;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'locked') continue;
    if (!(key in FIELDS) || !FIELDS[key as FieldName].policy) {
      policy.notices.push({ field: key, said: said('settings_policy_unknown_key', key) });
      continue;
    }
    const field = key as FieldName;
    const checked = checkField(field, value, true);
    if (!checked.ok) {
      policy.notices.push({ field, said: said('settings_policy_ignored', checked.problem(fieldAndKey(field))) });
      continue;
    }
    (policy.values as Record<string, unknown>)[field] = checked.value;
    for (const d of checked.dropped) policy.notices.push({ field, said: said('settings_policy_part_ignored', fieldAndKey(field), d) });
  }
  if ('locked' in raw) {
    const locked = raw.locked;
    if (!Array.isArray(locked)) policy.notices.push({ field: 'locked', said: said('settings_policy_locked_not_list') });
    else
      for (const name of locked) {
        if (typeof name === 'string' && POLICY_FIELDS.includes(name as FieldName)) policy.locked.add(name as FieldName);
        else policy.notices.push({ field: 'locked', said: said('settings_policy_locked_unknown', String(name)) });
      }
  }
  return policy;
}

/** Cleans what is stored on the device. Bad fields are dropped quietly: the person cannot fix storage. */
export function cleanUser(raw: unknown): UserSettings {
  const migrated = migrate(raw);
  const out: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) {
    if (!(field in migrated)) continue;
    const checked = checkField(field, migrated[field]);
    if (checked.ok) out[field] = checked.value;
  }
  return out;
}

export function merge(user: UserSettings, policy: Policy): Effective {
  const s = defaultSettings() as unknown as Record<FieldName, unknown>;
  const fromPolicy = new Set(Object.keys(policy.values) as FieldName[]);
  for (const field of FIELD_NAMES) {
    const p = policy.values[field];
    const u = user[field];
    // Locked with no usable value freezes what the person already had: nothing of theirs is lost.
    const locked = policy.locked.has(field);
    const kind = FIELDS[field].kind;
    if (locked && p !== undefined) {
      s[field] = kind === 'rules' ? { ...(s.rules as object), ...(p as object) } : p;
    } else if (kind === 'list') {
      s[field] = uniqueKeepFirst([...((p as string[] | undefined) ?? []), ...((u as string[] | undefined) ?? [])]);
    } else if (kind === 'rules') {
      s[field] = { ...(s.rules as object), ...(p as object | undefined), ...(u as object | undefined) };
    } else if (u !== undefined) s[field] = u;
    else if (p !== undefined) s[field] = p;
  }
  return { settings: s as unknown as Settings, locked: new Set(policy.locked), fromPolicy, policy: policy.values, own: user, notices: policy.notices };
}

/**
 * What the person may save: locked fields are left out (so a stale page cannot overwrite them) and
 * each value is validated. Returns the new stored object and any problems to show.
 */
export function applyUserChange(stored: UserSettings, change: Partial<Record<FieldName, unknown>>, locked: Set<FieldName>): { user: UserSettings; problems: Notice[] } {
  const user: Record<string, unknown> = { ...stored };
  const problems: Notice[] = [];
  for (const [key, value] of Object.entries(change)) {
    const field = key as FieldName;
    if (!(field in FIELDS)) continue;
    if (locked.has(field)) {
      problems.push({ field, said: said('settings_locked_by_it', fieldLabel(field)) });
      continue;
    }
    if (value === undefined) {
      delete user[field];
      continue;
    }
    const checked = checkField(field, value);
    if (!checked.ok) problems.push({ field, said: said('settings_change_refused', checked.problem(fieldLabel(field))) });
    else user[field] = checked.value;
  }
  return { user, problems };
}

/** The settings file people export and import: the same shape as the IT policy. */
export function exportFile(user: UserSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of POLICY_FIELDS) if (user[field] !== undefined) out[field] = user[field];
  return out;
}

// ---- migrations: index i upgrades a stored object from version i to i + 1 ----

type Raw = Record<string, unknown>;

const splitLines = (v: unknown) => (typeof v === 'string' ? v.split(/[\n,;]/) : v);

const MIGRATIONS: ((s: Raw) => Raw)[] = [
  // 0 → 1: the first release had no version, kept lists as one comma/newline string and called
  // "always ask" `ask`.
  (s) => {
    const out: Raw = { ...s };
    for (const f of ['schoolAliases', 'pupilNames'] as const) if (f in out) out[f] = splitLines(out[f]);
    if (out.mode === 'ask') out.mode = 'always';
    return out;
  },
  // 1 → 2: `ignore` became `ignoreWords`; rules moved from a list of switched-off ids to a map.
  (s) => {
    const out: Raw = { ...s };
    if ('ignore' in out) {
      out.ignoreWords ??= splitLines(out.ignore);
      delete out.ignore;
    }
    if (Array.isArray(out.disabledRules)) {
      // A rule that came later keeps its own default (parent-names is off until switched on).
      out.rules = Object.fromEntries(RULE_LIST.map((r) => [r.id, r.defaultOn && !(out.disabledRules as unknown[]).includes(r.id)]));
      delete out.disabledRules;
    }
    return out;
  },
];

export function migrate(raw: unknown): Raw {
  if (!isPlainObject(raw)) return {};
  let s: Raw = { ...raw };
  let v = typeof s.version === 'number' && Number.isInteger(s.version) ? s.version : 0;
  // A newer version (after a downgrade): keep what we understand rather than wiping it.
  for (; v < SCHEMA_VERSION; v++) s = MIGRATIONS[v]!(s);
  delete s.version;
  return s;
}
