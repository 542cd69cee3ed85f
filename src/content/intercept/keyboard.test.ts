// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { onKeydown } from './keyboard';
import { $, CLEAN, html, readyState, resetPage, RISKY, trusted, typeText } from '../../../test/unit/content-dom';
import type { State } from '../state';

let s: State;
beforeEach(() => {
  html(`
    <form>
      <div contenteditable="true" aria-label="Write a comment" id="comment"></div>
      <div role="button" aria-label="Comment" tabindex="0" id="send">Comment</div>
    </form>
    <div role="dialog" aria-label="Create post"><div contenteditable="true" aria-label="What's on your mind?" id="post"></div></div>`);
  s = readyState();
});
afterEach(() => resetPage(s));

const dialog = () => document.querySelector('tbyp-ui')?.shadowRoot?.querySelector('[role="alertdialog"]') ?? null;
function press(target: HTMLElement, init: KeyboardEventInit, isTrusted = true): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(e, 'target', { value: target });
  onKeydown(s, isTrusted ? trusted(e) : e);
  return e;
}

describe('Enter in an editor that sends on Enter', () => {
  it('is held with the warning when the draft is risky', () => {
    typeText($('#comment'), RISKY);
    const e = press($('#comment'), { key: 'Enter' });
    expect(e.defaultPrevented).toBe(true);
    expect(dialog()).not.toBeNull();
    expect(s.recent).toBe($('#comment'));
  });

  it('goes through untouched when the draft is clean', () => {
    typeText($('#comment'), CLEAN);
    const e = press($('#comment'), { key: 'Enter' });
    expect(e.defaultPrevented).toBe(false);
    expect(dialog()).toBeNull();
  });

  it('Shift+Enter is a new line, never a send', () => {
    typeText($('#comment'), RISKY);
    expect(press($('#comment'), { key: 'Enter', shiftKey: true }).defaultPrevented).toBe(false);
    expect(dialog()).toBeNull();
  });

  it('typing a new line in a post composer never raises the warning', () => {
    typeText($('#post'), RISKY);
    expect(press($('#post'), { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(dialog()).toBeNull();
  });

  it('keys a page script makes up, and keys while composing (IME), are left alone', () => {
    typeText($('#comment'), RISKY);
    expect(press($('#comment'), { key: 'Enter' }, false).defaultPrevented).toBe(false);
    expect(press($('#comment'), { key: 'Enter', isComposing: true }).defaultPrevented).toBe(false);
    expect(dialog()).toBeNull();
  });

  it('while paused nothing is held', () => {
    s.settings = { ...s.settings!, pausedUntil: Date.now() + 60_000 };
    typeText($('#comment'), RISKY);
    expect(press($('#comment'), { key: 'Enter' }).defaultPrevented).toBe(false);
  });

  it('Enter on a focused div[role=button] submit is held too', () => {
    typeText($('#comment'), RISKY);
    s.recent = $('#comment');
    expect(press($('#send'), { key: 'Enter' }).defaultPrevented).toBe(true);
    expect(dialog()).not.toBeNull();
  });
});

describe('while the warning is open', () => {
  beforeEach(() => {
    typeText($('#comment'), RISKY);
    press($('#comment'), { key: 'Enter' });
  });

  it('no key reaches the site', () => {
    expect(press($('#comment'), { key: 'a' }).defaultPrevented).toBe(true);
  });

  it('Escape means Edit: the warning closes and nothing is sent', () => {
    const sent = vi.fn();
    $('#comment').addEventListener('keydown', sent);
    press($('#comment'), { key: 'Escape' });
    expect(dialog()).toBeNull();
    expect(s.warningOpen).toBe(false);
    expect(sent).not.toHaveBeenCalled();
  });

  it('Post anyway sends the same Enter to the editor, once', () => {
    const keys: string[] = [];
    $('#comment').addEventListener('keydown', (e) => { keys.push(e.key); e.preventDefault(); });
    const post = [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === 'Post anyway')!;
    post.click();
    expect(keys).toEqual(['Enter']);
    expect(dialog()).toBeNull();
  });
});
