import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './geo-in-uk.ts';

const at = (postalCode: string, latitude: number, longitude: number) => ({
  location: { type: 'Place', address: { postalCode }, geo: { latitude, longitude } },
});

describe('geo-in-uk', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts Clifton, Nottingham, in NG', { given: at('NG11 8AQ', 52.9057, -1.1791), want: [] }],
    ['accepts Lerwick in ZE', { given: at('ZE1 0AA', 60.155, -1.145), want: [] }],
    ['accepts Ullapool in the wide IV area', { given: at('IV26 2UR', 57.895, -5.16), want: [] }],
    [
      'reports geo_outside_uk when latitude and longitude are swapped',
      {
        given: at('NG11 8AQ', -1.1791, 52.9057),
        want: [
          {
            code: 'geo_outside_uk',
            severity: 'error',
            instancePath: '/location/geo',
            params: { latitude: -1.1791, longitude: 52.9057 },
            message: 'The map position (-1.1791, 52.9057) is outside the UK.',
          },
        ],
      },
    ],
    [
      'reports geo_far_from_postcode for Bristol coordinates on a Nottingham postcode',
      {
        given: at('NG11 8AQ', 51.4545, -2.5879),
        want: [
          {
            code: 'geo_far_from_postcode',
            severity: 'warning',
            instancePath: '/location/geo',
            params: { postalCode: 'NG11 8AQ', area: 'NG', distanceKm: 203 },
            message: 'The map position is about 203 km from the NG postcode area of NG11 8AQ.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
