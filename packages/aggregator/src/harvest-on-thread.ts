import type { Catalogue } from './catalogue.ts';
import type { SourceResult } from './harvest/types.ts';
import { startThread } from './thread.ts';

export interface HarvestOnThreadOptions {
  /** Start every source again from its first page. */
  resync?: boolean;
  /** How many sources are harvested at once. */
  concurrency?: number;
  /** The date listings are checked against (freshness, ages); the current time by default. */
  checkedAt?: Date;
  onPage?: (progress: { sourceId: string; pages: number; items: number }) => void;
  /** Called as each source is done, in the order they finish. */
  onSource?: (result: SourceResult) => void;
}

type Message =
  | { progress: Parameters<NonNullable<HarvestOnThreadOptions['onPage']>>[0] }
  | { done: SourceResult }
  | { results: SourceResult[] };

/**
 * `harvestCatalogue` on a thread of its own, with its own connection to the store at `location`
 * (what `createStore` takes, but not `:memory:`, which another thread cannot open). Sources read
 * with the catalogue's own address allowance, and checked with the validator. The thread's small
 * young generation keeps the harvest's short-lived pages from swelling the process: `node` cannot
 * be given that flag by a library, but a thread can (bench:harvest measures the difference). On
 * Linux the thread runs five nice levels below the process, so below a merge thread alongside it
 * (`mergeAlongside`).
 */
export function harvestOnThread(
  location: string,
  catalogue: Catalogue,
  options: HarvestOnThreadOptions = {},
): Promise<SourceResult[]> {
  const worker = startThread(
    'harvest-worker',
    {
      location,
      catalogue,
      resync: options.resync === true,
      concurrency: options.concurrency,
      checkedAt: (options.checkedAt ?? new Date()).toISOString(),
    },
    // 16 MB, and 32 MB for the merge thread: bench:harvest (a million listings) used about 6% less
    // CPU than with 8 and 16 MB, at a peak RSS of 403-459 MB.
    16,
  );
  return new Promise((resolve, reject) => {
    worker.on('message', (message: Message) => {
      if ('progress' in message) options.onPage?.(message.progress);
      else if ('done' in message) options.onSource?.(message.done);
      else resolve(message.results);
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The harvest thread stopped (exit code ${code}) before it finished.`)),
    );
  });
}
