// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
const { sendMessage } = vi.hoisted(() => ({ sendMessage: vi.fn((_msg: unknown) => Promise.resolve()) }));
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage } } }));
import { armAfter, MISS_CHECKS_MS, noteInput } from './miss';
import { noteNextStep } from './intercept/next-step';
import { t } from '../i18n';
import { $, CLEAN, html, readyState, resetPage, RISKY, trusted, typeText } from '../../test/unit/content-dom';
import type { State } from './state';
import { x } from '../sites/x';

let s: State;
beforeEach(() => {
  vi.useFakeTimers();
  sendMessage.mockClear();
  html(`
    <div role="main">
      <button id="close">×</button>
      <section><div contenteditable="true" id="ed"></div><span id="send">➤</span></section>
    </div>
    <div role="dialog" id="other"><button id="discard">Discard</button></div>`);
  s = readyState({ adapter: x });
  s.recent = $('#ed');
});
afterEach(() => { vi.useRealTimers(); resetPage(s); });

const notice = () => document.querySelector('tbyp-ui')?.shadowRoot?.querySelector('[role="status"]') ?? null;
function press(el: Element): void {
  const e = trusted(new MouseEvent('pointerdown', { bubbles: true, cancelable: true }));
  Object.defineProperty(e, 'target', { value: el });
  armAfter(s, e);
}
const afterAll = () => vi.advanceTimersByTime(MISS_CHECKS_MS[MISS_CHECKS_MS.length - 1]! + 1);

describe('a risky draft that leaves by a path we did not hold', () => {
  it('emptied after a press on an unknown control: a note on the page and a count for the site', () => {
    typeText($('#ed'), RISKY);
    press($('#send'));
    vi.advanceTimersByTime(300);
    $('#ed').textContent = '';
    afterAll();
    expect(notice()?.textContent).toContain(t('notice_miss'));
    expect(s.missed).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'tbyp:miss', site: 'x' });
  });

  it('removed from the page after Enter: the same', () => {
    typeText($('#ed'), RISKY);
    const e = trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    Object.defineProperty(e, 'target', { value: $('#ed') });
    armAfter(s, e);
    $('section').remove();
    afterAll();
    expect(s.missed).toBe(true);
    expect(sendMessage).toHaveBeenCalledOnce();
  });
});

describe('no false alarms', () => {
  it('a clean draft sent the same way', () => {
    typeText($('#ed'), CLEAN);
    press($('#send'));
    $('#ed').textContent = '';
    afterAll();
    expect(notice()).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('the person typing after the press (deleting it themselves)', () => {
    typeText($('#ed'), RISKY);
    press($('#send'));
    $('#ed').textContent = '';
    const input = trusted(new InputEvent('input', { bubbles: true }));
    Object.defineProperty(input, 'target', { value: $('#ed') });
    noteInput(s, input);
    afterAll();
    expect(s.missed).toBe(false);
  });

  it('a close button before the editor, or a "Discard" in another dialog', () => {
    typeText($('#ed'), RISKY);
    press($('#close'));
    press($('#discard'));
    $('section').remove();
    afterAll();
    expect(s.missed).toBe(false);
  });

  it('a draft still there after a few seconds', () => {
    typeText($('#ed'), RISKY);
    press($('#send'));
    afterAll();
    $('#ed').textContent = '';
    vi.advanceTimersByTime(10_000);
    expect(s.missed).toBe(false);
  });

  it('a step on ("Next"): the draft is carried to the next step of the dialog, not sent', () => {
    html(`
      <div role="dialog" id="composer">
        <section><div contenteditable="true" id="ed"></div></section><button id="next">Next</button>
      </div>`);
    s.recent = $('#ed');
    typeText($('#ed'), RISKY);
    press($('#next'));
    noteNextStep(s, $('#next')); // as the click interceptor does first
    expect(s.carried?.editors).toEqual([$('#ed')]);
    $('#composer').replaceChildren(Object.assign(document.createElement('button'), { textContent: 'Post' }));
    afterAll();
    expect(s.missed).toBe(false);
    expect(notice()).toBeNull();
  });

  it('a press we held with the warning, or our own replay', () => {
    typeText($('#ed'), RISKY);
    s.bypass = true;
    press($('#send'));
    s.bypass = false;
    s.warningOpen = true;
    press($('#send'));
    s.warningOpen = false;
    $('#ed').textContent = '';
    afterAll();
    expect(s.missed).toBe(false);
  });
});
