import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './schedule-school-terms.ts';

const base = { startTime: '10:00', scheduleTimezone: 'Europe/London', schoolTermsArea: 'E06000018' };
const given = (schedule: Record<string, unknown>) => ({ eventSchedule: [{ ...base, ...schedule }] });

describe('schedule-school-terms', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    [
      'accepts a term-time schedule across the school year',
      {
        given: given({
          repeatFrequency: 'P1W',
          byDay: ['Tuesday'],
          startDate: '2026-09-01',
          endDate: '2027-07-20',
          schoolTerms: 'term-time-only',
        }),
        want: [],
      },
    ],
    [
      'accepts a holiday scheme in August',
      {
        given: given({
          repeatFrequency: 'P1D',
          startDate: '2027-08-02',
          endDate: '2027-08-06',
          schoolTerms: 'school-holidays-only',
        }),
        want: [],
      },
    ],
    [
      'reports schedule_term_time_only_in_holidays for a term-time event on Christmas Day',
      {
        given: given({ startDate: '2026-12-25', schoolTerms: 'term-time-only' }),
        want: [
          {
            code: 'schedule_term_time_only_in_holidays',
            severity: 'warning',
            instancePath: '/eventSchedule/0/schoolTerms',
            params: { startDate: '2026-12-25', endDate: '2026-12-25' },
            message:
              'The schedule is term-time-only, yet runs only from 2026-12-25 to 2026-12-25, when every UK school is on holiday.',
          },
        ],
      },
    ],
    [
      'reports schedule_school_terms_area_missing when the area is not given',
      {
        given: {
          eventSchedule: [
            {
              startTime: '10:00',
              scheduleTimezone: 'Europe/London',
              repeatFrequency: 'P1W',
              byDay: ['Monday'],
              schoolTerms: 'school-holidays-only',
            },
          ],
        },
        want: [
          {
            code: 'schedule_school_terms_area_missing',
            severity: 'warning',
            instancePath: '/eventSchedule/0/schoolTerms',
            params: { schoolTerms: 'school-holidays-only' },
            message: 'The schedule is school-holidays-only but does not say whose school terms it follows.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
