/**
 * `validateConverted` (the full validator over a batch of converted or harvested listings, each
 * handed its own notices) against an earlier version of itself, in one process: each checks the
 * same pages of 500 listings in turn, several times, and the fastest CPU time of each is kept, so
 * other work on a shared machine hurts both alike. The results must be the same. From packages/convert:
 *   mkdir -p bench/.before && git archive <commit> src | tar -x -C bench/.before
 *   node --conditions=@openyouth/source --expose-gc bench/compare-check.ts bench/.before/src/index.ts
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Listing } from '@openyouth/schema';
import { syntheticListing } from '../../aggregator/bench/synthetic-listing.ts';
import { partlyInvalidListing, validListing } from '../../validator/bench/listings.ts';
import { validateConverted } from '../src/index.ts';

const PAGES = Number(process.env.BENCH_PAGES ?? 40);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 6));
const before = (await import(pathToFileURL(resolve(process.argv[2] ?? '')).href)) as {
  validateConverted: typeof validateConverted;
};
const versions = { before: before.validateConverted, now: validateConverted };
const options = { now: new Date('2026-11-24T12:00:00Z') };

console.log(`${PAGES} pages of 500 listings per set, fastest of ${ROUNDS} runs each.`);
for (const [set, make] of [
  ['valid', validListing],
  ['partly invalid', partlyInvalidListing],
  // bench:harvest's listings, about which the validator has many more notices.
  ['bench:harvest', (n: number) => syntheticListing(1, n)],
] as const) {
  const pages = Array.from({ length: PAGES }, (_, page) =>
    Array.from({ length: 500 }, (_, n) => make(page * 500 + n) as unknown as Listing),
  );
  const fastest = { before: Infinity, now: Infinity };
  const results = { before: '', now: '' };
  for (let round = 0; round < ROUNDS; round++) {
    for (const version of ['before', 'now'] as const) {
      (globalThis as { gc?: () => void }).gc?.();
      const cpu = process.cpuUsage();
      const checked = pages.map((page) => versions[version](page, options));
      const used = process.cpuUsage(cpu);
      fastest[version] = Math.min(fastest[version], (used.user + used.system) / 1000);
      results[version] = JSON.stringify(checked.map((page) => page.map((listing) => listing.notices)));
    }
  }
  const notices = JSON.parse(results.now).flat().flat().length / (PAGES * 500);
  console.log(
    `${set.padEnd(14)} ${notices.toFixed(1)} notices per listing; CPU time now ${((fastest.now / fastest.before) * 100).toFixed(0)}% of before ` +
      `(${fastest.before.toFixed(0)} → ${fastest.now.toFixed(0)} ms); results ${results.before === results.now ? 'the same' : 'DIFFERENT'}`,
  );
}
