import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './location-geo.ts';

const place = { type: 'Place', name: 'Clifton Youth Hub', address: { postalCode: 'NG11 8AQ' } };

describe('location-geo', () => {
  it.each<[string, { given: Record<string, unknown>; omit?: string[]; want: CheckedNotice[] }]>([
    ['accepts a place with coordinates', { given: {}, want: [] }],
    [
      'accepts an online listing with no place',
      { given: { attendanceMode: 'online' }, omit: ['location'], want: [] },
    ],
    [
      'accepts an outreach service with areas served',
      { given: { areaServed: [{ code: 'E06000018' }] }, omit: ['location'], want: [] },
    ],
    [
      'reports location_geo_missing for a place without coordinates',
      {
        given: { location: place },
        want: [
          {
            code: 'location_geo_missing',
            severity: 'warning',
            instancePath: '/location',
            params: { postalCode: 'NG11 8AQ' },
            message: 'The place has no map position (postcode NG11 8AQ).',
          },
        ],
      },
    ],
    [
      'reports in_person_place_missing with neither place nor area',
      {
        given: {},
        omit: ['location'],
        want: [
          {
            code: 'in_person_place_missing',
            severity: 'warning',
            instancePath: '',
            params: { attendanceMode: 'in-person' },
            message: 'The listing is in-person but gives neither a location nor the areas it serves.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, omit, want }) => {
    expect(noticesOf(rule, given, omit)).toEqual(want);
  });
});
