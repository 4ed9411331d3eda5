import type { MergeSummary } from './merge.ts';
import { startThread } from './thread.ts';

export interface MergeAlongside {
  /** Merges what is left once the harvest is done, and says what the whole merge did. Calling it again gives the same answer. */
  finish(): Promise<MergeSummary>;
}

/**
 * Merges on a second thread while the harvest runs: it follows the store's change sequence through
 * its own connection, so clustering and writing merged listings use a core the harvest leaves idle,
 * and little is left to merge when the harvest ends. The result is what `rebuildMergedView` after
 * the harvest would give. `location` is what `createStore` takes, but not `:memory:`, which
 * another thread cannot open.
 */
export function mergeAlongside(location: string, options: { idleMs?: number } = {}): MergeAlongside {
  // 32 MB: more of a step's items die young, and fewer are copied out of the young generation
  // (bench:harvest's figures, with the harvest thread's 16 MB, are in docs/benchmarks.md).
  const worker = startThread('merge-worker', { location, idleMs: options.idleMs ?? 100 }, 32);
  const summary = new Promise<MergeSummary>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The merge thread stopped (exit code ${code}) before it finished.`)),
    );
  });
  // Until finish() is called, a failure waits there to be reported.
  summary.catch(() => {});
  let finishing = false;
  return {
    finish: () => {
      if (!finishing) worker.postMessage('finish');
      finishing = true;
      return summary;
    },
  };
}
