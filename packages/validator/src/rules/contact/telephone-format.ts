import { stringsOf } from '../../internal/walk-strings.ts';
import { defineRule } from '../define-rule.ts';

/**
 * A UK number has 10 or 11 digits starting 0 (9 or 10 after +44); other countries start with + and
 * a country code. Spaces, brackets, dots and hyphens are allowed between digits.
 */
export function isPhoneNumber(text: string): boolean {
  if (!/^\+?[0-9 ()\-.]+$/.test(text)) return false;
  // The digits are counted, not cut out: this runs on every phone number of every listing.
  let digits = 0;
  let firstDigit = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) continue;
    if (digits++ === 0) firstDigit = code;
  }
  if (text.startsWith('+44')) return digits === 11 || digits === 12;
  if (text.startsWith('+')) return digits >= 7 && digits <= 15;
  return firstDigit === 48 && (digits === 10 || digits === 11);
}

export default defineRule({
  id: 'telephone-format',
  notices: {
    telephone_format_invalid: {
      severity: 'warning',
      summary: 'A phone number does not look like a phone number people can dial.',
      fields: ['telephone'],
      examples: {
        failing: { listing: { contact: { name: 'Youth team', telephone: '496 0214 ext 3' } } },
        passing: { listing: { contact: { name: 'Youth team', telephone: '0115 496 0214' } } },
      },
    },
  },
  check({ listing }, emit) {
    const strings = stringsOf(listing);
    for (let index = 0; index < strings.count; index++) {
      if (strings.keys[index] !== 'telephone') continue;
      const text = strings.texts[index] as string;
      if (!isPhoneNumber(text)) emit('telephone_format_invalid', strings.pointer(index), { telephone: text });
    }
  },
});
