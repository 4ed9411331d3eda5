/**
 * The items of a JSON array text, found one at a time without parsing the whole text.
 *
 * Parsing a file of 100,000 listings in one `JSON.parse` keeps every listing alive until the last is
 * checked, and the garbage collector copies each of them out of the young generation; parsing item by
 * item lets each listing die young. Nothing here decides whether the text is JSON: a caller parses
 * each item's text with `JSON.parse`, and when every item parses, the text is a JSON array of exactly
 * those items (`[`, then items separated by commas, then `]`, with only white space around).
 */

/**
 * Texts shorter than this are parsed whole. Below some 25–40 MB (5,000–8,000 listings) one
 * `JSON.parse` was the faster here (bench/compare.ts): the young generation holds them, and finding
 * the items costs more than the copying it saves. Tests lower it to check small texts item by item.
 */
export const itemByItem = { minLength: 32 * 1024 * 1024 };

const isJsonWhiteSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** Where the text's first item starts (just after its `[`), or -1 when the text is not an array. */
export function arrayStart(text: string): number {
  let at = 0;
  while (isJsonWhiteSpace(text.charCodeAt(at))) at++;
  return text.charCodeAt(at) === 91 ? at + 1 : -1;
}

/** True when only JSON white space follows `from`. */
export function onlyWhiteSpaceFrom(text: string, from: number): boolean {
  for (let at = from; at < text.length; at++) if (!isJsonWhiteSpace(text.charCodeAt(at))) return false;
  return true;
}

/** The index of the quote that closes the string opened at `open`, or -1. */
function stringEnd(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    // A quote after an odd number of backslashes is escaped.
    let backslashes = 0;
    for (let at = quote - 1; text.charCodeAt(at) === 92; at--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/**
 * The index of the `,` or `]` that ends the item starting at `start`, at the array's own level:
 * brackets and braces inside the item are counted, and strings skipped by their quotes. -1 when the
 * text ends first or a bracket closes that was never opened.
 */
export function itemEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 34) {
      at = stringEnd(text, at);
      if (at < 0) return -1;
    } else if (code === 123 || code === 91) depth++;
    else if (code === 125 || code === 93) {
      if (depth === 0) return code === 93 ? at : -1;
      depth--;
    } else if (code === 44 && depth === 0) return at;
  }
  return -1;
}
