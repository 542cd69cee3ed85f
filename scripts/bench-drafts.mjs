// What the engine benchmarks scan, shared by the Node run (bench.mjs) and the in-browser run
// (bench-browser.mjs) so both measure the same lists, drafts and baseline. No Node or DOM API here:
// the browser run bundles this file into the page.

// Deterministic pseudo-random so runs are comparable.
let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (a) => a[Math.floor(rand() * a.length)];

const FIRST = 'Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Florence Emily Ella Poppy Evie Elsie Charlotte Evelyn Sienna Daisy Ruby Harper Alice Matilda Phoebe Aria Maya Layla Zara Aisha Fatima Maryam Priya Chloe Megan Holly Jessica Noah Oliver George Arthur Muhammad Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo Alfie Jacob Thomas Finley Arlo William Lucas Roman Tommy Isaac Teddy Alexander Luca Edward James Joshua Albie Elijah Max Mohammed Reuben Mason Sebastian Rory Jude Louie Benjamin Ethan Adam Hugo Joseph Reggie Ronnie Louis Frankie Harrison Tyler Kacper Jakub Ayaan Zain Ibrahim Yusuf'.split(' ');
const LAST = 'Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson Evans Walker White Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner Martin Cooper Hill Ward Hughes Moore Clark King Harrison Lewis Baker Lee Allen Morris Khan Scott Watson Davis Parker James Bennett Young Phillips Richardson Mitchell Bailey Carter Cook Singh Shaw Bell Collins Morgan Kelly Begum Miller Cox Marshall Simpson Anderson Ellis Adams Wilkinson Ward Foster Chapman Powell Webb Rogers Gray Mason Ali Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murphy Dixon Richards Nowak Kowalski Okafor Adeyemi Osei Rossi Silva Chen Nguyen Ahmed Sharma'.split(' ');

/** n distinct "First Last" pupils. */
export function names(n) {
  const set = new Set();
  // Real lists repeat first names; after the real pairs run out, invent surnames so n is met.
  while (set.size < n) set.add(`${pick(FIRST)} ${set.size < FIRST.length * LAST.length * 0.6 ? pick(LAST) : pick(LAST) + '-' + pick(LAST)}`);
  return [...set];
}

const SENTENCES = [
  'Absolutely shattered after the Christmas fair but we raised loads for the PTA 🎄',
  'Lovely walk along the river this morning, the dog was in heaven.',
  'Does anyone know a good plumber? The boiler has packed in again!',
  'Roast dinner at my mum\u2019s then a film on the sofa, perfect Sunday.',
  'Will you be at the match on Sunday? Save me a seat x',
  'Hope everyone had a brilliant half term, back to reality tomorrow 😅',
  'So proud of my niece for passing her driving test first time!! 🚗',
  'The garden finally looks like a garden again after all that rain.',
  'Made a holly wreath for the front door, quite proud of it 🌿 #crafty',
  'Book club tonight, we are reading the new Richard Osman, no spoilers please.',
];

/** An everyday draft of `len` characters with a pupil's first name every ~7 sentences. */
export function draft(len, list) {
  let s = '';
  let i = 0;
  while (s.length < len) {
    s += pick(SENTENCES) + (i % 3 === 2 ? '\n' : ' ');
    // A name now and then, as in real drafts.
    if (++i % 7 === 0) s += `Well done ${pick(list).split(' ')[0]}! `;
  }
  return s.slice(0, len);
}

export const SCHOOL = ['Green Lane Community School'];

/** A time in µs for the tables: right-aligned, in ms from 1 ms up. */
export const f = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`).padStart(10);
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The naive baseline: one case-insensitive RegExp alternation of every full name and first name. */
export function naive(list) {
  const re = new RegExp(`\\b(?:${list.map(escape).join('|')}|${[...new Set(list.map((n) => n.split(' ')[0]))].map(escape).join('|')})\\b`, 'gi');
  return { scan: (t) => [...t.matchAll(re)] };
}

/**
 * The second baseline (issue 12): a plain keyword-list lookup over the same names. A Set of their
 * folded words and of each name's two-word form; a scan lower-cases the draft, splits it into words
 * and looks up every word and every pair of neighbours. No rules, no case, no typos.
 */
export function keywordSet(list) {
  const fold = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const set = new Set();
  for (const n of list) {
    const w = fold(n).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const x of w) set.add(x);
    for (let k = 0; k + 1 < w.length; k++) set.add(w[k] + ' ' + w[k + 1]);
  }
  const WORD = /[\p{L}\p{N}]+/gu;
  return {
    scan: (t) => {
      const found = [];
      let prev = '';
      for (const m of fold(t).matchAll(WORD)) {
        const w = m[0];
        if (set.has(w)) found.push(m.index);
        if (prev && set.has(prev + ' ' + w)) found.push(m.index);
        prev = w;
      }
      return found;
    },
  };
}

/**
 * For scale: the least any word-by-word scan in JavaScript can cost. One pass that encodes the
 * draft, hashes each word and looks it up once in a table of the list's words, and does nothing
 * else: no rules, no case, no findings.
 */
export function barePass(list) {
  const table = new Int32Array(1 << 14);
  const hashOf = (w) => { let h = 0; for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0; return h; };
  for (const w of new Set(list.flatMap((n) => n.toLowerCase().split(/[ -]/)))) {
    const h = hashOf(w) | 1;
    let slot = (h ^ (h >>> 16)) & (table.length - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (table.length - 1);
    table[slot] = h;
  }
  const cls = new Uint8Array(256);
  for (let c = 48; c < 58; c++) cls[c] = 1;
  for (let c = 65; c < 91; c++) cls[c] = cls[c + 32] = 1;
  const enc = new TextEncoder();
  const buf = new Uint8Array(1 << 17);
  return (text) => {
    const w = enc.encodeInto(text, buf).written;
    let hits = 0;
    for (let i = 0; i < w; ) {
      if (cls[buf[i]] === 0) { i++; continue; }
      let h = 0;
      while (i < w && cls[buf[i]] === 1) h = (Math.imul(h, 31) + (buf[i++] | 32)) | 0;
      h |= 1;
      for (let slot = (h ^ (h >>> 16)) & (table.length - 1); table[slot] !== 0; slot = (slot + 1) & (table.length - 1)) if (table[slot] === h) { hits++; break; }
    }
    return hits;
  };
}
