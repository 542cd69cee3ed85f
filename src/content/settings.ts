// Settings and the scanner's lifecycle: read the merged settings from the worker, compile the lists
// in slices so the page stays responsive, and install the scanner only if no newer settings came.
import browser from 'webextension-polyfill';
import { compileSteps } from '../core';
import { browserLanguages, resolveLanguage, setLanguage } from '../i18n';
import { message, type Message, type Reply } from '../messages';
import { loadEffective, scannerConfig, type Settings } from '../settings';
import { hideBadge, scheduleScan } from './badge';
import { warmContacts } from './contact';
import { paused, type State } from './state';
import { warmUp } from './warm';

/** Longest a compile holds the page at a time. */
const SLICE_MS = 8;

async function apply(s: State, settings: Settings, locked: readonly string[], mine: number): Promise<void> {
  s.settings = settings;
  s.locked = locked;
  setLanguage(resolveLanguage(settings.language, browserLanguages()));
  const config = scannerConfig(settings);
  const key = JSON.stringify(config);
  s.wanted = key;
  if (!s.scanner || key !== s.compiledFrom) {
    // A trust-sized list takes most of a second to compile: in slices, the page stays responsive,
    // and a submit meanwhile waits for it like any submit before the settings have arrived. A
    // change that keeps the lists (pausing, say) waits for the compile already under way.
    if (s.compiling?.key !== key) {
      // Dropped between slices once newer settings want other lists.
      const job = inSlices(compileSteps(config), () => s.wanted !== key);
      const mark = { key, job };
      s.compiling = mark;
      const done = () => { if (s.compiling === mark) s.compiling = null; };
      job.then(done, done);
    }
    const next = await s.compiling.job;
    // Settings read meanwhile may ask for other lists: theirs land with their own compile.
    if (!next || s.wanted !== key) return;
    s.scanner = next;
    s.compiledFrom = key;
    warmUp(s, next);
  }
  if (mine !== s.generation) return;
  if (paused(s)) hideBadge(s);
  else if (s.recent) scheduleScan(s, s.recent, 0);
  // After the scanner, which drafts need first. A failure here only means the first press builds it.
  warmContacts(s, settings, (steps) => inSlices(steps, () => s.settings !== settings)).catch(() => undefined);
}

/** Runs the steps a slice at a time; null if `dropped` says so between two slices. */
async function inSlices<T>(steps: Generator<void, T, void>, dropped: () => boolean): Promise<T | null> {
  // A message, not a timer: background tabs throttle timers to one a second.
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
  const yieldToPage = () => new Promise<void>((resolve) => {
    if (!channel) return void setTimeout(resolve, 0);
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  try {
    let t = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - t >= SLICE_MS) {
        await yieldToPage();
        if (dropped()) return null;
        t = performance.now();
      }
    }
  } finally {
    channel?.port1.close();
  }
}

/**
 * Settings come from the worker, which merges the school's managed policy: Chromium never answers
 * storage.managed.get() in a content script. Reading them here directly is the fallback.
 */
async function refresh(s: State): Promise<void> {
  const mine = ++s.generation;
  let reply: Reply<'tbyp:settings'> | undefined;
  try {
    reply = await browser.runtime.sendMessage<Message<'tbyp:settings'>, Reply<'tbyp:settings'> | undefined>(message('tbyp:settings'));
  } catch { /* worker unavailable: read them here */ }
  if (!reply?.settings || typeof reply.settings !== 'object') {
    const e = await loadEffective();
    reply = { settings: e.settings, locked: [...e.locked] };
  }
  // Two quick changes: an older answer arriving late must not undo the newer one.
  if (mine === s.generation) await apply(s, reply.settings, Array.isArray(reply.locked) ? reply.locked : [], mine);
}

/** Reads the settings again; until they are in force, submits wait for them (state.refreshing). */
export function reload(s: State): void {
  const run: Promise<void> = refresh(s)
    .catch(() => { /* keep what we had; with nothing, stay out of the way */ })
    .finally(() => { if (s.refreshing === run) s.refreshing = null; });
  s.refreshing = run;
}
