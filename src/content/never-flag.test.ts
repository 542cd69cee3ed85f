// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
const sendMessage = vi.fn();
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: (...a: unknown[]) => sendMessage(...a) } } }));
import { defaultSettings } from '../settings/schema';
import { evaluate } from './draft';
import { openWarning } from './warning';
import { $, html, PUPIL, readyState, resetPage, SCHOOL, typeText } from '../../test/unit/content-dom';
import type { State } from './state';

let s: State;
const PHONE = '07700 900123';
const saved: string[] = [];
beforeEach(() => {
  saved.length = 0;
  sendMessage.mockReset();
  // The worker: saves the word, then answers the settings read that the save sets off.
  sendMessage.mockImplementation(async (msg: { type: string; word?: string }) => {
    if (msg.type === 'tbyp:ignore-word') { saved.push(msg.word!); return { ok: true }; }
    if (msg.type === 'tbyp:settings') return { settings: { ...defaultSettings(), schoolName: SCHOOL, pupilNames: [PUPIL], ignoreWords: [...saved] }, locked: [] };
    return undefined;
  });
  html('<div role="dialog"><div contenteditable="true" id="ed"></div><button id="post">Post</button></div>');
  s = readyState();
});
afterEach(() => resetPage(s));

const dialog = () => document.querySelector('tbyp-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="alertdialog"]') ?? null;
const button = (name: string) => [...dialog()!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
const tick = () => new Promise((r) => setTimeout(r, 0));

async function neverFlag(words: string) {
  button(`Never flag “${words}”`)!.click();
  await tick();
  button('Stop flagging')!.click();
  await vi.waitFor(() => expect(s.refreshing).toBeNull());
  await tick();
}

describe('"Never flag" from the warning', () => {
  it('saves the word through the worker; with nothing left the warning closes as Edit, posting nothing and keeping the draft', async () => {
    const draft = `Ring me on ${PHONE} about sports day`;
    typeText($('#ed'), draft);
    const retrigger = vi.fn();
    openWarning(s, evaluate(s, [$('#ed')], null), $('#ed'), retrigger);
    await neverFlag(PHONE);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'tbyp:ignore-word', word: PHONE });
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(retrigger).not.toHaveBeenCalled();
    expect($('#ed').textContent).toBe(draft);
    expect(document.activeElement).toBe($('#ed'));
    expect(s.settings!.ignoreWords).toEqual([PHONE]);
  });

  it('keeps the warning open with what is left', async () => {
    typeText($('#ed'), `Ring me on ${PHONE} at ${SCHOOL} today`);
    openWarning(s, evaluate(s, [$('#ed')], null), $('#ed'), vi.fn());
    expect(dialog()!.querySelectorAll('.findings > li')).toHaveLength(2);
    await neverFlag(PHONE);
    await vi.waitFor(() => expect(dialog()!.querySelectorAll('.findings > li')).toHaveLength(1));
    expect([...dialog()!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([SCHOOL]);
    // The control that had focus went with its finding: focus is still inside the dialog.
    const active = (dialog()!.getRootNode() as ShadowRoot).activeElement;
    expect(active && dialog()!.contains(active)).toBe(true);
  });

  it('is not offered when IT has locked the words never to flag', () => {
    s.locked = ['ignoreWords'];
    typeText($('#ed'), `Ring me on ${PHONE}`);
    openWarning(s, evaluate(s, [$('#ed')], null), $('#ed'), vi.fn());
    expect(dialog()).not.toBeNull();
    expect([...dialog()!.querySelectorAll('button')].some((b) => /Never flag/.test(b.getAttribute('aria-label') ?? ''))).toBe(false);
  });

  it('says so, and changes nothing, when the worker refuses', async () => {
    sendMessage.mockImplementation(async () => ({ ok: false }));
    typeText($('#ed'), `Ring me on ${PHONE}`);
    openWarning(s, evaluate(s, [$('#ed')], null), $('#ed'), vi.fn());
    button(`Never flag “${PHONE}”`)!.click();
    await tick();
    button('Stop flagging')!.click();
    await vi.waitFor(() => expect(dialog()!.textContent).toContain('That could not be saved, so nothing was changed.'));
    expect(dialog()!.querySelectorAll('.findings > li')).toHaveLength(1);
  });
});
