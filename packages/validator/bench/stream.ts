/**
 * Streaming check: writes a 1 GB NDJSON file of listings to /tmp (once), then validates it in a
 * fresh process and prints the time and peak RSS. Run:
 *   node --conditions=@openyouth/source packages/validator/bench/stream.ts [bytes]
 * BENCH_NODE_FLAGS passes V8 flags to the validating process, to see their effect on memory.
 * The data is not committed; delete /tmp/openyouth-bench-*.ndjson afterwards.
 */
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { validateInputs } from '@openyouth/validator/node';
import { partlyInvalidListing } from './listings.ts';

const [, script, mode = 'run', arg] = process.argv;

if (mode === 'validate') {
  const start = performance.now();
  const report = await validateInputs([arg ?? ''], { now: new Date('2026-11-24T12:00:00Z') });
  const seconds = (performance.now() - start) / 1000;
  const { counts, listings } = report.summary;
  console.log(
    JSON.stringify({
      listings: listings.checked,
      seconds: Number(seconds.toFixed(1)),
      listingsPerSecond: Math.round(listings.checked / seconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      errors: counts.error,
      warnings: counts.warning,
      problems: report.problems.length,
    }),
  );
} else {
  const bytes = Number(mode === 'run' ? (arg ?? 1024 ** 3) : mode);
  const path = `/tmp/openyouth-bench-${bytes}.ndjson`;
  if (!existsSync(path) || statSync(path).size < bytes) {
    const out = createWriteStream(path);
    let written = 0;
    for (let n = 0; written < bytes; n++) {
      const line = `${JSON.stringify(partlyInvalidListing(n))}\n`;
      written += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  console.log(`${path}: ${(statSync(path).size / 1024 ** 2).toFixed(0)} MiB`);
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const output = execFileSync(
    process.execPath,
    [...flags, '--conditions=@openyouth/source', script ?? '', 'validate', path],
    {
      encoding: 'utf8',
    },
  );
  console.log(output.trim());
}
