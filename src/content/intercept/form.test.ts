// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { onSubmit } from './form';
import { $, CLEAN, html, readyState, resetPage, RISKY, trusted, typeText } from '../../../test/unit/content-dom';
import type { State } from '../state';

let s: State;
let sent: string[];
beforeEach(() => {
  html('<form id="f"><textarea name="body" rows="4"></textarea><span id="go">➤</span></form><form id="search"><input type="search" name="q"></form>');
  s = readyState();
  sent = [];
  // The site's own handler, which runs after ours (ours is at the window, capture).
  $('#f').addEventListener('submit', (e) => { e.preventDefault(); sent.push($<HTMLTextAreaElement>('textarea').value); });
});
afterEach(() => resetPage(s));

const dialog = () => document.querySelector('tbyp-ui')?.shadowRoot?.querySelector('[role="alertdialog"]') ?? null;

/** A submit as the browser fires it: through our window listener first, then to the form unless we stopped it. */
function submit(form: HTMLFormElement, isTrusted = true): Event {
  const e = new Event('submit', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'target', { value: form, configurable: true });
  onSubmit(s, isTrusted ? trusted(e) : e);
  if (!e.defaultPrevented) { form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); }
  return e;
}

describe('a form submit', () => {
  it('with a risky draft in the form: held with the warning, the site sees nothing', () => {
    typeText($('textarea'), RISKY);
    const e = submit($<HTMLFormElement>('#f'));
    expect(e.defaultPrevented).toBe(true);
    expect(dialog()).not.toBeNull();
    expect(sent).toEqual([]);
  });

  it('with a clean draft: goes through untouched', () => {
    typeText($('textarea'), CLEAN);
    expect(submit($<HTMLFormElement>('#f')).defaultPrevented).toBe(false);
    expect(sent).toEqual([CLEAN]);
    expect(dialog()).toBeNull();
  });

  it('a form with no editor (a search) is none of our business', () => {
    $<HTMLInputElement>('input[type=search]').value = RISKY;
    expect(submit($<HTMLFormElement>('#search')).defaultPrevented).toBe(false);
  });

  it('a submit event a page script made up submits nothing and is left alone', () => {
    typeText($('textarea'), RISKY);
    expect(submit($<HTMLFormElement>('#f'), false).defaultPrevented).toBe(false);
    expect(dialog()).toBeNull();
  });

  it('Post anyway submits the form again, once, past our own listener', () => {
    typeText($('textarea'), RISKY);
    submit($<HTMLFormElement>('#f'));
    const seenBypass: boolean[] = [];
    $('#f').addEventListener('submit', () => seenBypass.push(s.bypass));
    const post = [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === 'Post anyway')!;
    post.click();
    expect(sent).toEqual([RISKY]);
    expect(seenBypass).toEqual([true]);
    expect(dialog()).toBeNull();
  });

  it('fails open: if judging throws, the submit goes on', () => {
    typeText($('textarea'), RISKY);
    s.scanner = { scan: () => { throw new Error('boom'); } };
    expect(submit($<HTMLFormElement>('#f')).defaultPrevented).toBe(false);
    expect(sent).toEqual([RISKY]);
  });
});
