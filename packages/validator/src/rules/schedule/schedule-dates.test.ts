import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './schedule-dates.ts';

const weekly = (overrides: Record<string, unknown>) => ({
  eventSchedule: [
    {
      repeatFrequency: 'P1W',
      byDay: ['Tuesday'],
      startTime: '17:00',
      endTime: '19:00',
      scheduleTimezone: 'Europe/London',
      ...overrides,
    },
  ],
});

describe('schedule-dates', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    [
      'accepts dates and times in order',
      { given: weekly({ startDate: '2026-09-01', endDate: '2027-07-20' }), want: [] },
    ],
    [
      'reports schedule_end_date_before_start_date when the end date comes first',
      {
        given: weekly({ startDate: '2027-09-01', endDate: '2027-07-20' }),
        want: [
          {
            code: 'schedule_end_date_before_start_date',
            severity: 'error',
            instancePath: '/eventSchedule/0/endDate',
            params: { startDate: '2027-09-01', endDate: '2027-07-20' },
            message: 'The schedule ends (2027-07-20) before it starts (2027-09-01).',
          },
        ],
      },
    ],
    [
      'reports schedule_end_time_before_start_time for a 12-hour-clock slip',
      {
        given: weekly({ startTime: '17:00', endTime: '07:00' }),
        want: [
          {
            code: 'schedule_end_time_before_start_time',
            severity: 'error',
            instancePath: '/eventSchedule/0/endTime',
            params: { startTime: '17:00', endTime: '07:00' },
            message: 'Sessions finish (07:00) at or before they start (17:00).',
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
