const NEEDS_ESCAPE = /[~/]/;

/** One JSON Pointer reference token, escaped as RFC 6901 requires. */
export function escapeToken(token: string | number): string {
  const text = String(token);
  // Property names almost never hold ~ or /, and this runs for many of them per listing.
  return NEEDS_ESCAPE.test(text) ? text.replaceAll('~', '~0').replaceAll('/', '~1') : text;
}

/** The reference tokens of a JSON Pointer, unescaped; array indexes stay strings. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}
