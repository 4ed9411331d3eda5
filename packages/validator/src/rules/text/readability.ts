const WORD = /[A-Za-z][A-Za-z'’-]*/g;
const NOT_LETTER = /[^a-z]/g;

/** a, e, i, o, u and y, as lower-case character codes. */
const isVowel = (code: number) =>
  code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
/** The letters that keep a final "e" or "es" sounded: l and the vowels. */
const keepsE = (code: number) => code === 108 || isVowel(code);

/**
 * Syllables in an English word, estimated from its vowel groups (the usual Flesch heuristic): drop a
 * silent final -es, -ed or -e and a leading y, then count groups of one or two vowels. Counted by
 * character code because it runs on every word of every summary.
 */
function syllables(word: string): number {
  const lower = word.toLowerCase();
  const cleaned =
    lower.length === word.length && /^[a-z]*$/.test(lower) ? lower : lower.replace(NOT_LETTER, '');
  let end = cleaned.length;
  if (end <= 3) return 1;
  const last = cleaned.charCodeAt(end - 1);
  const before = cleaned.charCodeAt(end - 2);
  if (last === 115 && before === 101 && !keepsE(cleaned.charCodeAt(end - 3)))
    end -= 3; // -es
  else if (last === 100 && before === 101)
    end -= 2; // -ed
  else if (last === 101 && !keepsE(before)) end -= 2; // -e, with the letter before it
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
}

/**
 * Flesch reading ease: 90+ is easy for an 11-year-old, 60 to 70 plain English, below 50 hard
 * (Flesch, 1948). Undefined for text too short to score fairly.
 */
export function fleschReadingEase(text: string): number | undefined {
  const words = text.match(WORD) ?? [];
  if (words.length < 8) return undefined;
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim()).length);
  let syllableCount = 0;
  for (const word of words) syllableCount += syllables(word);
  return 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllableCount / words.length);
}
