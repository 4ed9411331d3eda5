/**
 * `pnpm bench:convert`: each converter on the same listings, against a baseline of validating
 * those listings with ajv against the listing schema, in one process. Conversions into OpenYouth
 * end with the full validator (schema and rules), timed on its own in the second row.
 * BENCH_COUNT sets the number of listings (default 2,000; XLSX uses a quarter of them), BENCH_ROUNDS
 * the runs of each step, of which the fastest counts (default 3).
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  csvToListings,
  listingsToCsv,
  listingsToJsonLd,
  listingsToOruk,
  listingsToXlsx,
  orukToListings,
  xlsxToListings,
} from '@openyouth/convert';
import { createSpecAjv, type Listing, schemaId } from '@openyouth/schema';
import { validate as validateFully } from '@openyouth/validator';

const COUNT = Number(process.env.BENCH_COUNT ?? 2000);
const dir = new URL('../../../spec/0.1/examples/listings/', import.meta.url);
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Listing);
const listings: Listing[] = Array.from({ length: COUNT }, (_, i) => {
  const base = examples[i % examples.length] as Listing;
  return { ...base, id: `${base.id}-${i}` };
});

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** The best of ROUNDS runs: on a shared machine the fastest run is the one least disturbed. */
async function time(run: () => unknown): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const validate = createSpecAjv().getSchema(schemaId('listing'));
if (!validate) throw new Error('no listing schema');
// Warm up ajv and the converters' lazily built indexes before timing.
for (const listing of listings) validate(listing);
orukToListings(listingsToOruk(listings.slice(0, 50)).output, { baseUrl: 'https://bench.example/' });

const baselineMs = await time(() => {
  for (const listing of listings) validate(listing);
});
const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
const rows: [string, number, number][] = [['baseline: ajv validation of each listing', COUNT, baselineMs]];
rows.push([
  'the full validator, every notice kept',
  COUNT,
  await time(() => validateFully(listings, { maxSamplesPerCode: Number.MAX_SAFE_INTEGER })),
]);

const csv = listingsToCsv(listings).output;
rows.push(['listings → CSV files', COUNT, await time(() => listingsToCsv(listings))]);
rows.push(['CSV files → listings (parse, cells, validator)', COUNT, await time(() => csvToListings(csv))]);
const xlsxCount = Math.max(1, Math.floor(COUNT / 4));
const xlsx = (await listingsToXlsx(listings.slice(0, xlsxCount))).output;
rows.push(['listings → XLSX', xlsxCount, await time(() => listingsToXlsx(listings.slice(0, xlsxCount)))]);
rows.push(['XLSX → listings', xlsxCount, await time(() => xlsxToListings(xlsx))]);
const services = listingsToOruk(listings).output;
rows.push(['listings → ORUK services', COUNT, await time(() => listingsToOruk(listings))]);
rows.push([
  'ORUK services → listings',
  COUNT,
  await time(() => orukToListings(services, { baseUrl: 'https://bench.example/' })),
]);
rows.push(['listings → schema.org JSON-LD', COUNT, await time(() => listingsToJsonLd(listings))]);

const baselineRate = perSecond(COUNT, baselineMs);
process.stdout.write(`Node ${process.version}, ${COUNT} listings (${xlsxCount} for XLSX)\n`);
for (const [name, count, ms] of rows) {
  const rate = perSecond(count, ms);
  process.stdout.write(
    `${name.padEnd(46)} ${String(rate).padStart(9)} listings/s  ${(baselineRate / rate).toFixed(1).padStart(6)}× the baseline's time per listing\n`,
  );
}
