import { startThread } from './thread.ts';

/**
 * How many pages the WAL may hold before a writer's own commit checkpoints it, while a thread
 * checkpoints alongside: 10,000 (80 MB), a mark only reached when that thread falls behind.
 */
export const CHECKPOINT_BACKSTOP_PAGES = 10_000;

export interface CheckpointAlongside {
  /** Ends the thread once its current checkpoint is done. */
  stop(): Promise<void>;
}

/**
 * Checkpoints the WAL of the embedded store at `path` on a thread of its own, every `intervalMs`,
 * while writers on other threads set `checkpointAfter(CHECKPOINT_BACKSTOP_PAGES)`. A checkpoint
 * copies the WAL's pages into the database file and waits on the disk twice (fsync): done by the
 * committing writer, as SQLite does by default, that holds up the harvest itself. Copying every few
 * hundred milliseconds rather than every 1,000 pages also copies a page written again meanwhile
 * once (bench:harvest measures both).
 */
export function checkpointAlongside(
  path: string,
  { intervalMs = 300, restartAfterPages = 6000 }: { intervalMs?: number; restartAfterPages?: number } = {},
): CheckpointAlongside {
  const worker = startThread('checkpoint-worker', { path, intervalMs, restartAfterPages }, 2);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A failed checkpoint costs nothing but its copy: writers checkpoint themselves past the backstop.
  worker.on('error', () => {});
  return {
    stop: () => {
      worker.postMessage('stop');
      return exited;
    },
  };
}
