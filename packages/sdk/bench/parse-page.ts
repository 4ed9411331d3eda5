// What keeping `modified` exact costs: parsing RPDE pages with parseJsonExact (a JSON.parse
// reviver reading each number's source) against plain JSON.parse, in the same process.
// Run: pnpm bench:sdk   (BENCH_ROUNDS changes the number of rounds)
import { readdirSync, readFileSync } from 'node:fs';
import { parseJsonExact } from '../src/index.ts';

const folder = new URL('../../../spec/0.1/examples/listings/', import.meta.url);
const listings = readdirSync(folder).map(
  (name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as object,
);
// A full page of 500 items, as RPDE suggests, each with a distinct id and modified.
const items = Array.from({ length: 500 }, (_, index) => ({
  state: 'updated',
  kind: 'Listing',
  id: `https://example.org/listings/${index}`,
  modified: 1_790_000_000_000 + index,
  data: { ...listings[index % listings.length], id: `https://example.org/listings/${index}` },
}));
const page = JSON.stringify({
  next: 'https://example.org/feeds/listings?afterTimestamp=1&afterId=x',
  items,
  license: 'https://creativecommons.org/licenses/by/4.0/',
});
const rounds = Number(process.env.BENCH_ROUNDS ?? 40);

// Three pages: ordinary millisecond timestamps (13 digits); the same with a computed coordinate in
// every item, whose fraction has 16 digits; and the first with one modified above 2^53.
const bigPage = page.replace('"modified":1790000000000', '"modified":9007199254740995');
const fractionPage = page.replaceAll('"modified":', '"longitude":-2.5300000000000002,"modified":');

function measure(parse: (text: string) => unknown, text: string): number {
  for (let index = 0; index < 3; index += 1) parse(text); // warm up
  const start = performance.now();
  for (let index = 0; index < rounds; index += 1) parse(text);
  return (performance.now() - start) / rounds;
}

// Interleaved runs, best of three each, so background load skews every variant alike.
const variants = {
  'baseline: JSON.parse': () => measure((text) => JSON.parse(text), page),
  'parseJsonExact, 13-digit modified': () => measure(parseJsonExact, page),
  'parseJsonExact, 16-digit fractions': () => measure(parseJsonExact, fractionPage),
  'parseJsonExact, a modified > 2^53': () => measure(parseJsonExact, bigPage),
};
const best = new Map<string, number>();
for (let run = 0; run < 3; run += 1) {
  for (const [name, run_] of Object.entries(variants))
    best.set(name, Math.min(best.get(name) ?? Infinity, run_()));
}
const baseline = best.get('baseline: JSON.parse') ?? 1;
const mib = Buffer.byteLength(page) / 1024 / 1024;
process.stdout.write(
  `page of 500 listings, ${mib.toFixed(2)} MiB, ${rounds} rounds × 3, Node ${process.versions.node}\n`,
);
for (const [name, ms] of best) {
  const perSecond = (mib / (ms / 1000)).toFixed(0);
  process.stdout.write(
    `${name.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms/page ${perSecond.padStart(5)} MiB/s ${(ms / baseline).toFixed(2).padStart(6)}×\n`,
  );
}
