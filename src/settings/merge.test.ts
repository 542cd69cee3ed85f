import { describe, expect, it } from 'vitest';
import { applyUserChange, cleanUser, exportFile, merge, migrate, parsePolicy } from './merge';
import { checkField, defaultSettings, FIELD_NAMES, POLICY_FIELDS, SCHEMA_VERSION } from './schema';
import managedSchema from './managed-schema.json';
import { RULE_IDS as ENGINE_RULES } from '../core';
import { RULE_IDS } from './schema';
import { say } from './said';

const noPolicy = parsePolicy(undefined);

describe('schema', () => {
  it('knows exactly the rules the engine has', () => {
    expect([...RULE_IDS].sort()).toEqual([...ENGINE_RULES].sort());
  });

  it('has a default for every field and the managed schema names every policy field plus locked', () => {
    const d = defaultSettings();
    for (const f of FIELD_NAMES) expect(d[f], f).toBeDefined();
    expect(Object.keys(managedSchema.properties).sort()).toEqual([...POLICY_FIELDS, 'locked'].sort());
    expect(Object.keys(managedSchema.properties.rules.properties).sort()).toEqual(Object.keys(d.rules).sort());
  });

  it('switches contact boundaries on and drafts checked for parents\' names off by default', () => {
    const d = defaultSettings();
    expect(d.rules['contact-boundaries']).toBe(true);
    expect(d.rules['parent-names']).toBe(false);
    expect(d.parentNames).toEqual([]);
    expect(managedSchema.properties.rules.properties['parent-names'].description).toMatch(/Off unless set to true/);
  });

  it('keeps up to 100,000 parents\' names, cleaned like pupils', () => {
    expect(checkField('parentNames', ['  Jane  Porter ', 'jane porter', 'Tom & Amira Khan'])).toMatchObject({ ok: true, value: ['Jane Porter', 'Tom & Amira Khan'] });
    const many = Array.from({ length: 100_001 }, (_, i) => `Parent${i} Surname`);
    const r = checkField('parentNames', many);
    expect(r.ok && r.value.length).toBe(100_000);
    expect(r.ok && say(r.dropped[0]!)).toMatch(/only the first 100,000/);
  });

  it('cleans lists: trims, drops blanks and repeats in any case, keeps the first spelling', () => {
    const r = checkField('pupilNames', ['  Amelia  Jones ', '', 'amelia jones', 'Tom Li']);
    expect(r).toMatchObject({ ok: true, value: ['Amelia Jones', 'Tom Li'] });
  });

  it('normalises a pasted website address and refuses things that are not one', () => {
    expect(checkField('schoolDomain', 'https://www.Grangetown.sch.uk/about-us')).toMatchObject({ ok: true, value: 'grangetown.sch.uk' });
    expect(checkField('schoolDomain', 'not a website').ok).toBe(false);
  });

  it('accepts account names as @name or a profile link', () => {
    expect(checkField('schoolHandles', ['@GrangetownPS', 'https://x.com/grange_pri/'])).toMatchObject({ ok: true, value: ['GrangetownPS', 'grange_pri'] });
  });

  it('refuses working hours that end before they start, and bad times', () => {
    expect(checkField('workingHours', { enabled: true, days: [1], start: '15:00', end: '09:00' }).ok).toBe(false);
    const r = checkField('workingHours', { enabled: true, start: '8.30' });
    expect(r.ok && say(r.dropped[0]!)).toMatch(/"start" should be a time/);
  });
});

describe('policy parsing, field by field', () => {
  it('keeps good fields and lists every bad one with a plain reason', () => {
    const p = parsePolicy({
      schoolName: 'Grangetown Primary School',
      schoolAliases: 'GPS',
      pupilNames: ['Amelia Jones', 42, ''],
      mode: 'sometimes',
      staffNames: [],
      schoolDomain: '',
      favouriteColour: 'blue',
      rules: { pupil: false, weather: true, job: 'no' },
      locked: ['schoolName', 'pupilNames', 'nonsense'],
    });
    expect(p.values).toEqual({ schoolName: 'Grangetown Primary School', pupilNames: ['Amelia Jones'], staffNames: [], rules: { pupil: false } });
    expect([...p.locked]).toEqual(['schoolName', 'pupilNames']);
    const text = p.notices.map((n) => say(n.said)).join('\n');
    expect(text).toMatch(/schoolAliases\) should be a list of text, not "GPS"/);
    expect(text).toMatch(/item 2 is the number 42/);
    expect(text).toMatch(/mode\) should be "warn" or "always"/);
    expect(text).toMatch(/schoolDomain\) is empty/);
    expect(text).toMatch(/"favouriteColour" is not a setting/);
    expect(text).toMatch(/"weather" is not a rule/);
    expect(text).toMatch(/"job" should be true or false/);
    expect(text).toMatch(/"nonsense" in "locked"/);
  });

  it('treats a policy that is not an object as no policy, with a notice', () => {
    for (const raw of ['x', 3, [1, 2]]) {
      const p = parsePolicy(raw);
      expect(p.values).toEqual({});
      expect(p.notices).toHaveLength(1);
    }
  });

  it('does not let policy set the personal pause', () => {
    expect(parsePolicy({ pausedUntil: 5 }).values).toEqual({});
  });
});

describe('merge: defaults ← school (unlocked) ← person ← school (locked)', () => {
  it('with nothing set gives the defaults', () => {
    expect(merge({}, noPolicy).settings).toEqual(defaultSettings());
  });

  it('an unlocked policy value is a starting point the person may change', () => {
    const p = parsePolicy({ schoolName: 'Grangetown Primary School', mode: 'always' });
    expect(merge({}, p).settings.schoolName).toBe('Grangetown Primary School');
    expect(merge({ schoolName: 'Grangetown Primary' }, p).settings.schoolName).toBe('Grangetown Primary');
  });

  it('a locked value wins, and the person\'s own value is kept (not lost) for if IT unlocks it', () => {
    const user = { schoolName: 'Mine', pupilNames: ['Tom Li'] };
    const locked = merge(user, parsePolicy({ schoolName: 'Grangetown', pupilNames: ['Amelia Jones'], locked: ['schoolName', 'pupilNames'] }));
    expect(locked.settings.schoolName).toBe('Grangetown');
    expect(locked.settings.pupilNames).toEqual(['Amelia Jones']);
    expect(locked.locked.has('schoolName')).toBe(true);
    const unlocked = merge(user, parsePolicy({ schoolName: 'Grangetown', pupilNames: ['Amelia Jones'] }));
    expect(unlocked.settings.schoolName).toBe('Mine');
    expect(unlocked.settings.pupilNames).toEqual(['Amelia Jones', 'Tom Li']);
  });

  it('lists add up without repeats', () => {
    const e = merge({ ignoreWords: ['Brown', 'Field'] }, parsePolicy({ ignoreWords: ['field', 'Park'] }));
    expect(e.settings.ignoreWords).toEqual(['field', 'Park', 'Brown']);
  });

  it('locked with no value freezes what the person had', () => {
    const e = merge({ mode: 'always', ignoreWords: ['x'] }, parsePolicy({ locked: ['mode', 'ignoreWords'] }));
    expect(e.settings.mode).toBe('always');
    expect(e.settings.ignoreWords).toEqual(['x']);
    expect(e.locked.has('mode')).toBe(true);
  });

  it('parents\' names: the school\'s list adds up with the person\'s, and a locked one is the school\'s alone', () => {
    const policy = { parentNames: ['Jane Porter'], rules: { 'contact-boundaries': true } };
    expect(merge({ parentNames: ['Kwame Mensah'] }, parsePolicy(policy)).settings.parentNames).toEqual(['Jane Porter', 'Kwame Mensah']);
    const locked = merge({ parentNames: ['Kwame Mensah'], rules: { 'contact-boundaries': false } as never }, parsePolicy({ ...policy, locked: ['parentNames', 'rules'] }));
    expect(locked.settings.parentNames).toEqual(['Jane Porter']);
    expect(locked.settings.rules['contact-boundaries']).toBe(true);
    expect(say(applyUserChange({}, { parentNames: ['X Y'] }, locked.locked).problems[0]!.said)).toMatch(/Parents' and carers' names is set by your school's IT/);
  });

  it('rules: the person switches off what is unlocked; a locked set is the school\'s', () => {
    expect(merge({ rules: { job: false } as never }, parsePolicy({ rules: { pupil: false } })).settings.rules).toMatchObject({ pupil: false, job: false, school: true });
    expect(merge({ rules: { job: false, pupil: true } as never }, parsePolicy({ rules: { pupil: false }, locked: ['rules'] })).settings.rules).toMatchObject({ pupil: false, job: true });
  });

  it('a bad policy field leaves the person\'s value in place', () => {
    const e = merge({ schoolName: 'Mine' }, parsePolicy({ schoolName: '', locked: ['schoolName'] }));
    expect(e.settings.schoolName).toBe('Mine');
    expect(say(e.notices[0]!.said)).toMatch(/is empty/);
    expect(merge({ schoolName: 'Mine' }, parsePolicy({ schoolName: 7 })).settings.schoolName).toBe('Mine');
  });
});

describe('saving what the person changed', () => {
  it('refuses locked fields and invalid values, keeps the rest', () => {
    const { user, problems } = applyUserChange({ pupilNames: ['A B'] }, { schoolName: 'X', mode: 'always', schoolDomain: 'nope' }, new Set(['schoolName']));
    expect(user).toEqual({ pupilNames: ['A B'], mode: 'always' });
    expect(problems.map((p) => p.field)).toEqual(['schoolName', 'schoolDomain']);
    expect(say(problems[0]!.said)).toMatch(/set by your school's IT/);
  });

  it('undefined clears a field back to the school\'s or the default', () => {
    expect(applyUserChange({ mode: 'always' }, { mode: undefined }, new Set()).user).toEqual({});
  });

  it('exports the same shape the policy uses, without the pause', () => {
    const file = exportFile({ schoolName: 'G', pausedUntil: 99 });
    expect(file).toEqual({ schoolName: 'G' });
    expect(parsePolicy(file).notices).toEqual([]);
  });
});

describe('migrations', () => {
  it('has one step per version', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('upgrades the unversioned first release', () => {
    expect(cleanUser({ schoolName: 'G', pupilNames: 'Amelia Jones\nTom Li', mode: 'ask', ignore: 'Field, Park' })).toEqual({
      schoolName: 'G',
      pupilNames: ['Amelia Jones', 'Tom Li'],
      mode: 'always',
      ignoreWords: ['Field', 'Park'],
    });
  });

  it('upgrades version 1 switched-off rules to the map', () => {
    expect(migrate({ version: 1, disabledRules: ['job'] }).rules).toMatchObject({ job: false, pupil: true });
    // Rules that came later keep their own defaults.
    expect(migrate({ version: 1, disabledRules: ['job'] }).rules).toMatchObject({ 'contact-boundaries': true, 'parent-names': false });
  });

  it('leaves current data alone and drops what it cannot read rather than failing', () => {
    expect(cleanUser({ version: 2, schoolName: 'G', mode: 3, pausedUntil: 10 })).toEqual({ schoolName: 'G', pausedUntil: 10 });
    expect(cleanUser('garbage')).toEqual({});
    expect(cleanUser(undefined)).toEqual({});
  });
});
