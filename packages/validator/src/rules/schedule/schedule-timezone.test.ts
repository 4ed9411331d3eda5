import { describe, expect, it } from 'vitest';
import { type CheckedNotice, noticesOf } from '../../../test/helpers.ts';
import rule from './schedule-timezone.ts';

const zoned = (scheduleTimezone: string) => ({
  eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['Tuesday'], startTime: '17:00', scheduleTimezone }],
});

describe('schedule-timezone', () => {
  it.each<[string, { given: Record<string, unknown>; want: CheckedNotice[] }]>([
    ['accepts Europe/London', { given: zoned('Europe/London'), want: [] }],
    ['accepts UTC', { given: zoned('UTC'), want: [] }],
    [
      'reports schedule_timezone_unknown for a misspelt zone',
      {
        given: zoned('Europe/Londn'),
        want: [
          {
            code: 'schedule_timezone_unknown',
            severity: 'error',
            instancePath: '/eventSchedule/0/scheduleTimezone',
            params: { timezone: 'Europe/Londn' },
            message: "'Europe/Londn' is not a timezone.",
          },
        ],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(noticesOf(rule, given)).toEqual(want);
  });
});
