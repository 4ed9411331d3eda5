import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './consent-under-16.ts';

describe('consent-under-16', () => {
  it.each<[string, { given: Record<string, unknown>; omit?: string[]; want: CheckedNotice[] }]>([
    ['accepts a listing for under-16s that covers consent', { given: {}, want: [] }],
    [
      'accepts a listing for 16 and over without it',
      { given: { ageRange: { minValue: 16, maxValue: 25 } }, omit: ['consentAndAccompaniment'], want: [] },
    ],
    [
      'reports consent_missing_for_under_16 when 15-year-olds can come',
      {
        given: { ageRange: { minValue: 15, maxValue: 25 } },
        omit: ['consentAndAccompaniment'],
        want: [
          {
            code: 'consent_missing_for_under_16',
            severity: 'warning',
            instancePath: '',
            params: { minValue: 15 },
            message:
              'The listing is open from age 15 but does not say whether a parent must agree or who can come with them.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, omit, want }) => {
    expect(noticesOf(rule, given, omit)).toEqual(want);
  });
});
