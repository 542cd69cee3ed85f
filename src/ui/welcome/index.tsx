// The welcome page a fresh install opens (src/background/first-run.ts), and where the popup's
// "Set up your school" leads: what the extension checks, that nothing leaves the device, then the
// school's name and the pupils' list (the same import and preview as the options page), and a
// clear finish. Everything it saves goes through the same settings as the options page.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { signal } from '@preact/signals';
import { loadEffective, onEffectiveChange, saveSettings, type Effective } from '../../settings';
import { say } from '../../settings/said';
import { isSetUp } from '../../settings/first-run';
import { formatNumber, language, t, type MessageKey } from '../../i18n';
import { applyLanguage } from '../shared/language';
import { NameList, PUPILS } from '../shared/NameList';
import '../shared/base.css';
import './welcome.css';

const effective = signal<Effective | null>(null);
const loadProblem = signal(false);
/** What is typed in the school's name box; null until the person types (the stored value shows). */
const schoolTyped = signal<string | null>(null);
/** A problem with the last action, read out by screen readers; worded when drawn, in the language then. */
const problem = signal<(() => string) | null>(null);
const finished = signal(false);

function show(e: Effective): void {
  applyLanguage(e.settings.language);
  document.title = t('welcome_page_title');
  effective.value = e;
}

/** Saves and says whether it was stored as asked; the shared list editor calls it too. */
async function save(change: Parameters<typeof saveSettings>[0]): Promise<boolean> {
  try {
    const problems = await saveSettings(change);
    problem.value = problems.length ? () => problems.map((p) => say(p.said)).join(' ') : null;
    return !problems.length;
  } catch {
    problem.value = () => t('welcome_save_failed');
    return false;
  }
}

/** The preview the list editor shows goes once saved: focus moves on to the next step, not to nowhere. */
async function savePupils(change: Parameters<typeof saveSettings>[0]): Promise<boolean> {
  const saved = await save(change);
  if (saved) document.getElementById('finish')?.focus();
  return saved;
}

/** Saves the school's name when it differs from what is in force; true when nothing is left unsaved. */
async function saveSchool(typed: string | null): Promise<boolean> {
  const e = effective.value!;
  if (typed === null || e.locked.has('schoolName') || typed.trim() === e.settings.schoolName) return true;
  return save({ schoolName: typed.trim() });
}

async function finish(): Promise<void> {
  problem.value = null;
  // Pasted or chosen from a file but never saved: finishing now would silently drop the list.
  if ((PUPILS.state.pasteText.value.trim() || PUPILS.state.preview.value) && !effective.value!.locked.has('pupilNames')) {
    problem.value = () => t('welcome_unsaved_pupils');
    document.getElementById(`${PUPILS.id}-paste`)?.focus();
    return;
  }
  if (!(await saveSchool(schoolTyped.value))) return;
  finished.value = true;
}

function switchLanguage(): void {
  const next = language() === 'cy' ? 'en' : 'cy';
  // Shown at once; saved so the popup, the options page and the warnings follow.
  applyLanguage(next);
  document.title = t('welcome_page_title');
  effective.value = { ...effective.value! };
  void save({ language: next });
}

const CHECKS: MessageKey[] = ['welcome_check_school', 'welcome_check_pupils', 'welcome_check_places', 'welcome_check_job', 'welcome_check_home', 'welcome_check_criticism'];

function About() {
  return (
    <>
      <p class="lead">{t('welcome_intro')}</p>
      <section aria-labelledby="checks-h" class="card">
        <h2 id="checks-h">{t('welcome_checks_heading')}</h2>
        <ul class="checks">
          {CHECKS.map((k) => <li key={k}>{t(k)}</li>)}
        </ul>
      </section>
      <section aria-labelledby="private-h" class="card private">
        <h2 id="private-h">{t('welcome_private_heading')}</h2>
        <p>{t('welcome_private')}</p>
      </section>
    </>
  );
}

function SetUp() {
  const e = effective.value!;
  const schoolLocked = e.locked.has('schoolName');
  const pupilsLocked = e.locked.has('pupilNames');
  const school = schoolTyped.value ?? e.settings.schoolName;
  return (
    <section aria-labelledby="setup-h" class="card">
      <h2 id="setup-h">{t('welcome_setup_heading')}</h2>
      <p class="muted">{t('welcome_setup_intro')}</p>
      <div class="field">
        <label for="school-name">{t('welcome_school_label')}</label>
        {schoolLocked && <span class="locked-tag" id="school-name-locked">{t('welcome_school_locked')}</span>}
        <div class="hint" id="school-name-hint">{t('welcome_school_hint')}</div>
        <input
          type="text" id="school-name" value={school} disabled={schoolLocked} autocomplete="off"
          aria-describedby={schoolLocked ? 'school-name-hint school-name-locked' : 'school-name-hint'}
          onInput={(ev) => (schoolTyped.value = ev.currentTarget.value)}
          // Saved on leaving the box too, so closing the tab before Finish keeps what was typed.
          onChange={(ev) => void saveSchool(ev.currentTarget.value)}
        />
      </div>
      <h3 id="pupils-h">{t('welcome_pupils_heading')}</h3>
      <p role="status" data-testid="pupil-count">{t('welcome_done_pupils', formatNumber(e.settings.pupilNames.length))}</p>
      {pupilsLocked
        ? <p class="muted">{t('welcome_pupils_locked')}</p>
        : <NameList list={PUPILS} ownCount={(e.own.pupilNames ?? []).length} save={savePupils} />}
      <div role="alert">{problem.value && <p class="notice bad">{problem.value()}</p>}</div>
      <div class="buttons">
        <button type="button" id="finish" class="finish" onClick={() => void finish()}>{t('welcome_finish')}</button>
      </div>
    </section>
  );
}

function Done() {
  const s = effective.value!.settings;
  // Once, on arriving: a settings change redraws this, and must not pull focus back here.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="done-h" class="card done">
      <h2 id="done-h" tabIndex={-1} ref={heading}>{t('welcome_done_heading')}</h2>
      <ul class="summary">
        {s.schoolName && <li>{t('welcome_done_school', s.schoolName)}</li>}
        <li>{t('welcome_done_pupils', formatNumber(s.pupilNames.length))}</li>
      </ul>
      {isSetUp(s) ? <p>{t('welcome_done_next')}</p> : <p class="notice warn">{t('welcome_done_missing')}</p>}
      <p>{t('welcome_done_more')}</p>
      <p><a href="options.html">{t('welcome_done_settings_link')}</a></p>
    </section>
  );
}

function App() {
  const e = effective.value;
  if (!e) {
    // Settings unreadable: the page still says what the extension is, and where to go next.
    return <main><h1>{t('welcome_page_title')}</h1>{loadProblem.value ? <p class="notice bad" role="alert">{t('welcome_load_failed')}</p> : null}</main>;
  }
  return (
    <main>
      {!e.locked.has('language') && (
        <div class="top">
          <button type="button" class="secondary" lang={language() === 'cy' ? 'en-GB' : 'cy'} onClick={switchLanguage}>{t('welcome_switch_language')}</button>
        </div>
      )}
      <h1>{t('welcome_page_title')}</h1>
      <About />
      {finished.value ? <Done /> : <SetUp />}
    </main>
  );
}

render(<App />, document.getElementById('app')!);
void loadEffective().then(show, () => (loadProblem.value = true));
onEffectiveChange(show);
