import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type Store } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findPostgresBinaries,
  type PostgresServer,
  startPostgres,
} from '../../../aggregator/test/helpers/postgres-server.ts';
import { buildServer } from '../../src/index.ts';
import { exampleListings } from '../helpers/examples.ts';
import { NOW } from '../helpers/server.ts';

const page = (listings: Listing[]) => ({
  items: listings.map((listing) => ({
    itemId: listing.id,
    state: 'updated' as const,
    modified: String(Date.parse(listing.dateModified)),
    listing,
  })),
  position: 'https://example.org/feed?page=2',
  fetchedAt: NOW.toISOString(),
});

/** The same behaviour on the embedded store and on PostgreSQL. */
function storeBackedServer(name: string, open: () => Promise<Store>) {
  describe(`a server over the ${name} store`, () => {
    it('serves every live listing once, merging a listing two sources both publish, and sees new ones after reload()', async () => {
      const store = await open();
      try {
        const listings = exampleListings();
        await store.upsertSource({ id: 'examples', url: 'https://example.org/a', format: 'openyouth' });
        await store.upsertSource({ id: 'mirror', url: 'https://example.org/b', format: 'openyouth' });
        await store.applyPage('examples', page(listings));
        // A second source republishing one listing: the directory shows it once.
        await store.applyPage('mirror', page([listings[0] as Listing]));
        const app = await buildServer({ source: store, now: () => NOW });
        try {
          expect((await app.inject('/listings?limit=1')).json().total).toBe(17);
          const { url: _url, location: _location, ...base } = listings[3] as Listing;
          const extra: Listing = {
            ...base,
            id: 'https://example.org/listings/new-club',
            name: 'A brand new club',
          };
          await store.applyPage('mirror', page([extra]));
          await app.directory.reload();
          const found = (await app.inject('/listings?q=brand+new')).json();
          expect([found.total, found.items[0].listing.name]).toEqual([1, 'A brand new club']);
        } finally {
          await app.close();
        }
      } finally {
        await store.close();
      }
    }, 30_000);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'openyouth-server-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
storeBackedServer('embedded SQLite', () => createStore(join(dir, 'store.sqlite')));

const bin = await findPostgresBinaries();
// CI installs PostgreSQL (.ci/run), so there a missing server is a failure, not a skip.
const skip = !bin && !process.env.CI;
describe.skipIf(skip)('PostgreSQL', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    if (!bin) throw new Error('PostgreSQL is not installed: run `apt-get install postgresql`.');
    server = await startPostgres(bin);
  }, 60_000);
  afterAll(async () => server?.stop());
  storeBackedServer('PostgreSQL', () => createStore(server.url));
});
