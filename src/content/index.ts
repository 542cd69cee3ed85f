// The in-page nudge. Listeners are delegated at the window in the capture phase, so nothing runs
// while the person is not typing or clicking, and we see submit events before the site's handlers.
// Every entry point fails open (guard.ts): if anything of ours throws, the site's own event carries on.
// This file only wires: the state lives in state.ts, each concern in its own module.
import browser from 'webextension-polyfill';
import { isMessage } from '../messages';
import { changesSettings } from '../settings';
import { adapterFor } from '../sites';
import { listenForTestRequests } from './faults';
import { guarded } from './guard';
import { onClick, onPress, PRESS } from './intercept/click';
import { onSubmit } from './intercept/form';
import { onKeydown, onOtherKey } from './intercept/keyboard';
import { onRelationClick, onRelationKey, onRelationPress } from './intercept/relation';
import { armAfter } from './miss';
import { onChange, onDropOrPaste } from './photos';
import { reload } from './settings';
import { createState, type State } from './state';
import { status } from './status';
import { onFocusIn, onInput, onPick } from './typing';

export function start(s: State): void {
  const opts = { capture: true } as const;
  const on = <E extends Event>(type: string, name: string, fn: (s: State, e: E) => void) =>
    window.addEventListener(type, guarded(name, (e: Event) => fn(s, e as E)), opts);
  // Befriend/follow/message controls first: a press they hold never reaches the submit listeners.
  for (const type of PRESS) on(type, 'relation-press', onRelationPress);
  on('click', 'relation-click', onRelationClick);
  on('keydown', 'relation-key', onRelationKey);
  on('focusin', 'focusin', onFocusIn);
  on('input', 'input', onInput);
  on('keydown', 'keydown', onKeydown);
  for (const type of PRESS) on(type, 'press', onPress);
  on('click', 'click', onClick);
  on('click', 'place', onPick);
  on('submit', 'submit', onSubmit);
  // After the interception listeners: only what they let through reaches these.
  for (const type of ['pointerdown', 'click', 'keydown']) on(type, 'miss', armAfter);
  on('change', 'change', onChange);
  on('drop', 'drop', onDropOrPaste);
  on('paste', 'paste', onDropOrPaste);
  for (const type of ['keyup', 'keypress']) on(type, type, onOtherKey);
  on('keydown', 'place', (st, e: KeyboardEvent) => { if (e.key === 'Enter') onPick(st, e); });

  browser.runtime.onMessage.addListener((msg: unknown) => (isMessage(msg, 'tbyp:status') ? Promise.resolve(status(s)) : undefined));
  reload(s);
  listenForTestRequests((msg) => browser.runtime.sendMessage(msg));
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesSettings(changes, area)) reload(s);
  });
}

start(createState(adapterFor(location.host)));
