// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { facebook } from '../sites/facebook';
import { instagram } from '../sites/instagram';
import { editableFrom, editorsForControl, editorsForForm, isProfileField, submitControlFrom } from './composer';

afterEach(() => { document.body.replaceChildren(); });
const $ = (sel: string) => document.querySelector<HTMLElement>(sel)!;

describe('editableFrom: which single-line inputs are drafts', () => {
  it('takes the text box of a comment or chat form (Instagram Reels), in any language', () => {
    document.body.innerHTML = `<form><input id="c" placeholder="Ychwanegu sylw…"><div role="button">Postio</div></form>`;
    expect(editableFrom($('#c'), instagram)).toBe($('#c'));
    expect(editableFrom($('#c'), null)).toBe($('#c'));
  });

  it('never takes a search box, a picker\'s box or a login field', () => {
    document.body.innerHTML = `
      <form role="search"><input id="a"><button>Go</button></form>
      <form><input id="b" type="search"><button>Go</button></form>
      <form><input id="c" placeholder="Szukaj na Facebooku"><button>Go</button></form>
      <form><input id="d" aria-label="بحث"><button>Go</button></form>
      <form><input id="e" role="combobox"><button>Go</button></form>
      <form><input id="f" autocomplete="username"><button>Go</button></form>
      <form><input id="g" name="creation-location-input"><button>Go</button></form>
      <div><input id="h" placeholder="Qqq"></div>`;
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) expect(editableFrom($(`#${id}`), instagram), id).toBeNull();
  });
});

describe('submitControlFrom: structure before labels', () => {
  it('a form\'s submit button, whatever it says, when the form holds an editor', () => {
    document.body.innerHTML = `<form><textarea rows="1">hi</textarea><button id="s"><svg></svg></button><button type="button" id="b">Qqq</button></form>
      <form><input type="checkbox"><button id="lonely">Qqq</button></form>`;
    expect(submitControlFrom($('#s svg'), null)).toBe($('#s'));
    expect(submitControlFrom($('#b'), null)).toBeNull();
    expect(submitControlFrom($('#lonely'), null)).toBeNull();
    expect(editorsForControl($('#s'), null, null)).toEqual([$('textarea')]);
  });

  it('Facebook\'s comment submit inside #focused-state-composer-submit, with a translated label', () => {
    document.body.innerHTML = `<form role="presentation"><div contenteditable="true" data-lexical-editor="true">Da iawn</div>
      <div id="focused-state-composer-submit"><div role="button" id="s"><i></i></div></div></form>`;
    expect(submitControlFrom($('#s i'), facebook)).toBe($('#s'));
    $('#s').setAttribute('aria-disabled', 'true');
    expect(submitControlFrom($('#s i'), facebook)).toBeNull();
  });

  it('labels last, in any language, and never "Post settings" or a step on', () => {
    document.body.innerHTML = `<div role="button" id="a">Postio</div><div role="button" id="b">Post settings</div><div role="button" id="c">Weiter</div><div role="button" id="d" aria-haspopup="menu">Share</div>`;
    expect(submitControlFrom($('#a'), null)).toBe($('#a'));
    for (const id of ['b', 'c', 'd']) expect(submitControlFrom($(`#${id}`), null), id).toBeNull();
  });
});

describe('editorsForForm: what a form\'s submit event sends', () => {
  it('every editor inside it, and those tied to it by the form attribute', () => {
    document.body.innerHTML = `<form id="f"><textarea id="t"></textarea><input id="i" placeholder="Comment"><button>Go</button></form><textarea id="tied" form="f"></textarea><textarea id="out"></textarea>`;
    expect(editorsForForm(document.querySelector('form')!, null)).toEqual([$('#t'), $('#i'), $('#tied')]);
  });
});

describe('profile fields in any language', () => {
  it('a workplace input labelled in Polish in the page\'s main region, and a bio labelled in Welsh', () => {
    document.body.innerHTML = `<div role="main"><input type="text" id="w" aria-label="Firma"><div role="button">Zapisz</div></div>
      <form><label for="b">Bywgraffiad</label><textarea id="b" rows="3"></textarea><button>Cyflwyno</button></form>`;
    expect(editableFrom($('#w'), null)).toBe($('#w'));
    expect(isProfileField($('#w'), null)).toBe(true);
    expect(isProfileField($('#b'), null)).toBe(true);
  });
});
