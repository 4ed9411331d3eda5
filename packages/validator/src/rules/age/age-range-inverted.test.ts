import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './age-range-inverted.ts';

describe('age-range-inverted', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts a range from young to old', { given: { ageRange: { minValue: 11, maxValue: 16 } }, want: [] }],
    ['accepts a single age', { given: { ageRange: { minValue: 11, maxValue: 11 } }, want: [] }],
    [
      'reports age_range_inverted when min > max',
      {
        given: { ageRange: { minValue: 16, maxValue: 11 } },
        want: [
          {
            code: 'age_range_inverted',
            severity: 'error',
            instancePath: '/ageRange',
            params: { minValue: 16, maxValue: 11 },
            message: 'The youngest age (16) is greater than the oldest age (11).',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
