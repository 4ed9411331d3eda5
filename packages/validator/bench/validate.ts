/**
 * `pnpm bench:validate`: the full validator against JSON.parse plus bare ajv on the published schema,
 * on 100,000 valid and 100,000 partly invalid listings, and OpenActive's data-model-validator on a
 * comparable sample. Figures go in docs/benchmarks.md.
 */
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { createSpecAjv, schemaId } from '@openyouth/schema';
import { createValidator } from '@openyouth/validator';
import { partlyInvalidListing, validListing } from './listings.ts';
import { toSessionSeries } from './openactive.ts';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
// Each is timed this many times, in turn, and the fastest kept: the machine is shared, and a run
// slowed by other work says more about the machine than about the validator.
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const OPENACTIVE_SAMPLE = Number(process.env.BENCH_OPENACTIVE_SAMPLE ?? 300);

/** The fastest of ROUNDS runs. */
function time<T>(run: () => T): { ms: number; result: T } {
  let fastest: { ms: number; result: T } | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const result = run();
    const ms = performance.now() - start;
    if (!fastest || ms < fastest.ms) fastest = { ms, result };
  }
  return fastest as { ms: number; result: T };
}

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
const format = (n: number) => n.toLocaleString('en-GB');

// (a) the baseline: parse, then ajv compiled from the published schema, one item at a time.
const ajv = createSpecAjv();
const validateListing = ajv.getSchema(schemaId('listing'));
if (!validateListing) throw new Error('no listing schema');
function baseline(text: string): number {
  let invalid = 0;
  for (const item of JSON.parse(text) as unknown[]) if (!validateListing?.(item)) invalid++;
  return invalid;
}

// (b) the full validator: parse, fast schema pass, all-errors pass on failures, every rule, positions.
function full(text: string) {
  const validator = createValidator({ now: new Date('2026-11-24T12:00:00Z') });
  validator.text(text, { name: 'bench.json' });
  return validator.finish();
}

console.log(
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}); ${format(COUNT)} listings per set, fastest of ${ROUNDS} runs.`,
);
console.log('');
console.log('set            baseline (a)        full validator (b)   b/a');
for (const [name, make] of [
  ['valid', validListing],
  ['partly invalid', partlyInvalidListing],
] as const) {
  const text = JSON.stringify(Array.from({ length: COUNT }, (_, n) => make(n)));
  // One warm-up run of each on a slice, so both are compared with their code optimised.
  const warm = JSON.stringify(Array.from({ length: 2000 }, (_, n) => make(n)));
  baseline(warm);
  full(warm);
  const a = time(() => baseline(text));
  const b = time(() => full(text));
  const ratio = a.ms / b.ms;
  console.log(
    `${name.padEnd(14)} ${format(perSecond(COUNT, a.ms)).padStart(8)} listings/s   ${format(perSecond(COUNT, b.ms)).padStart(8)} listings/s   ${(ratio * 100).toFixed(0)}%` +
      `   (${format(a.result)} invalid; ${format(b.result.summary.counts.error)} errors, ${format(b.result.summary.counts.warning)} warnings)`,
  );
}

// OpenActive's data-model-validator, on the same listings as OpenActive SessionSeries.
const { validate: validateOpenActive } = createRequire(import.meta.url)(
  '@openactive/data-model-validator',
) as {
  validate: (data: unknown, options?: object) => Promise<unknown[]>;
};
const sample = Array.from({ length: OPENACTIVE_SAMPLE }, (_, n) => toSessionSeries(validListing(n)));
await validateOpenActive(sample[0], { loadRemoteJson: false });
const start = performance.now();
for (const item of sample) await validateOpenActive(item, { loadRemoteJson: false });
const openActiveMs = performance.now() - start;
const ours = time(() =>
  full(JSON.stringify(Array.from({ length: OPENACTIVE_SAMPLE * 10 }, (_, n) => validListing(n)))),
);
const oursPerSecond = perSecond(OPENACTIVE_SAMPLE * 10, ours.ms);
const theirsPerSecond = (OPENACTIVE_SAMPLE / openActiveMs) * 1000;
console.log('');
console.log(
  `@openactive/data-model-validator: ${theirsPerSecond.toFixed(1)} items/s on ${OPENACTIVE_SAMPLE} SessionSeries; this validator ${format(oursPerSecond)} listings/s: ${format(Math.round(oursPerSecond / theirsPerSecond))}× faster.`,
);
