import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './schedule-pattern.ts';

const base = { startTime: '10:00', scheduleTimezone: 'Europe/London' };
const given = (schedule: Record<string, unknown>) => ({ eventSchedule: [{ ...base, ...schedule }] });

describe('schedule-pattern', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    [
      'accepts a weekly schedule with days',
      { given: given({ repeatFrequency: 'P1W', byDay: ['Tuesday'] }), want: [] },
    ],
    [
      'accepts a monthly schedule by day of the month',
      { given: given({ repeatFrequency: 'P1M', byMonthDay: [15] }), want: [] },
    ],
    ['accepts a daily schedule without days', { given: given({ repeatFrequency: 'P1D' }), want: [] }],
    [
      'accepts a one-off date on its own day',
      { given: given({ startDate: '2027-02-06', byDay: ['Saturday'] }), want: [] },
    ],
    [
      'reports schedule_repeating_without_days for a weekly schedule with no byDay',
      {
        given: given({ repeatFrequency: 'P2W' }),
        want: [
          {
            code: 'schedule_repeating_without_days',
            severity: 'error',
            instancePath: '/eventSchedule/0',
            params: { repeatFrequency: 'P2W' },
            message: 'The schedule repeats (P2W) but does not say on which days.',
          },
        ],
      },
    ],
    [
      'reports schedule_one_off_without_date',
      {
        given: given({}),
        want: [
          {
            code: 'schedule_one_off_without_date',
            severity: 'error',
            instancePath: '/eventSchedule/0',
            params: {},
            message: 'This schedule has no repeatFrequency, so it is a one-off, but it has no date.',
          },
        ],
      },
    ],
    [
      'reports schedule_date_not_on_day when the date is another weekday',
      {
        given: given({ startDate: '2027-02-06', byDay: ['Friday'] }),
        want: [
          {
            code: 'schedule_date_not_on_day',
            severity: 'error',
            instancePath: '/eventSchedule/0/byDay',
            params: { date: '2027-02-06', day: 'Saturday', byDay: 'Friday' },
            message: '2027-02-06 is a Saturday, but byDay says Friday.',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
