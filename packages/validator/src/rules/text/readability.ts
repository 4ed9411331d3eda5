import { isWhiteSpace } from '../../internal/white-space.ts';

/** a, e, i, o, u and y, as lower-case character codes. */
const isVowel = (code: number) =>
  code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
/** The letters that keep a final "e" or "es" sounded: l and the vowels. */
const keepsE = (code: number) => code === 108 || isVowel(code);

/** A-Z or a-z: a word starts with one. */
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** A letter, an apostrophe (' or ’) or a hyphen: a word goes on while it meets one. */
const isWordCharacter = (code: number) => isLetter(code) || code === 39 || code === 0x2019 || code === 45;

/** `.`, `!` or `?`: a run of them followed by white space or the end closes a sentence. */
const isStop = (code: number) => code === 46 || code === 33 || code === 63;

// The letters of the word being counted, lower-cased; reused, as this runs on every word of every summary.
const letters: number[] = [];

/**
 * Syllables in the English word `text.slice(start, end)` (letters, apostrophes and hyphens),
 * estimated from its vowel groups (the usual Flesch heuristic): drop a silent final -es, -ed or -e
 * and a leading y, then count groups of one or two vowels. Counted by character code, without
 * cutting the word out of the text, because it runs on every word of every summary.
 */
function syllables(text: string, start: number, end: number): number {
  let length = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    // Apostrophes and hyphens do not count; letters count lower-cased.
    if (isLetter(code)) letters[length++] = code | 32;
  }
  let last = length;
  if (last <= 3) return 1;
  const final = letters[last - 1] as number;
  const before = letters[last - 2] as number;
  if (final === 115 && before === 101 && !keepsE(letters[last - 3] as number))
    last -= 3; // -es
  else if (final === 100 && before === 101)
    last -= 2; // -ed
  else if (final === 101 && !keepsE(before)) last -= 2; // -e, with the letter before it
  let count = 0;
  let run = 0;
  for (let index = letters[0] === 121 ? 1 : 0; index < last; index++) {
    if (isVowel(letters[index] as number)) run++;
    else if (run > 0) {
      count += (run + 1) >> 1;
      run = 0;
    }
  }
  count += (run + 1) >> 1;
  return Math.max(1, count);
}

/**
 * Flesch reading ease: 90+ is easy for an 11-year-old, 60 to 70 plain English, below 50 hard
 * (Flesch, 1948). Undefined for text too short to score fairly.
 *
 * Words are runs of letters, apostrophes and hyphens starting with a letter; sentences are the
 * non-blank stretches between runs of `.`, `!` or `?` followed by white space or the end. Both are
 * counted in one scan of the text, without cutting it up, as this runs on every listing.
 */
export function fleschReadingEase(text: string): number | undefined {
  let words = 0;
  let syllableCount = 0;
  let sentences = 0;
  let sentenceHasText = false;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isLetter(code)) {
      const start = index;
      do index++;
      while (index < text.length && isWordCharacter(text.charCodeAt(index)));
      words++;
      syllableCount += syllables(text, start, index);
      sentenceHasText = true;
    } else if (isStop(code)) {
      let end = index + 1;
      while (end < text.length && isStop(text.charCodeAt(end))) end++;
      if (end === text.length || isWhiteSpace(text.charCodeAt(end))) {
        if (sentenceHasText) sentences++;
        sentenceHasText = false;
      } else sentenceHasText = true;
      index = end;
    } else {
      if (!isWhiteSpace(code)) sentenceHasText = true;
      index++;
    }
  }
  if (sentenceHasText) sentences++;
  if (words < 8) return undefined;
  return 206.835 - 1.015 * (words / Math.max(1, sentences)) - 84.6 * (syllableCount / words);
}
