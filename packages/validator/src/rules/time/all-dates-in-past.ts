import type { Schedule } from '@openyouth/schema';
import { defineRule } from '../define-rule.ts';

const base = { startTime: '10:00', endTime: '15:00', scheduleTimezone: 'Europe/London' };

/** The last date a schedule runs on, or undefined when it repeats with no end. */
function lastDate(schedule: Schedule): string | undefined {
  if (schedule.repeatFrequency) return schedule.endDate;
  return schedule.endDate ?? schedule.startDate;
}

export default defineRule({
  id: 'all-dates-in-past',
  notices: {
    listing_dates_all_past: {
      severity: 'warning',
      summary: 'Every date in the schedule is in the past: the listing looks finished.',
      fields: ['lastDate', 'today'],
      examples: {
        failing: { listing: { eventSchedule: [{ ...base, startDate: '2025-02-06' }] } },
        passing: { listing: { eventSchedule: [{ ...base, startDate: '2027-02-06' }] } },
      },
    },
  },
  check({ listing, today }, emit) {
    const schedules = listing.eventSchedule;
    if (!schedules || listing.byAppointment) return;
    let latest = '';
    for (const schedule of schedules) {
      const last = lastDate(schedule);
      if (last === undefined) return;
      if (last > latest) latest = last;
    }
    if (latest < today) emit('listing_dates_all_past', '/eventSchedule', { lastDate: latest, today });
  },
});
