import { render, type ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { signal, computed } from '@preact/signals';
import { createScanner, RULES, type Scanner } from '../../core';
import type { RuleId } from '../../core/types';
import {
  loadEffective, onEffectiveChange, saveSettings, eraseEverything, scannerConfig, RULE_IDS,
  type Effective, type FieldName, type Notice, type UserSettings,
} from '../../settings';
import { exportFile, fieldLabel, parsePolicy } from '../../settings/merge';
import { decodeText } from '../../settings/decode';
import { say } from '../../settings/said';
import { formatNumber, formatWeekday, t, tp, type LanguageSetting, type MessageKey } from '../../i18n';
import { applyLanguage, readLanguage } from '../shared/language';
import { NameList, PARENTS, PUPILS, type PeopleList } from '../shared/NameList';
import { rich } from '../shared/rich';
import { ruleTitle } from '../../i18n/rules';
import '../shared/base.css';
import './options.css';

const effective = signal<Effective | null>(null);
const user = computed<UserSettings>(() => effective.value?.own ?? {});
/**
 * The last thing saved or refused, read out by screen readers. Kept as a function so it is worded
 * in whatever language is in force when it is drawn (a language change redraws it in the new one).
 */
const saveMessage = signal<{ text: () => string; bad?: boolean } | null>(null);

/** The settings with the language put in force first, so the page never draws one frame in the old one. */
function show(e: Effective): void {
  applyLanguage(e.settings.language);
  document.title = t('options_title');
  effective.value = e;
}

async function refresh(): Promise<void> {
  show(await loadEffective());
}
/** Set when the settings could not be read at all, so the page says so instead of "Loading…" for ever. */
const loadProblem = signal(false);

async function refreshOrSay(): Promise<void> {
  try {
    await refresh();
    loadProblem.value = false;
  } catch {
    loadProblem.value = true;
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

/** `what` is worded when shown: "Saved: School's name." */
async function save(change: Parameters<typeof saveSettings>[0], what: () => string): Promise<boolean> {
  const problems = await trySave(change);
  if (!problems) {
    saveMessage.value = { text: () => t('options_save_refused', what()), bad: true };
    return false;
  }
  saveMessage.value = problems.length ? { text: () => problems.map((p) => say(p.said)).join(' '), bad: true } : { text: () => t('options_saved', what()) };
  return !problems.length;
}

const isLocked = (f: FieldName) => !!effective.value?.locked.has(f);
const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const label = (f: FieldName) => say(fieldLabel(f));

/** options_rule_<id>_examples / _help: what a check looks for, on this page only (src/ui/options/rule-words.test.ts keeps them complete and equal to the rules' English). */
const ruleWords = (id: RuleId, part: 'examples' | 'help') => t(`options_rule_${id.replace(/-/g, '_')}_${part}` as MessageKey);

// ---------- small building blocks ----------

function LockedTag({ field }: { field: FieldName }) {
  return isLocked(field) ? <span class="locked-tag" id={`${field}-locked`}>{t('options_locked_tag')}</span> : null;
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
      <label for={field}>{label(field)}</label>
      <LockedTag field={field} />
      {hint && <div class="hint" id={`${field}-hint`}>{hint}</div>}
      {/* Uncontrolled, re-created only when the stored value changes, so saving one box never
          wipes what is being typed in another. */}
      <input
        key={value} type="text" id={field} defaultValue={value} disabled={locked} placeholder={placeholder} autocomplete="off"
        aria-describedby={[hint && `${field}-hint`, locked && `${field}-locked`].filter(Boolean).join(' ') || undefined}
        onChange={(ev) => void save({ [field]: ev.currentTarget.value }, () => label(field))}
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
      <label for={field}>{label(field)}</label>
      <LockedTag field={field} />
      {hint && <div class="hint" id={`${field}-hint`}>{hint}</div>}
      {!locked && e.fromPolicy.has(field) && <div class="hint">{tp('options_school_added_more', schoolCount)}</div>}
      <textarea
        key={text} id={field} rows={rows} disabled={locked} defaultValue={text}
        aria-describedby={[hint && `${field}-hint`, locked && `${field}-locked`].filter(Boolean).join(' ') || undefined}
        onChange={(ev) => void save({ [field]: lines(ev.currentTarget.value) }, () => label(field))}
      />
    </div>
  );
}

// ---------- sections ----------

function PolicyNotice() {
  readLanguage();
  const e = effective.value!;
  if (!e.locked.size && !e.fromPolicy.size && !e.notices.length) return null;
  return (
    <section aria-labelledby="policy-h" class="card policy">
      <h2 id="policy-h">{t('options_policy_heading')}</h2>
      {(e.locked.size > 0 || e.fromPolicy.size > 0) && (
        <p>
          {t('options_policy_intro')}
          {e.locked.size > 0 && <> {t('options_policy_locked', [...e.locked].map(label).join(', '))}</>}
        </p>
      )}
      {e.notices.length > 0 && (
        <div class="notice warn" role="alert">
          <p>{rich('options_policy_unusable', <strong>{t('options_policy_unusable_strong')}</strong>)}</p>
          <ul class="policy-notices">
            {e.notices.map((n: Notice, i) => <li key={i}>{say(n.said)}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}

function SchoolSection() {
  readLanguage();
  return (
    <Section id="school" title={t('options_school_heading')} intro={t('options_school_intro')}>
      <TextField field="schoolName" placeholder={t('options_school_name_placeholder')} />
      <ListField field="schoolAliases" hint={t('options_school_aliases_hint')} rows={3} />
      <TextField field="schoolDomain" hint={t('options_school_domain_hint')} />
      <ListField field="schoolHandles" hint={t('options_school_handles_hint')} rows={2} />
    </Section>
  );
}

function PeopleSection({ list }: { list: PeopleList }) {
  readLanguage();
  const e = effective.value!;
  const { field, id, state } = list;
  const locked = isLocked(field);
  const own = user.value[field] ?? [];
  const total = e.settings[field].length;
  const count = <strong data-testid={`${id}-count`}>{tp('options_names_count', total)}</strong>;
  return (
    <Section id={`${id}s`} title={label(field)} intro={list.intro()}>
      <p>
        {e.fromPolicy.has(field)
          ? rich('options_names_in_use_school', count, formatNumber((e.policy[field] ?? []).length))
          : rich('options_names_in_use', count)}
        {' '}<LockedTag field={field} />
      </p>
      {locked ? (
        <p class="muted" id={`${field}-locked-why`}>{t('options_people_locked_why')}</p>
      ) : (
        <>
          <NameList list={list} ownCount={own.length} save={save} />
          {own.length > 0 && (
            <details class="own-list" onToggle={(ev) => (state.ownListOpen.value = ev.currentTarget.open)}>
              <summary>{tp('options_own_list', own.length)}</summary>
              {/* 50,000 names are a megabyte of text: only built when someone looks. */}
              {state.ownListOpen.value && <ListField field={field} rows={8} />}
            </details>
          )}
        </>
      )}
    </Section>
  );
}

const MODES: Record<'warn' | 'always', MessageKey> = { warn: 'options_mode_warn', always: 'options_mode_always' };

function ModeSection() {
  readLanguage();
  const e = effective.value!;
  const locked = isLocked('mode');
  return (
    <Section id="mode" title={label('mode')}>
      <fieldset disabled={locked} aria-describedby={locked ? 'mode-locked' : undefined}>
        <legend>{t('options_mode_legend')} <LockedTag field="mode" /></legend>
        {(Object.keys(MODES) as (keyof typeof MODES)[]).map((v) => (
          <label key={v} class="choice">
            <input type="radio" name="mode" value={v} checked={e.settings.mode === v} onChange={() => void save({ mode: v }, () => label('mode'))} /> {t(MODES[v])}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}

function RulesSection() {
  readLanguage();
  const e = effective.value!;
  const locked = isLocked('rules');
  return (
    <Section id="rules" title={label('rules')}>
      <fieldset disabled={locked} aria-describedby={locked ? 'rules-locked' : undefined}>
        <legend>{t('options_rules_legend')} <LockedTag field="rules" /></legend>
        {RULE_IDS.map((id) => (
          <div key={id}>
            <label class="choice">
              <input type="checkbox" checked={e.settings.rules[id] !== false} aria-describedby={RULES[id].help ? `rule-${id}-help` : undefined} onChange={(ev) => {
                const on = ev.currentTarget.checked;
                void save((_now, own) => ({ rules: { ...(own.rules ?? {}), [id]: on } }), () => ruleTitle(id));
              }} />
              {' '}<strong>{ruleTitle(id)}</strong> {RULES[id].examples && <span class="muted">({ruleWords(id, 'examples')})</span>}
            </label>
            {/* Checks that do more than read a draft say what they do. */}
            {RULES[id].help && <div class="hint rule-help" id={`rule-${id}-help`}>{ruleWords(id, 'help')}</div>}
          </div>
        ))}
      </fieldset>
    </Section>
  );
}


function HoursSection() {
  readLanguage();
  const e = effective.value!;
  const h = e.settings.workingHours;
  const locked = isLocked('workingHours');
  const put = (change: (now: typeof h) => Partial<typeof h>) => void save((s) => ({ workingHours: { ...s.workingHours, ...change(s.workingHours) } }), () => t('options_hours_saved_what'));
  return (
    <Section id="hours" title={label('workingHours')} intro={t('options_hours_intro')}>
      <fieldset disabled={locked}>
        <legend class="visually-hidden">{t('options_hours_legend')}</legend>
        <LockedTag field="workingHours" />
        <label class="choice"><input type="checkbox" checked={h.enabled} onChange={(ev) => {
          const enabled = ev.currentTarget.checked;
          put(() => ({ enabled }));
        }} /> {t('options_hours_enabled')}</label>
        <div class="days" role="group" aria-label={t('options_hours_days')}>
          {[0, 1, 2, 3, 4, 5, 6].map((i) => (
            <label key={i} class="day">
              <input type="checkbox" checked={h.days.includes(i)} aria-label={formatWeekday(i, 'long')} onChange={(ev) => {
                const on = ev.currentTarget.checked;
                put((now) => ({ days: on ? [...now.days, i] : now.days.filter((x) => x !== i) }));
              }} />
              <span aria-hidden="true">{formatWeekday(i, 'short')}</span>
            </label>
          ))}
        </div>
        <div class="times">
          {/* Text, not type="time": that box follows the browser's own locale and shows "08:30 AM" in an
              American-English browser; the 24-hour clock is what staff in the UK and Wales read. */}
          <label>{t('options_hours_from')} <ClockInput value={h.start} onTime={(start) => put(() => ({ start }))} /></label>
          <label>{t('options_hours_to')} <ClockInput value={h.end} onTime={(end) => put(() => ({ end }))} /></label>
        </div>
      </fieldset>
    </Section>
  );
}

/**
 * Chrome and Edge offer no Welsh interface, so the language is chosen here (or by IT). Saving it
 * redraws this page at once (show() above) and every other open page and tab through the settings
 * change they all listen for.
 */
const LANGUAGES: { value: LanguageSetting; key: MessageKey; lang?: string }[] = [
  { value: 'auto', key: 'options_language_auto' },
  { value: 'en', key: 'options_language_en', lang: 'en-GB' },
  { value: 'cy', key: 'options_language_cy', lang: 'cy' },
];

function LanguageSection() {
  readLanguage();
  const e = effective.value!;
  const locked = isLocked('language');
  return (
    <Section id="language" title={label('language')} intro={t('options_language_intro')}>
      <fieldset disabled={locked} aria-describedby={locked ? 'language-locked' : undefined}>
        <legend>{t('options_language_legend')} <LockedTag field="language" /></legend>
        {LANGUAGES.map((l) => (
          <label key={l.value} class="choice">
            <input type="radio" name="language" value={l.value} checked={e.settings.language === l.value} onChange={() => void save({ language: l.value }, () => label('language'))} />
            {' '}<span lang={l.lang}>{t(l.key)}</span>
          </label>
        ))}
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
  readLanguage();
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
    <Section id="test" title={t('options_test_heading')} intro={t('options_test_intro')}>
      <label for="draft">{t('options_test_draft_label')}</label>
      <textarea id="draft" rows={3} value={text} onInput={(ev) => (draft.value = ev.currentTarget.value)} placeholder={t('options_test_draft_placeholder')} />
      <div aria-live="polite" class="test-result">
        {!text.trim() ? null : found.length === 0 ? (
          <p class="notice ok">{t('options_test_nothing')}</p>
        ) : (
          <>
            <p><strong>{tp('options_test_found', found.length)}</strong></p>
            <ul class="found">
              {found.map((f, i) => (
                <li key={i}>{rich('options_test_found_item', <strong>{ruleTitle(f.rule)}</strong>, text.slice(f.start, f.end))}</li>
              ))}
            </ul>
            <p class="echo" aria-hidden="true">{parts}</p>
          </>
        )}
      </div>
    </Section>
  );
}

const importNote = signal<{ text: () => string; bad?: boolean } | null>(null);
/** A settings file read but not yet applied: the person sees what it would change first. */
const pendingImport = signal<{ file: string; values: Partial<Record<FieldName, unknown>>; notices: Notice[] } | null>(null);

function describeValue(v: unknown): string {
  if (Array.isArray(v)) return tp('options_file_entries', v.length);
  if (typeof v === 'string') return t('options_file_text', v);
  return t('options_file_choices');
}

async function readSettingsFile(file: File): Promise<void> {
  importNote.value = null;
  pendingImport.value = null;
  let raw: unknown;
  try {
    raw = JSON.parse(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  } catch {
    importNote.value = { text: () => t('options_file_not_settings', file.name), bad: true };
    return;
  }
  const parsed = parsePolicy(raw);
  if (!Object.keys(parsed.values).length) {
    importNote.value = { text: () => t('options_file_none_usable', file.name), bad: true };
    return;
  }
  pendingImport.value = { file: file.name, values: parsed.values, notices: parsed.notices };
}

async function applySettingsFile(): Promise<void> {
  const p = pendingImport.value!;
  const problems = await trySave(p.values);
  if (!problems) {
    // The question stays open, so the person can try again once there is room.
    importNote.value = { text: () => t('options_file_refused', p.file), bad: true };
    return;
  }
  pendingImport.value = null;
  const applied = Object.keys(p.values).length - problems.length;
  const left = [...p.notices, ...problems];
  importNote.value = {
    text: () => [tp('options_file_imported', applied, p.file), ...(left.length ? [t('options_file_left_out', left.map((n) => say(n.said)).join(' '))] : [])].join(' '),
    bad: left.length > 0,
  };
}

function FileSection() {
  readLanguage();
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
    <Section id="file" title={t('options_file_heading')} intro={t('options_file_intro')}>
      <div class="buttons">
        <button type="button" class="secondary" onClick={exportSettings}>{t('options_file_save')}</button>
        <label class="file-button">
          {t('options_file_open')}
          <input type="file" accept=".json,application/json" onChange={(ev) => {
            const f = ev.currentTarget.files?.[0];
            if (f) readSettingsFile(f).catch(() => (importNote.value = { text: () => t('options_file_unreadable', f.name), bad: true }));
            ev.currentTarget.value = '';
          }} />
        </label>
      </div>
      {p && (
        <div class="preview" role="region" aria-labelledby="import-h">
          <h3 id="import-h" tabIndex={-1} ref={(el) => el?.focus()}>{t('options_file_ask', p.file)}</h3>
          <p>{t('options_file_would_replace')}</p>
          <ul>
            {(Object.keys(p.values) as FieldName[]).map((f) => (
              <li key={f}>{t(isLocked(f) ? 'options_file_item_locked' : 'options_file_item', label(f), describeValue(p.values[f]))}</li>
            ))}
          </ul>
          {p.notices.length > 0 && <p class="notice warn">{t('options_file_parts_left_out', p.notices.map((n) => say(n.said)).join(' '))}</p>}
          <div class="buttons">
            <button type="button" onClick={() => void applySettingsFile()}>{t('options_file_use')}</button>
            <button type="button" class="secondary" onClick={() => (pendingImport.value = null)}>{t('options_cancel')}</button>
          </div>
        </div>
      )}
      {importNote.value && <p class={`notice ${importNote.value.bad ? 'warn' : 'ok'}`} role="status">{importNote.value.text()}</p>}
    </Section>
  );
}

const confirmingErase = signal(false);
const eraseProblem = signal(false);

async function erase(): Promise<void> {
  eraseProblem.value = false;
  try {
    await eraseEverything();
  } catch {
    // The question stays open: nothing says the data is gone when it may not be.
    eraseProblem.value = true;
    return;
  }
  confirmingErase.value = false;
  saveMessage.value = { text: () => t('options_erase_done') };
  await refreshOrSay();
}

function EraseSection() {
  readLanguage();
  return (
    <Section id="erase" title={t('options_erase_heading')} intro={t('options_erase_intro')}>
      {!confirmingErase.value ? (
        <button type="button" class="danger" onClick={() => (confirmingErase.value = true)}>{t('options_erase_button')}</button>
      ) : (
        <div class="notice bad" role="alertdialog" aria-labelledby="erase-q" aria-modal="false">
          <p id="erase-q"><strong>{t('options_erase_question')}</strong></p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => void erase()}>{t('options_erase_yes')}</button>
            <button type="button" class="secondary" ref={(el) => el?.focus()} onClick={() => ((confirmingErase.value = false), (eraseProblem.value = false))}>{t('options_erase_no')}</button>
          </div>
          {eraseProblem.value && <p class="notice bad" role="alert">{t('options_erase_failed')}</p>}
        </div>
      )}
    </Section>
  );
}

function App() {
  readLanguage();
  if (!effective.value) return <main><h1>{t('options_title')}</h1>{loadProblem.value ? <p class="notice bad" role="alert">{t('options_load_problem')}</p> : <p>{t('options_loading')}</p>}</main>;
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <p class="lead">{t('options_lead')}</p>
      <PolicyNotice />
      <SchoolSection />
      <PeopleSection list={PUPILS} />
      <PeopleSection list={PARENTS} />
      <Section id="staff" title={t('options_staff_heading')} intro={t('options_staff_intro')}>
        <ListField field="staffNames" hint={t('options_staff_hint')} rows={3} />
      </Section>
      <ModeSection />
      <RulesSection />
      <Section id="ignore" title={label('ignoreWords')} intro={t('options_ignore_intro')}>
        <ListField field="ignoreWords" hint={t('options_ignore_hint')} rows={3} />
      </Section>
      <HoursSection />
      <LanguageSection />
      <TestDraft />
      <FileSection />
      <EraseSection />
      <div class={`save-message ${saveMessage.value?.bad ? 'bad' : ''}`} role="status" aria-live="polite">{saveMessage.value?.text()}</div>
    </main>
  );
}

const CLOCK = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** A 24-hour "HH:MM" box: "9.30" and "9:30" are saved as "09:30"; anything else goes back to the time in force, unsaved. */
function ClockInput({ value, onTime }: { value: string; onTime: (time: string) => void }) {
  return (
    <input type="text" inputMode="numeric" size={5} maxLength={5} placeholder="08:30" value={value} pattern="([01]\d|2[0-3]):[0-5]\d"
      onChange={(ev) => {
        const m = CLOCK.exec(ev.currentTarget.value.trim());
        if (m) onTime(`${m[1]!.padStart(2, '0')}:${m[2]}`);
        else ev.currentTarget.value = value;
      }} />
  );
}

// Before the first draw: the browser's language until the settings say otherwise.
applyLanguage(undefined);
render(<App />, document.getElementById('app')!);
void refreshOrSay();
// Policy changes (Chromium) and changes made in another tab or the popup show up at once, a change
// of language included.
onEffectiveChange(show);
