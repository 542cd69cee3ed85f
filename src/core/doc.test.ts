import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc, tokenise } from './doc';
// Loads the rules, whose pattern tables put their trigger words ('at', 'my', …) into the shared lexicon.
import './index';
import { Lexicon, SHARED } from './lexicon';
import type { Doc, Token } from './types';

// The tokeniser has a fast path for drafts whose offsets line up (case flags worked out while the
// characters are read, words found in the lexicon by hash) and a general one. Both must agree.
const facts = (t: Token) => [t.start, t.end, t.norm, t.cap, t.allCaps, t.initial, t.tag, t.camel, t.poss, t.mask];
const general = (doc: Doc) => tokenise({ ...doc, aligned: false, tokens: [], hot: [], notable: [] });

const lexicon = new Lexicon(SHARED);
const bit = lexicon.claim();
for (const w of ['ellie', 'smith', 'green', 'lane', 'greenlane', 'zoe', 'year6']) lexicon.mark(w, bit);

const words = fc.constantFrom('Ellie', 'ELLIE', 'ellie', "Ellie's", 'EllieSmith', '#GreenLane', '@green_lane', 'Zoë', 'Year6', 'y6', 'SW1A', '1AA', 'at', 'the', 'I', 'Will', 'mcDonald', 'x', '’s', 'é', '😀', 'Ｅｌｌｉｅ');
const seps = fc.constantFrom(' ', '  ', '. ', ', ', '\n', '! ', '#', '@', "'", '’', ': ', '…', '"', '-', '/');
const drafts = fc.oneof(
  fc.array(fc.tuple(words, seps), { maxLength: 30 }).map((xs) => xs.map(([w, s]) => w + s).join('')),
  fc.string({ unit: 'grapheme' }),
  fc.string(),
);

describe('tokeniser', () => {
  it('finds the same words with the same facts on the fast path as on the general one', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        const doc = makeDoc(text, lexicon);
        if (!doc.aligned) return;
        expect(doc.tokens.map(facts)).toEqual(general(doc).map(facts));
      }),
      { numRuns: 2000 },
    );
  });

  it('lists trigger words as hot and capitalised or name words as notable', () => {
    const doc = makeDoc('Lovely to see ellie at the fair', lexicon);
    const marked = doc.tokens.filter((t) => t.mask & bit).map((t) => t.norm);
    expect(marked).toEqual(['ellie']);
    const hot = doc.hot.map((i) => doc.tokens[i]!.norm);
    expect(hot).toContain('at');
    expect(hot).not.toContain('ellie');
    expect(doc.hotMasks).toEqual(doc.hot.map((i) => doc.tokens[i]!.mask));
    expect(doc.notable.map((i) => doc.tokens[i]!.norm)).toEqual(['lovely', 'ellie']);
  });
});
