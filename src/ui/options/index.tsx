import { render, type ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { signal, computed } from '@preact/signals';
import { createScanner, RULES, type Scanner } from '../../core';
import { HOURS_PARTS, MODE_CHOICES } from '../../settings/schema';
import {
  loadEffective, onEffectiveChange, saveSettings, eraseEverything, scannerConfig, FIELDS, RULE_IDS,
  type Effective, type FieldName, type Notice, type UserSettings,
} from '../../settings';
import { exportFile, parsePolicy } from '../../settings/merge';
import { decodeText } from '../../settings/decode';
import { NameList, PARENTS, PUPILS, type PeopleList } from '../shared/NameList';
import '../shared/base.css';
import './options.css';

const effective = signal<Effective | null>(null);
const user = computed<UserSettings>(() => effective.value?.own ?? {});
/** The last thing saved or refused, read out by screen readers. */
const saveMessage = signal<{ text: string; bad?: boolean } | null>(null);

async function refresh(): Promise<void> {
  effective.value = await loadEffective();
}
/** Set when the settings could not be read at all, so the page says so instead of "Loading…" for ever. */
const loadProblem = signal<string | null>(null);

async function refreshOrSay(): Promise<void> {
  try {
    await refresh();
    loadProblem.value = null;
  } catch {
    loadProblem.value = 'Your settings could not be read from the browser just now. Close this tab and open the settings again; if it keeps happening, restart the browser.';
  }
}

/**
 * Saves, and returns the problems with the change, or null when storage refused the write (disk or
 * quota full): then nothing was written and what was saved before is untouched. The page redraws
 * from storage.onChanged (below), once per real change.
 */
async function trySave(change: Parameters<typeof saveSettings>[0]): Promise<Notice[] | null> {
  try {
    return await saveSettings(change);
  } catch {
    return null;
  }
}
const REFUSED = 'the browser refused to store it (it may be out of space). Your earlier settings are unchanged.';

async function save(change: Parameters<typeof saveSettings>[0], what: string): Promise<boolean> {
  const problems = await trySave(change);
  if (!problems) {
    saveMessage.value = { text: `Could not save ${what}: ${REFUSED}`, bad: true };
    return false;
  }
  saveMessage.value = problems.length ? { text: problems.map((p) => p.message).join(' '), bad: true } : { text: `Saved: ${what}.` };
  return !problems.length;
}

const isLocked = (f: FieldName) => !!effective.value?.locked.has(f);
const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

const ruleTitle = (id: string) => RULES[id as keyof typeof RULES]?.title ?? id;

// ---------- small building blocks ----------

function LockedTag({ field }: { field: FieldName }) {
  return isLocked(field) ? <span class="locked-tag" id={`${field}-locked`}>🔒 Set by your school's IT</span> : null;
}

function Section({ id, title, children, intro }: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-h`} class="card">
      <h2 id={`${id}-h`}>{title}</h2>
      {intro && <p class="muted">{intro}</p>}
      {children}
    </section>
  );
}

/** One line of text, saved when the person leaves the box. */
function TextField({ field, hint, placeholder }: { field: FieldName; hint?: string; placeholder?: string }) {
  const locked = isLocked(field);
  // The merge already gives the person's own text, else the school's, else the default.
  const value = effective.value!.settings[field] as string;
  return (
    <div class="field">
      <label for={field}>{FIELDS[field].label}</label>
      <LockedTag field={field} />
      {hint && <div class="hint" id={`${field}-hint`}>{hint}</div>}
      {/* Uncontrolled, re-created only when the stored value changes, so saving one box never
          wipes what is being typed in another. */}
      <input
        key={value} type="text" id={field} defaultValue={value} disabled={locked} placeholder={placeholder} autocomplete="off"
        aria-describedby={[hint && `${field}-hint`, locked && `${field}-locked`].filter(Boolean).join(' ') || undefined}
        onChange={(ev) => void save({ [field]: ev.currentTarget.value }, FIELDS[field].label)}
      />
    </div>
  );
}

/** A list, one item per line. Shows the person's own entries; the school's are counted beside it. */
function ListField({ field, hint, rows = 4 }: { field: FieldName; hint?: string; rows?: number }) {
  const e = effective.value!;
  const locked = isLocked(field);
  const own = (user.value[field] as string[] | undefined) ?? [];
  const schoolCount = ((e.policy[field] as string[] | undefined) ?? []).length;
  const shown = locked ? (e.settings[field] as string[]) : own;
  // The pupil list can be 50,000 names (a megabyte of text): join it once per stored change, not on
  // every redraw of the section around it (each key typed in the paste box redraws it).
  const text = useMemo(() => shown.join('\n'), [shown]);
  return (
    <div class="field">
      <label for={field}>{FIELDS[field].label}</label>
      <LockedTag field={field} />
      {hint && <div class="hint" id={`${field}-hint`}>{hint}</div>}
      {!locked && e.fromPolicy.has(field) && <div class="hint">Your school's IT has added {schoolCount.toLocaleString('en-GB')} more, which always apply.</div>}
      <textarea
        key={text} id={field} rows={rows} disabled={locked} defaultValue={text}
        aria-describedby={[hint && `${field}-hint`, locked && `${field}-locked`].filter(Boolean).join(' ') || undefined}
        onChange={(ev) => void save({ [field]: lines(ev.currentTarget.value) }, FIELDS[field].label)}
      />
    </div>
  );
}

// ---------- sections ----------

function PolicyNotice() {
  const e = effective.value!;
  if (!e.locked.size && !e.fromPolicy.size && !e.notices.length) return null;
  return (
    <section aria-labelledby="policy-h" class="card policy">
      <h2 id="policy-h">Settings from your school</h2>
      {(e.locked.size > 0 || e.fromPolicy.size > 0) && (
        <p>
          Your school's IT has set up some of this for you.
          {e.locked.size > 0 && <> Settings marked “Set by your school's IT” cannot be changed here: {[...e.locked].map((f) => FIELDS[f].label).join(', ')}.</>}
        </p>
      )}
      {e.notices.length > 0 && (
        <div class="notice warn" role="alert">
          <p><strong>Some of the school's settings could not be used</strong>, so they were left out. Everything else still works. Please pass this on to your IT team:</p>
          <ul class="policy-notices">
            {e.notices.map((n: Notice, i) => <li key={i}>{n.message}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}

function SchoolSection() {
  return (
    <Section id="school" title="Your school" intro="So that posts naming the school can be spotted. Add the names people actually use.">
      <TextField field="schoolName" placeholder="e.g. Grangetown Primary School" />
      <ListField field="schoolAliases" hint="One per line: short names, initials, nicknames and hashtags, e.g. Grangetown Primary, GPS, #GPSsports." rows={3} />
      <TextField field="schoolDomain" hint="The school's website, e.g. grangetown.sch.uk" />
      <ListField field="schoolHandles" hint="One per line: the school's own accounts on Facebook, X or Instagram, e.g. @GrangetownPS." rows={2} />
    </Section>
  );
}

function PeopleSection({ list }: { list: PeopleList }) {
  const e = effective.value!;
  const { field, id, state } = list;
  const locked = isLocked(field);
  const own = user.value[field] ?? [];
  const total = e.settings[field].length;
  return (
    <Section id={`${id}s`} title={FIELDS[field].label} intro={list.intro}>
      <p>
        <strong data-testid={`${id}-count`}>{total.toLocaleString('en-GB')} {total === 1 ? 'name' : 'names'}</strong> in use
        {e.fromPolicy.has(field) && <> ({(e.policy[field] ?? []).length.toLocaleString('en-GB')} from your school's IT)</>}.
        <LockedTag field={field} />
      </p>
      {locked ? (
        <p class="muted" id={`${field}-locked-why`}>Your school's IT looks after this list, so it cannot be changed here.</p>
      ) : (
        <>
          <NameList list={list} ownCount={own.length} save={save} />
          {own.length > 0 && (
            <details class="own-list" onToggle={(ev) => (state.ownListOpen.value = ev.currentTarget.open)}>
              <summary>See or edit my {own.length.toLocaleString('en-GB')} names</summary>
              {/* 50,000 names are a megabyte of text: only built when someone looks. */}
              {state.ownListOpen.value && <ListField field={field} rows={8} />}
            </details>
          )}
        </>
      )}
    </Section>
  );
}

function ModeSection() {
  const e = effective.value!;
  const locked = isLocked('mode');
  return (
    <Section id="mode" title={FIELDS.mode.label}>
      <fieldset disabled={locked} aria-describedby={locked ? 'mode-locked' : undefined}>
        <legend>Before I post <LockedTag field="mode" /></legend>
        {(Object.entries(MODE_CHOICES) as [keyof typeof MODE_CHOICES, string][]).map(([v, text]) => (
          <label key={v} class="choice">
            <input type="radio" name="mode" value={v} checked={e.settings.mode === v} onChange={() => void save({ mode: v }, FIELDS.mode.label.toLowerCase())} /> {text}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}

function RulesSection() {
  const e = effective.value!;
  const locked = isLocked('rules');
  return (
    <Section id="rules" title={FIELDS.rules.label}>
      <fieldset disabled={locked} aria-describedby={locked ? 'rules-locked' : undefined}>
        <legend>Look for <LockedTag field="rules" /></legend>
        {RULE_IDS.map((id) => (
          <div key={id}>
            <label class="choice">
              <input type="checkbox" checked={e.settings.rules[id] !== false} aria-describedby={RULES[id].help ? `rule-${id}-help` : undefined} onChange={(ev) => {
                const on = ev.currentTarget.checked;
                void save((_now, own) => ({ rules: { ...(own.rules ?? {}), [id]: on } }), ruleTitle(id));
              }} />
              {' '}<strong>{ruleTitle(id)}</strong> {RULES[id].examples && <span class="muted">({RULES[id].examples})</span>}
            </label>
            {/* Checks that do more than read a draft say what they do. */}
            {RULES[id].help && <div class="hint rule-help" id={`rule-${id}-help`}>{RULES[id].help}</div>}
          </div>
        ))}
      </fieldset>
    </Section>
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function HoursSection() {
  const e = effective.value!;
  const h = e.settings.workingHours;
  const locked = isLocked('workingHours');
  const put = (change: (now: typeof h) => Partial<typeof h>) => void save((s) => ({ workingHours: { ...s.workingHours, ...change(s.workingHours) } }), 'working hours');
  return (
    <Section id="hours" title={FIELDS.workingHours.label} intro="School policy says social media is for your own time. If you like, you will get a gentle reminder when posting during your working hours.">
      <fieldset disabled={locked}>
        <legend class="visually-hidden">Working hours</legend>
        <LockedTag field="workingHours" />
        <label class="choice"><input type="checkbox" checked={h.enabled} onChange={(ev) => {
          const enabled = ev.currentTarget.checked;
          put(() => ({ enabled }));
        }} /> {HOURS_PARTS.enabled.label}</label>
        <div class="days" role="group" aria-label={HOURS_PARTS.days.label}>
          {DAYS.map((d, i) => (
            <label key={d} class="day">
              <input type="checkbox" checked={h.days.includes(i)} aria-label={DAY_NAMES[i]} onChange={(ev) => {
                const on = ev.currentTarget.checked;
                put((now) => ({ days: on ? [...now.days, i] : now.days.filter((x) => x !== i) }));
              }} />
              <span aria-hidden="true">{d}</span>
            </label>
          ))}
        </div>
        <div class="times">
          <label>{HOURS_PARTS.start.label} <input type="time" value={h.start} onChange={(ev) => {
            const start = ev.currentTarget.value;
            put(() => ({ start }));
          }} /></label>
          <label>{HOURS_PARTS.end.label.toLowerCase()} <input type="time" value={h.end} onChange={(ev) => {
            const end = ev.currentTarget.value;
            put(() => ({ end }));
          }} /></label>
        </div>
      </fieldset>
    </Section>
  );
}

const draft = signal('');
// Compiling 50,000 names takes a moment: only when a draft is being tested, and only when the
// lists really changed (a save re-reads settings without changing them).
let compiled: { key: string; scanner: Scanner } | null = null;
const scanner = computed(() => {
  if (!effective.value) return null;
  const config = scannerConfig(effective.value.settings);
  const key = JSON.stringify(config);
  if (compiled?.key !== key) compiled = { key, scanner: createScanner(config) };
  return compiled.scanner;
});
const draftFindings = computed(() => {
  if (!draft.value.trim() || !scanner.value) return [];
  try {
    return scanner.value.scan(draft.value);
  } catch {
    return [];
  }
});

function TestDraft() {
  const text = draft.value;
  const found = draftFindings.value;
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start), <mark key={f.start}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  }
  parts.push(text.slice(at));
  return (
    <Section id="test" title="Test a draft" intro="Type a sentence to see what would be flagged. Nothing you type here is saved or sent.">
      <label for="draft">Draft post</label>
      <textarea id="draft" rows={3} value={text} onInput={(ev) => (draft.value = ev.currentTarget.value)} placeholder="e.g. Great trip to the farm with Year 3 today!" />
      <div aria-live="polite" class="test-result">
        {!text.trim() ? null : found.length === 0 ? (
          <p class="notice ok">Nothing would be flagged.</p>
        ) : (
          <>
            <p><strong>{found.length} {found.length === 1 ? 'thing' : 'things'} would be flagged:</strong></p>
            <ul class="found">
              {found.map((f, i) => (
                <li key={i}><strong>{f.label || ruleTitle(f.rule)}</strong>: “{text.slice(f.start, f.end)}”</li>
              ))}
            </ul>
            <p class="echo" aria-hidden="true">{parts}</p>
          </>
        )}
      </div>
    </Section>
  );
}

const importNote = signal<{ text: string; bad?: boolean } | null>(null);
/** A settings file read but not yet applied: the person sees what it would change first. */
const pendingImport = signal<{ file: string; values: Partial<Record<FieldName, unknown>>; notices: Notice[] } | null>(null);

function describeValue(v: unknown): string {
  if (Array.isArray(v)) return `${v.length.toLocaleString('en-GB')} ${v.length === 1 ? 'entry' : 'entries'}`;
  if (typeof v === 'string') return `“${v}”`;
  return 'your choices';
}

async function readSettingsFile(file: File): Promise<void> {
  importNote.value = null;
  pendingImport.value = null;
  let raw: unknown;
  try {
    raw = JSON.parse(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  } catch {
    importNote.value = { text: `${file.name} is not a settings file (it could not be read). Nothing was changed.`, bad: true };
    return;
  }
  const parsed = parsePolicy(raw);
  if (!Object.keys(parsed.values).length) {
    importNote.value = { text: `${file.name} has no settings we can use. Nothing was changed.`, bad: true };
    return;
  }
  pendingImport.value = { file: file.name, values: parsed.values, notices: parsed.notices };
}

async function applySettingsFile(): Promise<void> {
  const p = pendingImport.value!;
  const problems = await trySave(p.values);
  if (!problems) {
    // The question stays open, so the person can try again once there is room.
    importNote.value = { text: `Could not use the settings in ${p.file}: ${REFUSED}`, bad: true };
    return;
  }
  pendingImport.value = null;
  const applied = Object.keys(p.values).length - problems.length;
  const left = [...p.notices, ...problems].map((n) => n.message);
  importNote.value = { text: `Imported ${applied} ${applied === 1 ? 'setting' : 'settings'} from ${p.file}.${left.length ? ' Left out: ' + left.join(' ') : ''}`, bad: left.length > 0 };
}

function FileSection() {
  const exportSettings = () => {
    const blob = new Blob([JSON.stringify(exportFile(user.value), null, 2) + '\n'], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'think-before-you-post-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const p = pendingImport.value;
  return (
    <Section id="file" title="Copy your settings to another browser" intro="Save your settings as a file, then open it on another computer. The file includes pupils' and parents' names: keep it somewhere safe and delete it when you are done.">
      <div class="buttons">
        <button type="button" class="secondary" onClick={exportSettings}>Save settings to a file</button>
        <label class="file-button">
          Open a settings file
          <input type="file" accept=".json,application/json" onChange={(ev) => {
            const f = ev.currentTarget.files?.[0];
            if (f) readSettingsFile(f).catch(() => (importNote.value = { text: `${f.name} could not be read as a settings file. Nothing was changed.`, bad: true }));
            ev.currentTarget.value = '';
          }} />
        </label>
      </div>
      {p && (
        <div class="preview" role="region" aria-labelledby="import-h">
          <h3 id="import-h" tabIndex={-1} ref={(el) => el?.focus()}>Use the settings in {p.file}?</h3>
          <p>These would replace what you have now:</p>
          <ul>
            {(Object.keys(p.values) as FieldName[]).map((f) => (
              <li key={f}>{FIELDS[f].label}: {describeValue(p.values[f])}{isLocked(f) ? " (set by your school's IT, so it will be left as it is)" : ''}</li>
            ))}
          </ul>
          {p.notices.length > 0 && <p class="notice warn">Some parts cannot be used and will be left out: {p.notices.map((n) => n.message).join(' ')}</p>}
          <div class="buttons">
            <button type="button" onClick={() => void applySettingsFile()}>Use these settings</button>
            <button type="button" class="secondary" onClick={() => (pendingImport.value = null)}>Cancel</button>
          </div>
        </div>
      )}
      {importNote.value && <p class={`notice ${importNote.value.bad ? 'warn' : 'ok'}`} role="status">{importNote.value.text}</p>}
    </Section>
  );
}

const confirmingErase = signal(false);
const eraseProblem = signal<string | null>(null);

async function erase(): Promise<void> {
  eraseProblem.value = null;
  try {
    await eraseEverything();
  } catch {
    // The question stays open: nothing says the data is gone when it may not be.
    eraseProblem.value = 'Not erased: the browser would not remove the data. Some or all of it is still here. Please try again, or remove the extension to delete everything it stored.';
    return;
  }
  confirmingErase.value = false;
  saveMessage.value = { text: 'Everything has been erased from this browser.' };
  await refreshOrSay();
}

function EraseSection() {
  return (
    <Section id="erase" title="Erase everything" intro="Removes your school details, pupils', parents' and colleagues' names, your choices and your checklist ticks from this browser. Settings from your school's IT stay.">
      {!confirmingErase.value ? (
        <button type="button" class="danger" onClick={() => (confirmingErase.value = true)}>Erase everything…</button>
      ) : (
        <div class="notice bad" role="alertdialog" aria-labelledby="erase-q" aria-modal="false">
          <p id="erase-q"><strong>Erase everything from this browser? This cannot be undone.</strong></p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => void erase()}>Yes, erase everything</button>
            <button type="button" class="secondary" ref={(el) => el?.focus()} onClick={() => ((confirmingErase.value = false), (eraseProblem.value = null))}>No, keep it</button>
          </div>
          {eraseProblem.value && <p class="notice bad" role="alert">{eraseProblem.value}</p>}
        </div>
      )}
    </Section>
  );
}

function App() {
  if (!effective.value) return <main><h1>Think Before You Post: settings</h1>{loadProblem.value ? <p class="notice bad" role="alert">{loadProblem.value}</p> : <p>Loading…</p>}</main>;
  return (
    <main>
      <h1>Think Before You Post: settings</h1>
      <p class="lead">Everything here stays on this computer. Nothing is ever sent anywhere.</p>
      <PolicyNotice />
      <SchoolSection />
      <PeopleSection list={PUPILS} />
      <PeopleSection list={PARENTS} />
      <Section id="staff" title={`${FIELDS.staffNames.label} (optional)`} intro="Spots posts that name a colleague.">
        <ListField field="staffNames" hint="One name per line." rows={3} />
      </Section>
      <ModeSection />
      <RulesSection />
      <Section id="ignore" title={FIELDS.ignoreWords.label} intro="If something is flagged that is never a problem for you, for example a pupil's name that is also a place you often mention, add it here.">
        <ListField field="ignoreWords" hint="One word or phrase per line." rows={3} />
      </Section>
      <HoursSection />
      <TestDraft />
      <FileSection />
      <EraseSection />
      <div class={`save-message ${saveMessage.value?.bad ? 'bad' : ''}`} role="status" aria-live="polite">{saveMessage.value?.text}</div>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
void refreshOrSay();
// Policy changes (Chromium) and changes made in another tab or the popup show up at once.
onEffectiveChange((e) => (effective.value = e));
