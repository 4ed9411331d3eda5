import type { Listing } from '@openyouth/schema';
import type { ErrorObject } from 'ajv';
import { listingErrors } from '../check-listings.ts';
import { isObject, type JsonObject } from '../internal/values.ts';
import { ReportBuilder } from '../report.ts';
import type { ListingsResult, OutputResult } from '../result.ts';
import { type CellValue, formatCell, parseCell } from './cells.ts';
import { type Column, LINK_COLUMN, LISTINGS_SHEET, NOT_CARRIED, SHEETS, type SheetSpec } from './columns.ts';

/** One sheet as rows of cells; the first row holds the column titles. */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

export interface ReadSheetsOptions {
  /** `dateModified` for rows that leave 'Last changed' empty. */
  readonly now?: Date;
}

interface RowOrigin {
  readonly sheet: string;
  readonly row: number;
  readonly columns: ReadonlyMap<string, Column>;
}

function getPath(object: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), object);
}

function setPath(object: JsonObject, path: readonly string[], value: unknown): void {
  let target = object;
  for (const key of path.slice(0, -1)) {
    if (!isObject(target[key])) target[key] = {};
    target = target[key] as JsonObject;
  }
  target[path.at(-1) as string] = value;
}

function sheetNamed(
  sheets: readonly SheetData[],
  spec: SheetSpec,
  fallbackFirst: boolean,
): SheetData | undefined {
  return (
    sheets.find((s) => s.name.toLowerCase() === spec.name.toLowerCase()) ??
    (fallbackFirst ? sheets[0] : undefined)
  );
}

function isEmptyRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === undefined);
}

const where = (sheet: string, row: number, column?: Column) =>
  `Sheet '${sheet}', row ${row}${column ? `, column '${column.title}'` : ''}`;

/** Matches headers to columns by title or property path, ignoring case; unknown headers are reported. */
function headerColumns(sheet: SheetData, spec: SheetSpec, report: ReportBuilder): (Column | undefined)[] {
  const known = new Map<string, Column>();
  for (const column of spec.columns) {
    known.set(column.title.toLowerCase(), column);
    known.set(column.path.join('.').toLowerCase(), column);
  }
  return (sheet.rows[0] ?? []).map((header, i) => {
    if (header === undefined) return undefined;
    const column = known.get(String(header).trim().toLowerCase());
    if (!column) {
      report.lost(
        `Sheet '${sheet.name}', row 1, column ${i + 1}`,
        String(header),
        `'${String(header)}' is not a column of the template, so its values were not read.`,
      );
    }
    return column;
  });
}

interface ParsedRow {
  readonly object: JsonObject;
  readonly origin: RowOrigin;
  readonly ok: boolean;
}

function parseRows(sheet: SheetData, spec: SheetSpec, report: ReportBuilder): ParsedRow[] {
  const columns = headerColumns(sheet, spec, report);
  const byPath = new Map(spec.columns.map((c) => [c.path.join('.'), c]));
  const rows: ParsedRow[] = [];
  sheet.rows.slice(1).forEach((cells, index) => {
    if (isEmptyRow(cells)) return;
    const row = index + 2;
    const object: JsonObject = {};
    let ok = true;
    columns.forEach((column, i) => {
      if (!column) return;
      const parsed = parseCell(cells[i], column);
      if ('error' in parsed) {
        ok = false;
        report.invalid(where(sheet.name, row, column), column.title, parsed.error);
      } else if (parsed.value !== undefined) {
        setPath(object, column.path, parsed.value);
      }
    });
    rows.push({ object, origin: { sheet: sheet.name, row, columns: byPath }, ok });
  });
  return rows;
}

/** An ajv complaint in the words of the sheet: which row and column, the value, what to write. */
function describeSchemaError(
  error: ErrorObject,
  data: unknown,
  origins: (path: string[]) => { origin: RowOrigin; path: string[] },
  report: ReportBuilder,
): void {
  const pointer = error.instancePath.split('/').slice(1);
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
  const { origin, path } = origins(missing ? [...pointer, missing] : pointer);
  const prefix = `${path.join('.')}.`;
  const column =
    origin.columns.get(path.join('.')) ??
    origin.columns.get(path.slice(0, -1).join('.')) ??
    [...origin.columns.values()].find((c) => c.path.join('.').startsWith(prefix));
  const value = getPath(data, pointer);
  const title = column?.title ?? path.join('.');
  const shown = typeof value === 'object' ? '' : `'${String(value)}' `;
  const example =
    column?.example === undefined ? '' : ` — for example ${JSON.stringify(formatCell(column.example))}`;
  let message: string;
  switch (error.keyword) {
    case 'required':
      message = column ? 'is empty, and it is needed' : `needs '${title}' filled in`;
      break;
    case 'maxLength':
    case 'maxItems':
      message = `${shown}is too long: at most ${String(error.params.limit)} ${error.keyword === 'maxLength' ? 'characters' : 'values'}`;
      break;
    case 'minimum':
    case 'maximum':
      message = `${shown}must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(error.params.limit)}`;
      break;
    case 'format':
    case 'pattern':
      message = `${shown}is not in the right form${example}`;
      break;
    case 'minProperties':
      message = `fill in at least one of the '${title}' columns, or none of them`;
      break;
    default:
      message = `${shown}${error.message ?? 'is not allowed'}`;
  }
  report.invalid(where(origin.sheet, origin.row, column), title, message);
}

/**
 * Reads the Listings sheet and the sheets linked to it (Schedules, Prices) into listings. Every
 * bad cell, and every schema problem, is reported as sheet / row / column in plain language; a
 * listing with any problem is left out.
 */
export function readSheets(sheets: readonly SheetData[], options: ReadSheetsOptions = {}): ListingsResult {
  const report = new ReportBuilder();
  const main = sheetNamed(sheets, LISTINGS_SHEET, true);
  if (!main) return { listings: [], report: report.notices };
  const listingRows = parseRows(main, LISTINGS_SHEET, report);
  const byId = new Map(listingRows.map((r) => [String(r.object.id ?? ''), r]));
  const children = new Map<ParsedRow, { property: string; rows: ParsedRow[] }[]>();
  const failed = new Set<ParsedRow>(listingRows.filter((r) => !r.ok));

  for (const spec of SHEETS.slice(1)) {
    const sheet = sheetNamed(sheets, spec, false);
    if (!sheet || !spec.property) continue;
    for (const child of parseRows(sheet, spec, report)) {
      const id = String(child.object.listing ?? '');
      const parent = byId.get(id);
      if (!parent) {
        report.invalid(
          where(sheet.name, child.origin.row, LINK_COLUMN),
          LINK_COLUMN.title,
          id
            ? `'${id}' is not the ID of any listing in the Listings sheet — copy it from there`
            : "is empty — copy the listing's ID from the Listings sheet",
        );
        continue;
      }
      if (!child.ok) failed.add(parent);
      const groups = children.get(parent) ?? [];
      let group = groups.find((g) => g.property === spec.property);
      if (!group) {
        group = { property: spec.property, rows: [] };
        groups.push(group);
      }
      group.rows.push(child);
      children.set(parent, groups);
    }
  }

  const listings: Listing[] = [];
  for (const row of listingRows) {
    const listing: JsonObject = { type: 'Listing', ...row.object };
    if (isObject(listing.organizer)) listing.organizer = { type: 'Organization', ...listing.organizer };
    if (isObject(listing.location)) listing.location = { type: 'Place', ...listing.location };
    listing.dateModified ??= (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const groups = children.get(row) ?? [];
    for (const group of groups) {
      listing[group.property] = group.rows.map((child) => {
        const { listing: _link, ...item } = child.object;
        return item;
      });
    }
    if (failed.has(row)) {
      report.notConvertible(
        where(row.origin.sheet, row.origin.row),
        'This listing was left out because of the problems above.',
      );
      continue;
    }
    const errors = listingErrors(listing);
    if (errors.length === 0) {
      listings.push(listing as Listing);
      continue;
    }
    const origins = (path: string[]) => {
      const group = groups.find((g) => g.property === path[0]);
      const child = group ? group.rows[Number(path[1])] : undefined;
      return child ? { origin: child.origin, path: path.slice(2) } : { origin: row.origin, path };
    };
    for (const error of dedupe(errors)) describeSchemaError(error, listing, origins, report);
    report.notConvertible(
      where(row.origin.sheet, row.origin.row),
      'This listing was left out because of the problems above.',
    );
  }
  return { listings, report: report.notices };
}

/** ajv reports an enum failure and the type failure beneath it; one message per place is enough. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.instancePath}|${error.keyword === 'required' ? String(error.params.missingProperty) : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function rowOf(object: unknown, columns: readonly Column[], link?: string): (string | number | undefined)[] {
  return columns.map((column) => (column === LINK_COLUMN ? link : formatCell(getPath(object, column.path))));
}

/** Listings as sheets (Listings, Schedules, Prices); what no column holds is reported as lost. */
export function writeSheets(listings: readonly Listing[]): OutputResult<SheetData[]> {
  const report = new ReportBuilder();
  const [main, ...linked] = SHEETS as [SheetSpec, ...SheetSpec[]];
  const header = (spec: SheetSpec) => spec.columns.map((c) => c.title);
  const out: SheetData[] = [
    { name: main.name, rows: [header(main), ...listings.map((listing) => rowOf(listing, main.columns))] },
    ...linked.map((spec) => ({
      name: spec.name,
      rows: [
        header(spec),
        ...listings.flatMap((listing) =>
          ((spec.property ? listing[spec.property] : undefined) ?? []).map((item: unknown) =>
            rowOf(item, spec.columns, listing.id),
          ),
        ),
      ],
    })),
  ];
  listings.forEach((listing, i) => {
    for (const path of NOT_CARRIED) {
      if (getPath(listing, path.split('.')) !== undefined)
        report.lost(`/${i}`, path, `The spreadsheet has no column for '${path}'.`);
    }
    for (const key of Object.keys(listing)) {
      if (key.includes(':'))
        report.lost(`/${i}`, key, `The spreadsheet has no column for the extension '${key}'.`);
    }
  });
  return { output: out, report: report.notices };
}
