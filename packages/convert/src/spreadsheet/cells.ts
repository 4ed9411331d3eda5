import type { Column } from './columns.ts';

/** What a cell holds once the file format is set aside. */
export type CellValue = string | number | boolean | Date | undefined;

export type Parsed = { readonly value: unknown } | { readonly error: string };

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'twenty-one',
  'twenty-two',
  'twenty-three',
  'twenty-four',
  'twenty-five',
];
const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** A cell from exceljs (rich text, formulas, hyperlinks, errors) or csv-parse, as a plain value. */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') return raw.trim() === '' ? undefined : raw.trim();
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : String(raw);
  if (typeof raw === 'boolean' || raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const cell = raw as {
      richText?: { text?: unknown }[];
      result?: unknown;
      text?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText))
      return toCellValue(cell.richText.map((part) => String(part.text ?? '')).join(''));
    if ('result' in cell) return toCellValue(cell.result);
    if ('text' in cell) return toCellValue(cell.text);
    if ('error' in cell) return String(cell.error);
  }
  return String(raw);
}

const pad = (n: number) => String(n).padStart(2, '0');

function show(value: CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  return String(value);
}

function parseNumber(value: CellValue, column: Column, integer: boolean): Parsed {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number(value.replace(/^£/, '').replaceAll(',', ''))
        : Number.NaN;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(number))
    return checkInteger(number, value, column, integer);
  if (typeof value === 'number') return checkInteger(number, value, column, integer);
  const word = typeof value === 'string' ? NUMBER_WORDS.indexOf(value.trim().toLowerCase()) : -1;
  const hint = word >= 0 ? String(word) : String(column.example ?? (integer ? 11 : 2.5));
  return {
    error: `'${show(value)}' is not a number — write ${word >= 0 ? hint : `a number such as ${hint}`}`,
  };
}

function checkInteger(number: number, value: CellValue, column: Column, integer: boolean): Parsed {
  if (integer && !Number.isInteger(number)) {
    return {
      error: `'${show(value)}' is not a whole number — write a whole number such as ${String(column.example ?? Math.round(number))}`,
    };
  }
  return { value: number };
}

function parseDate(value: CellValue): Parsed {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // Spreadsheet dates carry no timezone; exceljs reads them as UTC midnight.
    return { value: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` };
  }
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (y && m && d) {
    const date = `${y}-${pad(Number(m))}-${pad(Number(d))}`;
    const parsed = new Date(`${date}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.getUTCDate() === Number(d)) return { value: date };
  }
  return { error: `'${show(value)}' is not a date — write it as 2026-09-08 (year-month-day) or 08/09/2026` };
}

function parseDateTime(value: CellValue): Parsed {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return { value: value.toISOString().replace('.000Z', 'Z') };
  const text = String(value).trim();
  if (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) &&
    !Number.isNaN(Date.parse(text))
  ) {
    return { value: text };
  }
  const date = parseDate(value);
  if ('value' in date) return { value: `${String(date.value)}T00:00:00Z` };
  return {
    error: `'${show(value)}' is not a date and time — write it as 2026-11-02T09:30:00Z, or just the date 2026-11-02`,
  };
}

function parseTime(value: CellValue): Parsed {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { value: `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` };
  }
  // A time typed into a number cell arrives as a fraction of a day.
  if (typeof value === 'number' && value >= 0 && value < 1) {
    const minutes = Math.round(value * 24 * 60);
    return { value: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
  }
  const match = /^(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(am|pm)?$/i.exec(String(value).trim());
  if (match) {
    let hours = Number(match[1]);
    const suffix = match[3]?.toLowerCase();
    if (suffix === 'pm' && hours < 12) hours += 12;
    if (suffix === 'am' && hours === 12) hours = 0;
    if (hours <= 23) return { value: `${pad(hours)}:${match[2]}` };
  }
  return { error: `'${show(value)}' is not a time — write it as 16:30 (24-hour clock)` };
}

function parseEnum(value: CellValue, column: Column): Parsed {
  const text = String(value).trim();
  const values = column.values ?? [];
  const found =
    values.find((v) => v.toLowerCase() === text.toLowerCase()) ?? column.labels?.get(text.toLowerCase());
  if (found) return { value: found };
  const near = values.filter((v) => v.includes(text.toLowerCase().split(/\s+/)[0] ?? '')).slice(0, 3);
  const choices = near.length > 0 ? near : values.slice(0, 5);
  return {
    error: `'${text}' is not one of the allowed values — choose from the drop-down list or the Instructions sheet, such as ${choices.map((c) => `'${c}'`).join(', ')}`,
  };
}

function parseOne(value: CellValue, column: Column): Parsed {
  switch (column.type) {
    case 'integer':
      return parseNumber(value, column, true);
    case 'number':
      return parseNumber(value, column, false);
    case 'boolean': {
      if (typeof value === 'boolean') return { value };
      const text = String(value).trim().toLowerCase();
      if (YES.has(text)) return { value: true };
      if (NO.has(text)) return { value: false };
      return { error: `'${show(value)}' is not yes or no — write yes or no` };
    }
    case 'date':
      return parseDate(value);
    case 'date-time':
      return parseDateTime(value);
    case 'time':
      return parseTime(value);
    case 'enum':
      return parseEnum(value, column);
    case 'text':
      return { value: value instanceof Date ? (parseDate(value) as { value: string }).value : String(value) };
  }
}

/** A cell's value for its column, or a plain-language error saying what to write instead. */
export function parseCell(raw: CellValue, column: Column): Parsed {
  if (raw === undefined) return { value: undefined };
  if (!column.list) return parseOne(raw, column);
  const parts =
    typeof raw === 'string'
      ? raw
          .split(/[,;\n]/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [raw];
  const values: unknown[] = [];
  for (const part of parts) {
    const parsed = parseOne(part, column);
    if ('error' in parsed) return parsed;
    if (!values.includes(parsed.value)) values.push(parsed.value);
  }
  return { value: values.length > 0 ? values : undefined };
}

/** A value as a cell: lists joined with commas, booleans as yes/no, everything else as is. */
export function formatCell(value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => formatCell(v)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value;
  return String(value);
}
