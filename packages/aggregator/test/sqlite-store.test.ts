import { statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Listing } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { createStore } from '../src/index.ts';
import type { SqliteStore } from '../src/store/sqlite-store.ts';
import { expectMigratedFromV0, layoutV0, V0_ITEMS, v0ItemInsert } from './helpers/layout-v0.ts';
import { storeContract } from './store-contract.ts';

const freshPath = async () => join(await mkdtemp(join(tmpdir(), 'openyouth-store-')), 'store.db');

describe('the embedded SQLite store', () => {
  storeContract(async () => createStore(await freshPath()));

  it('keeps what was committed when it is opened again', async () => {
    const path = await freshPath();
    const first = await createStore(path);
    await first.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
    await first.applyPage('charity', {
      items: [{ itemId: 'a', state: 'deleted', modified: '5' }],
      position: 'p1',
      fetchedAt: '2026-11-24T10:00:00Z',
    });
    await first.close();
    const second = await createStore(path);
    expect((await second.getSource('charity'))?.position).toBe('p1');
    expect((await second.changesSince(0, 10)).map((item) => item.seq)).toEqual([1]);
    await second.close();
  });

  it('makes a new file with pages of 8 KB, and opens a file made with other pages as it is', async () => {
    const pageSize = (path: string) => {
      const db = new DatabaseSync(path);
      const { page_size } = db.prepare('PRAGMA page_size').get() as { page_size: number };
      db.close();
      return page_size;
    };
    const fresh = await freshPath();
    await (await createStore(fresh)).close();
    expect(pageSize(fresh)).toBe(8192);

    const older = await freshPath();
    const db = new DatabaseSync(older);
    db.exec('PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE made_before (x)');
    db.close();
    const store = await createStore(older);
    await store.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
    expect((await store.getSource('charity'))?.url).toBe('http://127.0.0.1/feed');
    await store.close();
    expect(pageSize(older)).toBe(4096);
  });

  it('checkpoints the WAL once it holds as many pages as set, and not before', async () => {
    const path = await freshPath();
    const store = (await createStore(path)) as SqliteStore;
    await store.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
    const megabytes = (file: string) => statSync(file).size / 2 ** 20;
    // 100 items of 2 KB a page: 20 pages pass SQLite's 1,000-page (8 MB) checkpoint mark.
    const storePages = async (count: number) => {
      for (let page = 0; page < count; page++) {
        const items = Array.from({ length: 100 }, (_, index) => ({
          itemId: `${page}-${index}-${Math.random()}`,
          state: 'updated' as const,
          modified: '1',
          listing: {
            id: `https://example.org.uk/${page}/${index}`,
            name: 'x'.repeat(2000),
          } as unknown as Listing,
        }));
        await store.applyPage('charity', { items, position: `p${page}`, fetchedAt: '2026-11-24T10:00:00Z' });
      }
    };
    store.checkpointAfter(10_000);
    await storePages(30);
    expect(megabytes(`${path}-wal`)).toBeGreaterThan(8);
    expect(megabytes(path)).toBeLessThan(1);
    store.checkpointAfter(1000);
    await storePages(1);
    expect(megabytes(path)).toBeGreaterThan(5);
    await store.close();
  });

  it('waits for the write transaction of another connection without holding up its own thread', async () => {
    const path = await freshPath();
    const store = await createStore(path);
    await store.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
    const other = new DatabaseSync(path);
    other.exec('BEGIN IMMEDIATE');
    const stored = store.applyPage('charity', {
      items: [{ itemId: 'a', state: 'deleted', modified: '5' }],
      position: 'p1',
      fetchedAt: '2026-11-24T10:00:00Z',
    });
    // The other writer is on this very thread: had the store slept in SQLite's busy wait, this
    // timer could not run, the other transaction would never end, and the page never be stored.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store.countItems()).toEqual({ updated: 0, deleted: 0 });
    other.exec('COMMIT');
    expect(await stored).toEqual({ changed: 1, unchanged: 0 });
    expect(await store.countItems()).toEqual({ updated: 0, deleted: 1 });
    other.close();
    await store.close();
  });

  it('moves a store of the first layout to the current one (one row per distinct notice list, block keys organiser first, merged listings read from their items, dedupe entries by block number), losing nothing', async () => {
    const path = await freshPath();
    const old = new DatabaseSync(path);
    old.exec(layoutV0('TEXT'));
    for (const [index, [itemId, notices]] of V0_ITEMS.entries())
      old.prepare(v0ItemInsert(itemId, index + 1, '?')).run(JSON.stringify(notices));
    old.close();

    const store = await createStore(path);
    await expectMigratedFromV0(store);
    await store.applyPage('charity', {
      items: [{ itemId: 'd', state: 'deleted', modified: '9', notices: V0_ITEMS[0]?.[1] ?? [] }],
      position: 'p2',
      fetchedAt: '2026-11-24T11:00:00Z',
    });
    await store.close();
    const db = new DatabaseSync(path);
    expect(db.prepare('SELECT COUNT(*) AS n FROM notice_lists').get()).toEqual({ n: 2 });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 5 });
    expect(
      db.prepare(`SELECT name FROM sqlite_schema WHERE name LIKE 'dedupe%' ORDER BY name`).all(),
    ).toEqual([{ name: 'dedupe_blocks' }, { name: 'dedupe_items' }]);
    db.close();
  });
});
