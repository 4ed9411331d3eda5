/** Syllables in an English word, estimated from its vowel groups (the usual Flesch heuristic). */
function syllables(word: string): number {
  const cleaned = word.toLowerCase().replace(/[^a-z]/g, '');
  if (cleaned.length <= 3) return 1;
  const trimmed = cleaned.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/**
 * Flesch reading ease: 90+ is easy for an 11-year-old, 60 to 70 plain English, below 50 hard
 * (Flesch, 1948). Undefined for text too short to score fairly.
 */
export function fleschReadingEase(text: string): number | undefined {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length < 8) return undefined;
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim()).length);
  const syllableCount = words.reduce((total, word) => total + syllables(word), 0);
  return 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllableCount / words.length);
}
