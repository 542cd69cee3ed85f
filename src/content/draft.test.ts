// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { dedupe, evaluate, judge, readDraft, shouldWarn } from './draft';
import { $, CLEAN, html, PUPIL, readyState, resetPage, RISKY, SCHOOL, typeText } from '../../test/unit/content-dom';

afterEach(() => resetPage());

const composer = () => html(`
  <div role="dialog" aria-label="Create post">
    <div contenteditable="true" id="ed"></div>
    <div role="button" aria-label="Post">Post</div>
  </div>`);

describe('reading and judging a draft', () => {
  it('reads the text of a contenteditable and of a textarea', () => {
    html('<form><textarea id="t"></textarea></form><div contenteditable="true" id="c"></div>');
    const s = readyState();
    typeText($('#t'), 'one');
    typeText($('#c'), 'two');
    const d = readDraft(s, [$('#t'), $('#c')], null);
    expect(d.texts.map((t) => t.text)).toEqual(['one', 'two']);
    expect(d.places).toEqual([]);
    expect(d.photos).toBeNull();
  });

  it('finds a pupil named in the draft and wants the warning', () => {
    composer();
    const s = readyState();
    typeText($('#ed'), RISKY);
    const ev = evaluate(s, [$('#ed')], null);
    expect(ev.items.map((i) => [i.rule, i.text])).toEqual([['pupil', PUPIL]]);
    expect(ev.empty).toBe(false);
    expect(shouldWarn(s, ev)).toBe(true);
  });

  it('a clean draft needs no warning; in "always" mode it does', () => {
    composer();
    const s = readyState();
    typeText($('#ed'), CLEAN);
    const ev = evaluate(s, [$('#ed')], null);
    expect(ev.items).toEqual([]);
    expect(shouldWarn(s, ev)).toBe(false);
    s.settings = { ...s.settings!, mode: 'always' };
    expect(shouldWarn(s, ev)).toBe(true);
  });

  it('an empty draft never warns, even in "always" mode', () => {
    composer();
    const s = readyState({ settings: { mode: 'always' } });
    const ev = evaluate(s, [$('#ed')], null);
    expect(ev.empty).toBe(true);
    expect(shouldWarn(s, ev)).toBe(false);
  });

  it('a rule switched off finds nothing', () => {
    composer();
    const s = readyState();
    s.settings = { ...s.settings!, rules: { ...s.settings!.rules, pupil: false } };
    typeText($('#ed'), RISKY);
    expect(evaluate(s, [$('#ed')], null).items).toEqual([]);
  });

  it('photos noted for the composer count, and make a text-less draft non-empty', () => {
    composer();
    const s = readyState();
    s.photos.set($('[role=dialog]'), { count: 2, gps: true });
    const ev = evaluate(s, [$('#ed')], null);
    expect(ev.empty).toBe(false);
    expect(ev.items.map((i) => i.rule)).toEqual(['photo', 'photo-gps']);
    expect(ev.items[0]!.label).toBe('2 photos');
  });

  it('the same words twice are one item', () => {
    composer();
    const s = readyState();
    typeText($('#ed'), `${PUPIL} and ${PUPIL.toUpperCase()} at ${SCHOOL}`);
    const ev = evaluate(s, [$('#ed')], null);
    expect(ev.items.filter((i) => i.rule === 'pupil')).toHaveLength(1);
    expect(dedupe([...ev.items, ...ev.items])).toEqual(ev.items);
  });

  it('will not judge before the scanner exists (callers fail open)', () => {
    composer();
    const s = readyState();
    s.scanner = null;
    expect(() => judge(s, readDraft(s, [$('#ed')], null))).toThrow();
  });
});
