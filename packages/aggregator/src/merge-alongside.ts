import { Worker } from 'node:worker_threads';
import type { MergeSummary } from './merge.ts';

export interface MergeAlongside {
  /** Merges what is left once the harvest is done, and says what the whole merge did. Calling it again gives the same answer. */
  finish(): Promise<MergeSummary>;
}

// Run from source (`.ts`, tests and benchmarks), the thread needs the condition that resolves the
// workspace's packages to their sources too.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSource ? './merge-worker.ts' : './merge-worker.js', import.meta.url);

/**
 * Merges on a second thread while the harvest runs: it follows the store's change sequence through
 * its own connection, so clustering and writing merged listings use a core the harvest leaves idle,
 * and little is left to merge when the harvest ends. The result is what `rebuildMergedView` after
 * the harvest would give. `location` is what `createStore` takes, but not `:memory:`, which
 * another thread cannot open.
 */
export function mergeAlongside(location: string, options: { idleMs?: number } = {}): MergeAlongside {
  const worker = new Worker(WORKER_URL, {
    workerData: { location, idleMs: options.idleMs ?? 100 },
    // What a step reads lives only for that step: a small young generation is collected more often
    // and keeps about 100 MB less resident than the default (measured with bench:harvest).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
    // Not the process's own flags: a thread refuses some of them (heap sizes, for one).
    ...(fromSource && { execArgv: ['--conditions=@openyouth/source'] }),
  });
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
