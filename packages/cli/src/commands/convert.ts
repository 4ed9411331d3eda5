import { access, readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  type ConversionNotice,
  convertUrl,
  csvToListings,
  detectFormat,
  hasUnconvertedItems,
  type InputFormat,
  isConvertError,
  jsonLdScriptTag,
  type ListingsResult,
  listingsToCsv,
  listingsToFeedPage,
  listingsToJsonLd,
  listingsToOruk,
  listingsToXlsx,
  openActiveToListings,
  openYouthToListings,
  orukToListings,
  xlsxToListings,
} from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import { en, noticeCatalogue, SEVERITIES, type Severity } from '@openyouth/validator';
import type { Output } from '../internal/output.ts';
import { CONVERT_EXIT, FROM_FORMATS, type TO_FORMATS } from './choices.ts';

type ToFormat = (typeof TO_FORMATS)[number];

export interface ConvertOptions {
  from?: InputFormat;
  to?: ToFormat;
  output?: string;
  feed?: string;
  license?: string;
  baseUrl?: string;
  maxAge?: number;
  /** The date to judge "past" and "stale" against and to stamp undated listings with (YYYY-MM-DD or ISO date-time). */
  now?: string;
  /** Where to write the whole conversion report as JSON. */
  report?: string;
}

/** A problem that stops the command, said in a way the user can act on. */
class UsageError extends Error {}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The CSV files of one spreadsheet: `x.csv`, and `x.schedules.csv` / `x.prices.csv` beside it. */
async function readCsvFiles(path: string) {
  const stem = path.replace(/\.csv$/i, '');
  const sibling = async (suffix: string) =>
    (await exists(`${stem}.${suffix}.csv`)) ? readFile(`${stem}.${suffix}.csv`, 'utf8') : undefined;
  const [schedules, prices] = await Promise.all([sibling('schedules'), sibling('prices')]);
  return {
    listings: await readFile(path, 'utf8'),
    ...(schedules !== undefined ? { schedules } : {}),
    ...(prices !== undefined ? { prices } : {}),
  };
}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`${path}: no such file. Check the path and try again.`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${path}: not valid JSON (${(error as Error).message}). Fix the syntax and try again.`,
    );
  }
}

async function readInput(
  input: string,
  options: ConvertOptions,
  now: Date,
): Promise<{ format: InputFormat; result: ListingsResult }> {
  if (isUrl(input)) {
    if (options.from && options.from !== 'oruk' && options.from !== 'openactive') {
      throw new UsageError(
        `A URL can be an Open Referral UK API or an OpenActive RPDE feed, not ${options.from}: download the file and convert it.`,
      );
    }
    return convertUrl(input, {
      now,
      ...(options.from ? { from: options.from } : {}),
      ...(options.maxAge !== undefined ? { openEndedMaxAge: options.maxAge } : {}),
    });
  }
  if (!(await exists(input))) throw new UsageError(`${input}: no such file. Check the path and try again.`);
  const isSheet = /\.(xlsx|csv)$/i.test(input);
  const data = isSheet ? undefined : await readJson(input);
  const format = options.from ?? detectFormat(input, data);
  if (!format) {
    throw new UsageError(
      `${input}: could not tell what format this is. Say it with --from ${FROM_FORMATS.join('|')}.`,
    );
  }
  switch (format) {
    case 'spreadsheet':
      if (/\.csv$/i.test(input)) return { format, result: csvToListings(await readCsvFiles(input), { now }) };
      if (!/\.xlsx$/i.test(input))
        throw new UsageError(`${input}: a spreadsheet must be a .xlsx or .csv file.`);
      return { format, result: await xlsxToListings(await readFile(input), { now }) };
    case 'openactive':
      return {
        format,
        result: openActiveToListings(data, {
          now,
          ...(options.maxAge !== undefined ? { openEndedMaxAge: options.maxAge } : {}),
        }),
      };
    case 'oruk':
      if (!options.baseUrl) {
        throw new UsageError(
          "Open Referral UK services have UUIDs, but listing ids are web addresses: give the directory's address with --base-url https://…/",
        );
      }
      return { format, result: orukToListings(data, { baseUrl: options.baseUrl, now }) };
    case 'openyouth':
      return { format, result: openYouthToListings(data, { now }) };
  }
}

function toFormatOf(options: ConvertOptions): ToFormat {
  if (options.to) return options.to;
  const extension = extname(options.output ?? '').toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.csv') return 'csv';
  if (extension === '.jsonld' || extension === '.html') return 'jsonld';
  return 'openyouth';
}

/** Writes the converted listings; returns the notices of the writing step (fields lost). */
async function writeOutput(
  listings: Listing[],
  to: ToFormat,
  options: ConvertOptions,
  output: Output,
): Promise<{ files: string[]; report: ConversionNotice[] }> {
  const emit = async (text: string, path = options.output) => {
    if (path) await writeFile(path, text);
    else output.log(text);
    return path ? [path] : [];
  };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (to) {
    case 'openyouth':
      if (options.feed)
        return {
          files: await emit(
            json(
              listingsToFeedPage(listings, {
                feedUrl: options.feed,
                ...(options.license ? { license: options.license } : {}),
              }),
            ),
          ),
          report: [],
        };
      return { files: await emit(json(listings)), report: [] };
    case 'oruk': {
      const { output: services, report } = listingsToOruk(listings);
      return { files: await emit(json(services)), report };
    }
    case 'jsonld': {
      const { output: documents, report } = listingsToJsonLd(listings);
      // An .html output gets ready-to-paste <script type="application/ld+json"> elements.
      if (/\.html?$/i.test(options.output ?? '')) {
        return { files: await emit(`${documents.map((d) => jsonLdScriptTag(d)).join('\n')}\n`), report };
      }
      return { files: await emit(json(documents)), report };
    }
    case 'csv': {
      if (!options.output) throw new UsageError('Give a file to write the CSV to with -o listings.csv');
      const { output: files, report } = listingsToCsv(listings);
      const stem = options.output.replace(/\.csv$/i, '');
      const written = [options.output, `${stem}.schedules.csv`, `${stem}.prices.csv`];
      await Promise.all([
        writeFile(written[0] as string, files.listings),
        writeFile(written[1] as string, files.schedules),
        writeFile(written[2] as string, files.prices),
      ]);
      return { files: written, report };
    }
    case 'xlsx': {
      if (!options.output) throw new UsageError('Give a file to write the workbook to with -o listings.xlsx');
      const { output: workbook, report } = await listingsToXlsx(listings);
      await writeFile(options.output, workbook);
      return { files: [options.output], report };
    }
  }
}

const KIND_LABELS = {
  'not-convertible': 'not converted',
  invalid: 'invalid',
  lost: 'lost',
  assumed: 'check',
} as const;

/** One line per item left out, value wrong, field lost or value assumed; quality notices are grouped apart. */
function printReport(report: readonly ConversionNotice[], output: Output): void {
  for (const notice of report) {
    if (notice.kind === 'quality') continue;
    const where = notice.where === '' ? '(document)' : notice.where;
    output.error(
      `${KIND_LABELS[notice.kind]}: ${where}${notice.field && !notice.where.includes(`'${notice.field}'`) ? ` (${notice.field})` : ''}: ${notice.message}`,
    );
  }
}

const SEVERITY_TITLES: Record<Severity, string> = {
  error: 'Errors: must be fixed',
  warning: 'Warnings: should be fixed',
  info: 'Suggestions: could be better',
};
const SAMPLES_PER_CODE = 3;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The validator's notices on the listings that were kept, grouped by code as `openyouth validate` prints them. */
function printQuality(report: readonly ConversionNotice[], output: Output): void {
  const groups = new Map<string, ConversionNotice[]>();
  for (const notice of report) {
    if (notice.kind !== 'quality' || !notice.code) continue;
    groups.set(notice.code, [...(groups.get(notice.code) ?? []), notice]);
  }
  if (groups.size === 0) return;
  const catalogue = noticeCatalogue();
  const severityOf = (notices: ConversionNotice[]) => notices[0]?.severity ?? 'info';
  const sorted = [...groups].sort(([a], [b]) => a.localeCompare(b));
  output.error('Quality notices on the converted listings (from the validator; the listings were kept):');
  for (const severity of SEVERITIES) {
    const ofSeverity = sorted.filter(([, notices]) => severityOf(notices) === severity);
    if (ofSeverity.length === 0) continue;
    output.error(`\n${SEVERITY_TITLES[severity]}`);
    for (const [code, notices] of ofSeverity) {
      output.error(`\n  ${code} (${notices.length}): ${catalogue.get(code)?.summary ?? ''}`);
      for (const notice of notices.slice(0, SAMPLES_PER_CODE)) {
        output.error(`    ${notice.where || '(document)'} ${notice.instancePath || '/'}`);
        output.error(`      ${notice.message}`);
      }
      if (notices.length > SAMPLES_PER_CODE)
        output.error(`    … and ${notices.length - SAMPLES_PER_CODE} more`);
      const fix = en[code]?.fix;
      if (fix) output.error(`    How to fix: ${fix}`);
      output.error(`    More: docs/rules/${code}.md`);
    }
  }
  output.error('');
}

/** Counts of the report, by kind, and of the quality notices by severity. */
function countsOf(report: readonly ConversionNotice[]) {
  const count = (kind: ConversionNotice['kind']) => report.filter((n) => n.kind === kind).length;
  const quality = (severity: Severity) =>
    report.filter((n) => n.kind === 'quality' && n.severity === severity).length;
  return {
    notConvertible: count('not-convertible'),
    invalid: count('invalid'),
    lost: count('lost'),
    assumed: count('assumed'),
    quality: { error: quality('error'), warning: quality('warning'), info: quality('info') },
  };
}

function summaryLine(
  converted: number,
  format: InputFormat,
  to: ToFormat,
  files: readonly string[],
  counts: ReturnType<typeof countsOf>,
): string {
  const { error, warning, info } = counts.quality;
  const qualityTotal = error + warning + info;
  const bySeverity = [
    error ? plural(error, 'error') : '',
    warning ? plural(warning, 'warning') : '',
    info ? plural(info, 'suggestion') : '',
  ].filter(Boolean);
  return [
    `Converted ${plural(converted, 'listing')} from ${format} to ${to}`,
    files.length > 0 ? ` (${files.map((f) => basename(f)).join(', ')})` : '',
    `: ${plural(counts.notConvertible, 'item')} not converted, ${plural(counts.invalid, 'invalid value')}, `,
    `${plural(counts.lost, 'field')} lost, ${counts.assumed} to check; `,
    `${plural(qualityTotal, 'quality notice')}${bySeverity.length > 0 ? ` (${bySeverity.join(', ')}) — listed above` : ''}.`,
  ].join('');
}

function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--now ${text}: not a date. Write it as YYYY-MM-DD.`);
  return date;
}

/** `openyouth convert`: reads one input, converts it, writes it out, and says what did not travel. */
export async function convertCommand(
  input: string,
  options: ConvertOptions,
  output: Output,
): Promise<number> {
  try {
    const to = toFormatOf(options);
    const { format, result } = await readInput(input, options, parseNow(options.now));
    const written = await writeOutput(result.listings, to, options, output);
    const report = [...result.report, ...written.report];
    const counts = countsOf(report);
    printReport(report, output);
    printQuality(report, output);
    output.error(summaryLine(result.listings.length, format, to, written.files, counts));
    const exitCode = hasUnconvertedItems(report) ? CONVERT_EXIT.itemsNotConverted : CONVERT_EXIT.converted;
    if (options.report) {
      const document = {
        input,
        from: format,
        to,
        files: written.files,
        converted: result.listings.length,
        exitCode,
        counts,
        notices: report,
      };
      await writeFile(options.report, `${JSON.stringify(document, null, 2)}\n`);
    }
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError || isConvertError(error)) {
      output.error((error as Error).message);
      return CONVERT_EXIT.couldNotRun;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'ENOENT' || code === 'EISDIR') {
      output.error(`Could not write the output: ${(error as Error).message}`);
      return CONVERT_EXIT.couldNotRun;
    }
    throw error;
  }
}

/** Adds `openyouth convert` to the program; `setExitCode` receives the command's exit code. */
