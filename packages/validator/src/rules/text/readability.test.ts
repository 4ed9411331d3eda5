import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleschReadingEase } from './readability.ts';

/** The score as it was first written, with regular expressions, split and filter: the reference. */
function referenceReadingEase(text: string): number | undefined {
  const isVowel = (code: number) =>
    code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
  const keepsE = (code: number) => code === 108 || isVowel(code);
  const syllables = (word: string) => {
    const cleaned = word.toLowerCase().replace(/[^a-z]/g, '');
    let end = cleaned.length;
    if (end <= 3) return 1;
    const last = cleaned.charCodeAt(end - 1);
    const before = cleaned.charCodeAt(end - 2);
    if (last === 115 && before === 101 && !keepsE(cleaned.charCodeAt(end - 3))) end -= 3;
    else if (last === 100 && before === 101) end -= 2;
    else if (last === 101 && !keepsE(before)) end -= 2;
    let count = 0;
    let run = 0;
    for (let index = cleaned.charCodeAt(0) === 121 ? 1 : 0; index < end; index++) {
      if (isVowel(cleaned.charCodeAt(index))) run++;
      else if (run > 0) {
        count += (run + 1) >> 1;
        run = 0;
      }
    }
    count += (run + 1) >> 1;
    return Math.max(1, count);
  };
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length < 8) return undefined;
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim()).length);
  let syllableCount = 0;
  for (const word of words) syllableCount += syllables(word);
  return 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllableCount / words.length);
}

describe('fleschReadingEase', () => {
  it.each<[string, { given: string; want: number | undefined }]>([
    [
      'does not score fewer than eight words',
      { given: 'One two three four five six seven.', want: undefined },
    ],
    [
      'scores one sentence of short words as easy',
      { given: 'We play games and cook food at the club.', want: 206.835 - 1.015 * 9 - 84.6 * (9 / 9) },
    ],
    [
      'ends a sentence only at a stop followed by white space or the end',
      // Two sentences ("3.5" and "..." do not end one): 8 words, 9 syllables.
      {
        given: 'Costs 3.5 pounds...for food! Bring a friend along?',
        want: 206.835 - 1.015 * (8 / 2) - 84.6 * (9 / 8),
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(fleschReadingEase(given)).toBe(want);
  });

  it('scores any text exactly as the regular-expression version did', () => {
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', 'e', 'y', 's', 'd', 'l', 'T', 'E', 'Y', 'b', 'q') },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          ' ',
          '.',
          '!',
          '?',
          "'",
          '’',
          '-',
          '\n',
          '\t',
          '\u00a0',
          '\u2028',
          '\ufeff',
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom('3', ',', 'é', '😀', '\u200b', '\u0085', '\u180e') },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
    );
    fc.assert(
      fc.property(fc.string({ unit, minLength: 16, maxLength: 160, size: 'large' }), (text) => {
        expect(fleschReadingEase(text)).toBe(referenceReadingEase(text));
      }),
      { numRuns: 5000 },
    );
  });
});
