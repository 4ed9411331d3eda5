import type { ReportBuilder } from '../report.ts';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty trimmed string, or undefined: published data never holds empty strings. */
export function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Text cut to `max` characters at a word boundary; the cut is reported as lost. */
export function boundedText(
  value: unknown,
  max: number,
  report: ReportBuilder,
  where: string,
  field: string,
): string | undefined {
  const text = textOf(value);
  if (text === undefined || text.length <= max) return text;
  report.lost(where, field, `Cut to ${max} characters: the rest of the text did not fit.`);
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https?:\/\//.test(value) || value.length > 2048) return false;
  return URL.canParse(value);
}

export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254;
}

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

export function escapePointer(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Drops keys whose value is undefined, so optional properties are left out, never null. */
export function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}

/** `T` with every property that may be undefined made optional instead. */
export type Compact<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** The first sentence (or the start) of a text, for a required short summary. */
export function firstSentence(text: string, max: number): string {
  const sentence = /^.+?[.!?](\s|$)/.exec(text)?.[0]?.trim() ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
