import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './telephone-format.ts';

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
});
