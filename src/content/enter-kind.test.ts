// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { facebook } from '../sites/facebook';
import { instagram } from '../sites/instagram';
import { x } from '../sites/x';
import { enterKind } from './enter-kind';

afterEach(() => { document.body.replaceChildren(); });
const editorIn = (markup: string, sel = '#ed'): HTMLElement => {
  document.body.innerHTML = markup;
  return document.querySelector<HTMLElement>(sel)!;
};

describe('enterKind: what a plain Enter does, by structure, with no English label to go on', () => {
  it('post: a Lexical editor in a dialog outside any form (Facebook\'s Create post, renamed and translated)', () => {
    const ed = editorIn(`<div role="dialog" aria-label="Creu neges"><div contenteditable="true" role="textbox" data-lexical-editor="true" id="ed" aria-label="Beth sy'n mynd ymlaen, Sam?"></div><div role="button" aria-disabled="true">Postio</div></div>`);
    expect(enterKind(ed, facebook)).toBe('post');
    expect(enterKind(ed, null)).toBe('post');
  });

  it('post: a multi-line editor in a dialog with a submit that waits for text, whatever the editor', () => {
    const ed = editorIn(`<div role="dialog"><div contenteditable="true" id="ed" aria-label="Ffff"></div><button disabled>Zzz</button></div>`);
    expect(enterKind(ed, null)).toBe('post');
  });

  it('post: X\'s composer by its test id, and by aria-multiline once the test ids are renamed', () => {
    expect(enterKind(editorIn(`<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" id="ed"></div></div>`), null)).toBe('post');
    expect(enterKind(editorIn(`<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" data-testid="zz_0" aria-multiline="true" aria-label="Testun" id="ed"></div></div>`), null)).toBe('post');
  });

  it('post: X\'s phone layout, a plain textarea inside the tweetTextarea test id', () => {
    const ed = editorIn(`<div data-testid="tweetTextarea_0"><textarea id="ed" placeholder="Beth sy'n digwydd?"></textarea></div>`);
    expect(enterKind(ed, x)).toBe('post');
    expect(enterKind(ed, null)).toBe('post');
  });

  it('post: Instagram\'s caption as a textarea in the new-post dialog, and a bio textarea', () => {
    expect(enterKind(editorIn(`<div role="dialog"><textarea id="ed" aria-label="Dodaj opis..."></textarea><div role="button">Udostępnij</div></div>`), instagram)).toBe('post');
    expect(enterKind(editorIn(`<div><textarea id="ed" rows="3" aria-label="Enter bio text"></textarea></div>`), facebook)).toBe('post');
  });

  it('send: a comment box in a form of its own (Facebook\'s form[role=presentation]), in any language', () => {
    const ed = editorIn(`<form role="presentation"><div contenteditable="true" data-lexical-editor="true" id="ed" aria-label="Xxxx"></div><div id="focused-state-composer-submit"><div role="button">Yyy</div></div></form>`);
    expect(enterKind(ed, null)).toBe('send');
    expect(enterKind(ed, facebook)).toBe('send');
  });

  it('send: single-line boxes (X Chat\'s textarea rows=1, Instagram Reels\' input)', () => {
    expect(enterKind(editorIn(`<div><textarea rows="1" id="ed"></textarea></div>`), null)).toBe('send');
    expect(enterKind(editorIn(`<form><input id="ed" placeholder="Dodaj komentarz…"><button>Opublikuj</button></form>`), null)).toBe('send');
  });

  it('send: Messenger\'s "Aa" and "Write to {Name}" chats, even inside a dialog', () => {
    expect(enterKind(editorIn(`<div role="dialog"><div contenteditable="true" data-lexical-editor="true" aria-placeholder="Aa" aria-label="Ysgrifennu at Alex" id="ed"></div></div>`), null)).toBe('send');
    expect(enterKind(editorIn(`<div><div contenteditable="true" aria-label="Write to Alex Morgan" id="ed"></div></div>`), null)).toBe('send');
    expect(enterKind(editorIn(`<div><div contenteditable="true" aria-label="Napisz do Alex" id="ed"></div></div>`), null)).toBe('send');
  });

  it('send: the adapter\'s known chats and comments win over structure', () => {
    expect(enterKind(editorIn(`<div role="dialog"><div contenteditable="true" data-testid="dmComposerTextInput" aria-multiline="true" id="ed"></div></div>`), x)).toBe('send');
  });

  it('unknown: an editor whose structure says neither', () => {
    expect(enterKind(editorIn(`<div><div contenteditable="true" aria-label="Qqq" id="ed"></div><div role="button">Rrr</div></div>`), null)).toBe('unknown');
  });
});

describe('enterKind with a picker open', () => {
  it('Enter picks a mention in X Chat rather than sending, and sends again once the list has gone', () => {
    const ed = editorIn(`<form><div role="listbox" id="l"><div role="option" aria-selected="true">@ameliahart_fan</div></div><textarea rows="1" id="ed">Hi @am</textarea></form>`);
    expect(enterKind(ed, null)).toBe('post');
    document.getElementById('l')!.remove();
    expect(enterKind(ed, null)).toBe('send');
    ed.setAttribute('aria-expanded', 'true');
    expect(enterKind(ed, null)).toBe('post');
  });
});
