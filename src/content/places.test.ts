// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { composerScope, locationTags } from './composer';
import { createPlaceTracker } from './places';

afterEach(() => { document.body.replaceChildren(); });
const $ = (sel: string) => document.querySelector<HTMLElement>(sel)!;

describe('places: whatever the person picks from a list opened from the composer', () => {
  it('remembers an option picked from a listbox inside the composer dialog, however the site then shows it', () => {
    document.body.innerHTML = `<div role="dialog"><div contenteditable="true" id="ed">Trip today</div>
      <div role="listbox"><div role="option" id="o1"><span>Roundhay Park</span><span>Leeds</span></div></div></div>`;
    const places = createPlaceTracker();
    expect(places.notePickedOption($('#o1 span'))).toBe('Roundhay Park, Leeds');
    $('[role="listbox"]').remove(); // the site shows the choice as an icon, or nothing we can read
    expect(locationTags(composerScope($('#ed')), null, places)).toEqual(['Roundhay Park, Leeds']);
  });

  it('follows a picker opened in a layer outside the composer (X\'s "Tag location")', () => {
    document.body.innerHTML = `<main><div id="composer"><div class="DraftEditor-root"><div contenteditable="true" id="ed">Sports day</div></div>
      <div><button id="geo"><svg></svg></button><button id="post">Post</button></div></div></main>
      <div id="layers"><div role="dialog"><input aria-label="Chwilio"><div role="listbox"><div role="option" id="o">Green Lane Community School</div></div></div></div>`;
    const places = createPlaceTracker();
    places.notePickedOption($('#geo'));
    places.notePickedOption($('#o'));
    $('#layers').remove();
    expect(places.placesFor(composerScope($('#ed')))).toEqual(['Green Lane Community School']);
  });

  it('takes a suggestion list that a box in the composer says it controls', () => {
    document.body.innerHTML = `<div role="dialog"><div contenteditable="true" id="ed">hi</div><input aria-controls="sugg" aria-label="Lleoliad"></div>
      <div id="sugg"><div role="button" id="item"><b>Leeds Bradford Airport</b></div></div>`;
    const places = createPlaceTracker();
    expect(places.notePickedOption($('#item b'))).toBe('Leeds Bradford Airport');
    expect(places.placesFor($('[role="dialog"]'))).toEqual(['Leeds Bradford Airport']);
  });

  it('ignores lists that no composer opened', () => {
    document.body.innerHTML = `<div role="listbox"><div role="option" id="o">Settings</div></div>`;
    const places = createPlaceTracker();
    expect(places.notePickedOption($('#o'))).toBeNull();
  });

  it('forgets the place when the person empties the draft, when the site empties it after posting, or when the composer closes', () => {
    document.body.innerHTML = `<div role="dialog" id="d"><div contenteditable="true" id="ed">Trip</div><div role="listbox"><div role="option" id="o">Roundhay Park</div></div></div>`;
    const places = createPlaceTracker();
    const scope = $('#d');
    places.notePickedOption($('#o'));
    $('#ed').textContent = '';
    places.noteDraft($('#ed'));
    expect(places.placesFor(scope)).toEqual([]);

    $('#ed').textContent = 'Trip';
    places.notePickedOption($('#o'));
    $('#ed').textContent = ''; // cleared by the site, no input event
    expect(places.placesFor(scope)).toEqual([]);

    places.notePickedOption($('#o'));
    scope.remove();
    expect(places.placesFor(scope)).toEqual([]);
  });

  it('keeps the place of a photo-only post, where the draft never had text', () => {
    document.body.innerHTML = `<div role="dialog" id="d"><div contenteditable="true" id="ed"></div><div role="listbox"><div role="option" id="o">Roundhay Park</div></div></div>`;
    const places = createPlaceTracker();
    places.notePickedOption($('#o'));
    expect(places.placesFor($('#d'))).toEqual(['Roundhay Park']);
  });

  it('lists a place once when the picker and the composer\'s text both show it', () => {
    document.body.innerHTML = `<div role="dialog" id="d"><div><b>Sam</b> is at <strong>Roundhay Park</strong></div><div contenteditable="true" id="ed">hi</div><div role="listbox"><div role="option" id="o">Roundhay Park</div></div></div>`;
    const places = createPlaceTracker();
    places.notePickedOption($('#o'));
    expect(locationTags($('#d'), null, places)).toEqual(['Roundhay Park']);
  });
});
