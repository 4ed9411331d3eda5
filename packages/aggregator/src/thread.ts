import { Worker } from 'node:worker_threads';

// Run from source (`.ts`, tests and benchmarks), a thread needs the condition that resolves the
// workspace's packages to their sources too.
const fromSource = import.meta.url.endsWith('.ts');

/**
 * Starts one of this package's thread scripts (`merge-worker`, `harvest-worker`,
 * `checkpoint-worker`) from its sources or its build, whichever this module was loaded from. What
 * a page or a step of the harvest or the merge reads lives only for that page or step: a young
 * generation of `youngGenerationMb`, smaller than the default, is collected more often and keeps
 * the process's memory down (bench:harvest measures the trade-off).
 */
export function startThread(script: string, workerData: unknown, youngGenerationMb: number): Worker {
  return new Worker(new URL(`./${script}.${fromSource ? 'ts' : 'js'}`, import.meta.url), {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    // Not the process's own flags: a thread refuses some of them (heap sizes, for one).
    ...(fromSource && { execArgv: ['--conditions=@openyouth/source'] }),
  });
}
