import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './age-restriction-consistent.ts';

const range = { minValue: 10, maxValue: 19 };

describe('age-restriction-consistent', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    [
      'accepts a restriction wider than the range',
      { given: { ageRange: range, ageRestriction: { minValue: 8, maxValue: 25 } }, want: [] },
    ],
    [
      'reports age_restriction_inverted when the enforced min > max',
      {
        given: { ageRange: range, ageRestriction: { minValue: 18, maxValue: 10 } },
        want: [
          {
            code: 'age_restriction_inverted',
            severity: 'error',
            instancePath: '/ageRestriction',
            params: { minValue: 18, maxValue: 10 },
            message: 'The enforced minimum age (18) is greater than the enforced maximum age (10).',
          },
        ],
      },
    ],
    [
      'reports age_restriction_excludes_age_range when no suitable age may come',
      {
        given: { ageRange: { minValue: 10, maxValue: 13 }, ageRestriction: { minValue: 16 } },
        want: [
          {
            code: 'age_restriction_excludes_age_range',
            severity: 'error',
            instancePath: '/ageRestriction',
            params: { restriction: '16 to any', ageRange: '10 to 13' },
            message: 'The enforced ages (16 to any) shut out every age it suits (10 to 13).',
          },
        ],
      },
    ],
    [
      'reports age_restriction_narrower_than_age_range when some suitable ages may not come',
      {
        given: { ageRange: range, ageRestriction: { maxValue: 16 } },
        want: [
          {
            code: 'age_restriction_narrower_than_age_range',
            severity: 'warning',
            instancePath: '/ageRestriction',
            params: { restriction: 'any to 16', ageRange: '10 to 19' },
            message: 'The enforced ages (any to 16) shut out some of the ages it suits (10 to 19).',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
