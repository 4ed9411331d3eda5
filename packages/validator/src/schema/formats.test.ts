import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date, dateTime, fullFormats, uri } from './formats.ts';

type Check = (text: string) => boolean;
const ajvFormats = (
  createRequire(import.meta.url)('ajv-formats/dist/formats.js') as {
    fullFormats: { date: { validate: Check }; 'date-time': { validate: Check }; uri: Check };
  }
).fullFormats;

/** Characters that matter to one of the formats, and some that matter to none. */
const NOISE = [...'0123456789-:.TtZz+ /?#@%[]aFxé"\t\n\u00a0\u2028\ufeff😀'];

/** A string built from `parts`, then edited in a few random places, to probe the edges of a format. */
function nearly(parts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'replace', 'delete'), fc.constantFrom(...NOISE));
  return fc.tuple(parts, fc.array(edit, { maxLength: 3 })).map(([text, edits]) => {
    let result = text;
    for (const [place, kind, character] of edits) {
      const at = place % (result.length + 1);
      const rest = kind === 'insert' ? result.slice(at) : result.slice(at + 1);
      result = result.slice(0, at) + (kind === 'delete' ? '' : character) + rest;
    }
    return result;
  });
}

const digits = (count: number, max = 10 ** count - 1) =>
  fc.integer({ min: 0, max }).map((n) => String(n).padStart(count, '0'));
const fullDate = fc
  .tuple(fc.oneof(digits(4), fc.constantFrom('2000', '1900', '2024', '2023')), digits(2, 14), digits(2, 33))
  .map((parts) => parts.join('-'));
const fullTime = fc
  .tuple(
    fc.oneof(digits(2, 25), fc.constant('23')),
    fc.oneof(digits(2, 61), fc.constantFrom('59', '00')),
    fc.oneof(digits(2, 62), fc.constant('60')),
    fc.constantFrom('', '.5', '.123456', '.', '.9999999999999999999'),
    fc.oneof(
      fc.constantFrom('Z', 'z', '', 'x', '+', '-0'),
      fc
        .tuple(
          fc.constantFrom('+', '-'),
          digits(2, 25),
          fc.constantFrom('', ':', ':0', '0'),
          fc.oneof(digits(2, 61), fc.constantFrom('', '00', '01', '59')),
        )
        .map((parts) => parts.join('')),
    ),
  )
  .map(([hour, minute, second, fraction, zone]) => `${hour}:${minute}:${second}${fraction}${zone}`);

const URI_CHARACTERS = [...'az09-._~!$&\'()*+,;=:@/?#%4aFG[]"<> é\u2028'];
const uriText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...URI_CHARACTERS), maxLength });
const anyUri = fc
  .tuple(
    fc.constantFrom('https', 'http', 'HTTPS', 'a+b-c.d', '1ab', '', 'mailto', 'urn'),
    fc.constantFrom('://', ':', ':/', '//', ':///'),
    fc.oneof(fc.constantFrom('example.org', 'a.b', '', 'user@host', '[::1]', '1.2.3.4'), uriText(12)),
    fc.constantFrom('', ':', ':8080', ':80a'),
    fc.oneof(fc.constantFrom('', '/', '/clubs/a', '/a%20b', '/a%2', '/a:b@c'), uriText(16)),
    fc.constantFrom('', '?', '?q=1&r=/x?', '?%zz'),
    fc.constantFrom('', '#', '#top', '#a#b', '#/x?y'),
  )
  .map((parts) => parts.join(''));

describe('formats', () => {
  it.each<[string, { check: Check; given: string; want: boolean }]>([
    ['date: a leap day in a leap year', { check: date, given: '2024-02-29', want: true }],
    ['date: a leap day in 1900', { check: date, given: '1900-02-29', want: false }],
    ['date: the 31st of April', { check: date, given: '2026-04-31', want: false }],
    ['date-time: with an offset', { check: dateTime, given: '2026-11-24T12:00:00+01:00', want: true }],
    ['date-time: without an offset', { check: dateTime, given: '2026-11-24T12:00:00', want: false }],
    ['date-time: a leap second in UTC', { check: dateTime, given: '2016-12-31T23:59:60Z', want: true }],
    [
      'date-time: a leap second an hour out',
      { check: dateTime, given: '2016-12-31T23:59:60+01:00', want: false },
    ],
    // ajv-formats' arithmetic takes 00:00:60 at one minute ahead for 23:59:60 UTC, a day out.
    [
      'date-time: a leap second a minute ahead',
      { check: dateTime, given: '1998-12-31T00:00:60+00:01', want: true },
    ],
    [
      'date-time: a space between date and time',
      { check: dateTime, given: '2026-11-24 12:00:00.5z', want: true },
    ],
    ['uri: a web address', { check: uri, given: 'https://example.org:8080/a/b?c=d#e', want: true }],
    ['uri: a web address with a space', { check: uri, given: 'https://example.org/a b', want: false }],
    ['uri: a web address with a bad escape', { check: uri, given: 'https://example.org/a%2g', want: false }],
    ['uri: an email address', { check: uri, given: 'mailto:club@example.org', want: true }],
    ['uri: an IPv6 host', { check: uri, given: 'http://[::1]/', want: true }],
  ])('%s', (_name, { check, given, want }) => {
    expect(check(given)).toBe(want);
  });

  it('are the ones the compiled schema code reads', () => {
    expect(fullFormats.date.validate).toBe(date);
    expect(fullFormats['date-time'].validate).toBe(dateTime);
    expect(fullFormats.uri).toBe(uri);
  });

  it.each<[string, Check, Check, fc.Arbitrary<string>]>([
    ['date', date, ajvFormats.date.validate, fc.oneof(nearly(fullDate), fc.string())],
    [
      'date-time',
      dateTime,
      ajvFormats['date-time'].validate,
      nearly(
        fc
          .tuple(fullDate, fc.constantFrom('T', 't', ' ', '\u2028', '\ufeff', 'x', 'TT'), fullTime)
          .map((parts) => parts.join('')),
      ),
    ],
    ['uri', uri, ajvFormats.uri, fc.oneof(nearly(anyUri), fc.string())],
  ])('%s accepts and rejects exactly what ajv-formats does', (_name, ours, theirs, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        expect(ours(text)).toBe(theirs(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
