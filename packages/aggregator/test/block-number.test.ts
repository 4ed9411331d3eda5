import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockNumber } from '../src/store/block-number.ts';

/** The last segment of an id or web page: no '/' and no '|'. */
const segment = fc.stringMatching(/^[\w.~-]*$/);
const publisherBits = (key: string) => Math.floor(blockNumber(key) / 2 ** 29);

describe('blockNumber', () => {
  it('gives every key a safe, non-negative integer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (key) => {
        const number = blockNumber(key);
        expect(Number.isSafeInteger(number) && number >= 0).toBe(true);
      }),
    );
  });

  it("gives one organiser's blocks, and ids and web pages under one path, the same top bits, so they sit together in the index", () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.string(), fc.string(), segment, segment, (url, a, b, c, d) => {
        expect(publisherBits(`id:${url}|${a}|Tuesday`)).toBe(publisherBits(`id:${url}|${b}|Monday`));
        expect(publisherBits(`id:${url}/listings/${c}`)).toBe(publisherBits(`id:${url}/listings/${d}`));
      }),
    );
    expect(publisherBits('id:https://a.example.org.uk/#org|BS59JB|Tuesday')).not.toBe(
      publisherBits('id:https://b.example.org.uk/#org|BS59JB|Tuesday'),
    );
  });

  it('numbers keys as earlier versions did: stores keep the numbers', () => {
    expect(blockNumber('id:https://example.org.uk/#org|BS59JB|Tuesday')).toBe(1246913544204681);
    expect(blockNumber('name:clifton youth|trust|BS59JB|Tuesday')).toBe(8821614854465774);
    expect(blockNumber('id:urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe(4542716792066228);
  });
});
