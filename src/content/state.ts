// The one state object of the content script. Every piece takes it as its first argument instead of
// keeping module-level variables, so a unit test builds a fresh one and nothing leaks between tests.
import type { Scanner } from '../core';
import { isPaused, type Settings } from '../settings';
import type { SiteAdapter } from '../sites';
import type { Audience, Excerpt, Item, NoticeProps, Ui, WarningProps } from '../ui/warning/host';
import type { Editable } from './composer';
import type { ContactHold } from './contact';
import type { RelationControl } from './relations';
import { fault } from './faults';
import { createPlaceTracker, type PlaceTracker } from './places';
import { createSubmitWatch, type SubmitWatch } from './submit-watch';

export interface Photos { count: number; gps: boolean }

/** What a composer would send: its drafts' text, and the places and photos attached to it. */
export interface Draft {
  texts: { text: string; editor: Editable; profile: boolean }[];
  places: string[];
  photos: Photos | null;
  /** Who can see the post, when the composer or the account shows it. */
  audience?: Audience | null;
}

/** `draft` is what was judged, so the warning can judge it again once a word is never flagged. */
export interface Evaluation { items: Item[]; note: string | null; empty: boolean; profile: boolean; excerpts?: Excerpt[]; audience?: Audience | null; draft?: Draft }

/**
 * A submit that needs the warning: what was found, and the editor Edit goes back to. With `contact`,
 * the first send to a pupil or parent: the contact nudge comes first, then the warning if `warn`.
 */
export interface Decision { ev: Evaluation; editor: Editable | null; contact?: ContactHold; warn?: boolean }

export type Retrigger = () => void;

export interface State {
  readonly adapter: SiteAdapter | null;

  // Settings and the scanner compiled from them.
  settings: Settings | null;
  /** Settings IT has locked (from the worker): "Never flag" is offered only while ignoreWords is not. */
  locked: readonly string[];
  /** The settings read in flight, if any: a submit waits for it so a change applies at once. */
  refreshing: Promise<void> | null;
  /** Bumped by each read of the settings: an older answer arriving late must not undo a newer one. */
  generation: number;
  /** The compile under way, and the lists it is for. */
  compiling: { key: string; job: Promise<Scanner | null> } | null;
  scanner: Scanner | null;
  /** The config the current scanner was compiled from: pausing or ticking a box must not recompile 50,000 names. */
  compiledFrom: string;
  /** The lists the latest settings ask for: a compile for older ones is not installed. */
  wanted: string;

  // The draft being written.
  /** The editor typed in or focused last. */
  recent: Editable | null;
  /** The debounced scan. */
  timer: number;
  /** What the popup shows: the findings of the draft being edited, or the last one focused. */
  lastFindings: { rule: string; label: string; text: string }[];
  /** Photos chosen, dropped or pasted, by composer. */
  photos: WeakMap<Element, Photos>;
  /**
   * A draft whose composer went on to a further step (a Facebook Page's "Next" → "Post settings"),
   * where the site takes the editor off the page: read when "Next" was pressed, judged at "Post".
   */
  carried: { draft: Draft; at: number; dialog: Element | null; editors: Editable[] } | null;
  /** Which controls each draft enabled as it got text: submit controls by structure. */
  readonly watch: SubmitWatch;
  /** Places picked from a list opened from a composer. */
  readonly places: PlaceTracker;
  /** A place has been picked on this page: only then is the draft read on each input for it. */
  placePicked: boolean;

  // What is on screen.
  ui: Ui | null;
  badgeFor: { editor: Editable; items: Item[]; note: string | null } | null;
  /** The scroll/resize listener while the badge follows its editor. */
  tracking: (() => void) | null;
  frame: number;
  warning: WarningProps | null;
  warningOpen: boolean;
  /** Where Edit puts focus back: the editor with its caret, or, with no editor (a photo-only post, a
   * draft carried past "Next"), what had focus, such as the Post button a keyboard user pressed. */
  restore: { el: HTMLElement; ranges: Range[] } | null;
  /** Closes the open warning as Edit would (Escape). */
  editWarning: (() => void) | null;
  /** The note shown after a risky draft left by a path we did not hold. */
  notice: NoticeProps | null;
  /** Such a draft left this page since it loaded (for the popup). */
  missed: boolean;

  // Interception.
  /** True only while we re-dispatch the person's own submit after "Post anyway". */
  bypass: boolean;
  /** The press sequence we are holding back: replayed in full on "Post anyway". */
  held: { control: HTMLElement; types: string[]; decision: Decision | null } | null;
  /** A risky draft we let a press or Enter go past: if it is emptied or removed soon after, it left unseen. */
  armed: { editor: Editable; at: number; rect: { top: number; left: number; bottom: number; right: number }; timers: number[] } | null;
  // Contact boundaries (issue 13).
  /** The press on a befriend/follow/message control we are holding back: replayed in full on "Go ahead". */
  relHeld: { rc: RelationControl; types: string[]; hold: ContactHold | 'later' } | null;
  /** Conversations (and people messaged from a profile) already let through this page session. */
  readonly contactDone: Set<string>;
}

export function createState(adapter: SiteAdapter | null): State {
  return {
    adapter,
    settings: null, locked: [], refreshing: null, generation: 0, compiling: null, scanner: null, compiledFrom: '', wanted: '',
    recent: null, timer: 0, lastFindings: [], photos: new WeakMap(), carried: null, watch: createSubmitWatch(), places: createPlaceTracker(), placePicked: false,
    ui: null, badgeFor: null, tracking: null, frame: 0, warning: null, warningOpen: false, restore: null, editWarning: null, notice: null, missed: false,
    bypass: false, held: null, armed: null, relHeld: null, contactDone: new Set(),
  };
}

export function current(s: State): Settings | null {
  fault('storage');
  return s.settings;
}

export function paused(s: State): boolean {
  const settings = current(s);
  return !!settings && isPaused(settings);
}

export function enabled(s: State, rule: string): boolean {
  return (current(s)?.rules as Record<string, boolean> | undefined)?.[rule] !== false;
}

export function alwaysAsk(s: State): boolean {
  return current(s)?.mode === 'always';
}

/** Before the settings have arrived every submit is held until they do. */
export const waiting = (s: State) => !!s.refreshing;

/** Runs the person's own action with our interception stood aside, so it reaches the site once. */
export function withBypass(s: State, fn: () => void): void {
  s.bypass = true;
  try { fn(); } finally { s.bypass = false; }
}
