// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { onRelationClick, onRelationKey, onRelationPress } from './relation';
import { onKeydown } from './keyboard';
import { $, html, readyState, resetPage, trusted } from '../../../test/unit/content-dom';
import type { State } from '../state';

let s: State;
let siteSaw: string[];
beforeEach(() => {
  html(`
    <div role="list">
      <div role="listitem"><a href="/priya.shah.10">Priya Shah</a><div role="button" tabindex="0" id="pupil">Confirm</div></div>
      <div role="listitem"><a href="/jordan.lee">Jordan Lee</a><div role="button" tabindex="0" id="other">Confirm</div></div>
      <div role="listitem"><a href="/dan.okafor">Daniel Okafor</a><div role="button" tabindex="0" id="parent">Confirm</div></div>
    </div>`);
  s = readyState({ settings: { pupilNames: ['Priya Shah'], parentNames: ['Dan Okafor'] } });
  siteSaw = [];
  for (const id of ['pupil', 'other', 'parent']) {
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown']) $(`#${id}`).addEventListener(type, () => siteSaw.push(`${id}:${type}`));
  }
});
afterEach(() => resetPage(s));

const dialog = () => document.querySelector('tbyp-ui')?.shadowRoot?.querySelector('[role="alertdialog"]') ?? null;
const button = (text: string) => [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === text)!;

/** A whole click as the browser sends it, through our capture listeners first. */
function clickOn(el: HTMLElement): Event[] {
  const events: Event[] = [];
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    const e = trusted(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, detail: 1 }));
    Object.defineProperty(e, 'target', { value: el, configurable: true });
    if (type === 'click') onRelationClick(s, e); else onRelationPress(s, e);
    events.push(e);
    if (!e.defaultPrevented) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
  }
  return events;
}

function key(el: HTMLElement, k: string): KeyboardEvent {
  const e = trusted(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  Object.defineProperty(e, 'target', { value: el, configurable: true });
  onRelationKey(s, e);
  if (!e.defaultPrevented) onKeydown(s, e);
  if (!e.defaultPrevented) el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  return e;
}

describe('a click on Confirm', () => {
  it('for a pupil: the whole press is held, the nudge names them; Go ahead replays it once', () => {
    const events = clickOn($('#pupil'));
    expect(events.every((e) => e.defaultPrevented)).toBe(true);
    expect(siteSaw).toEqual([]);
    expect(dialog()?.textContent).toContain("Priya Shah is on your school's pupil list");
    button('Go ahead').click();
    expect(siteSaw).toEqual(['pupil:pointerdown', 'pupil:mousedown', 'pupil:pointerup', 'pupil:mouseup', 'pupil:click']);
    expect(dialog()).toBeNull();
  });

  it('for a parent (listed by a nickname of the name shown): the nudge; Cancel does nothing', () => {
    clickOn($('#parent'));
    expect(dialog()?.textContent).toContain("Dan Okafor is on your school's parent list");
    button('Cancel').click();
    expect(dialog()).toBeNull();
    expect(siteSaw).toEqual([]);
  });

  it('for anyone else: the site sees every event and nothing opens', () => {
    clickOn($('#other'));
    expect(siteSaw).toEqual(['other:pointerdown', 'other:mousedown', 'other:pointerup', 'other:mouseup', 'other:click']);
    expect(dialog()).toBeNull();
  });

  it('paused, or with the contact-boundaries switch off: straight through', () => {
    s.settings = { ...s.settings!, rules: { ...s.settings!.rules, 'contact-boundaries': false } };
    clickOn($('#pupil'));
    s.settings = { ...s.settings, rules: { ...s.settings.rules, 'contact-boundaries': true }, pausedUntil: Date.now() + 60_000 };
    clickOn($('#pupil'));
    expect(siteSaw.filter((t) => t.endsWith(':click'))).toEqual(['pupil:click', 'pupil:click']);
    expect(dialog()).toBeNull();
  });

  it('fails open: if the nudge cannot open, the site gets the whole press and the click', () => {
    s.ui = { host: document.createElement('x'), root: document.createElement('div').attachShadow({ mode: 'open' }), update: () => { throw new Error('ui'); }, focusables: () => [] };
    clickOn($('#pupil'));
    expect(siteSaw).toEqual(['pupil:pointerdown', 'pupil:mousedown', 'pupil:pointerup', 'pupil:mouseup', 'pupil:click']);
  });
});

describe('the keyboard', () => {
  it('Enter on a div[role=button] Confirm for a pupil is held; Escape is Cancel; Go ahead sends the key once', () => {
    expect(key($('#pupil'), 'Enter').defaultPrevented).toBe(true);
    expect(dialog()).not.toBeNull();
    key($('#pupil'), 'Escape');
    expect(dialog()).toBeNull();
    expect(siteSaw).toEqual([]);
    key($('#pupil'), ' ');
    button('Go ahead').click();
    expect(siteSaw).toEqual(['pupil:keydown']);
  });
});

describe('before the settings have arrived', () => {
  it('a press is held until they do, then the nudge opens', async () => {
    const settings = s.settings;
    s.settings = null;
    let arrive!: () => void;
    s.refreshing = new Promise<void>((r) => { arrive = r; });
    clickOn($('#pupil'));
    expect(siteSaw).toEqual([]);
    s.settings = settings;
    s.refreshing = null;
    arrive();
    await new Promise((r) => setTimeout(r, 0));
    expect(dialog()).not.toBeNull();
  });
});
