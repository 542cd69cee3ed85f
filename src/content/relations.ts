// Connections on the page (issue 13), by structure first: which control asks to befriend, follow or
// message someone, and who is on the other side, read from the smallest part of the page around it
// that names a person (the cell or row that holds the button, the profile header, the chat header).
// Pure DOM: no state, no settings; contact.ts decides what to do with it.
import { accessibleLabel, isDisabled } from '../sites/generic';
import { dmBoxLabel, relationLabel, type RelationAction } from '../sites/labels';
import type { SiteAdapter } from '../sites';
import { closestAny, CONTROL, matchesAny } from './dom';

export interface RelationControl { control: HTMLElement; action: RelationAction; /** a name or @handle in the label itself ("Follow @x") */ named: string | null }

/** How far up a control or editor we look for the person: a cell, a header, a thread. */
const MAX_LEVELS = 8;
/** Places that name people but not the one on the other side: the site's navigation and side columns. */
const NOT_THE_PERSON = 'nav, [role="navigation"], [role="banner"], header[role="banner"], aside, [role="complementary"], [contenteditable="true"], [role="textbox"]';
const NAMING = 'h1, h2, h3, h4, h5, h6, [role="heading"], a[href], strong, b';
/** First path segments that are the site's own pages, not a person's profile. */
const SITE_PATHS = new Set(['home', 'messages', 'message', 't', 'i', 'explore', 'search', 'settings', 'friends', 'groups', 'direct', 'reels', 'reel', 'notifications', 'compose', 'accounts', 'watch', 'marketplace', 'gaming', 'me', 'profile.php', 'stories', 'hashtag', 'p', 'login']);
const HANDLE_TEXT = /^@[\p{L}\p{N}_.]{2,30}$/u;

/** The connection control a press landed on, if it is one we recognise; null lets it through untouched. */
export function relationControlFrom(target: EventTarget | null, adapter: SiteAdapter | null): RelationControl | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest<HTMLElement>(CONTROL);
  if (!control || isDisabled(control) || control.isContentEditable || control.closest('[contenteditable="true"]')) return null;
  // Stable hooks first (X's "{id}-follow" test ids), then the label in any language we know.
  const hooks = adapter?.relations;
  if (hooks) {
    for (const action of ['befriend', 'follow', 'message'] as const) {
      if (matchesAny(control, hooks[action])) return { control, action, named: relationLabel(accessibleLabel(control))?.name ?? null };
    }
  }
  const label = relationLabel(accessibleLabel(control));
  return label ? { control, action: label.action, named: label.name } : null;
}

/**
 * The names and handles shown for the person a connection control acts on: the nearest ancestor
 * that names anyone, without climbing into a part of the page that holds another control of the
 * same kind (a list of cells: each cell is its own person).
 */
export function peopleForControl(rc: RelationControl, adapter: SiteAdapter | null): string[] {
  const out = rc.named ? [rc.named] : [];
  const scope = adapter?.personScopes?.length ? closestAny(rc.control, adapter.personScopes) : null;
  if (scope) return uniq([...out, ...namesIn(scope)]);
  let p = rc.control.parentElement;
  for (let i = 0; p && i < MAX_LEVELS && p !== p.ownerDocument.body; i++, p = p.parentElement) {
    if (i > 0 && holdsAnotherLike(p, rc, adapter)) break;
    const names = namesIn(p);
    if (names.length) return uniq([...out, ...names]);
    if (isRegionEdge(p)) break;
  }
  return out;
}

/** The person a conversation is with: what the thread's header (or the box's own label) names. */
export function peopleForThread(editor: HTMLElement, named: string | null): string[] {
  const out = named ? [named] : [];
  let p = editor.parentElement;
  for (let i = 0; p && i < MAX_LEVELS && p !== p.ownerDocument.body; i++, p = p.parentElement) {
    // Beyond the page's main region is the whole app: its other people are not this thread's.
    if (p.querySelector('main, [role="main"]')) break;
    const names = namesIn(p);
    if (names.length) return uniq([...out, ...names]);
    if (isRegionEdge(p)) break;
  }
  return out;
}

const uniq = (names: string[]) => [...new Set(names)];

function isRegionEdge(el: Element): boolean {
  return el.matches('main, [role="main"], [role="dialog"], dialog, article, [role="article"]');
}

function holdsAnotherLike(scope: Element, rc: RelationControl, adapter: SiteAdapter | null): boolean {
  for (const el of scope.querySelectorAll(CONTROL)) {
    if (el === rc.control || rc.control.contains(el) || el.contains(rc.control)) continue;
    const other = relationControlFrom(el, adapter);
    if (other && other.control !== rc.control && other.action === rc.action) return true;
  }
  return false;
}

/** Headings, links (their text and the profile they point to), bold names and @handles in this part of the page. */
function namesIn(scope: Element): string[] {
  const out: string[] = [];
  const add = (s: string | null | undefined) => {
    const t = s?.replace(/\s+/g, ' ').trim();
    if (t && t.length <= 80 && !out.includes(t)) out.push(t);
  };
  // Navigation and side columns inside this part of the page name other people; a cell that itself
  // sits in a side column ("Who to follow") still names its own.
  const fenced = (el: Element) => { const f = el.closest(NOT_THE_PERSON); return !!f && f !== scope && scope.contains(f); };
  for (const el of scope.querySelectorAll(NAMING)) {
    if (fenced(el)) continue;
    add(el.textContent);
    if (el instanceof HTMLAnchorElement) add(profileSlug(el));
    if (out.length > 24) return out;
  }
  for (const el of scope.querySelectorAll('span, div')) {
    if (el.childElementCount || fenced(el)) continue;
    const t = el.textContent?.trim() ?? '';
    if (HANDLE_TEXT.test(t)) add(t);
    if (out.length > 24) break;
  }
  return out;
}

/** facebook.com/priya.shah.10, x.com/priya_shah10, instagram.com/priyashah/ → the profile's name in the address. */
function profileSlug(a: HTMLAnchorElement): string | null {
  let url: URL;
  // The resolved address (the page's own base): no URL of ours is written into the bundle.
  try { url = new URL(a.href); } catch { return null; }
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length !== 1 || SITE_PATHS.has(parts[0]!.toLowerCase())) return null;
  return decodeURIComponent(parts[0]!);
}

/**
 * Is this a box for a direct message? The box's label ("Message", "Write to {name}", in any language
 * we know: it may carry the name), then the site's hooks, then the address of a conversation page.
 */
export function isMessageBox(editor: HTMLElement, adapter: SiteAdapter | null): { named: string | null } | null {
  let byLabel: { named: string | null } | null = null;
  for (const hint of [editor.getAttribute('aria-label'), editor.getAttribute('placeholder'), editor.getAttribute('aria-placeholder')]) {
    const l = relationLabel(hint) ?? (hint ? dmBoxLabel(hint) : null);
    if (l?.action === 'message') { byLabel = { named: l.name }; break; }
  }
  if (byLabel) return byLabel;
  if (adapter?.dmEditors && matchesAny(editor, adapter.dmEditors)) return { named: null };
  const path = editor.ownerDocument.location?.pathname ?? '';
  if (adapter?.dmPaths?.some((re) => re.test(path))) return { named: null };
  return null;
}
