import { defineRule } from '../define-rule.ts';

const schedule = (overrides: Record<string, unknown>) => ({
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

export default defineRule({
  id: 'schedule-dates',
  notices: {
    schedule_end_date_before_start_date: {
      severity: 'error',
      summary: 'A schedule ends before it starts.',
      fields: ['startDate', 'endDate'],
      examples: {
        failing: { listing: schedule({ startDate: '2027-09-01', endDate: '2027-07-20' }) },
        passing: { listing: schedule({ startDate: '2026-09-01', endDate: '2027-07-20' }) },
      },
    },
    schedule_end_time_before_start_time: {
      severity: 'error',
      summary: 'A session finishes at or before the time it starts.',
      fields: ['startTime', 'endTime'],
      examples: {
        failing: { listing: schedule({ startTime: '19:00', endTime: '17:00' }) },
        passing: { listing: schedule({ startTime: '17:00', endTime: '19:00' }) },
      },
    },
  },
  check({ listing }, emit) {
    listing.eventSchedule?.forEach((item, index) => {
      if (item.startDate && item.endDate && item.endDate < item.startDate) {
        emit('schedule_end_date_before_start_date', `/eventSchedule/${index}/endDate`, {
          startDate: item.startDate,
          endDate: item.endDate,
        });
      }
      // HH:MM strings compare in time order. Overnight sessions give a duration instead of an end time.
      if (item.endTime && item.endTime <= item.startTime) {
        emit('schedule_end_time_before_start_time', `/eventSchedule/${index}/endTime`, {
          startTime: item.startTime,
          endTime: item.endTime,
        });
      }
    });
  },
});
