/** The start of a surrogate pair, the only case where a character is two UTF-16 code units. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * The length of a text in characters, as JSON Schema's minLength and maxLength count it: ajv's own
 * counting loop, taken only for text with a surrogate, as the schema code runs it on every string.
 */
export default function ucs2length(text: string): number {
  if (!HIGH_SURROGATE.test(text)) return text.length;
  let length = 0;
  for (let index = 0; index < text.length; index++, length++) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index++;
  }
  return length;
}
