import { DAYS_OF_WEEK } from '@openyouth/schema';
import { defineRule } from '../define-rule.ts';

const base = { startTime: '17:00', endTime: '19:00', scheduleTimezone: 'Europe/London' };

/** The day of the week of a YYYY-MM-DD date, named as the standard names days. */
function dayOf(date: string): string | undefined {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? undefined : DAYS_OF_WEEK[(day + 6) % 7];
}

export default defineRule({
  id: 'schedule-pattern',
  notices: {
    schedule_repeating_without_days: {
      severity: 'error',
      summary: 'A repeating schedule does not say which days it falls on.',
      fields: ['repeatFrequency'],
      examples: {
        failing: { listing: { eventSchedule: [{ ...base, repeatFrequency: 'P1W' }] } },
        passing: { listing: { eventSchedule: [{ ...base, repeatFrequency: 'P1W', byDay: ['Tuesday'] }] } },
      },
    },
    schedule_one_off_without_date: {
      severity: 'error',
      summary: 'A one-off session (no repeatFrequency) has no date.',
      fields: [],
      examples: {
        failing: { listing: { eventSchedule: [{ ...base }] } },
        passing: { listing: { eventSchedule: [{ ...base, startDate: '2027-02-06' }] } },
      },
    },
    schedule_date_not_on_day: {
      severity: 'error',
      summary: "A one-off date falls on a different day of the week from the schedule's byDay.",
      fields: ['date', 'day', 'byDay'],
      examples: {
        failing: { listing: { eventSchedule: [{ ...base, startDate: '2027-02-06', byDay: ['Friday'] }] } },
        passing: { listing: { eventSchedule: [{ ...base, startDate: '2027-02-06', byDay: ['Saturday'] }] } },
      },
    },
  },
  check({ listing }, emit) {
    listing.eventSchedule?.forEach((item, index) => {
      const at = `/eventSchedule/${index}`;
      if (item.repeatFrequency === undefined) {
        if (!item.startDate) {
          emit('schedule_one_off_without_date', at);
          return;
        }
        const day = dayOf(item.startDate);
        if (item.byDay && day && !item.byDay.includes(day as (typeof DAYS_OF_WEEK)[number])) {
          emit('schedule_date_not_on_day', `${at}/byDay`, {
            date: item.startDate,
            day,
            byDay: item.byDay.join(', '),
          });
        }
        return;
      }
      // Daily schedules need no days; monthly ones may use days of the month instead.
      const hasDays =
        item.repeatFrequency === 'P1D' || item.byDay || (item.repeatFrequency === 'P1M' && item.byMonthDay);
      if (!hasDays) emit('schedule_repeating_without_days', at, { repeatFrequency: item.repeatFrequency });
    });
  },
});
