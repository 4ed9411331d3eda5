import { statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { checkpointAlongside } from '../src/checkpoint-alongside.ts';

const PAGE = 8192;

/** A database in WAL mode, written by a connection that never checkpoints it. */
async function writerThatNeverCheckpoints() {
  const path = join(await mkdtemp(join(tmpdir(), 'openyouth-checkpoint-')), 'store.db');
  const db = new DatabaseSync(path, { timeout: 10_000 });
  db.exec(`PRAGMA page_size = ${PAGE}; PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
    CREATE TABLE blobs (body BLOB)`);
  const insert = db.prepare('INSERT INTO blobs (body) VALUES (?)');
  // Each commit writes `pages` pages of new rows.
  const commit = (pages: number) => {
    db.exec('BEGIN IMMEDIATE');
    for (let page = 0; page < pages; page++) insert.run(Buffer.alloc(PAGE - 100, page));
    db.exec('COMMIT');
  };
  return { path, db, commit };
}

async function eventually(condition: () => boolean, what: string) {
  for (const deadline = Date.now() + 10_000; !condition(); await sleep(10)) {
    if (Date.now() > deadline) throw new Error(`Still not true after 10 s: ${what}`);
  }
}

describe('checkpointAlongside', () => {
  it("copies a writer's WAL into the database file on a thread of its own", async () => {
    const { path, db, commit } = await writerThatNeverCheckpoints();
    commit(250);
    expect(statSync(path).size).toBeLessThan(10 * PAGE);
    const checkpoints = checkpointAlongside(path, { intervalMs: 10 });
    await eventually(() => statSync(path).size > 250 * PAGE, 'the database file holds the 250 pages');
    await checkpoints.stop();
    db.close();
  });

  it('starts the WAL over once it passes the mark, while the writer commits again during each copy', async () => {
    const { path, db, commit } = await writerThatNeverCheckpoints();
    const checkpoints = checkpointAlongside(path, { intervalMs: 5, restartAfterPages: 200 });
    // 12,000 pages in all, a commit every 2 ms or so.
    for (let round = 0; round < 300; round++) {
      commit(40);
      await sleep(2);
    }
    await checkpoints.stop();
    const walPages = statSync(`${path}-wal`).size / PAGE;
    db.close();
    // Trials: 760-1,230 pages; 3,900-8,400 when the thread never started the WAL over.
    expect(walPages).toBeLessThan(2500);
  });

  it('ends its thread when stopped', async () => {
    const { path, db } = await writerThatNeverCheckpoints();
    const checkpoints = checkpointAlongside(path, { intervalMs: 10 });
    await expect(checkpoints.stop()).resolves.toBeUndefined();
    db.close();
  });
});
