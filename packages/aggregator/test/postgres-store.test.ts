import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listing as exampleListing } from '../../../examples/typed-listing.ts';
import { featuresOf } from '../src/dedupe/match.ts';
import {
  createStore,
  harvestCatalogue,
  harvestOnThread,
  mergeAlongside,
  rebuildMergedView,
  rpdeReader,
} from '../src/index.ts';
import { expectMigratedFromV0, layoutV0, V0_ITEMS, v0ItemInsert } from './helpers/layout-v0.ts';
import { findPostgresBinaries, type PostgresServer, startPostgres } from './helpers/postgres-server.ts';
import { storeContract } from './store-contract.ts';

const bin = await findPostgresBinaries();
// CI installs PostgreSQL (.ci/run), so there a missing server is a failure, not a skip.
const skip = !bin && !process.env.CI;

describe.skipIf(skip)(
  `the PostgreSQL store${skip ? ' (skipped: PostgreSQL is not installed here)' : ''}`,
  () => {
    let server: PostgresServer;
    let database = 0;

    beforeAll(async () => {
      if (!bin) throw new Error('PostgreSQL is not installed: run `apt-get install postgresql`.');
      server = await startPostgres(bin);
    }, 60_000);
    afterAll(async () => server?.stop());

    // Each test gets its own database on the one server, so tests never see each other's rows.
    storeContract(async () => createStore(await createDatabase(`contract_${++database}`)));

    async function createDatabase(name: string) {
      const admin = new pg.Client(server.url);
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return server.url.replace(/\/postgres$/, `/${name}`);
    }

    it('lets three harvesters, one on its own thread, share the database without ever harvesting one source twice at once', async () => {
      // Four slow feeds on loopback that record how many requests each has in flight at once.
      const inFlight = new Map<string, number>();
      const mostInFlight = new Map<string, number>();
      let base = '';
      const feeds: Server = createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const feed = url.pathname;
        inFlight.set(feed, (inFlight.get(feed) ?? 0) + 1);
        mostInFlight.set(feed, Math.max(mostInFlight.get(feed) ?? 0, inFlight.get(feed) ?? 0));
        const after = Number(url.searchParams.get('afterTimestamp') ?? 0);
        const id = String(after + 1).padStart(3, '0');
        const items = after < 5 ? [{ state: 'deleted', kind: 'Listing', id, modified: after + 1 }] : [];
        const next = items.length
          ? `${base}${feed}?afterTimestamp=${after + 1}&afterId=${id}`
          : `${base}${request.url}`;
        setTimeout(() => {
          inFlight.set(feed, (inFlight.get(feed) ?? 1) - 1);
          response.setHeader('content-type', 'application/json');
          response.end(
            JSON.stringify({ next, items, license: 'https://creativecommons.org/licenses/by/4.0/' }),
          );
        }, 20);
      });
      await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
      const url = await createDatabase('shared_workers');
      const catalogue = {
        sources: ['a', 'b', 'c', 'd'].map((id) => ({
          id,
          url: `${base}/${id}`,
          format: 'openyouth' as const,
        })),
        allow: { loopback: true, private: false },
      };
      const harvester = async (worker: string) => {
        const store = await createStore(url);
        try {
          return await harvestCatalogue(store, catalogue, {
            readerFor: () => rpdeReader({ allow: catalogue.allow }),
            check: () => [],
            worker,
            concurrency: 2,
          });
        } finally {
          await store.close();
        }
      };
      // The third harvests on a thread of its own, as `openyouth harvest` does.
      const results = (
        await Promise.all([
          harvester('worker-1'),
          harvester('worker-2'),
          harvestOnThread(url, catalogue, { concurrency: 2 }),
        ])
      ).flat();
      await new Promise((resolve) => feeds.close(resolve));

      expect([...mostInFlight.values()]).toEqual([1, 1, 1, 1]);
      expect(results.some((result) => result.skipped)).toBe(true);
      const store = await createStore(url);
      expect(await store.countItems()).toEqual({ updated: 0, deleted: 20 });
      await store.close();
    }, 60_000);

    it('merges on a second thread with its own connections while pages are stored', async () => {
      const url = await createDatabase('alongside');
      const store = await createStore(url);
      await store.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
      const merging = mergeAlongside(url, { idleMs: 1 });
      for (let page = 0; page < 10; page++) {
        const items = Array.from({ length: 20 }, (_, n) => {
          const number = page * 20 + n;
          const listing = {
            ...exampleListing,
            id: `https://example.org.uk/listings/${number}`,
            name: `Club ${number}`,
          };
          return { itemId: String(number), state: 'updated' as const, modified: String(number + 1), listing };
        });
        await store.applyPage('charity', { items, position: `p${page}`, fetchedAt: '2026-11-24T10:00:00Z' });
      }
      expect(await merging.finish()).toEqual({ listings: 200, changed: 200, deleted: 0 });
      expect(await rebuildMergedView(store)).toEqual({ listings: 200, changed: 0, deleted: 0 });
      await store.close();
    }, 60_000);

    it('works out the match features of every live item of a layout 3 database, a thousand at a time', async () => {
      const url = await createDatabase('layout_v3');
      const listingAt = (n: number) => ({ ...exampleListing, id: `https://example.org.uk/listings/${n}` });
      const error = { code: 'schema', severity: 'error' as const, instancePath: '', message: 'Broken.' };
      const before = await createStore(url);
      await before.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
      // Past two batches of the migration, with a tombstone and a listing with an error among them.
      await before.applyPage('charity', {
        items: Array.from({ length: 2500 }, (_, n) => ({
          itemId: String(n).padStart(4, '0'),
          modified: String(n + 1),
          ...(n === 7
            ? { state: 'deleted' as const }
            : { state: 'updated' as const, listing: listingAt(n), ...(n === 1500 && { notices: [error] }) }),
        })),
        position: 'p1',
        fetchedAt: '2026-11-24T10:00:00Z',
      });
      await before.close();
      const old = new pg.Client(url);
      await old.connect();
      await old.query('ALTER TABLE items DROP COLUMN match_features; UPDATE store_layout SET version = 3');
      await old.end();

      const store = await createStore(url);
      const items = await store.mergeItemsSince(0, 5000);
      expect(items).toHaveLength(2500);
      for (const item of items) {
        const n = Number(item.itemId);
        expect(item.match, item.itemId).toEqual(n === 7 || n === 1500 ? undefined : featuresOf(listingAt(n)));
      }
      await store.close();
    }, 60_000);

    it('moves a database of the first layout to the current one (one row per distinct notice list, block keys organiser first, merged listings read from their items), losing nothing', async () => {
      const url = await createDatabase('layout_v0');
      const old = new pg.Client(url);
      await old.connect();
      await old.query(layoutV0('JSONB'));
      for (const [index, [itemId, notices]] of V0_ITEMS.entries())
        await old.query(v0ItemInsert(itemId, index + 1, '$1'), [JSON.stringify(notices)]);

      const store = await createStore(url);
      await expectMigratedFromV0(store);
      await store.close();
      const lists = await old.query('SELECT COUNT(*)::int AS n FROM notice_lists');
      expect(lists.rows).toEqual([{ n: 2 }]);
      await old.end();
    }, 60_000);
  },
);
