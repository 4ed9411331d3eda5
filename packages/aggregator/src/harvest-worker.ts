// The thread `harvestOnThread` starts: harvests a catalogue through its own store connection,
// posting each page's progress, each source's result as it is done, and then all the results.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalogue } from './catalogue.ts';
import {
  CHECKPOINT_BACKSTOP_PAGES,
  type CheckpointAlongside,
  checkpointAlongside,
} from './checkpoint-alongside.ts';
import { defaultHarvestOptions } from './harvest/default-options.ts';
import { harvestCatalogue } from './harvest/harvest-catalogue.ts';
import { createStore } from './store/create-store.ts';
import { SqliteStore } from './store/sqlite-store.ts';

/** How much lower than the process the harvest thread runs. */
const HARVEST_NICENESS = 5;

const { location, catalogue, resync, concurrency, checkedAt } = workerData as {
  location: string;
  catalogue: Catalogue;
  resync: boolean;
  concurrency: number | undefined;
  checkedAt: string;
};

// A little below the merge thread's priority (on Linux each thread has its own nice value; it
// starts with the process's). The merge, following this thread's writes, ends last: when the cores
// are short, it is served first rather than left to finish alone on one core after the harvest
// (bench:harvest: docs/benchmarks.md).
try {
  const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
  setPriority(thread, Math.min(getPriority(thread) + HARVEST_NICENESS, 19));
} catch {
  // Not Linux, or no /proc: the same harvest at the usual priority.
}

const store = await createStore(location);
// An embedded store's WAL is checkpointed by a thread of its own, not by this one's commits.
let checkpoints: CheckpointAlongside | undefined;
if (store instanceof SqliteStore) {
  store.checkpointAfter(CHECKPOINT_BACKSTOP_PAGES);
  checkpoints = checkpointAlongside(location);
}
try {
  const results = await harvestCatalogue(store, catalogue, {
    ...defaultHarvestOptions(catalogue, new Date(checkedAt)),
    resync,
    ...(concurrency !== undefined && { concurrency }),
    onPage: (progress) => parentPort?.postMessage({ progress }),
    onSource: (done) => parentPort?.postMessage({ done }),
  });
  parentPort?.postMessage({ results });
} finally {
  await checkpoints?.stop();
  await store.close();
  parentPort?.close();
}
