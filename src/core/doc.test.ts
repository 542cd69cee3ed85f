import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from './doc';
// Loads the rules, whose pattern tables put their trigger words ('at', 'my', …) into the shared lexicon.
import './index';
import { Lexicon, SHARED } from './lexicon';
import { foldCodePoint } from './normalise';
import type { Doc, Token } from './types';

const facts = (t: Token) => [t.start, t.end, t.norm, t.cap, t.allCaps, t.initial, t.tag, t.camel, t.poss, t.mask];
const all = (doc: Doc) => Array.from({ length: doc.tokens.length }, (_, k) => doc.tokens.get(k)!);

const lexicon = new Lexicon(SHARED);
const bit = lexicon.claim();
for (const w of ['ellie', 'smith', 'green', 'lane', 'greenlane', 'zoe', 'year6']) lexicon.mark(w, bit);

const words = fc.constantFrom('Ellie', 'ELLIE', 'ellie', "Ellie's", 'EllieSmith', '#GreenLane', '@green_lane', 'Zoë', 'Zoe\u0308', 'El\u200blie', 'Year6', 'y6', 'SW1A', '1AA', 'at', 'the', 'I', 'Will', 'mcDonald', 'x', '’s', 'é', 'ß', '😀', 'Ｅｌｌｉｅ', 'Ж');
const seps = fc.constantFrom(' ', '  ', '. ', ', ', '\n', '! ', '#', '@', "'", '’', ': ', '…', '"', '-', '/', '\u00a0', '\u200b');
const drafts = fc.oneof(
  fc.array(fc.tuple(words, seps), { maxLength: 30 }).map((xs) => xs.map(([w, s]) => w + s).join('')),
  fc.string({ unit: 'grapheme' }),
  fc.string(),
);

/**
 * The tokeniser reads UTF-8 bytes and keeps UTF-16 offsets; this is the same job done the obvious way,
 * one code point at a time over the string, to hold the fast one to.
 */
function reference(text: string): { start: number; end: number; norm: string }[] {
  const out: { start: number; end: number; norm: string }[] = [];
  const isWord = (f: string) => /^[\p{L}\p{N}]+$/u.test(f);
  let cur: { start: number; end: number; norm: string } | undefined;
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const f = foldCodePoint(cp);
    const word = cp <= 0xffff && !(cp >= 0xd800 && cp <= 0xdfff) && f !== '' && isWord(f);
    if (word) {
      cur ??= { start: i, end: i, norm: '' };
      cur.norm += f;
      cur.end = i + ch.length;
    } else if (f === '' && cur) cur.end = i + ch.length;
    else if (f !== '' && cur) {
      out.push(cur);
      cur = undefined;
    }
    i += ch.length;
  }
  if (cur) out.push(cur);
  // "Ellie's": the 's after an apostrophe right behind a word is that word's possessive, not a word.
  const kept: typeof out = [];
  for (const t of out) {
    const prev = kept[kept.length - 1];
    if (t.norm === 's' && prev && prev.end === t.start - 1 && "'’`".includes(text[t.start - 1]!)) continue;
    kept.push(t);
  }
  return kept;
}

describe('tokeniser', () => {
  it('finds the same words, offsets and folded forms as a plain code-point walk', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        const doc = makeDoc(text, lexicon);
        expect(all(doc).map((t) => ({ start: t.start, end: t.end, norm: t.norm }))).toEqual(reference(text).filter((t) => t.norm !== ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a reused draft the same words as a fresh one', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        const fresh = all(makeDoc(text, lexicon)).map(facts);
        expect(all(makeDoc(text, lexicon, true)).map(facts)).toEqual(fresh);
      }),
      { numRuns: 500 },
    );
  });

  it('reads capitals, tags, camel case, possessives and sentence starts', () => {
    const doc = makeDoc("Well done ELLIE's #GreenLane team. @greenlane EllieSmith, zoë", lexicon);
    const got = all(doc).map((t) => `${t.norm}${t.cap ? '^' : ''}${t.allCaps ? '!' : ''}${t.initial ? '<' : ''}${t.tag}${t.camel ? '~' : ''}${t.poss ? "'" : ''}`);
    expect(got).toEqual(['well^<', 'done', "ellie^!'", 'greenlane^#~', 'team', 'greenlane<@', 'elliesmith^~', 'zoe']);
  });

  it('lists trigger words as hot and capitalised or name words as notable', () => {
    const doc = makeDoc('Lovely to see ellie at the fair', lexicon);
    const toks = all(doc);
    expect(toks.filter((t) => t.mask & bit).map((t) => t.norm)).toEqual(['ellie']);
    const hot = doc.hot.map((i) => toks[i]!.norm);
    expect(hot).toContain('at');
    expect(hot).not.toContain('ellie');
    expect(doc.hotMasks).toEqual(doc.hot.map((i) => toks[i]!.mask));
    expect(doc.notable.map((i) => toks[i]!.norm)).toEqual(['lovely', 'ellie']);
  });
});
