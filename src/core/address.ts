// Home street addresses ("14 Acacia Avenue", "Flat 2, 7 Mill Lane"), shared by the location and contact
// rules. Street words must be capitalised in the original so "10 kids from green lane" is not an address.
import { capAt, Triggers } from './regex';
import type { Doc, Report } from './types';

const STREET = /(?<![\w£$€.:/-])(\d{1,4}[a-z]?),? ((?:[a-z][a-z'-]+ ){1,3})(road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|cres|grove|gardens|gdns|place|terrace|court|mews|row|walk|square|sq|hill|rise|view|parade|green|vale|meadow|meadows)\b/y;
const NOT_HOUSE_NUMBER = /(?:year|yr|y|class|room|aged|age|under|over|top|page|number|no|the|only|about|around|just|and|with|ks)\s*$/;
const LOWER_WORDS = new Set(['the', 'a', 'an', 'and', 'of', 'on', 'at', 'in', 'to', 'for', 'from', 'with', 'kids', 'pupils', 'children', 'minutes', 'mins', 'days', 'weeks', 'miles', 'people', 'years']);

function check(m: RegExpExecArray, doc: Doc, end: number): boolean {
  const { text } = doc;
  const start = m.index;
  if (NOT_HOUSE_NUMBER.test(text.slice(Math.max(0, start - 8), start).toLowerCase())) return false;
  const words = m[2]!.trim().split(' ');
  if (words.some((w) => LOWER_WORDS.has(w))) return false;
  // Each street word as typed must start with a capital: read from the draft itself, since the
  // match is folded and an invisible character inside a word puts its offsets out of step.
  let n = 0;
  for (const w of text.slice(start, end).matchAll(/[^\s,]+/g)) if (n++ > 0 && !capAt(doc, start + w.index)) return false;
  return n === words.length + 2;
}

// Welsh street names put the kind of street first ("23 Heol Gwyn", "61 ffordd glyndŵr"): that word
// says it is a street, in any case.
const WELSH_STREET = /(?<![\w£$€.:/-])\d{1,4}[a-z]?,? (?:heol|ffordd|stryd|lon|clos|cwrt|rhodfa|maes|cilgant|teras|bryn)(?:'r)? (?:(?:y|yr) )?[a-z][a-z'-]+(?: (?:y|yr) [a-z][a-z'-]+)?\b/y;
/** Before a Welsh street's number, only what makes it no house number: "no. 14 Maes y Deri" and "number 48 Heol Hir" are addresses. */
const NOT_WELSH_HOUSE_NUMBER = /(?:year|yr|y|class|room|aged|age|under|over|top|page|ks)\s*$/;
const notAfterYear = (m: RegExpExecArray, doc: Doc): boolean => !NOT_WELSH_HOUSE_NUMBER.test(doc.text.slice(Math.max(0, m.index - 8), m.index).toLowerCase());

const AT_NUMBERS = new Triggers().add(STREET, new Set(), { digits: true, keep: check }).add(WELSH_STREET, new Set(), { digits: true, keep: notAfterYear });

/** Street addresses in the draft; worked out once and shared by the location and contact rules. */
export function findAddresses(doc: Doc, report: Report): void {
  // Kept on the draft itself: a WeakMap keyed by a new object every scan costs the garbage collector more.
  let spans = doc.addresses;
  if (!spans) {
    const list: [number, number][] = [];
    AT_NUMBERS.run(doc, (a, b) => list.push([a, b]));
    doc.addresses = spans = list;
  }
  for (const [a, b] of spans) report(a, b);
}
