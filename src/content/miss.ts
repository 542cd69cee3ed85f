// Visible, not silent (issue 11, item 5): when a draft with findings leaves by a path we did not
// hold, say so where the person looks next and count it for the popup. We never block here: the
// site has already acted. A "miss" is a risky draft that is emptied or taken off the page within a
// few seconds of a trusted press or Enter that we let through, with no typing in between.
import browser from 'webextension-polyfill';
import { message } from '../messages';
import { composerScope, isOurs, readText, stepTaken, type Editable } from './composer';
import { evaluate } from './draft';
import { guard } from './guard';
import { safeRender } from './badge';
import { paused, type State } from './state';

/** When we look again after the press: sites clear an editor at once, or after a round trip. */
export const MISS_CHECKS_MS = [120, 600, 1500, 3000];

/**
 * After a trusted press or key that reached the site: if the draft in the editor last used has
 * findings, watch it for a few seconds. Called after the interception listeners, so an event we
 * held (or stopped) never gets here.
 */
export function armAfter(s: State, e: Event): void {
  // Every key comes here: all but Enter leave at once.
  if (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Enter') return;
  if (!e.isTrusted || s.bypass || s.warningOpen || e.defaultPrevented || !s.scanner || isOurs(e.target, s.ui?.host ?? null)) return;
  const editor = s.recent;
  if (!editor?.isConnected || !(e.target instanceof Element)) return;
  if (e.type === 'keydown') {
    // A send by Enter from the editor itself; Shift+Enter and the like are new lines.
    const k = e as KeyboardEvent;
    if (k.key !== 'Enter' || k.shiftKey || k.isComposing || !editor.contains(e.target)) return;
  } else if (e.type === 'click' && (e as MouseEvent).detail !== 0) {
    return; // a pointer click: its pointerdown was the moment to look
  } else if (!sendsFrom(editor, e.target)) return;
  if (readText(editor).trim() === '' || paused(s)) return;
  // Only whether anything is risky: nothing here is shown in the warning.
  const ev = evaluate(s, [editor], null, false);
  if (!ev.items.length) return;
  disarm(s);
  const r = editor.getBoundingClientRect();
  const armed = { editor, at: Date.now(), rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right }, timers: [] as number[] };
  s.armed = armed;
  armed.timers = MISS_CHECKS_MS.map((ms) => window.setTimeout(() => guard('miss-check', () => check(s, armed)), ms));
}

/**
 * Could a press on `target` have sent this editor's draft? Only a press in the editor's own composer
 * that comes after the editor in the page, where sites put their send, not a close button in its
 * header, a "Discard" in another dialog or a click elsewhere on the page.
 */
function sendsFrom(editor: Editable, target: Element): boolean {
  if (editor.contains(target)) return false;
  const scope = composerScope(editor);
  if (!scope.contains(target)) return false;
  const dialog = target.closest('[role="dialog"], [role="alertdialog"]');
  if (dialog && !dialog.contains(editor)) return false;
  return !!(editor.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** The person typed, or started another draft: what happens next is theirs, not a send. */
export function disarm(s: State): void {
  if (!s.armed) return;
  for (const t of s.armed.timers) clearTimeout(t);
  s.armed = null;
}

/** On a trusted input in the watched editor: the person is editing, not sending. */
export function noteInput(s: State, e: Event): void {
  if (s.armed && e.isTrusted && e.target instanceof Node && (s.armed.editor === e.target || s.armed.editor.contains(e.target))) disarm(s);
}

function check(s: State, armed: NonNullable<State['armed']>): void {
  if (s.armed !== armed) return;
  const gone = !armed.editor.isConnected || readText(armed.editor).trim() === '';
  if (gone) {
    disarm(s);
    // A step on ("Next" on a Facebook Page): the draft went to the next step, where "Post" is held.
    // Called a miss, the note also sat where that step puts its Post button, and took the click.
    if (s.carried?.editors.includes(armed.editor) && stepTaken(s.carried)) return;
    missed(s, armed.rect);
  } else if (Date.now() - armed.at >= MISS_CHECKS_MS[MISS_CHECKS_MS.length - 1]!) {
    disarm(s);
  }
}

/** Shows the note where the editor was and has the worker count it for this site. */
function missed(s: State, near: { top: number; left: number; bottom: number; right: number }): void {
  s.missed = true;
  const top = Math.max(8, Math.min(near.bottom + 8, window.innerHeight - 80));
  const left = Math.max(8, Math.min(near.left, window.innerWidth - 348));
  s.notice = { top, left, onDismiss: () => { s.notice = null; safeRender(s); } };
  safeRender(s);
  const site = s.adapter?.id;
  if (site) void browser.runtime.sendMessage(message('tbyp:miss', { site })).catch(() => undefined);
}
