// What every interception path does with an event it holds back: block it, wait for settings,
// open the warning, and replay the person's own action on "Post anyway".
import { submitControlFrom, type Editable } from '../composer';
import { guard } from '../guard';
import { present } from '../contact';
import { withBypass, type Decision, type Retrigger, type State } from '../state';

/** Before settings arrive, a held submit waits this long for them. */
const SETTINGS_WAIT_MS = 3000;
/** Once they have arrived and a long list is compiling, a held submit waits for that, up to this. */
const COMPILE_WAIT_MS = 10_000;

export function block(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

/**
 * Resolves when the settings have arrived, or when the wait for them is over (the caller then lets
 * the held action go). `forScanner`: the lists in force still compiling is progress, not a stall,
 * so a draft check gives them longer; the people lists need no compiled scanner.
 */
export function settingsReady(s: State, forScanner: boolean): Promise<void> {
  const late = new Promise<void>((resolve) => setTimeout(() => {
    if (forScanner && s.compiling?.key === s.wanted) setTimeout(resolve, COMPILE_WAIT_MS - SETTINGS_WAIT_MS);
    else resolve();
  }, SETTINGS_WAIT_MS));
  return Promise.race([s.refreshing ?? Promise.resolve(), late]);
}

/**
 * A submit in the first moment after the page loads, before settings have arrived: hold it, then
 * decide. If they never come, the draft is fine or anything fails, the held action goes through (fail open).
 */
export function holdUntilReady(s: State, e: Event, decideLater: () => Decision | null, again: Retrigger): void {
  block(e);
  void settingsReady(s, true).then(() => {
    const opened = guard('hold', () => {
      // decide() and decideFor() answer null with no settings or while paused.
      const d = decideLater();
      if (!d) return false;
      present(s, d, again);
      return true;
    });
    // Not warned (clean, paused, or our code failed): post as the person asked.
    if (!opened) withBypass(s, again);
  });
}

/** Replays a press sequence (and the click) on the control, or on the composer's current one if the site re-rendered it. */
export function replay(s: State, control: HTMLElement, types: string[], withClick: boolean): void {
  const target = control.isConnected ? control : s.recent?.isConnected ? sendButtonNear(s, s.recent) : null;
  if (!target) return;
  // A real press (or the Tab that reached the button) leaves focus on it before the site acts.
  if (target.tabIndex >= 0) target.focus({ preventScroll: true });
  const r = target.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
  for (const type of types) {
    if (type === 'click') continue;
    const isPointer = type.startsWith('pointer');
    const buttons = type.endsWith('down') ? 1 : 0;
    target.dispatchEvent(isPointer ? new PointerEvent(type, { ...init, pointerId: 1, isPrimary: true, pointerType: 'mouse', buttons }) : new MouseEvent(type, { ...init, buttons }));
  }
  if (withClick) target.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
}

/** The submit control of the composer around this editor, found near it. */
export function sendButtonNear(s: State, editor: Editable): HTMLElement | null {
  // The control this draft enabled is the surest; then one near it that says it submits.
  const enabled = s.watch.enabledBy(editor)[0];
  if (enabled) return enabled;
  for (let p = editor.parentElement, depth = 0; p && depth < 8; p = p.parentElement, depth++) {
    for (const el of p.querySelectorAll('button, [role="button"]')) {
      const control = submitControlFrom(el, s.adapter, s.watch);
      if (control) return control;
    }
  }
  return null;
}

export function keyInit(e: KeyboardEvent): KeyboardEventInit & { keyCode: number; which: number } {
  return {
    key: e.key, code: e.code, keyCode: e.keyCode, which: e.keyCode, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey,
    altKey: e.altKey, bubbles: true, cancelable: true, composed: true, view: window,
  };
}
