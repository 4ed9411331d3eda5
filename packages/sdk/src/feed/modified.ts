/**
 * An RPDE `modified` value: a number, or a `bigint` when it is above 2^53 and a double would
 * round it. Both compare exactly with `compareModified`.
 */
export type Modified = number | bigint;

/** Parses a `modified` / `afterTimestamp` value from a number, bigint or decimal string, keeping it exact. */
export function toModified(value: number | bigint | string): Modified {
  if (typeof value !== 'string') return value;
  if (!/^-?\d+$/.test(value)) throw new RangeError(`"${value}" is not an integer`);
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : BigInt(value);
}

/** Orders two `modified` values exactly, even when one is a number and the other a bigint. */
export function compareModified(a: Modified, b: Modified): number {
  // Mixed comparisons between number and bigint are exact in JavaScript.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** RPDE 1.0 §Ordering: items sort by `modified`, then by `id`. */
export function compareFeedOrder(
  a: { modified: Modified; id: string },
  b: { modified: Modified; id: string },
): number {
  return compareModified(a.modified, b.modified) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** RPDE 1.0 §Ordering: an item comes after a position when `modified > t OR (modified = t AND id > afterId)` — '>' not '>='. */
export function isAfterPosition(
  item: { modified: Modified; id: string },
  afterTimestamp: Modified,
  afterId: string,
): boolean {
  const byModified = compareModified(item.modified, afterTimestamp);
  return byModified > 0 || (byModified === 0 && item.id > afterId);
}
