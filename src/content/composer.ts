// Finds the editor being typed in, the controls that submit it and what else its composer holds.
// Everything is worked out from the event target at the moment it is needed: no DOM observers.
// Structure first (a control the draft enabled, a form's own submit), stable hooks next, labels last.
import { fault } from './faults';
import { accessibleLabel, EDITABLE, isEnterSendsLabel, isNextStepLabel, isNotSubmitLabel, isSubmitLabel, PROFILE_FIELD_HINT } from '../sites/generic';
import { looksLikeProfileField, looksLikeSearch } from '../sites/labels';
import type { SiteAdapter } from '../sites';
import { closestAny, CONTROL, type Editable, hasText, matchesAny, nearAncestor, pressable } from './dom';
import type { PlaceTracker } from './places';
import type { SubmitWatch } from './submit-watch';

export type { Editable } from './dom';
export { readText } from './dom';
export { enterKind } from './enter-kind';
export { nextStepControlFrom, stepTaken } from './next-step';

export function isOurs(node: EventTarget | null, host: Element | null): boolean {
  return !!host && node instanceof Node && (node === host || host.contains(node));
}

/**
 * The editable element an event came from, or null. A single-line input counts when it looks like a
 * profile field, or is the text box of a comment or chat form (Instagram Reels); search boxes never.
 */
export function editableFrom(target: EventTarget | null, adapter: SiteAdapter | null): Editable | null {
  fault('adapter');
  if (!(target instanceof Element)) return null;
  const el = target.closest<HTMLElement>(EDITABLE);
  if (!el) return null;
  if (el instanceof HTMLInputElement) return isProfileField(el, adapter) || isMessageInput(el, adapter) ? el : null;
  if (el.isContentEditable) {
    // Nested contenteditables: the outermost one is the editor.
    let top: HTMLElement = el;
    for (let p = el.parentElement; p && p.isContentEditable; p = p.parentElement) top = p;
    return top;
  }
  return el;
}

function hintOf(el: HTMLInputElement | HTMLTextAreaElement): string {
  return [el.name, el.id, el.getAttribute('aria-label'), el.placeholder, el.labels?.[0]?.textContent].filter(Boolean).join(' ');
}

export function isProfileField(el: HTMLElement, adapter: SiteAdapter | null): boolean {
  if (adapter && matchesAny(el, adapter.profileFields)) return true;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return false;
  if (adapter && matchesAny(el, adapter.locationTags)) return false;
  const hint = hintOf(el);
  if (looksLikeSearch(hint)) return false;
  return (PROFILE_FIELD_HINT.test(hint) || looksLikeProfileField(hint)) && (el instanceof HTMLTextAreaElement || !!el.closest('form, [role="dialog"], main, [role="main"]'));
}

/** Inputs that fill themselves from a list, or hold a login, are not something a person posts. */
const NOT_A_MESSAGE = '[role="combobox"], [aria-autocomplete="list"], [aria-autocomplete="both"], [list], [autocomplete="username"], [autocomplete="email"], [autocomplete="one-time-code"], [autocomplete="tel"]';

/** The text box of a comment or chat form: an input with a control beside it in a form, not a search. */
function isMessageInput(el: HTMLInputElement, adapter: SiteAdapter | null): boolean {
  if (el.matches(NOT_A_MESSAGE) || (adapter && matchesAny(el, adapter.locationTags))) return false;
  const form = el.form ?? el.closest('form');
  if (!form || form.matches('[role="search"]') || el.closest('[role="search"]')) return false;
  if (looksLikeSearch(`${hintOf(el)} ${form.getAttribute('action') ?? ''} ${el.getAttribute('enterkeyhint') ?? ''}`)) return false;
  if (isEnterSendsLabel(el.placeholder) || isEnterSendsLabel(el.getAttribute('aria-label'))) return true;
  return [...form.querySelectorAll(CONTROL)].some((c) => c !== el);
}

/**
 * The submit control an event landed on, if any, in order of trust: the site's own known submits
 * (adapter), a control this composer's draft enabled or brought in (`watch`), the submit button of a
 * form holding an editor, and last a control whose label says post, send, share… in any language.
 */
export function submitControlFrom(target: EventTarget | null, adapter: SiteAdapter | null, watch?: SubmitWatch | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  if (adapter && closestAny(target, adapter.notSubmit)) return null;
  if (adapter) {
    const hit = closestAny(target, adapter.submit);
    if (hit instanceof HTMLElement) return pressable(hit) ? hit : null;
  }
  const control = target.closest<HTMLElement>(CONTROL);
  if (!control || !pressable(control)) return null;
  const label = accessibleLabel(control);
  if (isNotSubmitLabel(label) || isNextStepLabel(label)) return null;
  if (watch?.editorFor(control)) return control;
  if (formOfSubmitter(control, adapter)) return control;
  return isSubmitLabel(label) ? control : null;
}

/** The form this control submits, when it is a submit button and the form holds an editor. */
function formOfSubmitter(control: HTMLElement, adapter: SiteAdapter | null): HTMLFormElement | null {
  const isSubmit = (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) && control.type === 'submit';
  const form = isSubmit ? (control as HTMLButtonElement).form : null;
  return form && editorsForForm(form, adapter).length ? form : null;
}

/**
 * The editors a form sends: for its `submit` event (also the last resort on server-rendered pages),
 * every editor inside it or tied to it with a form attribute.
 */
export function editorsForForm(form: HTMLFormElement, adapter: SiteAdapter | null): Editable[] {
  const inside = [...form.querySelectorAll<HTMLElement>(EDITABLE)];
  const tied = form.id ? [...form.ownerDocument.querySelectorAll<HTMLElement>(`[form="${CSS.escape(form.id)}"]`)] : [];
  const out = new Set<Editable>();
  for (const el of [...inside, ...tied]) {
    const editor = editableFrom(el, adapter);
    if (editor) out.add(editor);
  }
  return [...out];
}

const SCOPE = '[role="dialog"], form, [role="form"], [role="article"], [role="region"]';

/**
 * The editor(s) a submit control would send. The editor whose draft enabled the control comes
 * first; then the most recent editor when it shares a dialog, form or a near ancestor with the
 * control; otherwise the nearest editors with text around it.
 */
export function editorsForControl(control: HTMLElement, recent: Editable | null, adapter: SiteAdapter | null, watch?: SubmitWatch | null): Editable[] {
  const scope = control.closest(SCOPE);
  const enabledIt = watch?.editorFor(control);
  if (enabledIt) return withSiblings(enabledIt, scope, adapter);
  if (recent?.isConnected && ((scope && scope.contains(recent)) || nearAncestor(control, 8)?.contains(recent))) {
    return withSiblings(recent, scope, adapter);
  }
  const form = formOfSubmitter(control, adapter);
  if (form) return editorsForForm(form, adapter).filter(hasText);
  const body = control.ownerDocument.body;
  for (let p = control.parentElement, depth = 0; p && p !== body && depth < 10; p = p.parentElement, depth++) {
    const found = [...p.querySelectorAll<HTMLElement>(EDITABLE)]
      .map((el) => editableFrom(el, adapter))
      .filter((el): el is Editable => !!el && hasText(el));
    if (found.length) return [...new Set(found)];
  }
  return [];
}

/** A profile form sends every field at once; a thread composer every tweet in it. */
function withSiblings(recent: Editable, scope: Element | null, adapter: SiteAdapter | null): Editable[] {
  if (!scope || scope.matches('[role="article"], [role="region"]')) return [recent];
  const all = [...scope.querySelectorAll<HTMLElement>(EDITABLE)]
    .map((el) => editableFrom(el, adapter))
    .filter((el): el is Editable => !!el && (el === recent || hasText(el)));
  return all.length ? [...new Set([recent, ...all])] : [recent];
}

/** The composer around an editor: its dialog or form, else a few levels up. */
export function composerScope(el: Element): Element {
  return el.closest('[role="dialog"], form') ?? nearAncestor(el, 6) ?? el;
}

/**
 * Places tagged in the composer: first what the person picked from a list opened from it
 * (`places`, whatever the site then shows), then the adapter's selectors, then "is at" text.
 */
export function locationTags(scope: Element, adapter: SiteAdapter | null, places?: PlaceTracker | null): string[] {
  const out: string[] = [...(places?.placesFor(scope) ?? [])];
  const seen = new Set<Element>();
  for (const s of adapter?.locationTags ?? []) {
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
  const lower = new Set<string>();
  return out.filter((p) => !lower.has(p.toLowerCase()) && !!lower.add(p.toLowerCase()));
}

// "Sam Taylor is at Roundhay Park" / "📍 Roundhay Park": how a chosen place reads when selectors rot.
const PLACE_AFTER = /(?:\b(?:is|was) (?:at|in)|— (?:at|in)|📍)\s*$/u;
const PLACE_INLINE = /(?:\b(?:is|was) (?:at|in)|📍)\s+([^\n.×]{2,80})/u;

function placesInText(scope: Element): string[] {
  const out: string[] = [];
  const doc = scope.ownerDocument;
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
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
