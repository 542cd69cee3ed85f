import { describe, expect, it } from 'vitest';
import { alignedNorm, lastHadVanishing, VANISHING } from './normalise';

describe('alignedNorm', () => {
  // The pattern tables skip their search for characters folding drops when alignedNorm saw none
  // (regex.ts dropVanishing): every such character must be seen, or a soft hyphen could hide a phrase.
  it('notes every character that folding drops, in any text that holds one', () => {
    const one = new RegExp(`^${VANISHING.source}$`, 'u');
    const missed: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!one.test(ch)) continue;
      alignedNorm(`Teach${ch}er’s day 😀`);
      if (!lastHadVanishing()) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  }, 60_000);

  it('says so when there is none', () => {
    alignedNorm('Plain text, an accent (café), a curly quote ’ and an emoji 😀');
    expect(lastHadVanishing()).toBe(false);
    alignedNorm('soft\u00ADhyphen');
    expect(lastHadVanishing()).toBe(true);
    alignedNorm('plain again');
    expect(lastHadVanishing()).toBe(false);
  });
});
