// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { facebook } from '../sites/facebook';
import { instagram } from '../sites/instagram';
import { x } from '../sites/x';
import { isMessageBox, peopleForControl, peopleForThread, relationControlFrom } from './relations';

afterEach(() => { document.body.innerHTML = ''; });
const $ = (sel: string) => document.querySelector<HTMLElement>(sel)!;
const html = (markup: string) => { document.body.innerHTML = markup; };

describe('which control makes a connection', () => {
  it('recognises befriend, follow and message by label in several languages, and stable X test ids', () => {
    html(`
      <div role="button" id="a">Add friend</div><button id="b">Confirm</button><div role="button" aria-label="Follow @priya_shah10" id="c">Follow</div>
      <button id="d"><span>Follow back</span></button><div role="button" id="e">Message</div><div role="button" id="f">Dilyn yn ôl</div>
      <button id="g">Obserwuj</button><div role="button" id="h">إضافة صديق</div><button data-testid="q123-follow" id="i">?</button>`);
    const seen = (id: string, adapter = null as typeof x | null) => relationControlFrom($(`#${id}`), adapter);
    expect(seen('a')?.action).toBe('befriend');
    expect(seen('b')?.action).toBe('befriend');
    expect(seen('c')).toMatchObject({ action: 'follow', named: '@priya_shah10' });
    expect(seen('d')?.action).toBe('follow');
    expect(seen('e')?.action).toBe('message');
    expect(seen('f')?.action).toBe('follow');
    expect(seen('g')?.action).toBe('follow');
    expect(seen('h')?.action).toBe('befriend');
    expect(seen('i')).toBeNull();
    expect(seen('i', x)?.action).toBe('follow');
  });

  it('leaves states and other controls alone: Following, Friends, Delete, a disabled button', () => {
    html(`<button id="a">Following</button><div role="button" aria-label="Following @priya">Following</div><div role="button" id="c">Friends</div>
      <div role="button" id="d">Delete</div><div role="button" aria-disabled="true" id="e">Follow</div><span id="f">Follow</span>`);
    for (const el of document.querySelectorAll('body > *')) expect(relationControlFrom(el, null), el.outerHTML).toBeNull();
  });
});

describe('who is on the other side', () => {
  it('a cell in a list: the cell that holds the button, not its neighbours', () => {
    html(`<div role="list">
      <div role="listitem"><a href="/priya.shah.10">Priya Shah</a><span>3 mutual friends</span><div role="button" id="c1">Confirm</div><div role="button">Delete</div></div>
      <div role="listitem"><a href="/jordan.lee">Jordan Lee</a><div role="button" id="c2">Confirm</div><div role="button">Delete</div></div></div>`);
    expect(peopleForControl(relationControlFrom($('#c1'), null)!, null)).toEqual(['Priya Shah', 'priya.shah.10']);
    expect(peopleForControl(relationControlFrom($('#c2'), null)!, null)).toEqual(['Jordan Lee', 'jordan.lee']);
  });

  it('a profile header: the heading above Add friend and Message', () => {
    html(`<main><div><h1>Priya Shah</h1><div>12 mutual friends</div><div><div role="button" id="add">Add friend</div><div role="button" id="msg">Message</div></div></div>
      <aside><a href="/jordan.lee">Jordan Lee</a><div role="button">Add friend</div></aside></main>`);
    expect(peopleForControl(relationControlFrom($('#add'), null)!, null)).toEqual(['Priya Shah']);
    expect(peopleForControl(relationControlFrom($('#msg'), null)!, null)).toEqual(['Priya Shah']);
  });

  it('an X user cell: the name link, the @handle and the handle in the button label', () => {
    html(`<div data-testid="UserCell"><a href="/priya_shah10"><span>Priya Shah</span></a><a href="/priya_shah10"><span>@priya_shah10</span></a>
      <button data-testid="77-follow" aria-label="Follow @priya_shah10" id="f">Follow</button></div>`);
    const rc = relationControlFrom($('#f'), x)!;
    expect(peopleForControl(rc, x)).toEqual(['@priya_shah10', 'Priya Shah', 'priya_shah10']);
  });

  it('a cell in a side column, with no hooks and no name in the label: the cell still names its person', () => {
    html(`<main><h2>Home</h2></main><aside><h2>Who to follow</h2>
      <div><a href="/priya_shah10"><span>Priya Shah</span></a><a href="/priya_shah10"><span>@priya_shah10</span></a><div role="button" id="f1">Follow</div></div>
      <div><a href="/jordan"><span>Jordan Lee</span></a><div role="button" id="f2">Follow</div></div></aside>`);
    expect(peopleForControl(relationControlFrom($('#f1'), null)!, null)).toEqual(['Priya Shah', 'priya_shah10', '@priya_shah10']);
  });

  it('a notification: the bold name inside the sentence, and the profile it links to', () => {
    html(`<div role="grid"><div role="row"><a href="/priya.shah.10"><strong>Priya Shah</strong> sent you a friend request.</a><div role="button" id="ok">Confirm</div></div>
      <div role="row"><a href="/groups/x"><strong>Parents</strong> has 3 new posts.</a></div></div>`);
    expect(peopleForControl(relationControlFrom($('#ok'), null)!, null)).toEqual(['Priya Shah sent you a friend request.', 'priya.shah.10', 'Priya Shah']);
  });

  it('a conversation: the thread header, never the page navigation or a side column', () => {
    html(`<nav><a href="/home">Home</a></nav><main><section><div><a href="/priya_shah10"><h2>Priya Shah</h2></a><div><span>@priya_shah10</span></div></div>
      <div><div>Hi</div></div><div><div contenteditable="true" aria-label="Start a new message" id="ed"></div></div></section></main>
      <aside><div data-testid="UserCell"><a href="/jordan">Jordan Lee</a></div></aside>`);
    expect(peopleForThread($('#ed'), null)).toEqual(['Priya Shah', 'priya_shah10', '@priya_shah10']);
  });

  it('a chat outside the main region (a drawer over the app) names no one it cannot see in itself', () => {
    html(`<div id="app"><main><h2>Home</h2><a href="/priya_shah10">Priya Shah</a></main>
      <section><div>Chat</div><form><textarea placeholder="Message" id="ed"></textarea></form></section></div>`);
    expect(peopleForThread($('#ed'), null)).toEqual([]);
  });
});

describe('message boxes', () => {
  it('by the box label in several languages (with the name it carries), the site hooks, or the conversation address', () => {
    html(`<div contenteditable="true" data-testid="dmComposerTextInput" id="a"></div><div contenteditable="true" aria-label="Write to Priya Shah" id="b"></div>
      <textarea placeholder="Wiadomość..." id="c"></textarea><div contenteditable="true" aria-label="Write a comment…" id="d"></div><div contenteditable="true" aria-label="رسالة" id="e"></div>`);
    expect(isMessageBox($('#a'), x)).toEqual({ named: null });
    expect(isMessageBox($('#b'), facebook)).toEqual({ named: 'priya shah' });
    expect(isMessageBox($('#b'), null)).toEqual({ named: 'priya shah' });
    expect(isMessageBox($('#c'), instagram)).toEqual({ named: null });
    expect(isMessageBox($('#d'), facebook)).toBeNull();
    expect(isMessageBox($('#e'), null)).toEqual({ named: null });
  });
});
