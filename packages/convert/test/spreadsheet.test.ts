import {
  csvTemplate,
  csvToListings,
  listingsToCsv,
  listingsToXlsx,
  readSheets,
  SHEETS,
  type SheetData,
  writeSheets,
  xlsxTemplate,
  xlsxToListings,
} from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleListings } from './helpers/fixtures.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const examples = exampleListings();
const listings = examples.map((e) => e.listing);

/** The original without the fields the writer reported as lost, which is what a round trip can keep. */
function withoutLost(listing: Listing, lostPaths: string[]): Listing {
  const copy = structuredClone(listing) as Record<string, unknown>;
  for (const path of lostPaths) {
    const keys = path.split('.');
    const parent = keys
      .slice(0, -1)
      .reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
    delete parent[keys.at(-1) as string];
    if (keys.length > 1 && Object.keys(parent).length === 0) delete copy[keys[0] as string];
  }
  return copy as Listing;
}

function lostPathsOf(report: { where: string; field?: string; kind: string }[], index: number): string[] {
  return report.filter((n) => n.kind === 'lost' && n.where === `/${index}`).map((n) => n.field as string);
}

/** A quality notice the validator gives the listing read from `row` of the Listings sheet. */
function quality(
  row: number,
  code: string,
  severity: string,
  message: string,
  at?: { column: string; instancePath: string },
) {
  return {
    kind: 'quality',
    where: `Sheet 'Listings', row ${row}${at ? `, column '${at.column}'` : ''}`,
    ...(at ? { field: at.column } : {}),
    code,
    severity,
    instancePath: at?.instancePath ?? '',
    message,
  };
}

const recommended = (row: number, property: string, at?: { column: string; instancePath: string }) =>
  quality(row, 'recommended_property_missing', 'info', `'${property}' is recommended but not given.`, at);

/**
 * The validator's notices on the spec examples read back from a sheet. The sheet has no column for
 * follow-ons or areas served (both reported as lost when written), so every listing with endings
 * is told follow-ons are recommended, at the column of the endings the sheet does hold, and
 * kestrel-mentoring, which is in-person and says where only by its areas, is told it says neither;
 * the two examples without a contact or a venue are told, at their row, that those are recommended.
 */
const readBackNotices = (all: readonly { file: string; listing: Listing }[]) =>
  all.flatMap(({ file, listing }, i) => [
    ...(file === 'kestrel-mentoring.json'
      ? [
          quality(
            i + 2,
            'in_person_place_missing',
            'warning',
            'The listing is in-person but gives neither a location nor the areas it serves.',
          ),
          recommended(i + 2, 'location'),
        ]
      : []),
    ...(file === 'first-saturday-bike-workshop-leith.json' ? [recommended(i + 2, 'contact')] : []),
    ...(listing.endings
      ? [recommended(i + 2, 'followOn', { column: 'Endings duration', instancePath: '/endings' })]
      : []),
  ]);

describe('a round trip through the spreadsheet', () => {
  it('keeps every example listing exactly through XLSX, except the fields it reports as lost', async () => {
    const written = await listingsToXlsx(listings);
    const back = await xlsxToListings(written.output, { now: NOW });
    expect(back.report).toEqual(readBackNotices(examples));
    expect(back.listings).toEqual(listings.map((l, i) => withoutLost(l, lostPathsOf(written.report, i))));
  });

  it('keeps every example listing exactly through CSV files, except the fields it reports as lost', () => {
    const written = listingsToCsv(listings);
    const back = csvToListings(written.output, { now: NOW });
    expect(back.report).toEqual(readBackNotices(examples));
    expect(back.listings).toEqual(listings.map((l, i) => withoutLost(l, lostPathsOf(written.report, i))));
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")', true],
    ['@SUM(A1)', true],
    ['+cmd|calc', true],
    ['-1 is fine', false],
    ['+44 117 496 0123', false],
  ])(
    'writes %j to CSV so a spreadsheet program cannot run it, and reads it back unchanged',
    (text, defused) => {
      const listing = { ...club, description: text };
      const { output } = listingsToCsv([listing]);
      expect(output.listings.includes(`'${text.replaceAll('"', '""')}`)).toBe(defused);
      const back = csvToListings(output, { now: NOW });
      expect(back.listings[0]?.description).toBe(text);
    },
  );

  it('reports the lists of objects a sheet has no columns for', () => {
    const { report } = writeSheets(listings);
    const lost = new Set(report.map((n) => n.field));
    for (const field of ['image', 'areaServed', 'safeguarding.qualityMarks', 'endings.followOn']) {
      expect(lost.has(field), field).toBe(
        listings.some((l) => JSON.stringify(l).includes(`"${field.split('.').at(-1)}"`)),
      );
    }
  });
});

describe('reading a file that is not a workbook', () => {
  it('throws OY_ERR_CONVERT_SPREADSHEET saying how to fix it', async () => {
    await expect(xlsxToListings(new TextEncoder().encode('name,age\n'))).rejects.toMatchObject({
      code: 'OY_ERR_CONVERT_SPREADSHEET',
      message: expect.stringContaining('Save it from Excel as .xlsx'),
    });
  });
});

describe('the templates', () => {
  it('has Listings, Schedules, Prices, Instructions and Lists sheets, with drop-downs for vocabulary columns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxTemplate()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Listings',
      'Schedules',
      'Prices',
      'Instructions',
      'Lists',
    ]);
    const sheet = workbook.getWorksheet('Listings') as ExcelJS.Worksheet;
    const titles = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(titles).toEqual(SHEETS[0]?.columns.map((c) => c.title));
    const kind = titles.indexOf('Kind') + 1;
    expect(sheet.getCell(2, kind).dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^Lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/)],
    });
    expect(String(sheet.getCell(1, titles.indexOf('Minimum age') + 1).note)).toContain('youngest age');
    const instructions = workbook.getWorksheet('Instructions') as ExcelJS.Worksheet;
    const described = instructions.getColumn(2).values.filter((v) => v !== undefined);
    for (const column of SHEETS.flatMap((s) => s.columns)) expect(described).toContain(column.title);
  });

  it('gives every column of a sheet its own title, derived from the schema', () => {
    for (const spec of SHEETS) {
      const titles = spec.columns.map((c) => c.title);
      expect(new Set(titles).size, spec.name).toBe(titles.length);
      for (const column of spec.columns) expect(column.description, column.title).not.toBe('');
    }
  });

  it('writes CSV templates that hold only the header row of each sheet', () => {
    const files = csvTemplate();
    expect(files.listings.trim().split('\n')).toHaveLength(1);
    expect(files.listings.startsWith('ID (web address),Identifier,Name,Summary')).toBe(true);
    expect(files.schedules.startsWith('Listing ID,')).toBe(true);
  });
});

/** Sheets for one example listing with one cell replaced, found by sheet and column title. */
function sheetsWith(
  listing: Listing,
  sheetName: string,
  title: string,
  value: string | undefined,
): SheetData[] {
  const sheets = writeSheets([listing]).output.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => [...r]),
  }));
  const sheet = sheets.find((s) => s.name === sheetName) as { rows: unknown[][] };
  const column = (sheet.rows[0] as string[]).indexOf(title);
  if (column < 0) throw new Error(`no column ${title}`);
  (sheet.rows[1] as unknown[])[column] = value;
  return sheets as SheetData[];
}

const club = examples.find((e) => e.file === 'clifton-youth-club.json')?.listing as Listing;

describe('errors in cells', () => {
  it.each([
    ['Listings', 'Minimum age', 'eleven', "'eleven' is not a number — write 11"],
    ['Listings', 'Minimum age', '11.5', "'11.5' is not a whole number"],
    ['Listings', 'Free', 'maybe', "'maybe' is not yes or no — write yes or no"],
    ['Listings', 'Kind', 'clubb', "'clubb' is not one of the allowed values"],
    ['Listings', 'Last verified', '31/02/2026', "'31/02/2026' is not a date — write it as 2026-09-08"],
    ['Listings', 'Organizer email', 'not-an-email', "'not-an-email' is not in the right form"],
    ['Listings', 'Name', undefined, 'is empty, and it is needed'],
    ['Listings', 'Maximum age', '130', "'130' must be at most 120"],
    ['Schedules', 'Start time', '25:00', "'25:00' is not a time — write it as 16:30"],
    ['Schedules', 'Days', 'Tuesday, Funday', "'Funday' is not one of the allowed values"],
  ])("reports %s column '%s' holding %j in plain language with its row", (sheet, title, value, message) => {
    const { listings: converted, report } = readSheets(sheetsWith(club, sheet, title, value), { now: NOW });
    expect(converted).toEqual([]);
    expect(report).toContainEqual({
      kind: 'invalid',
      where: `Sheet '${sheet}', row 2, column '${title}'`,
      field: title,
      message: expect.stringContaining(message),
    });
    expect(report).toContainEqual(
      expect.objectContaining({ kind: 'not-convertible', where: "Sheet 'Listings', row 2" }),
    );
  });

  it('reports a schedule row whose listing ID matches no listing', () => {
    const { report } = readSheets(sheetsWith(club, 'Schedules', 'Listing ID', 'https://example.org/nope'), {
      now: NOW,
    });
    expect(report).toContainEqual(
      expect.objectContaining({
        kind: 'invalid',
        where: "Sheet 'Schedules', row 2, column 'Listing ID'",
        message: expect.stringContaining('is not the ID of any listing'),
      }),
    );
  });

  it.each([
    ['Kind', 'Club', 'kind', 'club'],
    ['Categories', 'Music, dance', 'categories', ['music', 'dance']],
    ['Free', 'Y', 'isAccessibleForFree', true],
    ['Last verified', '15/10/2026', 'lastVerified', '2026-10-15'],
  ] as const)("accepts '%s' written as %j", (title, value, field, want) => {
    const { listings: converted, report } = readSheets(sheetsWith(club, 'Listings', title, value), {
      now: NOW,
    });
    expect(report).toEqual(readBackNotices([{ file: 'clifton-youth-club.json', listing: club }]));
    expect(converted[0]?.[field]).toEqual(want);
  });

  it('fills an empty Last changed with the time of conversion', () => {
    const { listings: converted } = readSheets(sheetsWith(club, 'Listings', 'Last changed', undefined), {
      now: NOW,
    });
    expect(converted[0]?.dateModified).toBe('2026-11-24T12:00:00Z');
  });

  it('never crashes on arbitrary cell values and yields a listing or errors located by sheet, row and column', () => {
    const titles = (SHEETS[0]?.columns ?? []).map((c) => c.title);
    const cell = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.date(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...titles), cell), { minLength: 1, maxLength: 6 }),
        (changes) => {
          const sheets = sheetsWith(club, 'Listings', 'Name', club.name);
          const row = sheets[0]?.rows[1] as unknown[];
          for (const [title, value] of changes) row[titles.indexOf(title)] = value;
          const { listings: converted, report } = readSheets(sheets, { now: NOW });
          const problems = report.filter((n) => n.kind === 'invalid');
          expect(converted.length + problems.length).toBeGreaterThan(0);
          if (converted.length === 0) {
            for (const problem of problems)
              expect(problem.where).toMatch(/^Sheet '(Listings|Schedules|Prices)', row \d+, column '.+'$/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
