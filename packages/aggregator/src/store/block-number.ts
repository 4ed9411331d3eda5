/**
 * FNV-1a over a string's UTF-16 code units, 32 bits. A few lines rather than node:crypto: the
 * merge numbers about six keys per listing, and a one-shot MD5 of such a key costs three times
 * as much as both hashes here (1.2 µs against 0.4).
 */
function fnv1a(text: string, offsetBasis: number): number {
  let hash = offsetBasis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** What a publisher's keys share: the organiser of an organiser's block, an id or web page's path up to its last '/'. */
function publisherPart(key: string): string {
  const bar = key.indexOf('|');
  return bar >= 0 ? key.slice(0, bar) : key.slice(0, key.lastIndexOf('/') + 1);
}

/**
 * A dedupe block key as the number the embedded store indexes it by: 53 bits, a few bytes in
 * SQLite where the text took fifty, and exact in JavaScript. The top 24 bits hash the part one
 * publisher's keys share, so that a source's blocks sit together in the index as its text keys
 * did and a merge step writes to a few of its pages, not to pages all over it; the low 29 bits
 * hash the whole key. Two keys may get one number: the merge then looks at a few more items than
 * it needs to, and still decides with the keys themselves.
 */
export function blockNumber(key: string): number {
  return (fnv1a(publisherPart(key), 0x811c9dc5) >>> 8) * 2 ** 29 + (fnv1a(key, 0x050c5d1f) >>> 3);
}
