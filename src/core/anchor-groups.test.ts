import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus, loadSplit } from '../../test/corpus/evaluate';
import { makeDoc } from './doc';
import { createScanner } from './index';
import { Lexicon, SHARED } from './lexicon';
import { anchorGroups, anchoring, WordGate } from './regex';

// More anchor sets than the group masks have bits (regex.ts): these share bits with each other and
// with the rules' own sets, whose groups then stop being exact, so a word with the bit must itself
// be one of the set's. This file's modules are its own (vitest isolates test files), so the rules
// elsewhere keep their exact groups.
const extra = Array.from({ length: 40 }, (_, i) => new WordGate(new Set([`zzq${i}`, `zzr${i}`])));

afterEach(() => {
  anchoring.on = true;
});

describe('anchor groups past the bits of a mask', () => {
  it('are shared', () => {
    expect(anchorGroups()).toBeGreaterThan(40);
  });

  it('still tell one set from another that shares its bit', () => {
    // A scanner's own word table, as scan() reads drafts with (the shared one lists no hot words).
    const lexicon = new Lexicon(SHARED);
    for (let j = 0; j < extra.length; j++) {
      const doc = makeDoc(`nothing much zzr${j} today`, lexicon);
      expect(extra.map((g) => g.in(doc)).flatMap((yes, i) => (yes ? [i] : []))).toEqual([j]);
      expect(extra.map((g) => g.at(doc, 2)).flatMap((yes, i) => (yes ? [i] : []))).toEqual([j]);
      expect(extra[j]!.at(doc, 1)).toBe(false);
    }
  });

  // The rules' weak trigger words then wait for their own anchors through the words themselves.
  it.each([
    ['first corpus', loadCorpus(join(__dirname, '../../test/corpus'))],
    ['v2 dev split', loadSplit(join(__dirname, '../../test/corpus/v2'), 'dev')],
  ] as const)('find the same things with and without anchor words on every draft of the %s', (_name, { config, drafts }) => {
    const sc = createScanner(config);
    const differ = drafts.filter((d) => {
      anchoring.on = true;
      const fast = JSON.stringify(sc.scan(d.text));
      anchoring.on = false;
      return JSON.stringify(sc.scan(d.text)) !== fast;
    });
    anchoring.on = true;
    expect(drafts.length).toBeGreaterThan(300);
    expect(differ.map((d) => `${d.file}:${d.line}`)).toEqual([]);
  }, 60_000);
});
