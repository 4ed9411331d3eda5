import { DAYS_OF_WEEK, type DayOfWeek, REPEAT_FREQUENCIES, type Schedule } from '@openyouth/schema';
import { arrayOf, isObject, type JsonObject, textOf } from '../internal/values.ts';
import { DAY_CODES, DEFAULT_TIMEZONE } from '../oruk/schedule.ts';
import type { ReportBuilder } from '../report.ts';

const FREQUENCIES = new Set<string>(REPEAT_FREQUENCIES);

/** `https://schema.org/Tuesday`, `schema:Tuesday` or an iCal `TU` as a day name. */
export function dayOf(value: unknown): DayOfWeek | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const name = text.replace(/^(https?:\/\/schema\.org\/|schema:)/, '');
  return DAYS_OF_WEEK.find((day) => day === name) ?? DAY_CODES[name.toUpperCase()];
}

function time(value: unknown): string | undefined {
  const match = textOf(value) && /^([01]\d|2[0-3]):([0-5]\d)/.exec(String(value));
  return match ? `${match[1]}:${match[2]}` : undefined;
}

function date(value: unknown): string | undefined {
  const match = textOf(value) && /^(\d{4}-\d{2}-\d{2})/.exec(String(value));
  return match?.[1];
}

/** A schema.org/OpenActive (Partial)Schedule as an OpenYouth schedule; lost parts are reported. */
export function openActiveScheduleToSchedule(
  source: JsonObject,
  where: string,
  report: ReportBuilder,
): Schedule | undefined {
  const startTime = time(source.startTime);
  if (!startTime) {
    report.lost(where, 'startTime', 'The schedule has no start time, which an OpenYouth schedule needs.');
    return undefined;
  }
  const schedule: Schedule = {
    startTime,
    scheduleTimezone: textOf(source.scheduleTimezone) ?? DEFAULT_TIMEZONE,
  };
  const frequency = textOf(source.repeatFrequency);
  if (frequency && FREQUENCIES.has(frequency))
    schedule.repeatFrequency = frequency as NonNullable<Schedule['repeatFrequency']>;
  else if (frequency)
    report.lost(where, 'repeatFrequency', `Repeating every ${frequency} has no OpenYouth equivalent.`);
  const days = [
    ...new Set(
      arrayOf(source.byDay)
        .map(dayOf)
        .filter((d): d is DayOfWeek => !!d),
    ),
  ];
  if (days.length > 0) schedule.byDay = days;
  const monthDays = arrayOf(source.byMonthDay).filter(
    (n): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 31,
  );
  if (monthDays.length > 0) schedule.byMonthDay = [...new Set(monthDays)];
  const weeks = arrayOf(source.byMonthWeek).filter((n) =>
    [1, 2, 3, 4, 5, -1].includes(n as number),
  ) as NonNullable<Schedule['byMonthWeek']>;
  if (weeks.length > 0) schedule.byMonthWeek = [...new Set(weeks)] as NonNullable<Schedule['byMonthWeek']>;
  const start = date(source.startDate);
  const end = date(source.endDate);
  if (start) schedule.startDate = start;
  if (end) schedule.endDate = end;
  const endTime = time(source.endTime);
  if (endTime) schedule.endTime = endTime;
  if (typeof source.duration === 'string' && /^P/.test(source.duration)) schedule.duration = source.duration;
  const except = [
    ...new Set(
      arrayOf(source.exceptDate)
        .map(date)
        .filter((d): d is string => !!d),
    ),
  ];
  if (except.length > 0) schedule.exceptDate = except.slice(0, 366);
  for (const field of ['byMonth', 'repeatCount', 'idTemplate', 'urlTemplate', 'scheduledEventType']) {
    if (source[field] !== undefined)
      report.lost(where, field, `A schedule's '${field}' has no OpenYouth equivalent.`);
  }
  return schedule;
}

const localParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEFAULT_TIMEZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A date-time with an offset as the date and time on UK clocks, or undefined. */
function ukLocal(value: unknown): { date: string; time: string } | undefined {
  const text = textOf(value);
  if (!text || !/T\d{2}:\d{2}/.test(text)) return undefined;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return undefined;
  const parts = Object.fromEntries(localParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A single session (ScheduledSession, or an Event's own dates) as a one-off OpenYouth schedule. */
export function sessionToSchedule(session: JsonObject): Schedule | undefined {
  const start = ukLocal(session.startDate);
  if (!start) return undefined;
  const end = ukLocal(session.endDate);
  const schedule: Schedule = {
    startDate: start.date,
    startTime: start.time,
    scheduleTimezone: DEFAULT_TIMEZONE,
  };
  if (end) {
    if (end.date !== start.date) schedule.endDate = end.date;
    schedule.endTime = end.time;
  }
  return schedule;
}

/** Opening hours (FacilityUse `hoursAvailable`) as weekly schedules. */
export function openingHoursToSchedules(value: unknown, where: string, report: ReportBuilder): Schedule[] {
  return arrayOf(value).flatMap((spec, i) => {
    if (!isObject(spec)) return [];
    const startTime = time(spec.opens);
    const days = [
      ...new Set(
        arrayOf(spec.dayOfWeek)
          .map(dayOf)
          .filter((d): d is DayOfWeek => !!d),
      ),
    ];
    if (!startTime || days.length === 0) {
      report.lost(
        `${where}/${i}`,
        'hoursAvailable',
        'Opening hours without days and an opening time cannot be a schedule.',
      );
      return [];
    }
    const schedule: Schedule = {
      repeatFrequency: 'P1W',
      byDay: days,
      startTime,
      scheduleTimezone: DEFAULT_TIMEZONE,
    };
    const closes = time(spec.closes);
    if (closes) schedule.endTime = closes;
    const from = date(spec.validFrom);
    const through = date(spec.validThrough);
    if (from) schedule.startDate = from;
    if (through) schedule.endDate = through;
    return [schedule];
  });
}
