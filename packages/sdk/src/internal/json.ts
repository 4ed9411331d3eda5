// Node ≥ 21 passes the source text of each primitive to a reviver, and has JSON.rawJSON for the
// way back; TypeScript's ES2023 lib does not declare either yet.
type ReviverContext = { source?: string };
type JsonWithRaw = JSON & { rawJSON(text: string): unknown };

const INTEGER_LITERAL = /^-?\d+$/;
// 2^53 has 16 digits: text without an integer of 16 digits or more cannot hold one a double would
// round. Fractions are left out: computed coordinates such as -2.5300000000000002 are common.
const LONG_INTEGER = /(?<![\d.])\d{16,}(?![\d.eE])/;

/**
 * `JSON.parse`, except that integers too large for a double (above 2^53) become `bigint`s, so an
 * RPDE `modified` of 9007199254740995 stays exact instead of rounding to …992. Smaller integers
 * stay numbers. We chose the reviver's source access over a lossless parser library: it is
 * built into the runtime this package requires, and leaves every other value as `JSON.parse` does.
 */
export function parseJsonExact(text: string): unknown {
  // The reviver costs 1.5–5× JSON.parse (pnpm bench:sdk): skip it when no number could need it.
  if (!LONG_INTEGER.test(text)) return JSON.parse(text);
  return JSON.parse(text, function revive(
    this: unknown,
    _key: string,
    value: unknown,
    context?: ReviverContext,
  ) {
    if (
      typeof value === 'number' &&
      !Number.isSafeInteger(value) &&
      context?.source !== undefined &&
      INTEGER_LITERAL.test(context.source)
    ) {
      return BigInt(context.source);
    }
    return value;
  } as (key: string, value: unknown) => unknown);
}

/** `JSON.stringify` that writes `bigint`s as plain JSON numbers, digit for digit. */
export function stringifyJsonExact(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) =>
      typeof item === 'bigint' ? (JSON as JsonWithRaw).rawJSON(item.toString()) : item,
    space,
  );
}
