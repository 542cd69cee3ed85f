// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { onClick, onPress } from './click';
import { $, CLEAN, html, readyState, resetPage, RISKY, trusted, typeText } from '../../../test/unit/content-dom';
import type { State } from '../state';

let s: State;
let siteSaw: string[];
beforeEach(() => {
  html(`
    <div role="dialog" aria-label="Create post">
      <div contenteditable="true" id="ed"></div>
      <div role="button" aria-label="Post" id="post">Post</div>
      <div role="button" aria-label="Add photo" id="other">Photo</div>
    </div>`);
  s = readyState();
  s.recent = $('#ed');
  siteSaw = [];
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) $('#post').addEventListener(type, () => siteSaw.push(type));
});
afterEach(() => resetPage(s));

const dialog = () => document.querySelector('tbyp-ui')?.shadowRoot?.querySelector('[role="alertdialog"]') ?? null;

/** A whole click as the browser sends it, through our capture listeners first. */
function clickOn(el: HTMLElement): Event[] {
  const events: Event[] = [];
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    const e = trusted(type === 'click' ? new MouseEvent(type, { bubbles: true, cancelable: true, detail: 1 }) : new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
    Object.defineProperty(e, 'target', { value: el, configurable: true });
    if (type === 'click') onClick(s, e); else onPress(s, e);
    events.push(e);
    // The site sees what we did not stop.
    if (!e.defaultPrevented) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
  }
  return events;
}

describe('a click on a submit control', () => {
  it('with a risky draft: the whole press is held and the warning opens', () => {
    typeText($('#ed'), RISKY);
    const events = clickOn($('#post'));
    expect(events.every((e) => e.defaultPrevented)).toBe(true);
    expect(siteSaw).toEqual([]);
    expect(dialog()).not.toBeNull();
  });

  it('with a clean draft: the site sees every event, nothing opens', () => {
    typeText($('#ed'), CLEAN);
    clickOn($('#post'));
    expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(dialog()).toBeNull();
  });

  it('Post anyway replays the press sequence and the click, once', () => {
    typeText($('#ed'), RISKY);
    clickOn($('#post'));
    const post = [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === 'Post anyway')!;
    post.click();
    expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
  });

  it('another control in the composer is none of our business', () => {
    typeText($('#ed'), RISKY);
    const events = clickOn($('#other'));
    expect(events.some((e) => e.defaultPrevented)).toBe(false);
  });

  it('fails open: if judging throws after the press was held, the site gets the press back', () => {
    typeText($('#ed'), RISKY);
    const events: Event[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      const e = trusted(new MouseEvent(type, { bubbles: true, cancelable: true }));
      Object.defineProperty(e, 'target', { value: $('#post') });
      onPress(s, e);
      events.push(e);
    }
    expect(siteSaw).toEqual([]);
    // The UI breaks between press and click: the warning cannot open.
    s.ui = { host: document.createElement('x'), root: document.createElement('div').attachShadow({ mode: 'open' }), update: () => { throw new Error('ui'); }, focusables: () => [] };
    const click = trusted(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
    Object.defineProperty(click, 'target', { value: $('#post') });
    onClick(s, click);
    expect(click.defaultPrevented).toBe(false);
    expect(siteSaw).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup']);
  });
});
