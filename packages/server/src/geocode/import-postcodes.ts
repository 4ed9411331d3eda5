import { createReadStream } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { parse } from 'csv-parse';
import { ServerError } from '../errors.ts';
import { normalisePostcode } from './postcode.ts';

/**
 * The column names a centroid file may use: the ONS Postcode Directory's (`pcds`, `lat`, `long`),
 * or a plain `postcode,latitude,longitude` file.
 */
const POSTCODE_COLUMNS = ['pcds', 'pcd', 'pcd7', 'pcd8', 'postcode'];
const LAT_COLUMNS = ['lat', 'latitude'];
const LNG_COLUMNS = ['long', 'lng', 'longitude'];
// ONSPD gives 99.999999 / 0.000000 for postcodes with no grid reference.
const NO_LOCATION_LAT = 99.999999;

export function openPostcodeTable(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  db.exec(
    'CREATE TABLE IF NOT EXISTS postcodes (postcode TEXT PRIMARY KEY, lat REAL NOT NULL, lng REAL NOT NULL) WITHOUT ROWID',
  );
  return db;
}

const fileError = (file: string, line: number, column: number, message: string) =>
  new ServerError('OY_ERR_SERVER_POSTCODE_FILE', `${file}:${line}:${column}: ${message}`);

/**
 * Imports a postcode centroid CSV into the `postcodes` table of the SQLite file at `dbPath`,
 * streaming so the full ONSPD (2.7 million rows) fits in little memory. Returns the rows imported.
 */
export async function importPostcodeCsv(
  csvPath: string,
  dbPath: string,
): Promise<{ imported: number; skipped: number }> {
  const db = openPostcodeTable(dbPath);
  const insert = db.prepare('INSERT OR REPLACE INTO postcodes (postcode, lat, lng) VALUES (?, ?, ?)');
  const parser = createReadStream(csvPath).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let columns: { postcode: number; lat: number; lng: number } | undefined;
  let line = 0;
  let imported = 0;
  let skipped = 0;
  db.exec('BEGIN');
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      line++;
      if (!columns) {
        const header = row.map((name) => name.trim().toLowerCase());
        const find = (names: string[]) => header.findIndex((name) => names.includes(name));
        columns = { postcode: find(POSTCODE_COLUMNS), lat: find(LAT_COLUMNS), lng: find(LNG_COLUMNS) };
        if (columns.postcode < 0 || columns.lat < 0 || columns.lng < 0) {
          throw fileError(
            csvPath,
            1,
            1,
            `the header (${row.slice(0, 8).join(', ')}) needs a postcode column (pcds or postcode), a latitude column (lat or latitude) and a longitude column (long or longitude), as in the ONS Postcode Directory.`,
          );
        }
        continue;
      }
      const postcode = normalisePostcode(row[columns.postcode] ?? '');
      const lat = Number(row[columns.lat]);
      const lng = Number(row[columns.lng]);
      if (!postcode) {
        throw fileError(
          csvPath,
          line,
          columns.postcode + 1,
          `"${row[columns.postcode] ?? ''}" is not a UK postcode.`,
        );
      }
      if (row[columns.lat] === '' || lat === NO_LOCATION_LAT) {
        skipped++;
        continue;
      }
      if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
        throw fileError(
          csvPath,
          line,
          columns.lat + 1,
          `"${row[columns.lat]}" is not a latitude in degrees.`,
        );
      }
      if (!Number.isFinite(lng) || lng < -180 || lng > 180) {
        throw fileError(
          csvPath,
          line,
          columns.lng + 1,
          `"${row[columns.lng]}" is not a longitude in degrees.`,
        );
      }
      insert.run(postcode, lat, lng);
      imported++;
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  } finally {
    db.close();
  }
  return { imported, skipped };
}
