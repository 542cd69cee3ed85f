// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { nextStepControlFrom, stepTaken } from './next-step';
import { createSubmitWatch } from './submit-watch';

afterEach(() => { document.body.replaceChildren(); });
const $ = (sel: string) => document.querySelector<HTMLElement>(sel)!;

const PAGE_COMPOSER = `<div role="dialog" id="d"><div contenteditable="true" id="ed">Bake sale on Friday</div>
  <div role="button" id="next">Zzz</div><div role="button" id="dalej">Dalej</div><div role="button" id="post">Opublikuj</div></div>`;

describe('two-step posts by structure', () => {
  it('takes "Next" in any language, and any other enabled control in a dialog holding a draft', () => {
    document.body.innerHTML = PAGE_COMPOSER;
    expect(nextStepControlFrom($('#dalej'))).toBe($('#dalej'));
    expect(nextStepControlFrom($('#next'))).toBe($('#next'));
    // A recognised submit is a submit, not a step.
    expect(nextStepControlFrom($('#post'))).toBeNull();
  });

  it('does not take a control when the dialog holds no draft, or the control is disabled', () => {
    document.body.innerHTML = PAGE_COMPOSER;
    $('#ed').textContent = '';
    expect(nextStepControlFrom($('#next'))).toBeNull();
    $('#ed').textContent = 'x';
    $('#next').setAttribute('aria-disabled', 'true');
    expect(nextStepControlFrom($('#next'))).toBeNull();
  });

  it('leaves a control the draft enabled to the submit watch', () => {
    document.body.innerHTML = `<div role="dialog"><div contenteditable="true" id="ed"></div><div role="button" id="go" aria-disabled="true">Zzz</div></div>`;
    const watch = createSubmitWatch();
    watch.note($('#ed'), true);
    $('#ed').textContent = 'hi';
    watch.note($('#ed'));
    $('#go').removeAttribute('aria-disabled');
    expect(nextStepControlFrom($('#go'), null, watch)).toBeNull();
    expect(nextStepControlFrom($('#go'), null)).toBe($('#go'));
  });

  it('confirms the step afterwards: the editor left while its dialog stayed (or a new dialog came)', () => {
    document.body.innerHTML = PAGE_COMPOSER;
    const step = { dialog: $('#d'), editors: [$('#ed')] };
    expect(stepTaken(step)).toBe(false); // the press was "Bold" or "Photo": the editor is still there
    $('#ed').hidden = true;
    expect(stepTaken(step)).toBe(true);
    $('#ed').remove();
    expect(stepTaken(step)).toBe(true);
    $('#d').remove();
    expect(stepTaken(step)).toBe(false); // the dialog closed: the draft was not posted
    document.body.innerHTML = '<div role="dialog">Post settings</div>';
    expect(stepTaken(step)).toBe(true);
  });
});
