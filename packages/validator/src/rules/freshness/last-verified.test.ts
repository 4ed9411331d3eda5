import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './last-verified.ts';

const notice = (code: string, severity: string, lastVerified: string, message: string): CheckedNotice =>
  ({
    code,
    severity,
    instancePath: '/lastVerified',
    params: { lastVerified, today: '2026-11-24' },
    message,
  }) as CheckedNotice;

describe('last-verified (judged on 2026-11-24)', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts a check last month', { given: { lastVerified: '2026-10-15' }, want: [] }],
    ['accepts a check exactly six months ago', { given: { lastVerified: '2026-05-24' }, want: [] }],
    [
      'reports last_verified_over_6_months after six months',
      {
        given: { lastVerified: '2026-05-23' },
        want: [
          notice(
            'last_verified_over_6_months',
            'warning',
            '2026-05-23',
            'The listing was last checked on 2026-05-23, more than six months ago.',
          ),
        ],
      },
    ],
    [
      'reports last_verified_over_12_months, and only that, after a year',
      {
        given: { lastVerified: '2025-06-15' },
        want: [
          notice(
            'last_verified_over_12_months',
            'warning',
            '2025-06-15',
            'The listing is stale: last checked on 2025-06-15, more than a year ago.',
          ),
        ],
      },
    ],
    [
      'reports last_verified_in_future for a date to come',
      {
        given: { lastVerified: '2027-01-15' },
        want: [
          notice(
            'last_verified_in_future',
            'error',
            '2027-01-15',
            'lastVerified (2027-01-15) is after today (2026-11-24).',
          ),
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
