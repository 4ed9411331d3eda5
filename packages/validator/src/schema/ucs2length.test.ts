import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ucs2length from './ucs2length.ts';

const ajvUcs2length = (
  createRequire(import.meta.url)('ajv/dist/runtime/ucs2length.js') as {
    default: (text: string) => number;
  }
).default;

describe('ucs2length', () => {
  it.each([
    ['plain text', { given: 'Youth club', want: 10 }],
    ['a surrogate pair as one character', { given: 'Fun 😀', want: 5 }],
    ['a lone surrogate as one character', { given: 'a\uD800b\uDC00', want: 4 }],
  ])('counts %s', (_name, { given, want }) => {
    expect(ucs2length(given)).toBe(want);
  });

  it('counts as ajv does, for any text', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'é', '😀', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(ucs2length(text)).toBe(ajvUcs2length(text));
      }),
      { numRuns: 2000 },
    );
  });
});
