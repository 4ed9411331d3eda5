/** Lower-case words of letters and digits, accents removed, so "Café" matches "cafe". */
export function tokenize(text: string): string[] {
  // Most text is ASCII: skip the (slow) Unicode normalisation for it.
  const words = /[\u0080-\uffff]/.test(text)
    ? text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
    : text.toLowerCase().split(/[^a-z0-9]+/);
  return words.filter((word) => word.length > 0);
}

/** Where a word appears counts for more in the name than in the summary, and more there than in the description. */
export const FIELD_WEIGHTS = { name: 3, summary: 2, description: 1 } as const;
