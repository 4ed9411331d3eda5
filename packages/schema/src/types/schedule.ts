import { type Static, Type } from '@sinclair/typebox';
import {
  DateOnly,
  Duration,
  EnumList,
  GssCode,
  IntegerEnum,
  List,
  LocalTime,
  objectOptions,
  Ref,
  StringEnum,
  Text,
} from '../primitives.ts';
import { schemaId } from '../spec-version.ts';
import { AgeRange } from './age-range.ts';

export const DAYS_OF_WEEK = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export const REPEAT_FREQUENCIES = ['P1D', 'P1W', 'P2W', 'P3W', 'P4W', 'P1M'] as const;

export const SCHOOL_TERM_PATTERNS = ['term-time-only', 'school-holidays-only', 'all-year'] as const;

export const Schedule = Type.Object(
  {
    name: Type.Optional(
      Text(140, {
        description: 'A label when a listing has several schedules, such as an age group.',
        examples: ['Juniors (11 to 13)'],
      }),
    ),
    ageRange: Type.Optional(
      Ref(AgeRange, {
        description:
          "The ages this schedule is for, when a listing runs separate sessions for narrower age groups within the listing's own age range.",
      }),
    ),
    repeatFrequency: Type.Optional(
      StringEnum(REPEAT_FREQUENCIES, {
        description:
          'How often it repeats, as an ISO 8601 duration: P1W weekly, P2W fortnightly, P1M monthly (with `byMonthWeek` or `byMonthDay`), P1D daily. Leave out for a one-off date.',
        examples: ['P1W'],
      }),
    ),
    byDay: Type.Optional(
      EnumList(DAYS_OF_WEEK, {
        maxItems: 7,
        description: 'The days of the week it runs on.',
        examples: [['Tuesday', 'Thursday']],
      }),
    ),
    byMonthWeek: Type.Optional(
      Type.Array(IntegerEnum([1, 2, 3, 4, 5, -1], { description: 'A week of the month.' }), {
        minItems: 1,
        maxItems: 5,
        uniqueItems: true,
        description:
          'For monthly schedules: which week of the month, with `byDay`. 1 is the first, -1 the last (the first Saturday is `byDay: [Saturday], byMonthWeek: [1]`).',
        examples: [[1]],
      }),
    ),
    byMonthDay: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: 31 }), {
        minItems: 1,
        maxItems: 31,
        uniqueItems: true,
        description: 'For monthly schedules on a date: the days of the month.',
        examples: [[15]],
      }),
    ),
    startDate: Type.Optional(
      DateOnly({
        description:
          'For a one-off date, the date. For a repeating schedule, when the period it repeats in begins: sessions fall on the `byDay` days from this date on, and fortnightly or less frequent schedules count their weeks from the week of this date.',
        examples: ['2026-09-08'],
      }),
    ),
    endDate: Type.Optional(
      DateOnly({
        description:
          'The last date it runs on: when a repeating schedule stops, or the end of an event lasting several days.',
        examples: ['2027-07-20'],
      }),
    ),
    startTime: LocalTime({
      description: 'The local time it starts, HH:MM on the 24-hour clock, in `scheduleTimezone`.',
      examples: ['16:30'],
    }),
    endTime: Type.Optional(
      LocalTime({
        description: 'The local time it finishes, HH:MM on the 24-hour clock.',
        examples: ['18:00'],
        recommended: true,
      }),
    ),
    duration: Type.Optional(
      Duration({
        description: 'How long each session lasts, as an ISO 8601 duration, when there is no fixed end time.',
        examples: ['PT1H30M'],
      }),
    ),
    scheduleTimezone: Type.String({
      pattern: '^(UTC|[A-Za-z]+(/[A-Za-z0-9_+-]+)+)$',
      maxLength: 64,
      description: 'The IANA timezone the times are in. In the UK this is `Europe/London`.',
      examples: ['Europe/London'],
    }),
    schoolTerms: Type.Optional(
      StringEnum(SCHOOL_TERM_PATTERNS, {
        description:
          'Whether it follows the school year: `term-time-only` (stops in the holidays), `school-holidays-only`, or `all-year`.',
        examples: ['term-time-only'],
      }),
    ),
    schoolTermsArea: Type.Optional(
      GssCode({
        description:
          'The local authority whose school term dates it follows, by ONS GSS code, when `schoolTerms` is not `all-year`.',
        examples: ['E06000023'],
      }),
    ),
    exceptDate: Type.Optional(
      List(DateOnly({ description: 'A date with no session.' }), {
        maxItems: 366,
        uniqueItems: true,
        description: 'Dates it does not run, such as bank holidays or a cancelled session.',
        examples: [['2026-10-27', '2026-12-22']],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('schedule'),
    title: 'Schedule',
    description:
      'When a listing happens: a repeating pattern (weekly, fortnightly, monthly, in term time or in the holidays) or, with no `repeatFrequency`, a one-off date.',
  }),
);
export type Schedule = Static<typeof Schedule>;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
