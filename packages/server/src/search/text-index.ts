import type { Listing } from '@openyouth/schema';
import { FIELD_WEIGHTS, tokenize } from './text.ts';

/**
 * An inverted index of the listings' words: for each word, the listings holding it, each with the
 * weight of the most important field it appears in (`position * 4 + weight`, one small integer,
 * so 100,000 listings cost arrays of numbers rather than 100,000 maps).
 */
export interface TextIndex {
  /** Typed arrays: the garbage collector need not look inside them. */
  postings: Map<string, Int32Array>;
  /** Every word, sorted, for prefix matching. */
  words: string[];
}

/** Builds the text index, pausing (`yield`) every `slice` listings so a caller can let other work run. */
export function* textIndexSteps(listings: readonly Listing[], slice: number): Generator<void, TextIndex> {
  const building = new Map<string, number[]>();
  const best = new Map<string, number>();
  for (const [position, listing] of listings.entries()) {
    if (position % slice === slice - 1) yield;
    best.clear();
    for (const field of ['description', 'summary', 'name'] as const) {
      const text = listing[field];
      if (!text) continue;
      const weight = FIELD_WEIGHTS[field];
      for (const word of tokenize(text)) if ((best.get(word) ?? 0) < weight) best.set(word, weight);
    }
    for (const [word, weight] of best) {
      const list = building.get(word);
      if (list) list.push(position * 4 + weight);
      else building.set(word, [position * 4 + weight]);
    }
  }
  const postings = new Map<string, Int32Array>();
  for (const [word, list] of building) postings.set(word, Int32Array.from(list));
  return { postings, words: [...postings.keys()].sort() };
}

/** The first index in a sorted array whose value is not less than `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as string) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Relevance of every listing that holds all the query's words, by position. A word matches a
 * listing's word exactly (scoring its field weight) or as its start, so "swim" finds "swimming"
 * (scoring half).
 */
export function scoreWords(index: TextIndex, queryWords: readonly string[]): Map<number, number> {
  let scores: Map<number, number> | undefined;
  for (const queryWord of queryWords) {
    const best = new Map<number, number>();
    const add = (word: string, factor: number) => {
      for (const posting of index.postings.get(word) ?? []) {
        const position = posting >> 2;
        const score = (posting & 3) * factor;
        if (score > (best.get(position) ?? 0)) best.set(position, score);
      }
    };
    add(queryWord, 1);
    for (let i = lowerBound(index.words, queryWord); i < index.words.length; i++) {
      const word = index.words[i] as string;
      if (!word.startsWith(queryWord)) break;
      if (word !== queryWord) add(word, 0.5);
    }
    if (!scores) {
      scores = best;
    } else {
      const previous = scores;
      scores = new Map();
      for (const [position, score] of best) {
        const earlier = previous.get(position);
        if (earlier !== undefined) scores.set(position, earlier + score);
      }
    }
    if (scores.size === 0) break;
  }
  return scores ?? new Map();
}
