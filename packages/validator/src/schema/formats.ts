/**
 * ajv-formats' full formats, with `date`, `date-time` and `uri` checked by character code. The
 * compiled schema code calls these for every date and address of every listing, and ajv-formats'
 * versions cut strings up with `exec` and `split` (a kilobyte and a half of garbage per listing) or
 * run a 3 kB regular expression. They accept and reject exactly what ajv-formats' do: formats.test.ts
 * compares them on generated strings.
 */
import * as ajvFormats from 'ajv-formats/dist/formats.js';
import { isWhiteSpace } from '../internal/white-space.ts';

const original = ajvFormats.fullFormats;

const isDigit = (code: number) => code >= 48 && code <= 57;
/** Two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at);
  const units = text.charCodeAt(at + 1);
  return isDigit(tens) && isDigit(units) ? (tens - 48) * 10 + units - 48 : -1;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// RFC 3339 Appendix C.
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** RFC 3339 full-date at `start` to `start + 10` of `text`, as ajv-formats' `date` checks it. */
function isDateAt(text: string, start: number): boolean {
  const century = twoDigits(text, start);
  const yearInCentury = twoDigits(text, start + 2);
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  if (century < 0 || yearInCentury < 0 || month < 0 || day < 0) return false;
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return false;
  const year = century * 100 + yearInCentury;
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS[month] as number))
  );
}

export function date(text: string): boolean {
  return text.length === 10 && isDateAt(text, 0);
}

/**
 * RFC 3339 full-time from `start` to the end, with a required offset, as ajv-formats' strict `time`
 * checks it: `HH:MM:SS(.S+)?(Z|[+-]HH(:?MM)?)`, with 23:59:60 UTC allowed as a leap second.
 */
function isTimeAt(text: string, start: number): boolean {
  const hour = twoDigits(text, start);
  const minute = twoDigits(text, start + 3);
  const wholeSecond = twoDigits(text, start + 6);
  if (hour < 0 || minute < 0 || wholeSecond < 0) return false;
  if (text.charCodeAt(start + 2) !== 58 || text.charCodeAt(start + 5) !== 58) return false;
  let at = start + 8;
  let second = wholeSecond;
  if (text.charCodeAt(at) === 46) {
    const fraction = at + 1;
    at = fraction;
    while (isDigit(text.charCodeAt(at))) at++;
    if (at === fraction) return false;
    // Parsed as ajv-formats parses it: 59.9999999999999999 rounds to 60.
    second = Number(text.slice(start + 6, at));
  }
  const zone = text.charCodeAt(at);
  let sign = 1;
  let offsetHours = 0;
  let offsetMinutes = 0;
  if (zone === 90 || zone === 122) {
    // Z or z
    if (at + 1 !== text.length) return false;
  } else if (zone === 43 || zone === 45) {
    // + or -
    sign = zone === 45 ? -1 : 1;
    offsetHours = twoDigits(text, at + 1);
    if (offsetHours < 0) return false;
    const rest = text.length - (at + 3);
    if (rest === 0) offsetMinutes = 0;
    else if (rest === 2) offsetMinutes = twoDigits(text, at + 3);
    else if (rest === 3 && text.charCodeAt(at + 3) === 58) offsetMinutes = twoDigits(text, at + 4);
    else return false;
    if (offsetMinutes < 0) return false;
  } else return false; // no offset, or something after the time
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second: 23:59:60 in UTC.
  const utcMinute = minute - offsetMinutes * sign;
  const utcHour = hour - offsetHours * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/** ajv-formats splits at `t`, `T` or white space and wants exactly two parts: a date, then a time. */
export function dateTime(text: string): boolean {
  if (text.length < 19 || !isDateAt(text, 0)) return false;
  const separator = text.charCodeAt(10);
  return (separator === 84 || separator === 116 || isWhiteSpace(separator)) && isTimeAt(text, 11);
}

// RFC 3986 pchar and "/": unreserved, sub-delims, ":", "@" and "/", by code (the expression is case-insensitive).
const PATH_CHARACTER = new Uint8Array(128);
for (const character of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/")
  PATH_CHARACTER[character.charCodeAt(0)] = 1;
const isHex = (code: number) => isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isSchemeCharacter = (code: number) =>
  isLetter(code) || isDigit(code) || code === 43 || code === 45 || code === 46;

/**
 * True for `scheme:/` followed by path characters, `/` and %-escapes, then any query and fragment,
 * which is every web address the schema's `^https?://` lets through; undefined for anything else,
 * which ajv-formats' expression then decides. The expression accepts all of these: `scheme:/rest`
 * reads as an empty authority followed by path segments when `rest` starts with `/`, and as an
 * absolute path when it does not.
 */
function isPlainUri(text: string): true | undefined {
  const length = text.length;
  if (!isLetter(text.charCodeAt(0))) return undefined;
  let at = 1;
  while (at < length && isSchemeCharacter(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== 58 || text.charCodeAt(at + 1) !== 47) return undefined;
  // The query (from the first ?) allows what the path does and ?; the fragment the same, after one #.
  let fragment = false;
  for (at += 2; at < length; at++) {
    const code = text.charCodeAt(at);
    if ((code < 128 && PATH_CHARACTER[code] === 1) || code === 63) continue;
    if (code === 37 && isHex(text.charCodeAt(at + 1)) && isHex(text.charCodeAt(at + 2))) at += 2;
    else if (code === 35 && !fragment) fragment = true;
    else return undefined;
  }
  return true;
}

export function uri(text: string): boolean {
  return isPlainUri(text) ?? (original.uri as (text: string) => boolean)(text);
}

/** ajv-formats' full formats, as the compiled schema code reads them, with the three above in place. */
export const fullFormats = {
  ...original,
  date: { ...(original.date as object), validate: date },
  'date-time': { ...(original['date-time'] as object), validate: dateTime },
  uri,
};
