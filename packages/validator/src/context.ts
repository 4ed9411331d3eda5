/**
 * What a rule may know about the world. Rules never call `Date.now()`: tests pin `now`, and a
 * report says which day it judged "in the past" or "stale" against.
 */
export interface ValidationContext {
  now: Date;
  /** The IANA timezone "today" is counted in. */
  timeZone: string;
  locale: string;
  /** `now` as a calendar date (YYYY-MM-DD) in `timeZone`, for comparing with dates in listings. */
  today: string;
}

export function createContext(options: { now?: Date; timeZone?: string; locale?: string } = {}) {
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? 'Europe/London';
  return { now, timeZone, locale: options.locale ?? 'en-GB', today: calendarDate(now, timeZone) };
}

// Making a formatter costs about 0.3 ms, and a harvest makes a context for every page it checks.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a timezone, as YYYY-MM-DD. */
export function calendarDate(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}
