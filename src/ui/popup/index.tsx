import { render } from 'preact';
import { signal, computed } from '@preact/signals';
import browser from 'webextension-polyfill';
import { loadSettings, onSettingsChange, saveSettings, isPaused, CHECKLIST_KEY, type Settings } from '../../settings';
import { SEVEN_QUESTIONS } from '../../core/questions';
import { message, MISS_TEXT, MISSES_KEY, readMisses, readStatus, type Misses, type Status } from '../../messages';
import { SetupPrompt } from './SetupPrompt';
import { CHECKLIST, PLATFORMS, REVIEW_AFTER_MS, type Platform } from './checklist';
import '../shared/base.css';
import './popup.css';

const SITE_NAMES = { facebook: 'Facebook', x: 'X', instagram: 'Instagram' } as const;

const settings = signal<Settings | null>(null);
/** undefined while asking the tab; null when it is not a page we work on. */
const status = signal<Status | null | undefined>(undefined);
/** "platform:item" → epoch ms when it was ticked. */
const ticks = signal<Record<string, number>>({});
const paused = computed(() => !!settings.value && isPaused(settings.value));
/** A change the browser refused to save (its storage for the extension full, say), told where it was made. */
const pauseProblem = signal<string | null>(null);
const tickProblem = signal<string | null>(null);
const openProblem = signal<string | null>(null);

async function openSettings(): Promise<void> {
  openProblem.value = null;
  try {
    await browser.runtime.openOptionsPage();
  } catch {
    openProblem.value = 'The settings page did not open. Right-click the extension\'s icon and choose Options.';
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
    tickProblem.value = 'That change was not saved: the browser would not store it. Please try again.';
    await loadTicks().catch(() => undefined); // the message above already says the list may be off
  }
}

async function setPause(until: number): Promise<void> {
  pauseProblem.value = null;
  try {
    await saveSettings({ pausedUntil: until });
  } catch {
    const st = settings.value;
    pauseProblem.value = until
      ? 'Not paused: the browser would not save the change, so your drafts are still being checked.'
      : `Still paused: the browser would not save the change.${st?.pausedUntil ? ` Checking comes back on by itself at ${time(st.pausedUntil)}.` : ''}`;
  }
}

const time = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const day = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function StatusPanel() {
  const s = status.value;
  const st = settings.value;
  let body;
  if (s === undefined) body = <p>Checking this page…</p>;
  else if (s === null || !s.site)
    body = <p>This page is not Facebook, X or Instagram, so there is nothing to check here.</p>;
  else if (paused.value || s.paused) body = <p>Paused on {SITE_NAMES[s.site]}: drafts are not being checked.</p>;
  else if (!s.findings.length) body = <p><strong>On for {SITE_NAMES[s.site]}.</strong> Nothing found in the draft you are writing.</p>;
  else
    body = (
      <>
        <p><strong>On for {SITE_NAMES[s.site]}.</strong> In the draft you are writing:</p>
        <ul class="findings">
          {s.findings.map((f, i) => (
            <li key={i}><strong>{f.label}</strong>: “{f.text}”</li>
          ))}
        </ul>
      </>
    );
  return (
    <section aria-labelledby="status-h" class="status">
      <h2 id="status-h">This page</h2>
      <div role="status">
        {s?.missed && <p class="notice bad">{MISS_TEXT}</p>}
        {body}
      </div>
      <MissCounts />
      {st && (
        <p class="pause">
          {paused.value ? (
            <>
              <span>Paused until {time(st.pausedUntil)}. </span>
              <button type="button" onClick={() => void setPause(0)}>Turn back on now</button>
            </>
          ) : (
            <button type="button" class="secondary" onClick={() => void setPause(Date.now() + 60 * 60 * 1000)}>Pause for 1 hour</button>
          )}
        </p>
      )}
      <Problem text={pauseProblem.value} />
    </section>
  );
}

/** How often a risky draft left without the warning, per site: the sites changed in a way we do not follow yet. */
function MissCounts() {
  const counts = PLATFORMS.map((p) => ({ name: SITE_NAMES[p.id], n: misses.value[p.id] ?? 0 })).filter((c) => c.n > 0);
  if (!counts.length) return null;
  return (
    <div class="misses">
      <p class="small">Drafts with something to check that were posted without the warning, because the site changed in a way the extension does not recognise yet (counted on this device only):</p>
      <ul>
        {counts.map((c) => <li key={c.name}>{c.name}: {c.n}</li>)}
      </ul>
    </div>
  );
}

/** Always in the page, so a screen reader announces the message when it appears. */
function Problem({ text }: { text: string | null }) {
  return <div role="alert">{text && <p class="notice bad">{text}</p>}</div>;
}

function Questions() {
  return (
    <section aria-labelledby="q-h">
      <h2 id="q-h">The seven questions before posting</h2>
      <details>
        <summary>Show the questions</summary>
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
  const platform = chosen.value ?? status.value?.site ?? 'facebook';
  const name = PLATFORMS.find((p) => p.id === platform)!.name;
  const items = CHECKLIST[platform];
  const done = items.filter((i) => ticks.value[`${platform}:${i.id}`]);
  const oldest = Math.min(...done.map((i) => ticks.value[`${platform}:${i.id}`]!));
  const stale = done.length > 0 && Date.now() - oldest > REVIEW_AFTER_MS;
  return (
    <>
      <div class="platforms" role="group" aria-label="Which site">
        {PLATFORMS.map((p) => {
          const count = CHECKLIST[p.id].filter((i) => ticks.value[`${p.id}:${i.id}`]).length;
          return (
            <button key={p.id} type="button" class="secondary" aria-pressed={p.id === platform} onClick={() => (chosen.value = p.id)}>
              {p.name} <span class="count">{count}/{CHECKLIST[p.id].length}</span>
            </button>
          );
        })}
      </div>
      <h3 id="cl-list">{name}: {done.length} of {items.length} checked</h3>
      <Problem text={tickProblem.value} />
      {stale && (
        <div class="notice warn">
          <p>You last checked some of these on {day(oldest)}. Sites change their settings, so it is worth looking again each term.</p>
          <button type="button" class="secondary" onClick={() => void clearPlatform(platform)}>Start a fresh check</button>
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
                <label for={id}>{item.title}</label>
                <div id={`${id}-d`} class="muted small">
                  {item.what} <span class="where">Where: {item.where}.</span> {at ? <span class="when">Checked on {day(at)}.</span> : null}
                </div>
                <a href={item.url} target="_blank" rel="noopener noreferrer">Open {name} settings<span class="visually-hidden"> for: {item.title} (opens in a new tab)</span></a>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function App() {
  return (
    <main>
      <h1>Think Before You Post</h1>
      <SetupPrompt settings={settings.value} />
      <StatusPanel />
      <Questions />
      <section aria-labelledby="cl-h">
        <h2 id="cl-h">Check your privacy settings</h2>
        <p class="muted small">Tick each one when you have checked it. Your ticks stay on this device only.</p>
        <PlatformChecklist />
      </section>
      <p class="footer">
        <a href="options.html" target="_blank" rel="noopener" onClick={(e) => { e.preventDefault(); void openSettings(); }}>Settings: your school and pupils’ names</a>
      </p>
      <Problem text={openProblem.value} />
    </main>
  );
}

render(<App />, document.getElementById('app')!);
// Either failing leaves the part it feeds on its own wording ("Checking this page…", unticked
// boxes); the ticks say so, since an unticked box would otherwise look like a real answer.
void loadSettings().then((s) => (settings.value = s), () => undefined);
onSettingsChange((s) => (settings.value = s));
void loadTicks().catch(() => (tickProblem.value = 'Your ticks could not be read just now. Close and reopen this window to see them.'));
void loadMisses();
browser.storage.onChanged.addListener((changes, area) => { if (area === 'local' && MISSES_KEY in changes) void loadMisses(); });
void askTab();
