// The messages the three parts of the extension send each other, with their payloads and replies,
// in one place: background, popup and content script name them from here, never by string.
import type { FieldName, Settings } from './settings';
import type { SiteId } from './sites/types';

/** One finding as the popup lists it. */
interface FindingSummary { rule: string; label: string; text: string }

/** What the content script tells the popup about its tab. */
export interface Status {
  /** The scanner is compiled and checking drafts. */
  active: boolean;
  site: SiteId | null;
  paused: boolean;
  findings: FindingSummary[];
  /** A draft with findings left this page by a way the extension did not hold (since the page loaded). */
  missed: boolean;
}

/** Every message, by type, with what it carries and what its answer is. */
export interface Messages {
  /**
   * Content → worker: the settings merged with the school's policy (storage.managed answers only there
   * in Chromium), and the fields IT locked (the warning offers "Never flag" only while ignoreWords is not).
   */
  'tbyp:settings': { send: Record<string, never>; reply: SettingsReply };
  /** Content → worker: add words to the person's own words never to flag (refused when IT locked the list). */
  'tbyp:ignore-word': { send: { word: string }; reply: { ok: boolean } };
  /** Popup → content script of the active tab. */
  'tbyp:status': { send: Record<string, never>; reply: Status };
  /** Content → worker: a draft with findings left by a path we did not hold. Counted on this device only. */
  'tbyp:miss': { send: { site: SiteId }; reply: void };
  /** Test build only: a page of ours asks the worker to open an extension page (Firefox automation cannot). */
  'tbyp:test:open': { send: { page: TestPage }; reply: boolean };
}

interface SettingsReply { settings: Settings; locked: FieldName[] }

export type TestPage = 'options.html' | 'popup.html';
export type MessageType = keyof Messages;
export type Message<T extends MessageType = MessageType> = T extends MessageType ? { type: T } & Messages[T]['send'] : never;
export type Reply<T extends MessageType> = Messages[T]['reply'];

export const TEST_PAGES: readonly TestPage[] = ['options.html', 'popup.html'];
const SITES: readonly SiteId[] = ['facebook', 'x', 'instagram'];

/** Is `msg` a well-formed message of this type? Anything can arrive on runtime.onMessage. */
export function isMessage<T extends MessageType>(msg: unknown, type: T): msg is Message<T> {
  if (!msg || typeof msg !== 'object' || (msg as { type?: unknown }).type !== type) return false;
  const m = msg as Record<string, unknown>;
  switch (type) {
    case 'tbyp:miss': return SITES.includes(m.site as SiteId);
    case 'tbyp:test:open': return TEST_PAGES.includes(m.page as TestPage);
    case 'tbyp:ignore-word': return typeof m.word === 'string' && m.word.trim().length > 0 && m.word.length <= 200;
    default: return true;
  }
}

export function message<T extends MessageType>(type: T, ...payload: Messages[T]['send'] extends Record<string, never> ? [] : [Messages[T]['send']]): Message<T> {
  return { type, ...(payload[0] ?? {}) } as Message<T>;
}

/**
 * The status as the popup can trust it: whatever a page answered, only these fields, in these types.
 * Null when the answer is not a status at all.
 */
function isSummary(f: unknown): f is FindingSummary {
  if (!f || typeof f !== 'object') return false;
  const s = f as Partial<Record<keyof FindingSummary, unknown>>;
  return typeof s.label === 'string' && typeof s.text === 'string' && typeof s.rule === 'string';
}

export function readStatus(answer: unknown): Status | null {
  if (!answer || typeof answer !== 'object') return null;
  const a = answer as Partial<Record<keyof Status, unknown>>;
  const findings = Array.isArray(a.findings)
    ? (a.findings as unknown[]).filter((f): f is FindingSummary => isSummary(f))
    : [];
  return {
    active: !!a.active,
    site: SITES.includes(a.site as SiteId) ? (a.site as SiteId) : null,
    paused: !!a.paused,
    findings,
    missed: a.missed === true,
  };
}

/** Where the worker counts misses in storage.local: site → how many. Never sent anywhere. */
export const MISSES_KEY = 'misses';
export type Misses = Partial<Record<SiteId, number>>;

export function readMisses(raw: unknown): Misses {
  const out: Misses = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const site of SITES) {
    const n = (raw as Record<string, unknown>)[site];
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) out[site] = Math.floor(n);
  }
  return out;
}
