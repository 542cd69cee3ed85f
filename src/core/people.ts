// Who is on the other side of a friend/follow/message action, matched strictly against the school's
// lists. TEMPORARY minimal version written by contact-sites to the agreed interface; contact-core
// owns this file and its version replaces this one on merge.
import { nameVariants } from './nicknames';
import { foldCodePoint } from './normalise';

export interface Person { name?: string; handle?: string }
export interface PersonMatch { kind: 'pupil' | 'parent'; listed: string }
export interface PeopleLists { pupils: string[]; parents: string[] }

function fold(s: string): string {
  let out = '';
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0)!);
  return out;
}
const words = (s: string) => fold(s).split(/[^\p{L}\p{N}']+/u).map((w) => w.replace(/'/g, '')).filter(Boolean);

export function createPeopleMatcher(lists: PeopleLists): (person: Person) => PersonMatch | null {
  // "first surname" (and nickname forms) → entry; squashed handle forms → entry.
  const byName = new Map<string, PersonMatch>();
  const byHandle = new Map<string, PersonMatch>();
  const add = (kind: PersonMatch['kind'], listed: string) => {
    const w = words(listed);
    if (w.length < 2) return; // a single name is never enough here
    const first = w[0]!;
    const last = w[w.length - 1]!;
    const m: PersonMatch = { kind, listed };
    for (const f of [first, ...nameVariants(first)]) {
      if (!byName.has(`${f} ${last}`)) byName.set(`${f} ${last}`, m);
      for (const h of [f + last, last + f]) if (!byHandle.has(h)) byHandle.set(h, m);
    }
    // PriyaS, PShah: initial forms only with the full other half.
    for (const h of [first + last[0], first[0] + last]) if (!byHandle.has(h)) byHandle.set(h, m);
  };
  for (const n of lists.pupils) add('pupil', n);
  for (const n of lists.parents) add('parent', n);

  const fromName = (name: string): PersonMatch | null => {
    const w = words(name);
    if (w.length < 2) return null;
    // Extra middle names tolerated: first word with the last.
    return byName.get(`${w[0]} ${w[w.length - 1]}`) ?? null;
  };
  const fromHandle = (handle: string): PersonMatch | null => {
    const h = fold(handle.replace(/^@/, ''));
    // priya_shah10, priya.shah, PriyaS2012: separators and trailing digits carry no name.
    const squashed = h.replace(/[\d_.\-]+$/u, '').replace(/[_.\-]/g, '');
    if (squashed.length < 4) return null;
    return byHandle.get(squashed) ?? null;
  };
  return (person) => (person.name ? fromName(person.name) : null) ?? (person.handle ? fromHandle(person.handle) : null);
}
