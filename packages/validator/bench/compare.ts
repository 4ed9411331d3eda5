/**
 * The validator against an earlier version of itself, in one process: each checks the same
 * listings in turn, several times, and the fastest wall and CPU time of each is kept, so other work
 * on a shared machine hurts both alike. The notices must be the same. Run from packages/validator:
 *   mkdir -p bench/.before && git archive <commit> src | tar -x -C bench/.before
 *   node --conditions=@openyouth/source --expose-gc bench/compare.ts bench/.before/src/index.ts
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createValidator } from '@openyouth/validator';
import { partlyInvalidListing, validListing } from './listings.ts';

const COUNT = Number(process.env.BENCH_COUNT ?? 20_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const before = (await import(pathToFileURL(resolve(process.argv[2] ?? '')).href)) as {
  createValidator: typeof createValidator;
};

const versions = { before: before.createValidator, now: createValidator };
console.log(`${COUNT.toLocaleString('en-GB')} listings per set, fastest of ${ROUNDS} runs each.`);
for (const [set, make] of [
  ['valid', validListing],
  ['partly invalid', partlyInvalidListing],
] as const) {
  const text = JSON.stringify(Array.from({ length: COUNT }, (_, n) => make(n)));
  const fastest = { before: { wall: Infinity, cpu: Infinity }, now: { wall: Infinity, cpu: Infinity } };
  const notices = { before: '', now: '' };
  for (let round = 0; round < ROUNDS; round++) {
    for (const version of ['before', 'now'] as const) {
      // With --expose-gc, each run starts on a collected heap, not paying for the garbage of the last.
      (globalThis as { gc?: () => void }).gc?.();
      const wall = performance.now();
      const cpu = process.cpuUsage();
      const validator = versions[version]({ now: new Date('2026-11-24T12:00:00Z') });
      validator.text(text, { name: 'bench.json' });
      const report = validator.finish();
      const used = process.cpuUsage(cpu);
      fastest[version].wall = Math.min(fastest[version].wall, performance.now() - wall);
      fastest[version].cpu = Math.min(fastest[version].cpu, (used.user + used.system) / 1000);
      notices[version] = JSON.stringify(report.notices);
    }
  }
  const rate = (ms: number) => Math.round((COUNT / ms) * 1000).toLocaleString('en-GB');
  console.log(
    `${set.padEnd(14)} before ${rate(fastest.before.wall)}/s, now ${rate(fastest.now.wall)}/s; ` +
      `CPU time now ${((fastest.now.cpu / fastest.before.cpu) * 100).toFixed(0)}% of before; ` +
      `notices ${notices.before === notices.now ? 'the same' : 'DIFFERENT'}`,
  );
}
