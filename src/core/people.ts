// Who is on the other side of a Follow, Add friend or Message: the name and @handle a site shows,
// matched against the school's pupil and parent lists. Stricter than the draft rules, because the
// site shows a whole name rather than a word in a sentence: the full name, a nickname with the
// surname, or a handle built from them; a first name alone or a surname alone is never enough.
// Pure (no DOM, no browser API). Compiled once into maps keyed on surname, so a look-up costs a few
// map reads whatever the size of the lists.
import { foldCodePoint } from './normalise';
import { nameVariants } from './nicknames';

/** What the site shows: display name, @handle (with or without @). */
export interface Person { name?: string; handle?: string }
export interface PersonMatch { kind: 'pupil' | 'parent'; listed: string /* the entry as on the school's list */ }
export interface PeopleLists { pupils: string[]; parents: string[] }

interface Entry { kind: PersonMatch['kind']; listed: string }

/** Titles that go before a name on a list ("Mrs Priya Shah") or a profile ("Dr. Sam Lee"); never a first name. */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'revd', 'sir', 'dame', 'master', 'madam', 'mstr']);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Folded like the drafts (normalise.ts): lower case, accents and zero-width characters gone, apostrophes dropped inside a word. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldCodePoint(ch.codePointAt(0)!);
  return out.replace(/(\p{L})'(?=\p{L})/gu, '$1');
}

/** Words of a name, each split into its hyphenated parts: "Ellie-Mae Jones-Baker" → [["ellie","mae"],["jones","baker"]]. */
function words(text: string): string[][] {
  const out: string[][] = [];
  for (const w of fold(text).split(/[^\p{L}\p{N}'-]+/u)) {
    const parts = w.split(/['-]+/).filter((p) => LETTER.test(p));
    if (parts.length) out.push(parts);
  }
  while (out.length > 1 && out[0]!.length === 1 && TITLES.has(out[0]![0]!)) out.shift();
  return out;
}

/** "Shah, Priya" (as a list or a profile may put it) reads as "Priya Shah". */
function flip(text: string): string {
  const m = /^\s*([^,]+),\s*([^,]+?)\s*$/.exec(text);
  return m ? `${m[2]} ${m[1]}` : text;
}

/**
 * Pieces of a handle: split at anything that is not a letter (digits, "_", "."), and at a lower-to-
 * upper change ("PriyaShah" → priya, shah). A one-letter piece is an initial the handle set apart
 * by a capital or a separator ("PriyaS2012", "priya_s"); "priyas" stays one piece.
 */
function handlePieces(handle: string): string[] {
  const pieces: string[] = [];
  let cur = '';
  let prev = '';
  for (const ch of handle) {
    const f = foldCodePoint(ch.codePointAt(0)!);
    if (f === '') continue; // zero-width and combining marks vanish
    if (!LETTER.test(ch)) {
      if (cur) pieces.push(cur);
      cur = '';
    } else {
      if (cur && UPPER.test(ch) && LOWER.test(prev)) {
        pieces.push(cur);
        cur = '';
      }
      cur += f.replace(/[^\p{L}]/gu, '');
    }
    prev = ch;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/**
 * The people one line of a list names, each as "First … Last": "Shah, Priya" → "Priya Shah";
 * "Jane & Tom Smith" or "Jane and Tom Smith" (one line for two parents) → both of them.
 */
export function listedNames(entry: string): string[] {
  const line = flip(entry);
  const pair = /^\s*(\S+)\s+(?:&|and|\+)\s+(\S+)\s+(.+)$/i.exec(line);
  return pair ? [`${pair[1]} ${pair[3]}`, `${pair[2]} ${pair[3]}`] : [line];
}

export type PeopleMatcher = (person: Person) => PersonMatch | null;

export function createPeopleMatcher(lists: PeopleLists): PeopleMatcher {
  const steps = peopleMatcherSteps(lists);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Names indexed between two pauses: about 2 ms of work, so a caller can run the build in slices. */
const PEOPLE_PER_STEP = 1_000;

/**
 * The matcher built a step at a time (a trust's 50,000 pupils and 50,000 parents take ~0.4 s), so a
 * page can build it while idle instead of on the first Follow press.
 */
export function* peopleMatcherSteps(lists: PeopleLists): Generator<void, PeopleMatcher, void> {
  /** Surname (or its joined-up form) → first name as listed → entry. */
  const bySurname = new Map<string, Map<string, Entry>>();
  /** First name as listed → first letters of the surnames, for "PriyaS2012". */
  const byInitial = new Map<string, Map<string, Entry>>();
  /** Every first name on the lists, as listed. */
  const firstNames = new Set<string>();

  const put = <K>(map: Map<string, Map<K, Entry>>, a: string, b: K, e: Entry) => {
    let inner = map.get(a);
    if (!inner) map.set(a, (inner = new Map<K, Entry>()));
    // Pupils are added first and keep the slot: someone on both lists is named as a pupil.
    if (!inner.has(b)) inner.set(b, e);
  };

  const add = (raw: unknown, kind: Entry['kind']) => {
    if (typeof raw !== 'string' || !raw.trim()) return;
    const listed = raw.trim();
    for (const name of listedNames(listed)) {
      const w = words(name);
      if (w.length < 2) continue; // one word is a first name or a surname: never enough on its own
      const first = w[0]!;
      const last = w[w.length - 1]!;
      const firsts = new Set([first[0]!, first.join('')]);
      // "Jones" or "Baker" alone for Jones-Baker: people drop half of a double-barrelled surname.
      const surnames = new Set([last.join(''), ...last]);
      const e: Entry = { kind, listed };
      for (const l of surnames) {
        if (l.length < 2) continue;
        for (const f of firsts) put(bySurname, l, f, e);
      }
      for (const f of firsts) put(byInitial, f, last[0]![0]!, e);
      for (const f of firsts) firstNames.add(f);
    }
  };
  let n = 0;
  for (const p of lists.pupils ?? []) {
    add(p, 'pupil');
    if (++n % PEOPLE_PER_STEP === 0) yield;
  }
  for (const p of lists.parents ?? []) {
    add(p, 'parent');
    if (++n % PEOPLE_PER_STEP === 0) yield;
  }

  /** The listed person with this first name (or a nickname of it) and this surname. */
  const pairOf = (first: string, last: string): Entry | undefined => {
    const inner = bySurname.get(last);
    if (!inner) return undefined;
    const hit = inner.get(first);
    if (hit) return hit;
    for (const v of nameVariants(first)) {
      const e = inner.get(v);
      if (e) return e;
    }
    return undefined;
  };

  /** "priyashah" or "shahpriya": every split of the letters into a first name and a surname. */
  const joinedOf = (s: string): Entry | undefined => {
    // "edward" is Edward, not Ed Ward: a handle that is only a first name names no one.
    if (firstNames.has(s) || nameVariants(s).length) return undefined;
    for (let k = 2; k <= s.length - 2; k++) {
      const a = s.slice(0, k), b = s.slice(k);
      const e = pairOf(a, b) ?? pairOf(b, a);
      if (e) return e;
    }
    return undefined;
  };

  const byName = (name: string): Entry | undefined => {
    const w = words(flip(name));
    if (w.length >= 2) {
      // The first word is the first name; the surname is any later word (middle names and
      // "Priya Shah | Mum of two" both leave it where it is).
      const first = w[0]!;
      const firsts = first.length > 1 ? [first[0]!, first.join('')] : [first[0]!];
      for (const f of firsts) {
        for (let j = 1; j < w.length; j++) {
          const parts = w[j]!;
          for (const l of parts.length > 1 ? [parts.join(''), ...parts] : parts) {
            const e = pairOf(f, l);
            if (e) return e;
          }
        }
      }
      return undefined;
    }
    // A display name written like a handle ("PriyaShah", "priya.shah"), but with no initial form.
    return !/\s/.test(name.trim()) ? byHandle(name, false) : undefined;
  };

  const byHandle = (handle: string, initials: boolean): Entry | undefined => {
    const pieces = handlePieces(handle.replace(/^[\s@＠]+/, ''));
    // Pieces the handle sets apart ("ed_ward", "Shah.Priya"), a middle piece or two between them.
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length && j < i + 4; j++) {
        const e = pairOf(pieces[i]!, pieces[j]!) ?? pairOf(pieces[j]!, pieces[i]!);
        if (e) return e;
      }
    }
    for (let i = 0; i < pieces.length; i++) {
      let joined = '';
      for (let j = i; j < pieces.length && j < i + 4; j++) {
        joined += pieces[j]!;
        const e = joinedOf(joined);
        if (e) return e;
      }
    }
    if (initials) {
      // "PriyaS2012", "priya_s": a first name (or its nickname) and the surname's initial, set apart.
      for (let i = 0; i + 1 < pieces.length; i++) {
        if (pieces[i + 1]!.length !== 1) continue;
        const f = pieces[i]!;
        for (const v of [f, ...nameVariants(f)]) {
          const e = byInitial.get(v)?.get(pieces[i + 1]!);
          if (e) return e;
        }
      }
    }
    return undefined;
  };

  if (bySurname.size === 0) return () => null;
  return (person: Person) => {
    const name = typeof person?.name === 'string' ? person.name : '';
    const handle = typeof person?.handle === 'string' ? person.handle : '';
    const e = (name && byName(name)) || (handle && byHandle(handle, true)) || undefined;
    return e ? { kind: e.kind, listed: e.listed } : null;
  };
}
