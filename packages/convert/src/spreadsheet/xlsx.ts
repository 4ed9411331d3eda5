import type { Listing } from '@openyouth/schema';
import type ExcelJS from 'exceljs';
import { ConvertError } from '../errors.ts';
import type { ListingsResult, OutputResult } from '../result.ts';
import { type CellValue, formatCell, toCellValue } from './cells.ts';
import { type Column, SHEETS } from './columns.ts';
import { type ReadSheetsOptions, readSheets, type SheetData, writeSheets } from './workbook.ts';

/** Rows given drop-down lists in a template: enough for any one provider's listings. */
const VALIDATED_ROWS = 300;
const LISTS_SHEET = 'Lists';

/**
 * exceljs, loaded on first use: it is most of this package's memory (about 20 MB resident in each
 * thread that loads it), and a harvester or server that never meets a workbook should not carry it.
 */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function allowedText(column: Column): string {
  if (column.type === 'enum')
    return `${column.list ? 'One or more of' : 'One of'} the values in the drop-down list (sheet '${LISTS_SHEET}')${column.list ? ', separated by commas' : ''}.`;
  const what: Record<Column['type'], string> = {
    text: column.list ? 'Text values separated by commas.' : 'Text.',
    integer: column.list ? 'Whole numbers separated by commas.' : 'A whole number.',
    number: 'A number, without a currency sign.',
    boolean: 'yes or no.',
    date: column.list ? 'Dates as 2026-09-08, separated by commas.' : 'A date as 2026-09-08.',
    'date-time': 'A date and time as 2026-11-02T09:30:00Z (left empty: the time of conversion).',
    time: 'A time as 16:30 (24-hour clock).',
    enum: '',
  };
  return what[column.type];
}

function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Instructions');
  sheet.columns = [
    { header: 'Sheet', width: 12 },
    { header: 'Column', width: 36 },
    { header: 'Needed?', width: 10 },
    { header: 'What to write', width: 80 },
    { header: 'Allowed values', width: 50 },
    { header: 'Example', width: 40 },
  ];
  sheet.insertRows(1, [
    ['How to fill in this spreadsheet'],
    [
      "One row per activity, group or service on the Listings sheet. Each time and day it runs goes on the Schedules sheet, and each price on the Prices sheet, with the listing's ID copied into the first column.",
    ],
    [
      'Columns marked "required" must be filled in. Leave a whole group of columns (such as Venue) empty when it does not apply. Then run: openyouth convert this-file.xlsx -o listings.json',
    ],
    [],
  ]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(5).font = { bold: true };
  for (const spec of SHEETS) {
    for (const column of spec.columns) {
      sheet.addRow([
        spec.name,
        column.title,
        column.required ? 'required' : '',
        column.description,
        allowedText(column),
        formatCell(column.example) ?? '',
      ]);
    }
  }
}

function addLists(workbook: ExcelJS.Workbook): Map<Column, string> {
  const sheet = workbook.addWorksheet(LISTS_SHEET);
  const ranges = new Map<Column, string>();
  const seen = new Map<string, string>();
  let index = 0;
  const yesNo = ['yes', 'no'];
  for (const spec of SHEETS) {
    for (const column of spec.columns) {
      const values = column.type === 'boolean' ? yesNo : column.type === 'enum' ? column.values : undefined;
      if (!values) continue;
      const key = values.join('|');
      let range = seen.get(key);
      if (!range) {
        const letter = columnLetter(index++);
        sheet.getCell(`${letter}1`).value = column.type === 'boolean' ? 'yes / no' : column.title;
        values.forEach((value, i) => {
          sheet.getCell(`${letter}${i + 2}`).value = value;
        });
        range = `${LISTS_SHEET}!$${letter}$2:$${letter}$${values.length + 1}`;
        seen.set(key, range);
      }
      ranges.set(column, range);
    }
  }
  return ranges;
}

async function toWorkbook(sheets: readonly SheetData[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'OpenYouth';
  const ranges = new Map<Column, string>();
  const specs = new Map(SHEETS.map((s) => [s.name, s]));
  const dataSheets = sheets.map((data) => {
    const sheet = workbook.addWorksheet(data.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of data.rows) sheet.addRow([...row]);
    return { sheet, data };
  });
  addInstructions(workbook);
  for (const [column, range] of addLists(workbook)) ranges.set(column, range);
  for (const { sheet, data } of dataSheets) {
    const spec = specs.get(data.name);
    if (!spec) continue;
    const header = sheet.getRow(1);
    header.font = { bold: true };
    spec.columns.forEach((column, i) => {
      const cell = header.getCell(i + 1);
      cell.note = `${column.description}${column.required ? ' (Required.)' : ''}`;
      sheet.getColumn(i + 1).width = Math.min(40, Math.max(12, column.title.length + 2));
      // Keep typed values as text, so a phone number keeps its leading zero and a date stays as written.
      if (
        column.type === 'text' ||
        column.type === 'date' ||
        column.type === 'time' ||
        column.type === 'date-time'
      ) {
        sheet.getColumn(i + 1).numFmt = '@';
      }
      const range = ranges.get(column);
      if (!range) return;
      const rows = Math.max(VALIDATED_ROWS, data.rows.length + 50);
      const letter = columnLetter(i);
      // One validation over the whole range: exceljs writes a range address as it is (fast, small).
      (
        sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${letter}2:${letter}${rows}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        // Lists of terms hold several values, which a drop-down cannot check: offer, don't enforce.
        showErrorMessage: !column.list,
        errorTitle: column.title,
        error: `Choose a value from the list (see the ${LISTS_SHEET} sheet).`,
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An empty XLSX template: Listings, Schedules and Prices sheets, drop-down lists, instructions. */
export async function xlsxTemplate(): Promise<Buffer> {
  return toWorkbook(writeSheets([]).output);
}

/** Listings as an XLSX workbook in the template's layout. */
export async function listingsToXlsx(listings: readonly Listing[]): Promise<OutputResult<Buffer>> {
  const { output, report } = writeSheets(listings);
  return { output: await toWorkbook(output), report };
}

/** Reads listings from an XLSX workbook made from the template. */
export async function xlsxToListings(
  file: Uint8Array,
  options: ReadSheetsOptions = {},
): Promise<ListingsResult> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new ConvertError(
      'OY_ERR_CONVERT_SPREADSHEET',
      `The file is not an XLSX workbook (${(cause as Error).message}). Save it from Excel as .xlsx and try again.`,
      {
        cause,
      },
    );
  }
  const sheets: SheetData[] = workbook.worksheets
    .filter((sheet) => sheet.name !== 'Instructions' && sheet.name !== LISTS_SHEET)
    .map((sheet) => {
      const rows: CellValue[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, number) => {
        const values = (row.values as unknown[]).slice(1).map(toCellValue);
        rows[number - 1] = values;
      });
      return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
    });
  return readSheets(sheets, options);
}
