import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule, { isPhoneNumber } from './telephone-format.ts';

/** The check as first written, cutting the digits out with replace: the reference. */
function referenceIsPhoneNumber(text: string): boolean {
  if (!/^\+?[0-9 ()\-.]+$/.test(text)) return false;
  const digits = text.replace(/[^0-9]/g, '');
  if (text.startsWith('+44')) return digits.length === 11 || digits.length === 12;
  if (text.startsWith('+')) return digits.length >= 7 && digits.length <= 15;
  return digits.startsWith('0') && (digits.length === 10 || digits.length === 11);
}

const contact = (telephone: string) => ({ contact: { name: 'Youth team', telephone } });

describe('telephone-format', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts a landline with spaces', { given: contact('0115 496 0214'), want: [] }],
    [
      'accepts an international UK number',
      { given: contact('+44 (0)115 496 0214'.replace('(0)', '')), want: [] },
    ],
    ['accepts a mobile with hyphens', { given: contact('07700-900123'), want: [] }],
    ['accepts a number abroad', { given: contact('+353 1 555 0123'), want: [] }],
    [
      'reports telephone_format_invalid for a number without its area code',
      {
        given: contact('496 0214'),
        want: [
          {
            code: 'telephone_format_invalid',
            severity: 'warning',
            instancePath: '/contact/telephone',
            params: { telephone: '496 0214' },
            message: "'496 0214' does not look like a phone number.",
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });

  it('tells phone numbers apart exactly as the replace version did', () => {
    const unit = fc.constantFrom(...'0123456789012345678900 +()-.x4');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 6, maxLength: 18, size: 'large' }), (text) => {
        expect(isPhoneNumber(text)).toBe(referenceIsPhoneNumber(text));
      }),
      { numRuns: 5000 },
    );
  });
});
