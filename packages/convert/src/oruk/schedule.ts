import type { DayOfWeek, Schedule } from '@openyouth/schema';
import { isDate, type JsonObject, textOf } from '../internal/values.ts';
import type { ReportBuilder } from '../report.ts';

/** iCalendar's two-letter day codes, as HSDS schedules (and ORUK's `day` filter) use them. */
export const DAY_CODES: Readonly<Record<string, DayOfWeek>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const CODE_OF_DAY = Object.fromEntries(Object.entries(DAY_CODES).map(([code, day]) => [day, code])) as Record<
  DayOfWeek,
  string
>;

// Fields of an HSDS schedule this mapping reads; anything else present is reported as lost.
const READ = new Set([
  'id',
  'service_id',
  'location_id',
  'service_at_location_id',
  'freq',
  'interval',
  'byday',
  'bymonthday',
  'dtstart',
  'valid_from',
  'until',
  'valid_to',
  'opens_at',
  'closes_at',
  'description',
]);

export const DEFAULT_TIMEZONE = 'Europe/London';

/** "10:00:00", "09:00:00Z", "09:00+01:00" → the local HH:MM and whether it was marked as UTC. */
function parseTime(value: unknown): { time: string; utc: boolean } | undefined {
  const text = textOf(value);
  const match = text && /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!match) return undefined;
  return { time: `${match[1]}:${match[2]}`, utc: match[3] === 'Z' };
}

function repeatFrequency(freq: string, interval: number): Schedule['repeatFrequency'] | undefined {
  if (freq === 'DAILY' && interval === 1) return 'P1D';
  if (freq === 'WEEKLY' && interval >= 1 && interval <= 4)
    return `P${interval}W` as Schedule['repeatFrequency'];
  if (freq === 'MONTHLY' && interval === 1) return 'P1M';
  return undefined;
}

/**
 * One HSDS 3 schedule (RFC 5545 RRULE parts plus opening times) as an OpenYouth schedule, or
 * undefined (reported) when it has no start time or repeats in a way we cannot say.
 */
export function hsdsScheduleToSchedule(
  source: JsonObject,
  where: string,
  report: ReportBuilder,
): Schedule | undefined {
  for (const [field, value] of Object.entries(source)) {
    if (!READ.has(field) && value !== undefined && value !== null && value !== '') {
      report.lost(where, field, `An HSDS schedule's '${field}' has no OpenYouth equivalent.`);
    }
  }
  const opens = parseTime(source.opens_at);
  if (!opens) {
    report.lost(
      where,
      'opens_at',
      'The schedule has no opening time (opens_at), which an OpenYouth schedule needs.',
    );
    return undefined;
  }
  const schedule: Schedule = {
    startTime: opens.time,
    scheduleTimezone: opens.utc ? 'UTC' : DEFAULT_TIMEZONE,
  };
  const closes = parseTime(source.closes_at);
  if (closes) schedule.endTime = closes.time;

  const days: DayOfWeek[] = [];
  const weeks: number[] = [];
  for (const part of (textOf(source.byday) ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(part.toUpperCase());
    const day = match?.[2] ? DAY_CODES[match[2]] : undefined;
    if (!match || !day) {
      report.lost(where, 'byday', `'${part}' is not a day this mapping understands (MO, 1SA, -1FR …).`);
      continue;
    }
    if (!days.includes(day)) days.push(day);
    const week = match[1] === undefined ? undefined : Number(match[1]);
    if (week !== undefined && [1, 2, 3, 4, 5, -1].includes(week) && !weeks.includes(week)) weeks.push(week);
  }
  if (days.length > 0) schedule.byDay = days;
  if (weeks.length > 0) schedule.byMonthWeek = weeks as NonNullable<Schedule['byMonthWeek']>;

  const monthDays = (textOf(source.bymonthday) ?? '')
    .split(',')
    .map((p) => Number(p.trim()))
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 31);
  if (monthDays.length > 0) schedule.byMonthDay = [...new Set(monthDays)];

  const freq = textOf(source.freq)?.toUpperCase() ?? (days.length > 0 ? 'WEEKLY' : undefined);
  if (freq) {
    const interval = typeof source.interval === 'number' ? source.interval : 1;
    const frequency = repeatFrequency(freq, interval);
    if (frequency === 'P1W' && days.length === 7 && weeks.length === 0) {
      // Weekly on every day is how the UK profile says daily (it has no DAILY).
      schedule.repeatFrequency = 'P1D';
      delete schedule.byDay;
    } else if (frequency) schedule.repeatFrequency = frequency;
    else report.lost(where, 'freq', `Repeating ${freq} every ${interval} has no OpenYouth equivalent.`);
  }

  const start = [source.dtstart, source.valid_from].find(isDate);
  const end = [source.until, source.valid_to].find(isDate);
  if (start) schedule.startDate = start as string;
  if (end) schedule.endDate = end as string;
  return schedule;
}

/** An OpenYouth schedule as an HSDS 3 schedule (ids are left to the caller). */
export function scheduleToHsds(schedule: Schedule): JsonObject {
  const frequency = schedule.repeatFrequency;
  const out: JsonObject = {};
  if (frequency === 'P1M') out.freq = 'MONTHLY';
  else if (frequency) {
    // The UK profile allows only WEEKLY and MONTHLY: daily is weekly on every day.
    out.freq = 'WEEKLY';
    out.interval = frequency === 'P1D' ? 1 : Number(frequency.slice(1, -1));
  }
  const byDay = frequency === 'P1D' && !schedule.byDay ? [...Object.values(DAY_CODES)] : schedule.byDay;
  if (byDay) {
    const weeks = schedule.byMonthWeek ?? [];
    out.byday = byDay
      .flatMap((day) =>
        weeks.length > 0 ? weeks.map((week) => `${week}${CODE_OF_DAY[day]}`) : [CODE_OF_DAY[day]],
      )
      .join(',');
  }
  if (schedule.byMonthDay) out.bymonthday = schedule.byMonthDay.join(',');
  if (schedule.startDate) {
    out.dtstart = schedule.startDate;
    out.valid_from = schedule.startDate;
  }
  if (schedule.endDate) {
    out.until = schedule.endDate;
    out.valid_to = schedule.endDate;
  }
  out.opens_at = `${schedule.startTime}${schedule.scheduleTimezone === 'UTC' ? 'Z' : ''}`;
  if (schedule.endTime)
    out.closes_at = `${schedule.endTime}${schedule.scheduleTimezone === 'UTC' ? 'Z' : ''}`;
  if (schedule.name) out.description = schedule.name;
  return out;
}
