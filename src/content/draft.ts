// Reading a draft and judging it: what a composer would send, and what in it needs a second look.
import { inWorkingHours } from '../settings';
import type { Excerpt, Item } from '../ui/warning/host';
import { excerpts as excerptsOf } from '../ui/warning/excerpt';
import { composerScope, hasAttachmentArea, isProfileField, locationTags, readText, type Editable } from './composer';
import { hoursItem, itemFromFinding, locationItem, photoItems, profileJobItems, scanText, truncatedNote } from './findings';
import { guard } from './guard';
import { isMessageBox } from './relations';
import { paint, rangesFor } from './highlight';
import { alwaysAsk, current, enabled, type Draft, type Evaluation, type Photos, type State } from './state';

/**
 * `forWarning`: also what only the warning shows (who can see the post, the excerpts). The badge
 * judges on every pause in typing and needs neither: the audience walks the page.
 */
export function readDraft(s: State, editors: Editable[], scopeEl: Element | null, forWarning = true): Draft {
  const texts = editors.map((editor) => ({ text: readText(editor), editor, profile: isProfileField(editor, s.adapter) }));
  const scope = scopeEl ?? (editors[0] ? composerScope(editors[0]) : null);
  const inPost = scope && !texts.some((t) => t.profile);
  // Looking for place tags walks the composer: not on every scan when the rule is off.
  return {
    texts,
    places: inPost && enabled(s, 'location') ? locationTags(scope, s.adapter, s.places) : [],
    photos: inPost ? photosIn(s, scope) : null,
    // Knowing who sees it is a nicety: a failure must not stop the judgement.
    // A message goes to the person it is sent to, whoever can see the account's posts.
    audience: forWarning && inPost && s.adapter?.audience && !editors.some((e) => isMessageBox(e, s.adapter)) ? guard('audience', () => s.adapter!.audience!(scope, document)) ?? null : null,
  };
}

export function evaluate(s: State, editors: Editable[], scopeEl: Element | null, forWarning = true): Evaluation {
  return judge(s, readDraft(s, editors, scopeEl, forWarning), forWarning);
}

/** The findings for a draft, with the settings in force now. */
export function judge(s: State, draft: Draft, forWarning = true): Evaluation {
  if (!s.scanner) throw new Error('settings not loaded');
  const rule = (id: string) => enabled(s, id);
  const items: Item[] = [];
  const excerpts: Excerpt[] = [];
  let truncated = false;
  let empty = true;
  let profile = false;
  for (const { text, editor, profile: isProfile } of draft.texts) {
    const result = scanText(s.scanner, text, rule);
    truncated ||= result.truncated;
    if (result.text.trim()) empty = false;
    const found = result.findings.map((f) => itemFromFinding(f, result.text));
    if (isProfile) {
      profile = true;
      if (rule('job')) found.push(...profileJobItems(result.text, found));
    }
    items.push(...found);
    if (forWarning) excerpts.push(...excerptsOf(result.text, result.findings));
    if (editor.isConnected && (editor === s.recent || draft.texts.length === 1)) paintEditor(editor, result.text, result.findings);
  }
  if (rule('location')) for (const place of draft.places) items.push(locationItem(place));
  if (draft.photos) {
    empty = false;
    items.push(...photoItems(draft.photos.count, draft.photos.gps));
  }
  const settings = current(s);
  if (!empty && settings?.workingHours && inWorkingHours(settings)) items.push(hoursItem());
  return { items: dedupe(items), note: truncated ? truncatedNote() : null, empty, profile, excerpts, audience: draft.audience ?? null, draft };
}

export function shouldWarn(s: State, ev: Evaluation): boolean {
  if (ev.empty) return false;
  return ev.items.length > 0 || alwaysAsk(s);
}

/** One item per rule and wording: a name typed twice is one thing to check. */
export function dedupe(items: Item[]): Item[] {
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
  // Painting is a nicety: a failure must never stop the judgement, nor reach the site.
  guard('paint', () => paint(editor, rangesFor(editor, text, findings)));
}

/** The photos attached to this composer, if any are still part of the post. */
function photosIn(s: State, scope: Element): Photos | null {
  for (let el: Element | null = scope; el; el = el.parentElement) {
    const p = s.photos.get(el);
    if (p) {
      // The site removed the preview: the photo is no longer part of the post.
      if (hasAttachmentArea(scope, s.adapter) === false) { s.photos.delete(el); return null; }
      return p;
    }
  }
  return null;
}
