/** One JSON Pointer reference token, escaped as RFC 6901 requires. */
export const escapeToken = (token: string | number) =>
  String(token).replaceAll('~', '~0').replaceAll('/', '~1');

/** The reference tokens of a JSON Pointer, unescaped; array indexes stay strings. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}
