// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { submitControlFrom, editorsForControl } from './composer';
import { createSubmitWatch, submitScope } from './submit-watch';

afterEach(() => { document.body.replaceChildren(); });

function html(markup: string): void {
  document.body.innerHTML = markup;
}
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

/** Types into an editor as the browser does: the text changes, then `input` reaches our capture listener before the site re-renders. */
function type(editor: HTMLElement, text: string, watch: ReturnType<typeof createSubmitWatch>): void {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) editor.value = text;
  else editor.textContent = text;
  watch.note(editor);
}

describe('a submit control recognised by the site enabling it when the draft gets text', () => {
  it('counts a control with an unknown label and no test id that went from aria-disabled to enabled', () => {
    html(`<div role="dialog" aria-label="Zzz">
      <div contenteditable="true" id="ed"></div>
      <div role="button" id="photo">Ffoto</div>
      <div role="button" id="post" aria-disabled="true"><span>Qqq</span></div>
    </div>`);
    const watch = createSubmitWatch();
    const editor = $('#ed');
    watch.note(editor, true);
    type(editor, 'Sam Taylor in 4B', watch);
    $('#post').setAttribute('aria-disabled', 'false'); // the site re-renders after our listener
    expect(watch.enabledBy(editor)).toEqual([$('#post')]);
    expect(submitControlFrom($('#post span'), null, watch)).toBe($('#post'));
    // Without the watch, the label alone does not say submit: structure is what recognised it.
    expect(submitControlFrom($('#post span'), null)).toBeNull();
    expect(submitControlFrom($('#photo'), null, watch)).toBeNull();
  });

  it('still counts it when the site enabled it before any input event reached us (Lexical\'s first character)', () => {
    html(`<div class="chat"><div contenteditable="true" id="ed" aria-label="رسالة"></div><button id="send" disabled><svg></svg></button></div>`);
    const watch = createSubmitWatch();
    const editor = $('#ed');
    watch.note(editor, true);
    // Lexical inserts the first character itself (no input event) and the site enables its button…
    editor.textContent = 'P';
    $<HTMLButtonElement>('#send').disabled = false;
    // …so the first input event we see is the second character's.
    type(editor, 'Pr', watch);
    type(editor, 'Proud of Amelia Hart', watch);
    expect(watch.enabledBy(editor)).toEqual([$('#send')]);
    // A whole draft pasted into an empty box is not taken for an empty one either.
    html(`<div class="chat"><div contenteditable="true" id="ed2"></div><button id="send2" disabled><svg></svg></button></div>`);
    watch.note($('#ed2'), true);
    $('#ed2').textContent = 'Proud of Amelia Hart';
    $<HTMLButtonElement>('#send2').disabled = false;
    watch.note($('#ed2'));
    expect(watch.enabledBy($('#ed2'))).toEqual([$('#send2')]);
  });

  it('counts X Chat\'s icon-only send button, which is in the page only while there is text', () => {
    html(`<form><textarea rows="1" placeholder="Neges"></textarea><button type="button" id="emoji"><svg><path d="M1 1h4"></path></svg></button><div id="slot"></div></form>`);
    const watch = createSubmitWatch();
    const editor = $<HTMLTextAreaElement>('textarea');
    watch.note(editor, true);
    type(editor, 'A', watch);
    // The site adds the send button and re-renders the emoji button as a new element.
    $('#slot').innerHTML = '<button type="button" id="send"><svg><path d="M9 9l5 5"></path></svg></button>';
    $('#emoji').replaceWith(Object.assign($('#emoji').cloneNode(true) as HTMLElement, { id: 'emoji2' }));
    type(editor, 'Al', watch);
    type(editor, 'Alex', watch);
    expect(watch.enabledBy(editor)).toEqual([$('#send')]);
    expect(submitControlFrom($('#send path'), null, watch)).toBe($('#send'));
    expect(submitControlFrom($('#emoji2'), null, watch)).toBeNull();
  });

  it('picks one submit when several controls wake up: the labelled one, else the last (Post after X\'s "add another post")', () => {
    html(`<div id="composer"><div contenteditable="true" id="ed"></div>
      <div class="toolbar"><button id="media">m</button><button id="add" disabled>+</button><button id="post" disabled>Wwww</button></div></div>`);
    const watch = createSubmitWatch();
    const editor = $('#ed');
    watch.note(editor, true);
    type(editor, 'hello', watch);
    $<HTMLButtonElement>('#add').disabled = false;
    $<HTMLButtonElement>('#post').disabled = false;
    expect(watch.enabledBy(editor)).toEqual([$('#post'), $('#add')]);
    expect(watch.editorFor($('#post'))).toBe(editor);
    expect(watch.editorFor($('#add'))).toBeNull();
    $('#add').textContent = 'Postio';
    expect(watch.enabledBy(editor)[0]).toBe($('#add'));
  });

  it('does not take what turns up later for the draft\'s submit: a place\'s suggestions, a picker\'s options', () => {
    html(`<div role="dialog"><div contenteditable="true" id="ed"></div><div role="button" id="share">Rhannu</div><input id="where"><div id="sugg"></div></div>`);
    const watch = createSubmitWatch();
    const editor = $('#ed');
    watch.note(editor, true);
    type(editor, 'L', watch);
    type(editor, 'Lovely walk', watch);
    // The person looks for a place: the site lists suggestions as buttons, then as options.
    $('#sugg').innerHTML = '<div role="button" id="s1">Roundhay Park, Leeds</div>';
    expect(watch.enabledBy(editor)).toEqual([]);
    expect(submitControlFrom($('#s1'), null, watch)).toBeNull();
    $('#sugg').innerHTML = '<div role="listbox"><div role="option"><div role="button" id="s2">Roundhay Park</div></div></div>';
    expect(watch.enabledBy(editor)).toEqual([]);
  });

  it('leaves out a control labelled as a step on, in any language', () => {
    html(`<div role="dialog"><div contenteditable="true" id="ed"></div><div role="button" id="next" aria-disabled="true">Nesaf</div></div>`);
    const watch = createSubmitWatch();
    const editor = $('#ed');
    watch.note(editor, true);
    type(editor, 'hello', watch);
    $('#next').removeAttribute('aria-disabled');
    expect(watch.enabledBy(editor)).toEqual([]);
  });

  it('claims nothing for a draft it never saw empty, nor while the draft is empty again', () => {
    html(`<div role="dialog"><div contenteditable="true" id="ed">already here</div><div role="button" id="post">Qqq</div></div>`);
    const watch = createSubmitWatch();
    const editor = $('#ed');
    watch.note(editor, true);
    type(editor, 'already here!', watch);
    expect(watch.enabledBy(editor)).toEqual([]);
    type(editor, '', watch);
    $('#post').setAttribute('aria-disabled', 'true');
    type(editor, 'x', watch);
    $('#post').removeAttribute('aria-disabled');
    expect(watch.enabledBy(editor)).toEqual([$('#post')]);
    type(editor, '', watch);
    expect(watch.enabledBy(editor)).toEqual([]);
  });

  it('does not query the page while typing on in a draft that already has text', () => {
    html(`<div role="dialog"><div contenteditable="true" id="ed"></div><div role="button" id="post" aria-disabled="true">Qqq</div></div>`);
    const watch = createSubmitWatch();
    const editor = $('#ed');
    const dialog = $('[role="dialog"]');
    watch.note(editor, true);
    type(editor, 'a', watch);
    type(editor, 'ab', watch); // the one look at what the first character brought in
    const spy = vi.spyOn(dialog, 'querySelectorAll');
    for (let i = 0; i < 200; i++) type(editor, 'a'.repeat(i + 3), watch);
    expect(spy).not.toHaveBeenCalled();
  });

  it('scopes to the form or dialog, else the nearest ancestor holding a control', () => {
    html(`<main><div id="c"><div><div contenteditable="true" id="ed"></div></div><div><button>b</button></div></div></main>`);
    expect(submitScope($('#ed'))).toBe($('#c'));
    html(`<div role="dialog"><div><div><textarea></textarea></div></div><button>b</button></div>`);
    expect(submitScope($('textarea'))).toBe($('[role="dialog"]'));
  });

  it('sends the draft of the editor that enabled the control, not the last one typed in elsewhere', () => {
    html(`<div id="a"><div contenteditable="true" id="ed1"></div><button id="s1" disabled>Qqq</button></div>
      <div id="b"><div contenteditable="true" id="ed2">other</div></div>`);
    const watch = createSubmitWatch();
    watch.note($('#ed1'), true);
    type($('#ed1'), 'first', watch);
    $<HTMLButtonElement>('#s1').disabled = false;
    expect(editorsForControl($('#s1'), $('#ed2'), null, watch)).toEqual([$('#ed1')]);
  });
});
