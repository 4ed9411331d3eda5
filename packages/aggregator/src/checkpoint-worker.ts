// The thread `checkpointAlongside` starts: copies the WAL of an embedded store into its database
// file through a connection of its own, every `intervalMs`, until told to stop.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

const { path, intervalMs, restartAfterPages } = workerData as {
  path: string;
  intervalMs: number;
  restartAfterPages: number;
};

// No busy wait: what another connection holds is left for the next round.
const db = new DatabaseSync(path, { timeout: 0 });
const passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const restart = db.prepare('PRAGMA wal_checkpoint(RESTART)');

function checkpoint() {
  const { log } = passive.get() as { log: number };
  // Writers start the WAL over only when they find all of it copied, which they seldom do while
  // this copies and they commit at once. Past the mark, this takes the write lock while no one
  // writes, copies the little that came in since, and starts the WAL over if no one reads it.
  if (log > restartAfterPages) restart.get();
}

const timer = setInterval(checkpoint, intervalMs);
parentPort?.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
