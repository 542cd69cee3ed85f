// The first scan of a page pays for the engine's code and patterns being compiled by the browser:
// about 150 ms in Node, against a few ms for the next one. Scanning a few made-up drafts while the
// page is idle, right after the lists compile, moves that cost off the first pause in typing. The
// drafts are ours, not the person's; what is found is thrown away.
import type { Scanner } from '../core';
import { guard } from './guard';
import type { State } from './state';

// i18n-ignore: never shown; drafts for the engine to read, one kind of risk each, English and Welsh.
const DRAFTS = [
  'Year 3 are off to the museum on Friday, the coach leaves at 9.', // i18n-ignore: never shown
  'We fly to Tenerife on the 14th and are back on the 28th, house sitter sorted.', // i18n-ignore: never shown
  '📍 Costa, Cardiff. Marking my Year 9 books before parents evening.', // i18n-ignore: never shown
  'The parents at my school are a joke and the head is useless.', // i18n-ignore: never shown
  'One of my pupils has a new social worker and was excluded again.', // i18n-ignore: never shown
  'Call me on 07700 900123 or email miss.jones@example.com.', // i18n-ignore: never shown
  "Mae Blwyddyn 6 yn mynd ar daith ysgol yfory, dw i'n athrawes.", // i18n-ignore: never shown
];

/** One draft per idle moment; stops when newer lists replace this scanner. Once warm, each costs a few ms. */
export function warmUp(s: State, scanner: Scanner, idle: (fn: () => void) => void = whenIdle): void {
  let next = 0;
  const step = () => guard('warm-up', () => {
    if (s.scanner !== scanner || next >= DRAFTS.length) return;
    scanner.scan(DRAFTS[next++]!);
    idle(step);
  });
  idle(step);
}

function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 5_000 });
  else setTimeout(fn, 200);
}
