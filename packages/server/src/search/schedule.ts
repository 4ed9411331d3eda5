import type { Listing } from '@openyouth/schema';

export type DayOfWeek = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

const WEEK: readonly DayOfWeek[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** One schedule reduced to what the day and time filters need: its days and minutes after midnight. */
export interface Slot {
  /** One bit per day, Sunday = 1 (as `dayBits` sets them): small, since there is one per schedule. */
  days: number;
  start: number;
  /** Absent when the schedule gives neither an end time nor a duration. */
  end?: number;
}

export const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/** Minutes in an ISO 8601 time duration such as PT1H30M; undefined when it has none. */
function durationMinutes(duration: string | undefined): number | undefined {
  const match = duration ? /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(duration) : null;
  if (!match || (!match[1] && !match[2])) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

/**
 * The days a schedule runs on: its `byDay`; every day for a daily one; for a one-off date
 * (no `repeatFrequency`) the weekday of that date.
 */
function daysOf(schedule: NonNullable<Listing['eventSchedule']>[number]): number {
  if (schedule.byDay?.length) return dayBits(schedule.byDay);
  if (schedule.repeatFrequency === 'P1D') return dayBits(WEEK);
  if (!schedule.repeatFrequency && schedule.startDate) {
    return 1 << new Date(`${schedule.startDate}T12:00:00Z`).getUTCDay();
  }
  return 0;
}

/** The bit mask of a list of days. */
export function dayBits(days: readonly DayOfWeek[]): number {
  let bits = 0;
  for (const day of days) bits |= 1 << WEEK.indexOf(day);
  return bits;
}

export function slotsOf(listing: Pick<Listing, 'eventSchedule'>): Slot[] {
  return (listing.eventSchedule ?? []).map((schedule) => {
    const start = minutesOf(schedule.startTime);
    const end = schedule.endTime
      ? minutesOf(schedule.endTime)
      : (() => {
          const minutes = durationMinutes(schedule.duration);
          return minutes === undefined ? undefined : start + minutes;
        })();
    return end === undefined ? { days: daysOf(schedule), start } : { days: daysOf(schedule), start, end };
  });
}

/**
 * True when one schedule satisfies the day and time filters together: on one of the days, starting
 * at or after `startsAfter`, ending at or before `endsBefore` (a schedule with no known end fails that).
 */
export function slotMatches(
  slot: Slot,
  filter: { days?: number; startsAfter?: number; endsBefore?: number },
): boolean {
  if (filter.days && !(slot.days & filter.days)) return false;
  if (filter.startsAfter !== undefined && slot.start < filter.startsAfter) return false;
  if (filter.endsBefore !== undefined && (slot.end === undefined || slot.end > filter.endsBefore))
    return false;
  return true;
}
