import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonExact, stringifyJsonExact } from '../src/index.ts';

describe('exact JSON', () => {
  it('reads any integer written in JSON back exactly, as a number when safe and a bigint when not', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), (value) => {
        const parsed = parseJsonExact(`{"modified":${value}}`) as { modified: number | bigint };
        expect(BigInt(parsed.modified)).toBe(value);
        const safe = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
        expect(typeof parsed.modified).toBe(safe ? 'number' : 'bigint');
      }),
    );
  });

  it('round-trips values with bigints through stringify and parse unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 64n }), (value, big) => {
        const document = { value, modified: big };
        const text = stringifyJsonExact(document);
        expect(text).toContain(`"modified":${big}`);
        expect(parseJsonExact(text)).toEqual({ value: parseJsonExact(JSON.stringify(value)), modified: big });
      }),
    );
  });

  it('reads a large integer exactly beside fractions of sixteen digits or more, which stay numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x))),
        fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 64n }),
        (coordinates, big) => {
          const text = `{"coordinates":${JSON.stringify(coordinates)},"modified":${big}}`;
          expect(parseJsonExact(text)).toEqual({
            coordinates: JSON.parse(JSON.stringify(coordinates)),
            modified: big,
          });
        },
      ),
    );
    expect(parseJsonExact('{"longitude":-2.5300000000000002,"modified":9007199254740995}')).toEqual({
      longitude: -2.5300000000000002,
      modified: 9007199254740995n,
    });
  });

  it.each([
    ['a fraction', '1.5', 1.5],
    ['an exponent', '1e21', 1e21],
    ['a large float', '12345678901234567890.5', Number('12345678901234567890.5')],
  ])('leaves %s as a number', (_name, text, want) => {
    expect(parseJsonExact(text)).toBe(want);
  });
});
