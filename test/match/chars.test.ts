import { describe, expect, it } from 'vitest';
import { isWordCode } from '../../lib/match/chars';

describe('isWordCode agrees with [\\p{L}\\p{N}\\p{M}] on every BMP code unit outside surrogates', () => {
  it('for all 63,488 of them', () => {
    const re = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isWordCode(c) !== re.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
