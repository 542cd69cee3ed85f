// The in-page nudge. Listeners are delegated at the window in the capture phase, so nothing runs
// while the person is not typing or clicking, and we see submit events before the site's handlers.
// Every entry point fails open: if anything of ours throws, the site's own event carries on untouched.
import browser from 'webextension-polyfill';
import { compileSteps, SEVEN_QUESTIONS, type Scanner } from '../core';
import { changesSettings, inWorkingHours, isPaused, loadSettings, scannerConfig, type Settings } from '../settings';
import { adapterFor } from '../sites';
import { createUi, type Item, type Ui } from '../ui/warning/host';
import {
  composerScope, editableFrom, editorsForControl, enterSends, hasAttachmentArea, isOurs, isProfileField,
  locationTags, nextStepControlFrom, readText, submitControlFrom, type Editable,
} from './composer';
import { fileHasGps } from './exif-gps';
import { fault, listenForTestRequests } from './faults';
import { hoursItem, itemFromFinding, locationItem, photoItems, profileJobItems, scanText, TRUNCATED_NOTE } from './findings';
import { clearAll, paint, rangesFor } from './highlight';

const adapter = adapterFor(location.host);
const DEBOUNCE_MS = 150;

let settings: Settings | null = null;
/** The settings read in flight, if any: a submit waits for it so a change applies at once. */
let refreshing: Promise<void> | null = null;
const SETTINGS_WAIT_MS = 3000;
/** Once they have arrived and a long list is compiling, a held submit waits for that, up to this. */
const COMPILE_WAIT_MS = 10_000;
/** The compile under way, and the lists it is for. */
let compiling: { key: string; job: Promise<Scanner | null> } | null = null;
let scanner: Scanner | null = null;
let ui: Ui | null = null;
let recent: Editable | null = null;
let timer = 0;
/** True only while we re-dispatch the person's own submit after "Post anyway". */
let bypass = false;

interface Evaluation { items: Item[]; note: string | null; empty: boolean; profile: boolean }
let badgeFor: { editor: Editable; items: Item[]; note: string | null } | null = null;
/** What the popup shows: the findings of the draft being edited, or the last one focused. */
let lastFindings: { rule: string; label: string; text: string }[] = [];

interface Photos { count: number; gps: boolean }
const photos = new WeakMap<Element, Photos>();

// ---- settings ---------------------------------------------------------------------------------

/** The config the current scanner was compiled from: pausing or ticking a box must not recompile 50,000 names. */
let compiledFrom = '';

/** The lists the latest settings ask for: a compile for older ones is not installed. */
let wanted = '';

async function apply(s: Settings, mine: number): Promise<void> {
  settings = s;
  const config = scannerConfig(s);
  const key = JSON.stringify(config);
  wanted = key;
  if (!scanner || key !== compiledFrom) {
    // A trust-sized list takes most of a second to compile: in slices, the page stays responsive,
    // and a submit meanwhile waits for it like any submit before the settings have arrived. A
    // change that keeps the lists (pausing, say) waits for the compile already under way.
    if (compiling?.key !== key) {
      // Dropped between slices once newer settings want other lists.
      const job = inSlices(compileSteps(config), () => wanted !== key);
      const mark = { key, job };
      compiling = mark;
      const done = () => { if (compiling === mark) compiling = null; };
      job.then(done, done);
    }
    const next = await compiling!.job;
    // Settings read meanwhile may ask for other lists: theirs land with their own compile.
    if (!next || wanted !== key) return;
    scanner = next;
    compiledFrom = key;
  }
  if (mine !== generation) return;
  if (paused()) hideBadge();
  else if (recent) scheduleScan(recent, 0);
}

/** Longest a compile holds the page at a time. */
const SLICE_MS = 8;

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

function current(): Settings | null {
  fault('storage');
  return settings;
}

function paused(): boolean {
  const s = current();
  return !!s && isPaused(s);
}

function enabled(rule: string): boolean {
  return (current()?.rules as Record<string, boolean> | undefined)?.[rule] !== false;
}

function alwaysAsk(): boolean {
  return current()?.mode === 'always';
}

// ---- evaluating a composer ----------------------------------------------------------------------

/** What a composer would send: its drafts' text, and the places and photos attached to it. */
interface Draft {
  texts: { text: string; editor: Editable; profile: boolean }[];
  places: string[];
  photos: Photos | null;
}

function readDraft(editors: Editable[], scopeEl: Element | null): Draft {
  const texts = editors.map((editor) => ({ text: readText(editor), editor, profile: isProfileField(editor, adapter) }));
  const scope = scopeEl ?? (editors[0] ? composerScope(editors[0]) : null);
  const inPost = scope && !texts.some((t) => t.profile);
  // Looking for place tags walks the composer: not on every scan when the rule is off.
  return { texts, places: inPost && enabled('location') ? locationTags(scope, adapter) : [], photos: inPost ? photosIn(scope) : null };
}

function evaluate(editors: Editable[], scopeEl: Element | null): Evaluation {
  return judge(readDraft(editors, scopeEl));
}

/** The findings for a draft, with the settings in force now. */
function judge(draft: Draft): Evaluation {
  if (!scanner) throw new Error('settings not loaded');
  const items: Item[] = [];
  let truncated = false;
  let empty = true;
  let profile = false;
  for (const { text, editor, profile: isProfile } of draft.texts) {
    const result = scanText(scanner, text, enabled);
    truncated ||= result.truncated;
    if (result.text.trim()) empty = false;
    const found = result.findings.map((f) => itemFromFinding(f, result.text));
    if (isProfile) {
      profile = true;
      if (enabled('job')) found.push(...profileJobItems(result.text, found));
    }
    items.push(...found);
    if (editor.isConnected && (editor === recent || draft.texts.length === 1)) paintEditor(editor, result.text, result.findings);
  }
  if (enabled('location')) for (const place of draft.places) items.push(locationItem(place));
  if (draft.photos) {
    empty = false;
    items.push(...photoItems(draft.photos.count, draft.photos.gps));
  }
  const s = current();
  if (!empty && s?.workingHours && inWorkingHours(s)) items.push(hoursItem());
  return { items: dedupe(items), note: truncated ? TRUNCATED_NOTE : null, empty, profile };
}

function dedupe(items: Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.rule}\u0000${i.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function paintEditor(editor: Editable, text: string, findings: { start: number; end: number }[]): void {
  // A textarea's text is not in the DOM, so it cannot be highlighted in place; the badge still shows.
  if (!editor.isContentEditable) return;
  try {
    paint(editor, rangesFor(editor, text, findings));
  } catch {
    // Painting is a nicety; a failure must never reach the site.
  }
}

function photosIn(scope: Element): Photos | null {
  for (let el: Element | null = scope; el; el = el.parentElement) {
    const p = photos.get(el);
    if (p) {
      // The site removed the preview: the photo is no longer part of the post.
      if (hasAttachmentArea(scope, adapter) === false) { photos.delete(el); return null; }
      return p;
    }
  }
  return null;
}

// ---- scanning while typing --------------------------------------------------------------------

function scheduleScan(editor: Editable, delay = DEBOUNCE_MS): void {
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    try {
      if (paused() || !scanner) return hideBadge();
      const result = evaluate([editor], null);
      lastFindings = result.items.map((i) => ({ rule: i.rule, label: i.label, text: i.text }));
      badgeFor = result.items.length ? { editor, items: result.items, note: result.note } : null;
      renderBadge();
    } catch {
      hideBadge();
    }
  }, delay);
}

function hideBadge(): void {
  badgeFor = null;
  renderBadge();
}

function renderBadge(): void {
  if (!badgeFor?.editor.isConnected) badgeFor = null;
  if (badgeFor) trackPosition(true);
  else { trackPosition(false); clearAll(); }
  if (!warningOpen) safeRender();
}

let tracking = false;
let frame = 0;
const onMove = () => { if (!frame) frame = requestAnimationFrame(() => { frame = 0; safeRender(); }); };
function trackPosition(on: boolean): void {
  if (on === tracking) return;
  tracking = on;
  const method = on ? 'addEventListener' : 'removeEventListener';
  window[method]('scroll', onMove, { capture: true, passive: true } as AddEventListenerOptions);
  window[method]('resize', onMove, { passive: true } as AddEventListenerOptions);
}

function badgeProps() {
  if (!badgeFor || !badgeFor.editor.isConnected) return null;
  const r = badgeFor.editor.getBoundingClientRect();
  if (!r.width && !r.height) return null;
  // Inside the editor's bottom-right corner: outside it the badge would cover the site's own buttons.
  return { items: badgeFor.items, note: badgeFor.note, top: Math.max(0, r.bottom - 28), left: Math.max(0, r.right - 38) };
}

function safeRender(): void {
  try {
    fault('ui');
    if (!ui && !badgeFor && !warning) return;
    ui ??= createUi();
    ui.update({ badge: badgeProps(), warning });
  } catch {
    // UI trouble must not reach the site.
  }
}

// ---- the warning ------------------------------------------------------------------------------

type Retrigger = () => void;
let warning: Parameters<Ui['update']>[0]['warning'] = null;
let warningOpen = false;
/** Where Edit puts focus back: the editor with its caret, or, with no editor (a photo-only post, a
 * draft carried past "Next"), what had focus, such as the Post button a keyboard user pressed. */
let restore: { el: HTMLElement; ranges: Range[] } | null = null;

/** Shows the warning; throws (so the caller lets the site's event through) if it cannot. */
function openWarning(ev: Evaluation, editor: Editable | null, retrigger: Retrigger): void {
  fault('ui');
  const sel = document.getSelection();
  const ranges: Range[] = [];
  if (editor && sel) for (let i = 0; i < sel.rangeCount; i++) ranges.push(sel.getRangeAt(i).cloneRange());
  const was = document.activeElement instanceof HTMLElement && !isOurs(document.activeElement, ui?.host ?? null) ? document.activeElement : null;
  const el = editor ?? was;
  restore = el ? { el, ranges } : null;
  let done = false;
  const close = (post: boolean) => {
    if (done) return;
    done = true;
    warning = null;
    warningOpen = false;
    try { ui?.update({ badge: badgeProps(), warning: null }); } catch { /* closing must always work */ }
    // Edit: back to the editor. Post anyway: the retrigger puts focus where the original action had it.
    if (!post) return refocus();
    carried = null;
    bypass = true;
    try { retrigger(); } finally { bypass = false; restore = null; }
    if (recent) scheduleScan(recent);
  };
  warning = {
    items: ev.items,
    questions: SEVEN_QUESTIONS,
    profile: ev.profile,
    note: ev.note,
    onEdit: () => close(false),
    onPost: () => close(true),
  };
  ui ??= createUi();
  ui.update({ badge: null, warning });
  if (!ui.root.querySelector('[role="alertdialog"]')) throw new Error('warning did not render');
  warningOpen = true;
  ui.focusables()[0]?.focus();
  editWarning = () => close(false);
}
let editWarning: (() => void) | null = null;

function refocus(): void {
  const r = restore;
  restore = null;
  if (!r?.el.isConnected) return;
  r.el.focus({ preventScroll: true });
  if (r.ranges.length && r.el.isContentEditable) {
    const sel = document.getSelection();
    if (sel) {
      sel.removeAllRanges();
      for (const range of r.ranges) if (r.el.contains(range.startContainer)) sel.addRange(range);
    }
  }
}

function shouldWarn(ev: Evaluation): boolean {
  if (ev.empty) return false;
  return ev.items.length > 0 || alwaysAsk();
}

// ---- submit by click ----------------------------------------------------------------------------

/** The press sequence we are holding back: replayed in full on "Post anyway". */
let held: { control: HTMLElement; types: string[]; decision: Decision | null } | null = null;
const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'];

function onPress(e: Event): void {
  if (bypass || !e.isTrusted || isOurs(e.target, ui?.host ?? null)) return;
  if (warningOpen) return block(e);
  try {
    fault('intercept');
    if (e.type === 'pointerdown') held = null;
    if ((e as MouseEvent).button > 0) return;
    if (e.type === 'pointerdown') noteNextStep(e.target);
    const control = submitControlFrom(e.target, adapter);
    if (!control) return;
    if (held?.control === control) {
      held.types.push(e.type);
      return block(e);
    }
    if (e.type !== 'pointerdown' && e.type !== 'mousedown') return;
    // Before the settings have arrived every press is held; after, only one that needs the warning.
    let decision: Decision | null = null;
    if (!waiting()) {
      decision = decide(control);
      if (!decision) return;
    }
    held = { control, types: [e.type], decision };
    block(e);
  } catch {
    held = null;
  }
}

function onClick(e: MouseEvent): void {
  if (bypass || !e.isTrusted || isOurs(e.target, ui?.host ?? null)) return;
  if (warningOpen) return block(e);
  const gesture = held;
  held = null;
  try {
    fault('intercept');
    // A click with no press before it: a keyboard on a native <button>.
    if (e.detail === 0) noteNextStep(e.target);
    const control = submitControlFrom(e.target, adapter);
    if (!control) return;
    if (gesture && gesture.control !== control) return;
    const types = [...(gesture?.types ?? []), 'click'];
    const again = () => replay(control, types, true);
    if (waiting()) return holdUntilReady(e, () => decide(control), again);
    // The press already decided (and scanned); a click with no press (keyboard on a <button>) decides now.
    const d = gesture?.decision ?? decide(control);
    if (!d) {
      // The press was held back but the draft is clean now: let the site see the press it missed.
      if (gesture) withBypass(() => replay(control, gesture.types, false));
      return;
    }
    openWarning(d.ev, d.editor, again);
    block(e);
  } catch {
    // Fail open: anything we held back is replayed so the site sees a complete click.
    if (gesture) withBypass(() => replay(gesture.control, gesture.types, false));
  }
}

interface Decision { ev: Evaluation; editor: Editable | null }

/** What pressing this control would send, when it needs the warning; null when it may go ahead. */
function decide(control: HTMLElement): Decision | null {
  if (paused() || !scanner) return null;
  const editors = editorsForControl(control, recent, adapter);
  const earlier = editors.length ? null : carriedTo(control);
  if (earlier) {
    const ev = judge(earlier);
    if (shouldWarn(ev)) return { ev, editor: null };
    carried = null; // a clean draft goes out now: it must not speak up for a later post
    return null;
  }
  return decideFor(editors, editors.length ? null : composerScope(control));
}

/** The same for these editors (and their composer), however the submit was made. */
function decideFor(editors: Editable[], scopeEl: Element | null): Decision | null {
  if (paused() || !scanner) return null;
  const ev = evaluate(editors, scopeEl);
  return shouldWarn(ev) ? { ev, editor: editors[0] ?? null } : null;
}

// ---- composers in steps ------------------------------------------------------------------------

/**
 * A draft whose composer went on to a further step (a Facebook Page's "Next" → "Post settings"),
 * where the site takes the editor off the page: read when "Next" was pressed, judged at "Post".
 */
let carried: { draft: Draft; at: number; dialog: Element | null } | null = null;
/** Long enough to pick a schedule or an audience; a draft left longer is not the one being posted. */
const CARRY_MS = 30 * 60_000;

function noteNextStep(target: EventTarget | null): void {
  try {
    const control = nextStepControlFrom(target);
    if (!control) return;
    const editors = editorsForControl(control, recent, adapter).filter((el) => readText(el).trim() !== '');
    carried = editors.length ? { draft: readDraft(editors, composerScope(control)), at: Date.now(), dialog: control.closest('[role="dialog"]') } : null;
  } catch {
    carried = null;
  }
}

/**
 * The carried draft, if this submit control sends it: one in the dialog "Next" was pressed in while
 * that dialog is still open, or in any dialog once it has gone (the site may swap in a new one).
 */
function carriedTo(control: HTMLElement): Draft | null {
  if (!carried || Date.now() - carried.at > CARRY_MS) return null;
  const dialog = control.closest('[role="dialog"]');
  if (!dialog || (carried.dialog?.isConnected && carried.dialog !== dialog)) return null;
  return carried.draft;
}

function replay(control: HTMLElement, types: string[], withClick: boolean): void {
  // Sites re-render their buttons: if ours is gone, use the same composer's current one.
  const target = control.isConnected ? control : recent?.isConnected ? sendButtonNear(recent) : null;
  if (!target) return;
  // A real press (or the Tab that reached the button) leaves focus on it before the site acts.
  if (target.tabIndex >= 0) target.focus({ preventScroll: true });
  const r = target.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
  for (const type of types) {
    if (type === 'click') continue;
    const isPointer = type.startsWith('pointer');
    target.dispatchEvent(isPointer ? new PointerEvent(type, { ...init, pointerId: 1, isPrimary: true, pointerType: 'mouse', buttons: type.endsWith('down') ? 1 : 0 }) : new MouseEvent(type, { ...init, buttons: type.endsWith('down') ? 1 : 0 }));
  }
  if (withClick) target.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
}

function withBypass(fn: () => void): void {
  bypass = true;
  try { fn(); } finally { bypass = false; }
}

/**
 * A submit in the first moment after the page loads, before settings have arrived: hold it, then
 * decide. If they never come, the draft is fine or anything fails, the held action goes through (fail open).
 */
function holdUntilReady(e: Event, decideLater: () => Decision | null, again: Retrigger): void {
  block(e);
  const late = new Promise<void>((resolve) => setTimeout(() => {
    // The lists in force still compiling is progress, not a stall: give them longer before letting the post go.
    if (compiling?.key === wanted) setTimeout(resolve, COMPILE_WAIT_MS - SETTINGS_WAIT_MS);
    else resolve();
  }, SETTINGS_WAIT_MS));
  void Promise.race([refreshing ?? Promise.resolve(), late]).then(() => {
    try {
      // decide() and decideFor() answer null with no settings or while paused.
      const d = decideLater();
      if (d) return openWarning(d.ev, d.editor, again);
    } catch { /* fall through: post as the person asked */ }
    withBypass(again);
  });
}

const waiting = () => !!refreshing;

function block(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

// ---- submit by keyboard ---------------------------------------------------------------------

function onKeydown(e: KeyboardEvent): void {
  if (bypass) return;
  const ours = isOurs(e.target, ui?.host ?? null);
  if (warningOpen) {
    // Nothing reaches the site while the warning is open; Escape means Edit and Tab stays inside.
    try {
      if (e.key === 'Escape') { block(e); editWarning?.(); return; }
      if (e.key === 'Tab') trapTab(e);
    } catch { /* keep the page usable */ }
    if (!ours) block(e);
    else e.stopImmediatePropagation();
    return;
  }
  if (ours || !e.isTrusted || e.isComposing || e.keyCode === 229) return;
  if (e.key === ' ' || e.key === 'Enter') onKeyOnControl(e);
  if (e.key !== 'Enter' || e.defaultPrevented) return;
  try {
    fault('intercept');
    const editor = editableFrom(e.target, adapter);
    if (!editor) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const sends = ctrl ? adapter?.ctrlEnterSends === true : !e.shiftKey && !e.altKey && enterSends(editor, adapter);
    if (!sends) return;
    recent = editor;
    const init = keyInit(e);
    const again = () => {
      if (restore?.el === editor) refocus(); else editor.focus({ preventScroll: true });
      const key = new KeyboardEvent('keydown', init);
      editor.dispatchEvent(key);
      // No handler took the key (it would have stopped the new line): use the composer's send button.
      if (!key.defaultPrevented) sendButtonNear(editor)?.click();
    };
    if (waiting()) return holdUntilReady(e, () => decideFor([editor], null), again);
    const d = decideFor([editor], null);
    if (!d) return;
    openWarning(d.ev, editor, again);
    block(e);
  } catch {
    // Fail open: the key goes on to the site.
  }
}

/**
 * Enter or Space on a div[role=button] submit: the site acts on the keydown itself. A native
 * <button> turns the key into a click, which onClick already handles.
 */
function onKeyOnControl(e: KeyboardEvent): void {
  try {
    fault('intercept');
    // Only a focused div[role=button] (or the like) acts on the key itself. Every Space and Enter typed
    // in an editor comes here too: skip it before submitControlFrom walks up the page with each selector.
    const t = e.target;
    if (!(t instanceof HTMLElement) || t.isContentEditable || t instanceof HTMLTextAreaElement || t instanceof HTMLButtonElement || t instanceof HTMLInputElement) return;
    noteNextStep(t);
    const control = submitControlFrom(t, adapter);
    if (control !== t) return;
    const init = keyInit(e);
    const again = () => {
      if (!control.isConnected) return;
      control.focus({ preventScroll: true });
      control.dispatchEvent(new KeyboardEvent('keydown', init));
    };
    // As with a click: a key pressed before the settings have arrived waits for them.
    if (waiting()) return holdUntilReady(e, () => decide(control), again);
    const d = decide(control);
    if (!d) return;
    openWarning(d.ev, d.editor, again);
    block(e);
  } catch {
    // Fail open.
  }
}

function keyInit(e: KeyboardEvent): KeyboardEventInit & { keyCode: number; which: number } {
  return {
    key: e.key, code: e.code, keyCode: e.keyCode, which: e.keyCode, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey,
    altKey: e.altKey, bubbles: true, cancelable: true, composed: true, view: window,
  };
}

function sendButtonNear(editor: Editable): HTMLElement | null {
  for (let p = editor.parentElement, depth = 0; p && depth < 8; p = p.parentElement, depth++) {
    for (const el of p.querySelectorAll('button, [role="button"]')) {
      const control = submitControlFrom(el, adapter);
      if (control) return control;
    }
  }
  return null;
}

function trapTab(e: KeyboardEvent): void {
  const items = ui?.focusables() ?? [];
  if (!items.length) return;
  const active = ui!.root.activeElement;
  const i = items.indexOf(active as HTMLElement);
  const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i < 0 || i === items.length - 1 ? 0 : i + 1);
  e.preventDefault();
  items[next]!.focus();
}

// ---- typing, focus, photos --------------------------------------------------------------------

function onInput(e: Event): void {
  if (isOurs(e.target, ui?.host ?? null)) return;
  try {
    const editor = editableFrom(e.target, adapter);
    if (!editor) return;
    recent = editor;
    // Typing again (after "Back", or in another composer) means any earlier "Next" is history.
    carried = null;
    if (!scanner || paused()) return;
    scheduleScan(editor);
  } catch { /* never in the way of typing */ }
}

function onFocusIn(e: FocusEvent): void {
  const ours = isOurs(e.target, ui?.host ?? null);
  if (warningOpen && !ours) {
    // Keep focus inside the warning while it is open.
    ui?.focusables()[0]?.focus();
    return;
  }
  if (ours) return;
  try {
    const editor = editableFrom(e.target, adapter);
    if (!editor) return;
    recent = editor;
    if (scanner && !paused() && (badgeFor?.editor !== editor)) scheduleScan(editor, 0);
  } catch { /* ignore */ }
}

function onChange(e: Event): void {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
  notePhotos(input, input.files);
}

/** Photos dropped or pasted into a composer count as much as ones chosen with the file picker. */
function onDropOrPaste(e: Event): void {
  const files = (e as DragEvent).dataTransfer?.files ?? (e as ClipboardEvent).clipboardData?.files;
  if (!files?.length || !(e.target instanceof Element) || isOurs(e.target, ui?.host ?? null)) return;
  notePhotos(e.target, files);
}

function notePhotos(from: Element, files: FileList): void {
  try {
    const images = [...files].filter((f) => f.type.startsWith('image/') || /\.(jpe?g|png|heic|webp|gif)$/i.test(f.name));
    if (!images.length) return;
    const scope = composerScope(from);
    const entry: Photos = { count: images.length + (photos.get(scope)?.count ?? 0), gps: photos.get(scope)?.gps ?? false };
    photos.set(scope, entry);
    void Promise.all(images.map(fileHasGps)).then((found) => {
      if (found.some(Boolean)) entry.gps = true;
      if (recent) scheduleScan(recent, 0);
    });
  } catch { /* ignore */ }
}

// ---- popup ------------------------------------------------------------------------------------

browser.runtime.onMessage.addListener((msg: unknown) => {
  if ((msg as { type?: string } | null)?.type !== 'tbyp:status') return undefined;
  let pausedNow = false;
  try { pausedNow = paused(); } catch { /* report what we can */ }
  return Promise.resolve({
    active: !!scanner,
    site: adapter?.id ?? null,
    paused: pausedNow,
    findings: pausedNow ? [] : lastFindings,
  });
});

// ---- start ------------------------------------------------------------------------------------

const opts = { capture: true } as const;
window.addEventListener('focusin', onFocusIn, opts);
window.addEventListener('input', onInput, opts);
window.addEventListener('keydown', onKeydown, opts);
for (const type of PRESS) window.addEventListener(type, onPress, opts);
window.addEventListener('click', onClick, opts);
window.addEventListener('change', onChange, opts);
window.addEventListener('drop', onDropOrPaste, opts);
window.addEventListener('paste', onDropOrPaste, opts);
for (const type of ['keyup', 'keypress']) {
  window.addEventListener(type, (e) => { if (warningOpen && !isOurs(e.target, ui?.host ?? null)) block(e); }, opts);
}

/**
 * Settings come from the worker, which merges the school's managed policy: Chromium never answers
 * storage.managed.get() in a content script. Reading them here directly is the fallback.
 */
let generation = 0;
async function refresh(): Promise<void> {
  const mine = ++generation;
  let s: Settings | undefined;
  try {
    s = (await browser.runtime.sendMessage({ type: 'tbyp:settings' })) as Settings | undefined;
  } catch { /* worker unavailable */ }
  if (!s || typeof s !== 'object') s = await loadSettings();
  // Two quick changes: an older answer arriving late must not undo the newer one.
  if (mine === generation) await apply(s, mine);
}

function reload(): void {
  const run: Promise<void> = refresh()
    .catch(() => { /* keep what we had; with nothing, stay out of the way */ })
    .finally(() => { if (refreshing === run) refreshing = null; });
  refreshing = run;
}

reload();
listenForTestRequests((msg) => browser.runtime.sendMessage(msg));
browser.storage.onChanged.addListener((changes, area) => {
  if (changesSettings(changes, area)) reload();
});
