// pnpm bench:harvest — FEEDS feeds × LISTINGS listings served from 127.0.0.1 (defaults 100 × 10,000).
// Measures, in one run: (a) walking every feed with the SDK's feed client alone (the baseline, in
// a child process), (b) the initial harvest into a fresh embedded store (validation, store, merge), (c) a re-harvest
// with no changes. Prints listings/s, the ratio b/a, peak RSS and what was written. SEPARATE=1 starts the merge once
// the harvest is done instead of alongside it, so that each one's time and CPU are its own.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createStore,
  harvestOnThread,
  type MergeSummary,
  mergeAlongside,
  rebuildMergedView,
  type SourceResult,
} from '../src/index.ts';

const feeds = Number(process.env.FEEDS ?? 100);
const perFeed = Number(process.env.LISTINGS ?? 10_000);
const total = feeds * perFeed;

const server = fork(new URL('./feed-server.ts', import.meta.url).pathname, [], {
  env: { ...process.env, FEEDS: String(feeds), LISTINGS: String(perFeed) },
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const port = await new Promise<number>((resolve) =>
  server.stdout?.once('data', (data) => resolve(Number(String(data)))),
);
const serverCpuSeconds = async () => {
  const { user, system } = await new Promise<NodeJS.CpuUsage>((resolve) => {
    server.once('message', resolve);
    server.send('cpu');
  });
  return (user + system) / 1e6;
};
const feedUrl = (feed: number) => `http://127.0.0.1:${port}/feeds/${feed}`;

// The peak RSS and heap of each step, sampled: peak RSS alone cannot say which step set it. The CPU
// time of this process (all its threads) by step tells its own work from a machine busy elsewhere.
const peaks: string[] = [];
const cpuSeconds: string[] = [];
const seconds = async (work: () => Promise<unknown>, step: string) => {
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heap = Math.max(peak.heap, heapUsed);
  };
  const sampler = setInterval(sample, 50);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await work();
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  sample();
  peaks.push(`${step} ${Math.round(peak.rss / 2 ** 20)}/${Math.round(peak.heap / 2 ** 20)} MB`);
  cpuSeconds.push(`${step} ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
  return elapsed;
};

/** What this process has handed to write(2) so far (Linux's /proc/self/io), in MB; NaN elsewhere. */
const megabytesWritten = () => {
  try {
    return Number(/^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]) / 2 ** 20;
  } catch {
    return Number.NaN;
  }
};

const walker = fork(new URL('./feed-walk.ts', import.meta.url).pathname, [], {
  env: { ...process.env, FEEDS: String(feeds), FEEDS_BASE: `http://127.0.0.1:${port}` },
});
const walked = await new Promise<{ seconds: number; cpuSeconds: number; peakRssMb: number }>((resolve) =>
  walker.once('message', resolve),
);
const baseline = walked.seconds;

const directory = await mkdtemp(join(tmpdir(), 'openyouth-bench-'));
const location = join(directory, 'store.db');
const catalogue = {
  sources: Array.from({ length: feeds }, (_, feed) => ({
    id: `provider-${feed}`,
    url: feedUrl(feed),
    format: 'openyouth' as const,
  })),
  allow: { loopback: true, private: false },
};
const harvest = async () => {
  const results: SourceResult[] = await harvestOnThread(location, catalogue, {
    checkedAt: new Date('2026-11-24T12:00:00Z'),
    concurrency: 4,
  });
  if (!results.every((result) => result.ok)) throw new Error(JSON.stringify(results.filter((r) => !r.ok)));
};
// As `openyouth harvest` does it: the harvest on one thread, the merge following it on another.
const separate = process.env.SEPARATE === '1';
const merging = separate ? undefined : mergeAlongside(location);
let merged: MergeSummary | undefined;
const serverCpuBefore = await serverCpuSeconds();
const writtenBefore = megabytesWritten();
const initialHarvest = await seconds(harvest, 'harvest');
const initialMerge = await seconds(async () => {
  merged = await (merging ?? mergeAlongside(location)).finish();
}, 'merge');
const written = megabytesWritten() - writtenBefore;
const initial = initialHarvest + initialMerge;
const serverCpu = (await serverCpuSeconds()) - serverCpuBefore;
const againHarvest = await seconds(harvest, 're-harvest');
const store = await createStore(location);
const againMerge = await seconds(() => rebuildMergedView(store), 're-merge');
const again = againHarvest + againMerge;
await store.close();
await rm(directory, { recursive: true, force: true });
server.kill();

const rate = (s: number) => Math.round(total / s).toLocaleString('en-GB');
// The baseline ran in its own process: this one's peak is the harvester's alone.
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `${feeds} feeds × ${perFeed.toLocaleString('en-GB')} listings = ${total.toLocaleString('en-GB')} listings`,
);
console.log(
  `(a) feed client only (baseline):   ${baseline.toFixed(1)} s, ${rate(baseline)} listings/s, ${walked.cpuSeconds.toFixed(1)} s of CPU in its process, peak RSS ${walked.peakRssMb} MB`,
);
console.log(
  `(b) initial harvest + merge:       ${initial.toFixed(1)} s, ${rate(initial)} listings/s, ${(baseline / initial).toFixed(2)} × the baseline's speed`,
);
console.log(
  separate
    ? `    of which harvest ${initialHarvest.toFixed(1)} s, then ${initialMerge.toFixed(1)} s merging (SEPARATE=1)`
    : `    of which harvest ${initialHarvest.toFixed(1)} s (merging alongside), then ${initialMerge.toFixed(1)} s to finish merging`,
);
console.log(
  `(c) re-harvest with no change:     ${again.toFixed(1)} s (harvest ${againHarvest.toFixed(1)} s, merge ${againMerge.toFixed(1)} s)`,
);
console.log(`merged listings: ${merged?.listings.toLocaleString('en-GB')}; peak RSS ${peakRssMb} MB`);
console.log(`peak RSS/heap by step: ${peaks.join(', ')}`);
console.log(`CPU time of this process by step: ${cpuSeconds.join(', ')}`);
console.log(`CPU time of the feed server during the initial harvest: ${serverCpu.toFixed(1)} s`);
console.log(
  `Written by this process (write calls, nearly all to the store) in the initial harvest and merge: ${Math.round(written)} MB`,
);
