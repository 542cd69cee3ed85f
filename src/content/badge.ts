// The badge: scans the draft a moment after typing stops and shows a count in the editor's corner.
import { createUi } from '../ui/warning/host';
import type { Editable } from './composer';
import { evaluate } from './draft';
import { fault } from './faults';
import { guard } from './guard';
import { clearAll } from './highlight';
import { paused, type State } from './state';

export const DEBOUNCE_MS = 150;

export function scheduleScan(s: State, editor: Editable, delay = DEBOUNCE_MS): void {
  clearTimeout(s.timer);
  s.timer = window.setTimeout(() => guard('scan', () => {
    if (paused(s) || !s.scanner) return hideBadge(s);
    const result = evaluate(s, [editor], null, false);
    s.lastFindings = result.items.map((i) => ({ rule: i.rule, label: i.label, text: i.text }));
    s.badgeFor = result.items.length ? { editor, items: result.items, note: result.note } : null;
    renderBadge(s);
  }, () => hideBadge(s)), delay);
}

export function hideBadge(s: State): void {
  s.badgeFor = null;
  renderBadge(s);
}

function renderBadge(s: State): void {
  if (!s.badgeFor?.editor.isConnected) s.badgeFor = null;
  if (s.badgeFor) trackPosition(s, true);
  else { trackPosition(s, false); clearAll(); }
  if (!s.warningOpen) safeRender(s);
}

/** While the badge shows, it follows its editor as the page scrolls or resizes, a frame at a time. */
function trackPosition(s: State, on: boolean): void {
  if (on === !!s.tracking) return;
  const onMove = s.tracking ?? (() => { if (!s.frame) s.frame = requestAnimationFrame(() => { s.frame = 0; safeRender(s); }); });
  s.tracking = on ? onMove : null;
  const method = on ? 'addEventListener' : 'removeEventListener';
  window[method]('scroll', onMove, { capture: true, passive: true });
  window[method]('resize', onMove, { passive: true });
}

export function badgeProps(s: State) {
  const b = s.badgeFor;
  if (!b || !b.editor.isConnected) return null;
  const r = b.editor.getBoundingClientRect();
  if (!r.width && !r.height) return null;
  // Inside the editor's bottom-right corner: outside it the badge would cover the site's own buttons.
  return { items: b.items, note: b.note, top: Math.max(0, r.bottom - 28), left: Math.max(0, r.right - 38) };
}

/** Draws the badge and any warning; UI trouble must not reach the site. */
export function safeRender(s: State): void {
  guard('render', () => {
    fault('ui');
    if (!s.ui && !s.badgeFor && !s.warning && !s.notice) return;
    s.ui ??= createUi();
    s.ui.update({ badge: badgeProps(s), warning: s.warning, notice: s.notice });
  });
}
