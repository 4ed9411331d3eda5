import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './all-dates-in-past.ts';

const base = { startTime: '10:00', scheduleTimezone: 'Europe/London' };

describe('all-dates-in-past (judged on 2026-11-24)', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    [
      'accepts a one-off date still to come',
      { given: { eventSchedule: [{ ...base, startDate: '2027-02-06' }] }, want: [] },
    ],
    [
      'accepts a weekly schedule with no end',
      {
        given: {
          eventSchedule: [{ ...base, repeatFrequency: 'P1W', byDay: ['Monday'], startDate: '2020-01-06' }],
        },
        want: [],
      },
    ],
    [
      'accepts old dates when sessions are by appointment',
      { given: { byAppointment: true, eventSchedule: [{ ...base, startDate: '2025-02-06' }] }, want: [] },
    ],
    [
      'reports listing_dates_all_past when every schedule has ended',
      {
        given: {
          eventSchedule: [
            { ...base, startDate: '2025-02-06' },
            {
              ...base,
              repeatFrequency: 'P1W',
              byDay: ['Monday'],
              startDate: '2025-09-01',
              endDate: '2026-07-20',
            },
          ],
        },
        want: [
          {
            code: 'listing_dates_all_past',
            severity: 'warning',
            instancePath: '/eventSchedule',
            params: { lastDate: '2026-07-20', today: '2026-11-24' },
            message:
              'Every date in the schedule is in the past (the last is 2026-07-20; today is 2026-11-24).',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
