// The thread `mergeAlongside` starts: merges what the harvest stores, through its own connection,
// until told to finish; then merges what is left and posts the summary.
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import {
  CHECKPOINT_BACKSTOP_PAGES,
  type CheckpointAlongside,
  checkpointAlongside,
} from './checkpoint-alongside.ts';
import { mergePending, mergeSummary } from './merge.ts';
import { createStore } from './store/create-store.ts';
import { SqliteStore } from './store/sqlite-store.ts';

const { location, idleMs } = workerData as { location: string; idleMs: number };
let finishing = false;
parentPort?.once('message', () => {
  finishing = true;
});

const store = await createStore(location);
// While the harvest runs, its checkpoint thread copies the WAL into the database file; this
// thread's commits only do past the backstop. For the last pass, once the harvest is done, this
// thread starts one of its own, which then has a core to itself while the merge has the other.
let checkpoints: CheckpointAlongside | undefined;
if (store instanceof SqliteStore) store.checkpointAfter(CHECKPOINT_BACKSTOP_PAGES);
try {
  const { mergedSeq } = await store.mergeProgress();
  for (;;) {
    // Everything stored before 'finish' arrived is merged by the pass that begins after it.
    const last = finishing;
    if (last && store instanceof SqliteStore) checkpoints = checkpointAlongside(location);
    const taken = await mergePending(store);
    if (last) break;
    if (taken === 0) await sleep(idleMs);
  }
  parentPort?.postMessage(await mergeSummary(store, mergedSeq));
} finally {
  await checkpoints?.stop();
  await store.close();
  parentPort?.close();
}
