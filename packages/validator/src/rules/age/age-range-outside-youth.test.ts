import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './age-range-outside-youth.ts';

describe('age-range-outside-youth', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts a range up to 25', { given: { ageRange: { minValue: 16, maxValue: 25 } }, want: [] }],
    [
      'reports age_range_above_25 when the range goes past 25',
      {
        given: { ageRange: { minValue: 16, maxValue: 30 } },
        want: [
          {
            code: 'age_range_above_25',
            severity: 'warning',
            instancePath: '/ageRange/maxValue',
            params: { maxValue: 30, limit: 25 },
            message: 'The age range goes up to 30, beyond 25.',
          },
        ],
      },
    ],
    [
      'reports age_range_not_youth, and only that, when the range starts past 25',
      {
        given: { ageRange: { minValue: 30, maxValue: 65 } },
        want: [
          {
            code: 'age_range_not_youth',
            severity: 'error',
            instancePath: '/ageRange/minValue',
            params: { minValue: 30, limit: 25 },
            message: 'The age range starts at 30, above 25: this is not an activity for young people.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
