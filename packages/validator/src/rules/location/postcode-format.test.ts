import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './postcode-format.ts';

const at = (postalCode: string, addressCountry?: string) => ({
  location: {
    type: 'Place',
    address: { postalCode, ...(addressCountry ? { addressCountry } : {}) },
    geo: { latitude: 52.9057, longitude: -1.1791 },
  },
});

describe('postcode-format', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts NG11 8AQ', { given: at('NG11 8AQ'), want: [] }],
    ['accepts a postcode without its space, in lower case', { given: at('ng118aq'), want: [] }],
    ['accepts a London postcode with a letter in the outward code', { given: at('EC1A 1BB'), want: [] }],
    ['leaves addresses outside the UK alone', { given: at('75001', 'FR'), want: [] }],
    [
      'reports postcode_format_invalid for a B typed for an 8',
      {
        given: at('NG11 BAQ'),
        want: [
          {
            code: 'postcode_format_invalid',
            severity: 'error',
            instancePath: '/location/address/postalCode',
            params: { postalCode: 'NG11 BAQ' },
            message: "'NG11 BAQ' is not a UK postcode.",
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
