import type { Listing } from '@openyouth/schema';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ConvertError } from '../errors.ts';
import type { ListingsResult, OutputResult } from '../result.ts';
import { toCellValue } from './cells.ts';
import { type ReadSheetsOptions, readSheets, type SheetData, writeSheets } from './workbook.ts';

/** A CSV file holds one sheet; `Schedules` and `Prices` travel as sibling files. */
export interface CsvFiles {
  readonly listings: string;
  readonly schedules?: string;
  readonly prices?: string;
}

// CSV injection (OWASP): spreadsheet programs run a cell starting with = + - @ as a formula, so
// such text is written with a leading apostrophe, and the apostrophe is taken off when read.
const FORMULA_START = /^(?:[=@\t\r]|[+-][^0-9\s.])/;

function defuse(cell: unknown): unknown {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function restore(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function parseCsv(text: string, name: string): SheetData {
  try {
    const rows = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
    return { name, rows: rows.map((row) => row.map((cell) => toCellValue(restore(cell)))) };
  } catch (cause) {
    throw new ConvertError(
      'OY_ERR_CONVERT_SPREADSHEET',
      `The ${name} CSV could not be read: ${(cause as Error).message}. Check its quotes and try again.`,
      {
        cause,
      },
    );
  }
}

/** Reads listings from CSV files in the template's layout. */
export function csvToListings(files: CsvFiles, options: ReadSheetsOptions = {}): ListingsResult {
  const sheets = [parseCsv(files.listings, 'Listings')];
  if (files.schedules !== undefined) sheets.push(parseCsv(files.schedules, 'Schedules'));
  if (files.prices !== undefined) sheets.push(parseCsv(files.prices, 'Prices'));
  return readSheets(sheets, options);
}

function toCsv(sheet: SheetData): string {
  return stringify(
    sheet.rows.map((row) => row.map((cell) => (cell === undefined ? '' : defuse(cell)))) as unknown[][],
    {
      cast: { boolean: (value) => (value ? 'yes' : 'no') },
    },
  );
}

/** Listings as CSV files: the listings, and their schedules and prices as sibling files. */
export function listingsToCsv(listings: readonly Listing[]): OutputResult<Required<CsvFiles>> {
  const { output, report } = writeSheets(listings);
  const [listingsSheet, schedules, prices] = output as [SheetData, SheetData, SheetData];
  return {
    output: { listings: toCsv(listingsSheet), schedules: toCsv(schedules), prices: toCsv(prices) },
    report,
  };
}

/** Empty CSV templates, headers only. */
export function csvTemplate(): Required<CsvFiles> {
  return listingsToCsv([]).output;
}
