const KEY_WIDTH = 40;

/**
 * RPDE `modified` values are non-negative integers that may exceed 2^53, so they are stored as
 * decimal strings padded to a fixed width: comparing two keys as text compares the numbers.
 */
export function modifiedKey(modified: string): string {
  if (!/^[0-9]{1,40}$/.test(modified)) {
    throw new RangeError(
      `modified must be a non-negative integer of at most ${KEY_WIDTH} digits, not '${modified}'`,
    );
  }
  return modified.replace(/^0+(?=.)/, '').padStart(KEY_WIDTH, '0');
}
