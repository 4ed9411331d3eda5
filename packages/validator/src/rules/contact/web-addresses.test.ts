import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './web-addresses.ts';

describe('web-addresses', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts https addresses on real domains', { given: {}, want: [] }],
    [
      'reports url_not_https for an http:// page',
      {
        given: { url: 'http://nottinghamyouthhubs.org.uk/clifton' },
        want: [
          {
            code: 'url_not_https',
            severity: 'warning',
            instancePath: '/url',
            params: { url: 'http://nottinghamyouthhubs.org.uk/clifton' },
            message: 'http://nottinghamyouthhubs.org.uk/clifton uses http:// rather than https://.',
          },
        ],
      },
    ],
    [
      'reports address_is_placeholder for an example.com email',
      {
        given: { contact: { email: 'youth@example.com' } },
        want: [
          {
            code: 'address_is_placeholder',
            severity: 'error',
            instancePath: '/contact/email',
            params: { address: 'youth@example.com' },
            message: 'youth@example.com is a placeholder, not a real address.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
