// Finds the editor being typed in, the controls that submit it and what else its composer holds.
// Everything is worked out from the event target at the moment it is needed: no DOM observers.
import { fault } from './faults';
import { accessibleLabel, EDITABLE, ENTER_SENDS_LABEL, isDisabled, NEXT_STEP_LABEL, PROFILE_FIELD_HINT, SUBMIT_LABEL } from '../sites/generic';
import type { SiteAdapter } from '../sites';

export type Editable = HTMLElement;

const matchesAny = (el: Element, selectors: string[]) => selectors.some((s) => { try { return el.matches(s); } catch { return false; } });
const closestAny = (el: Element, selectors: string[]) => {
  for (const s of selectors) { try { const hit = el.closest(s); if (hit) return hit; } catch { /* a bad selector must not stop the rest */ } }
  return null;
};

export function isOurs(node: EventTarget | null, host: Element | null): boolean {
  return !!host && node instanceof Node && (node === host || host.contains(node));
}

/** The editable element an event came from, or null. Inputs count only when they look like a profile field. */
export function editableFrom(target: EventTarget | null, adapter: SiteAdapter | null): Editable | null {
  fault('adapter');
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>(EDITABLE);
  if (!el) return null;
  if (el instanceof HTMLInputElement) return isProfileField(el, adapter) && !(adapter && matchesAny(el, adapter.locationTags)) ? el : null;
  if (el.isContentEditable) {
    // Nested contenteditables: the outermost one is the editor.
    let top: HTMLElement = el;
    for (let p = el.parentElement; p && p.isContentEditable; p = p.parentElement) top = p;
    return top;
  }
  return el;
}

export function isProfileField(el: HTMLElement, adapter: SiteAdapter | null): boolean {
  if (adapter && matchesAny(el, adapter.profileFields)) return true;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return false;
  const hint = [el.name, el.id, el.getAttribute('aria-label'), el.placeholder, el.labels?.[0]?.textContent].filter(Boolean).join(' ');
  if (/search/i.test(hint)) return false;
  return PROFILE_FIELD_HINT.test(hint) && (el instanceof HTMLTextAreaElement || !!el.closest('form, [role="dialog"], main'));
}

export function readText(el: Editable): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText;
}

export function enterSends(el: Editable, adapter: SiteAdapter | null): boolean {
  if (el instanceof HTMLInputElement) return false;
  if (adapter && matchesAny(el, adapter.enterSends)) return true;
  if (adapter && matchesAny(el, adapter.editors)) return false;
  // Otherwise guess from its label or placeholder (Lexical draws the placeholder beside the editor),
  // so comment boxes and chats whose selectors went stale are still covered.
  const drawn = [el.previousElementSibling, el.nextElementSibling].find((n) => n?.getAttribute('aria-hidden') === 'true');
  const labels = [el.getAttribute('aria-label'), el.getAttribute('aria-placeholder'), el.getAttribute('placeholder'), drawn?.textContent];
  return labels.some((l) => !!l && ENTER_SENDS_LABEL.test(l.trim()));
}

/** The submit control an event landed on, if any. */
export function submitControlFrom(target: EventTarget | null, adapter: SiteAdapter | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  if (adapter && closestAny(target, adapter.notSubmit)) return null;
  if (adapter) {
    const hit = closestAny(target, adapter.submit);
    if (hit instanceof HTMLElement) return isDisabled(hit) ? null : hit;
  }
  const control = target.closest<HTMLElement>('button, [role="button"], input[type="submit"], input[type="button"]');
  if (!control || isDisabled(control) || control.getAttribute('aria-haspopup') || control.isContentEditable) return null;
  return SUBMIT_LABEL.test(accessibleLabel(control)) ? control : null;
}

/** A "Next" control inside a dialog or form: the composer goes on to another step. */
export function nextStepControlFrom(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest<HTMLElement>('button, [role="button"]');
  if (!control || isDisabled(control) || !control.closest('[role="dialog"], form')) return null;
  return NEXT_STEP_LABEL.test(accessibleLabel(control)) ? control : null;
}

const SCOPE = '[role="dialog"], form, [role="form"], [role="article"], [role="region"]';

/**
 * The editor(s) a submit control would send. The most recent editor wins when it shares a dialog,
 * form or a near ancestor with the control; otherwise the nearest editors with text around it.
 */
export function editorsForControl(control: HTMLElement, recent: Editable | null, adapter: SiteAdapter | null): Editable[] {
  const scope = control.closest(SCOPE);
  if (recent?.isConnected && ((scope && scope.contains(recent)) || nearAncestor(control, 8)?.contains(recent))) {
    return withSiblings(recent, scope, adapter);
  }
  for (let p = control.parentElement, depth = 0; p && p !== document.body && depth < 10; p = p.parentElement, depth++) {
    const found = [...p.querySelectorAll<HTMLElement>(EDITABLE)]
      .map((el) => editableFrom(el, adapter))
      .filter((el): el is Editable => !!el && readText(el).trim() !== '');
    if (found.length) return [...new Set(found)];
  }
  return [];
}

function nearAncestor(el: Element, levels: number): Element | null {
  let p: Element | null = el;
  for (let i = 0; i < levels && p?.parentElement && p.parentElement !== document.body; i++) p = p.parentElement;
  return p;
}

/** A profile form sends every field at once; a thread composer every tweet in it. */
function withSiblings(recent: Editable, scope: Element | null, adapter: SiteAdapter | null): Editable[] {
  if (!scope || scope.matches('[role="article"], [role="region"]')) return [recent];
  const all = [...scope.querySelectorAll<HTMLElement>(EDITABLE)]
    .map((el) => editableFrom(el, adapter))
    .filter((el): el is Editable => !!el && (el === recent || readText(el).trim() !== ''));
  return all.length ? [...new Set([recent, ...all])] : [recent];
}

/** The composer around an editor: its dialog or form, else a few levels up. */
export function composerScope(el: Element): Element {
  return el.closest('[role="dialog"], form') ?? nearAncestor(el, 6) ?? el;
}

/** Places tagged in the composer (X geo place, Facebook check-in, Instagram location). */
export function locationTags(scope: Element, adapter: SiteAdapter | null): string[] {
  const out: string[] = [];
  const seen = new Set<Element>();
  const selectors = [...(adapter?.locationTags ?? [])];
  for (const s of selectors) {
    let nodes: Element[] = [];
    try { nodes = [...scope.querySelectorAll(s)]; } catch { continue; }
    for (const n of nodes) {
      if (seen.has(n)) continue;
      seen.add(n);
      const label = n instanceof HTMLInputElement ? n.value.trim()
        : (n.textContent ?? '').replace(/\s+/g, ' ').replace(/^(?:📍|Location:)\s*/u, '').trim() || (n.getAttribute('aria-label') ?? '').replace(/^Remove (location|check-in):?\s*/i, '');
      if (label) out.push(label);
    }
  }
  if (!out.length && scope.matches('[role="dialog"], form')) out.push(...placesInText(scope));
  return out;
}

// "Sam Taylor is at Roundhay Park" / "📍 Roundhay Park": how a chosen place reads when selectors rot.
const PLACE_AFTER = /(?:\b(?:is|was) (?:at|in)|— (?:at|in)|📍)\s*$/u;
const PLACE_INLINE = /(?:\b(?:is|was) (?:at|in)|📍)\s+([^\n.×]{2,80})/u;

function placesInText(scope: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[contenteditable="true"], textarea, input, [role="listbox"], [role="option"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode() as Text | null; n && out.length < 3; n = walker.nextNode() as Text | null) {
    if (PLACE_AFTER.test(n.data)) {
      const next = n.nextSibling;
      const place = (next?.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (place) out.push(place);
    } else {
      const m = PLACE_INLINE.exec(n.data);
      if (m?.[1]?.trim()) out.push(m[1].trim());
    }
  }
  return out;
}

export function hasAttachmentArea(scope: Element, adapter: SiteAdapter | null): boolean | null {
  if (!adapter?.attachments.length) return null;
  return adapter.attachments.some((s) => { try { return !!scope.querySelector(s); } catch { return false; } });
}
