import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../i18n';

// Characters no message holds, so a placeholder filled with one can be found again after t() has
// put it wherever the language wants it.
const MARK = '\u0001';

/**
 * A whole sentence from the catalogue with markup in it (a <strong>, a link): each JSX argument
 * goes where its placeholder stands in that language, so the sentence is never two halves glued
 * together in English order.
 */
export function rich(key: MessageKey, ...subs: (string | number | ComponentChildren)[]): ComponentChildren[] {
  const nodes: ComponentChildren[] = [];
  const text = t(key, ...subs.map((s, i) => (typeof s === 'string' || typeof s === 'number' ? s : `${MARK}${i}${MARK}`)));
  text.split(MARK).forEach((part, i) => {
    // Odd pieces are the index of a JSX argument; even pieces are text.
    if (i % 2) nodes.push(subs[Number(part)]);
    else if (part) nodes.push(part);
  });
  return nodes;
}
