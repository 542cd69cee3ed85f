import { render } from 'preact';
import { signal, computed } from '@preact/signals';
import browser from 'webextension-polyfill';
import { loadSettings, onSettingsChange, saveSettings, isPaused, CHECKLIST_KEY, type Settings } from '../../settings';
import { SEVEN_QUESTIONS } from '../../core/questions';
import { message, MISSES_KEY, readMisses, readStatus, type Misses, type Status } from '../../messages';
import { formatDate, formatNumber, formatTime, t, tp } from '../../i18n';
import { applyLanguage, readLanguage } from '../shared/language';
import { rich } from '../shared/rich';
import { SetupPrompt } from './SetupPrompt';
import { CHECKLIST, PLATFORMS, REVIEW_AFTER_MS, type Platform } from './checklist';
import '../shared/base.css';
import './popup.css';

// i18n-ignore: product names
const SITE_NAMES = { facebook: 'Facebook', x: 'X', instagram: 'Instagram' } as const;

const settings = signal<Settings | null>(null);
/** undefined while asking the tab; null when it is not a page we work on. */
const status = signal<Status | null | undefined>(undefined);
/** "platform:item" → epoch ms when it was ticked. */
const ticks = signal<Record<string, number>>({});
const paused = computed(() => !!settings.value && isPaused(settings.value));
/** A change the browser refused to save (its storage for the extension full, say), told where it was made. */
// Each a function, so it is worded in the language in force when drawn.
const pauseProblem = signal<(() => string) | null>(null);
const tickProblem = signal<(() => string) | null>(null);
const openProblem = signal<(() => string) | null>(null);

async function openSettings(): Promise<void> {
  openProblem.value = null;
  try {
    await browser.runtime.openOptionsPage();
  } catch {
    openProblem.value = () => t('popup_open_failed');
  }
}

/** Risky drafts that left by a path the extension did not hold, per site (counted on this device). */
const misses = signal<Misses>({});

async function activeTabId(): Promise<number | undefined> {
  // Tests open the popup as a normal tab, so they name the tab to ask (test build only).
  if (__TEST_HOOKS__) {
    const forced = new URLSearchParams(location.search).get('tab');
    if (forced) return Number(forced);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askTab(): Promise<void> {
  try {
    const id = await activeTabId();
    if (id === undefined) throw new Error('no tab');
    const answer = readStatus(await browser.tabs.sendMessage(id, message('tbyp:status')));
    if (!answer) throw new Error('no answer');
    status.value = answer;
  } catch {
    // No content script there: a browser page, another site, or a tab opened before install.
    status.value = null;
  }
}

async function loadMisses(): Promise<void> {
  try {
    const got = await browser.storage.local.get(MISSES_KEY);
    misses.value = readMisses(got[MISSES_KEY]);
  } catch {
    // Storage unreadable: the popup still opens, with no miss counts rather than a stale or broken line.
    misses.value = readMisses(undefined);
  }
}

async function loadTicks(): Promise<void> {
  const got = await browser.storage.local.get(CHECKLIST_KEY);
  const raw = got[CHECKLIST_KEY];
  ticks.value = raw && typeof raw === 'object' ? (raw as Record<string, number>) : {};
}

async function setTick(key: string, on: boolean): Promise<void> {
  const next = { ...ticks.value };
  if (on) next[key] = Date.now();
  else delete next[key];
  await saveTicks(next);
}

async function clearPlatform(p: Platform): Promise<void> {
  await saveTicks(Object.fromEntries(Object.entries(ticks.value).filter(([k]) => !k.startsWith(p + ':'))));
}

/** Shown at once; read back if the browser will not keep it, so the list never shows what is not saved. */
async function saveTicks(next: Record<string, number>): Promise<void> {
  ticks.value = next;
  tickProblem.value = null;
  try {
    await browser.storage.local.set({ [CHECKLIST_KEY]: next });
  } catch {
    tickProblem.value = () => t('popup_tick_failed');
    await loadTicks().catch(() => undefined); // the message above already says the list may be off
  }
}

async function setPause(until: number): Promise<void> {
  pauseProblem.value = null;
  try {
    await saveSettings({ pausedUntil: until });
  } catch {
    const st = settings.value;
    pauseProblem.value = () => (until ? t('popup_not_paused') : st?.pausedUntil ? t('popup_still_paused_until', formatTime(st.pausedUntil)) : t('popup_still_paused'));
  }
}

function StatusPanel() {
  readLanguage();
  const s = status.value;
  const st = settings.value;
  let body;
  if (s === undefined) body = <p>{t('popup_checking')}</p>;
  else if (s === null || !s.site)
    body = <p>{t('popup_not_a_site')}</p>;
  else if (paused.value || s.paused) body = <p>{t('popup_paused_on', SITE_NAMES[s.site])}</p>;
  else if (!s.findings.length) body = <p>{rich('popup_on_nothing', <strong>{t('popup_on_for', SITE_NAMES[s.site])}</strong>)}</p>;
  else
    body = (
      <>
        <p>{rich('popup_on_found', <strong>{t('popup_on_for', SITE_NAMES[s.site])}</strong>)}</p>
        <ul class="findings">
          {s.findings.map((f, i) => (
            <li key={i}>{rich('popup_finding', <strong>{f.label}</strong>, f.text)}</li>
          ))}
        </ul>
      </>
    );
  return (
    <section aria-labelledby="status-h" class="status">
      <h2 id="status-h">{t('popup_this_page')}</h2>
      <div role="status">
        {s?.missed && <p class="notice bad">{t('notice_miss')}</p>}
        {body}
      </div>
      <MissCounts />
      {st && (
        <p class="pause">
          {paused.value ? (
            <>
              <span>{t('popup_paused_until', formatTime(st.pausedUntil))} </span>
              <button type="button" onClick={() => void setPause(0)}>{t('popup_resume')}</button>
            </>
          ) : (
            <button type="button" class="secondary" onClick={() => void setPause(Date.now() + 60 * 60 * 1000)}>{t('popup_pause_hour')}</button>
          )}
        </p>
      )}
      <Problem text={pauseProblem.value?.()} />
    </section>
  );
}

/** How often a risky draft left without the warning, per site: the sites changed in a way we do not follow yet. */
function MissCounts() {
  readLanguage();
  const counts = PLATFORMS.map((p) => ({ name: SITE_NAMES[p.id], n: misses.value[p.id] ?? 0 })).filter((c) => c.n > 0);
  if (!counts.length) return null;
  return (
    <div class="misses">
      <p class="small">{t('popup_misses_intro')}</p>
      <ul>
        {counts.map((c) => <li key={c.name}>{t('popup_miss_count', c.name, formatNumber(c.n))}</li>)}
      </ul>
    </div>
  );
}

/** Always in the page, so a screen reader announces the message when it appears. */
function Problem({ text }: { text: string | null | undefined }) {
  readLanguage();
  return <div role="alert">{text && <p class="notice bad">{text}</p>}</div>;
}

function Questions() {
  readLanguage();
  return (
    <section aria-labelledby="q-h">
      <h2 id="q-h">{t('popup_questions_heading')}</h2>
      <details>
        <summary>{t('popup_questions_show')}</summary>
        <ol class="questions">
          {SEVEN_QUESTIONS.map((q) => (
            <li key={q.n}><strong>{q.title}</strong> <span class="muted">{q.detail}</span></li>
          ))}
        </ol>
      </details>
    </section>
  );
}

const chosen = signal<Platform | null>(null);

function PlatformChecklist() {
  readLanguage();
  const platform = chosen.value ?? status.value?.site ?? 'facebook';
  const name = PLATFORMS.find((p) => p.id === platform)!.name;
  const items = CHECKLIST[platform];
  const done = items.filter((i) => ticks.value[`${platform}:${i.id}`]);
  const oldest = Math.min(...done.map((i) => ticks.value[`${platform}:${i.id}`]!));
  const stale = done.length > 0 && Date.now() - oldest > REVIEW_AFTER_MS;
  return (
    <>
      <div class="platforms" role="group" aria-label={t('checklist_which_site')}>
        {PLATFORMS.map((p) => {
          const count = CHECKLIST[p.id].filter((i) => ticks.value[`${p.id}:${i.id}`]).length;
          return (
            <button key={p.id} type="button" class="secondary" aria-pressed={p.id === platform} onClick={() => (chosen.value = p.id)}>
              {p.name} <span class="count">{count}/{CHECKLIST[p.id].length}</span>
            </button>
          );
        })}
      </div>
      <h3 id="cl-list">{tp('checklist_progress', done.length, name, formatNumber(items.length))}</h3>
      <Problem text={tickProblem.value?.()} />
      {stale && (
        <div class="notice warn">
          <p>{t('checklist_stale', formatDate(oldest))}</p>
          <button type="button" class="secondary" onClick={() => void clearPlatform(platform)}>{t('checklist_fresh')}</button>
        </div>
      )}
      <ul class="checklist" aria-labelledby="cl-list">
        {items.map((item) => {
          const key = `${platform}:${item.id}`;
          const at = ticks.value[key];
          const id = `ck-${platform}-${item.id}`;
          return (
            <li key={key}>
              <input type="checkbox" id={id} checked={!!at} onChange={(e) => void setTick(key, e.currentTarget.checked)} aria-describedby={`${id}-d`} />
              <div>
                <label for={id}>{t(item.title)}</label>
                <div id={`${id}-d`} class="muted small">
                  {t(item.what)} <span class="where">{rich('checklist_where', <span lang="en-GB">{item.where}</span>)}</span> {at ? <span class="when">{t('checklist_checked_on', formatDate(at))}</span> : null}
                </div>
                <a href={item.url} target="_blank" rel="noopener noreferrer">{rich('checklist_open', name, <span class="visually-hidden">{t('checklist_open_more', t(item.title))}</span>)}</a>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function App() {
  readLanguage();
  return (
    <main>
      <h1>{t('extName')}</h1>
      <SetupPrompt settings={settings.value} />
      <StatusPanel />
      <Questions />
      <section aria-labelledby="cl-h">
        <h2 id="cl-h">{t('checklist_heading')}</h2>
        <p class="muted small">{t('checklist_intro')}</p>
        <PlatformChecklist />
      </section>
      <p class="footer">
        <a href="options.html" target="_blank" rel="noopener" onClick={(e) => { e.preventDefault(); void openSettings(); }}>{t('popup_settings_link')}</a>
      </p>
      <Problem text={openProblem.value?.()} />
    </main>
  );
}

/** The language first, so the popup never draws a frame in the old one. */
function show(s: Settings): void {
  applyLanguage(s.language);
  document.title = t('extName');
  settings.value = s;
}

// The browser's language until the settings arrive.
applyLanguage(undefined);
render(<App />, document.getElementById('app')!);
// Either failing leaves the part it feeds on its own wording ("Checking this page…", unticked
// boxes); the ticks say so, since an unticked box would otherwise look like a real answer.
void loadSettings().then(show, () => undefined);
onSettingsChange(show);
void loadTicks().catch(() => (tickProblem.value = () => t('popup_ticks_unreadable')));
void loadMisses();
browser.storage.onChanged.addListener((changes, area) => { if (area === 'local' && MISSES_KEY in changes) void loadMisses(); });
void askTab();
