import type { StatementSync } from 'node:sqlite';
import { openPostcodeTable } from './import-postcodes.ts';
import { normalisePostcode } from './postcode.ts';
import type { Geocoder } from './types.ts';

/** A geocoder over a postcode table `importPostcodeCsv` filled. Call `close()` when done. */
export function createSqliteGeocoder(dbPath: string): Geocoder & { close(): void } {
  const db = openPostcodeTable(dbPath);
  const select: StatementSync = db.prepare('SELECT lat, lng FROM postcodes WHERE postcode = ?');
  return {
    lookup: async (postcode) => {
      const key = normalisePostcode(postcode);
      const row = key ? (select.get(key) as { lat: number; lng: number } | undefined) : undefined;
      return row && { lat: row.lat, lng: row.lng };
    },
    close: () => db.close(),
  };
}
