// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { evaluate } from './draft';
import { openWarning, trapTab } from './warning';
import { $, html, readyState, resetPage, RISKY, typeText } from '../../test/unit/content-dom';
import type { State } from './state';

let s: State;
beforeEach(() => {
  html('<div role="dialog"><div contenteditable="true" id="ed"></div><button id="post">Post</button></div>');
  s = readyState();
  typeText($('#ed'), RISKY);
  $('#ed').focus();
});
afterEach(() => resetPage(s));

const dialog = () => document.querySelector('tbyp-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="alertdialog"]') ?? null;
const button = (name: string) => [...dialog()!.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name))!;

function open(retrigger = vi.fn()) {
  openWarning(s, evaluate(s, [$('#ed')], null), $('#ed'), retrigger);
  return retrigger;
}

describe('the warning', () => {
  it('opens as an alertdialog naming what was found, with focus inside it', () => {
    open();
    expect(dialog()).not.toBeNull();
    expect(dialog()!.textContent).toContain('Amara Okonkwo');
    expect(s.warningOpen).toBe(true);
    expect(s.ui!.root.activeElement).toBe(s.ui!.focusables()[0]);
  });

  it('Edit closes it, posts nothing and puts focus back in the editor', () => {
    const retrigger = open();
    button('Edit').click();
    expect(dialog()).toBeNull();
    expect(s.warningOpen).toBe(false);
    expect(retrigger).not.toHaveBeenCalled();
    expect(document.activeElement).toBe($('#ed'));
  });

  it('Post anyway replays the action once, with the bypass on only while it runs', () => {
    const seen: boolean[] = [];
    const retrigger = open(vi.fn(() => seen.push(s.bypass)));
    s.carried = { draft: { texts: [], places: [], photos: null }, at: Date.now(), dialog: null, editors: [] };
    const post = button('Post anyway');
    post.click();
    post.click();
    expect(retrigger).toHaveBeenCalledOnce();
    expect(seen).toEqual([true]);
    expect(s.bypass).toBe(false);
    expect(s.carried).toBeNull();
    expect(dialog()).toBeNull();
  });

  it('Escape (editWarning) is Edit', () => {
    const retrigger = open();
    s.editWarning!();
    expect(dialog()).toBeNull();
    expect(retrigger).not.toHaveBeenCalled();
  });

  it('Tab goes round the warning\'s own controls', () => {
    open();
    const items = s.ui!.focusables();
    expect(items.length).toBeGreaterThan(1);
    items[items.length - 1]!.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    trapTab(s, tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(s.ui!.root.activeElement).toBe(items[0]);
    trapTab(s, new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, cancelable: true }));
    expect(s.ui!.root.activeElement).toBe(items[items.length - 1]);
  });

  // Preact runs effects after the next paint, which a busy or background tab can put off: a Tab
  // pressed before then must not be undone by the dialog's own "focus Edit first".
  it('a Tab pressed before the next paint stays where it went', async () => {
    open();
    trapTab(s, new KeyboardEvent('keydown', { key: 'Tab', cancelable: true }));
    const post = button('Post anyway');
    expect(s.ui!.root.activeElement).toBe(post);
    await new Promise((r) => setTimeout(r, 150));
    await new Promise((r) => requestAnimationFrame(r));
    expect(s.ui!.root.activeElement).toBe(post);
  });
});
