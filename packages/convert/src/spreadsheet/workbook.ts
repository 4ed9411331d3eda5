import type { Listing } from '@openyouth/schema';
import type { Notice } from '@openyouth/validator';
import { validateConverted } from '../check-listings.ts';
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
  /**
   * `dateModified` for rows that leave 'Last changed' empty, and the moment the validator judges
   * "past" and "stale" against; defaults to the time of conversion.
   */
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

/** The rows of one linked sheet (Schedules, Prices) that belong to a listing. */
interface ChildGroup {
  readonly property: string;
  readonly rows: ParsedRow[];
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

/** Where a converted listing's JSON Pointer is in the sheets: which row (its own or a linked one) and column. */
interface CellPlace {
  readonly origin: RowOrigin;
  readonly column: Column | undefined;
  /** The property path within that row's object. */
  readonly path: string[];
}

function columnFor(origin: RowOrigin, path: readonly string[]): Column | undefined {
  const prefix = `${path.join('.')}.`;
  return (
    origin.columns.get(path.join('.')) ??
    origin.columns.get(path.slice(0, -1).join('.')) ??
    [...origin.columns.values()].find((c) => c.path.join('.').startsWith(prefix))
  );
}

const COMPARISON_WORDS: Readonly<Record<string, string>> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'more than',
  '<': 'less than',
};

/**
 * A schema notice in the words of the sheet: the value, what is wrong, what to write. Codes the
 * sheet has no words of its own for keep the validator's message.
 */
function cellMessage(notice: Notice, place: CellPlace, value: unknown): string {
  const { column } = place;
  const title = column?.title ?? place.path.join('.');
  const shown = typeof value === 'object' || value === undefined ? '' : `'${String(value)}' `;
  const example =
    column?.example === undefined ? '' : ` — for example ${JSON.stringify(formatCell(column.example))}`;
  const limit = String(notice.params.limit);
  switch (notice.code) {
    case 'schema_required_property_missing':
      return column ? 'is empty, and it is needed' : `needs '${title}' filled in`;
    case 'schema_text_too_long':
      return `${shown}is too long: at most ${limit} characters`;
    case 'schema_list_too_long':
      return `${shown}is too long: at most ${limit} values`;
    case 'schema_number_out_of_range':
      return `${shown}must be ${COMPARISON_WORDS[String(notice.params.comparison)] ?? String(notice.params.comparison)} ${limit}`;
    case 'schema_format_invalid':
    case 'schema_pattern_mismatch':
      return `${shown}is not in the right form${example}`;
    case 'schema_object_empty':
      return `fill in at least one of the '${title}' columns, or none of them`;
    default:
      return notice.message;
  }
}

/**
 * Reads the Listings sheet and the sheets linked to it (Schedules, Prices) into listings. Every
 * bad cell, and every schema problem, is reported as sheet / row / column in plain language; a
 * listing with any problem is left out. The listings read are checked by the full validator as
 * one dataset: its notices on a kept listing are reported as `quality` notices at the sheet, row
 * and column the value came from (the row alone when no column holds it).
 */
export function readSheets(sheets: readonly SheetData[], options: ReadSheetsOptions = {}): ListingsResult {
  const report = new ReportBuilder();
  const main = sheetNamed(sheets, LISTINGS_SHEET, true);
  if (!main) return { listings: [], report: report.notices };
  const listingRows = parseRows(main, LISTINGS_SHEET, report);
  const byId = new Map(listingRows.map((r) => [String(r.object.id ?? ''), r]));
  const children = new Map<ParsedRow, ChildGroup[]>();
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

  const candidates: { listing: Listing; row: ParsedRow; groups: ChildGroup[] }[] = [];
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
    candidates.push({ listing: listing as Listing, row, groups });
  }

  const listings: Listing[] = [];
  validateConverted(
    candidates.map((c) => c.listing),
    options,
  ).forEach(({ listing, passedSchema, notices }, i) => {
    const { row, groups } = candidates[i] as (typeof candidates)[number];
    // A pointer into the listing, as the row (its own, or a Schedules or Prices row) and column it came from.
    const placeOf = (pointer: string[]): CellPlace => {
      const group = groups.find((g) => g.property === pointer[0]);
      const child = group ? group.rows[Number(pointer[1])] : undefined;
      const origin = child ? child.origin : row.origin;
      const path = child ? pointer.slice(2) : pointer;
      return { origin, column: columnFor(origin, path), path };
    };
    if (passedSchema) {
      listings.push(listing);
      for (const notice of notices) {
        const place = placeOf(notice.instancePath.split('/').slice(1));
        report.quality(
          where(place.origin.sheet, place.origin.row, place.column),
          notice,
          place.column?.title,
        );
      }
      return;
    }
    for (const notice of dedupe(notices)) {
      const pointer = notice.instancePath.split('/').slice(1);
      const missing =
        notice.code === 'schema_required_property_missing' ? String(notice.params.property) : undefined;
      const place = placeOf(missing ? [...pointer, missing] : pointer);
      report.invalid(
        where(place.origin.sheet, place.origin.row, place.column),
        place.column?.title ?? place.path.join('.'),
        cellMessage(notice, place, getPath(listing, pointer)),
      );
    }
    report.notConvertible(
      where(row.origin.sheet, row.origin.row),
      'This listing was left out because of the problems above.',
    );
  });
  return { listings, report: report.notices };
}

/** A type failure and the enum failure beside it are one problem; one message per place is enough. */
function dedupe(notices: readonly Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((notice) => {
    const key = `${notice.instancePath}|${notice.code === 'schema_required_property_missing' ? String(notice.params.property) : ''}`;
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
