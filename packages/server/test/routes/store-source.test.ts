import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, issuePublisherKey, rebuildMergedView, type Store } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    it('answers every read exactly as a server over the same listings in memory does', async () => {
      const store = await open();
      await store.upsertSource({ id: 'examples', url: 'https://example.org/a', format: 'openyouth' });
      await store.applyPage('examples', page(exampleListings()));
      await rebuildMergedView(store);
      const fromStore = await buildServer({ source: store, now: () => NOW });
      const inMemory = await buildServer({ source: exampleListings(), now: () => NOW });
      try {
        const club = encodeURIComponent(exampleListings()[3]?.id as string);
        for (const url of [
          '/listings',
          '/listings?lat=51.46&lng=-2.56&radiusKm=200&age=13',
          '/listings?category=youth-clubs,arts-and-crafts&free=true&sort=relevance',
          '/listings?q=club&day=Friday&startsAfter=17:00',
          '/listings?attendanceMode=online&page=2&limit=1',
          `/listings/${club}`,
          '/organizations',
          '/oruk/services?minimum_age=12&per_page=5',
          `/oruk/services/${club}`,
        ]) {
          const [a, b] = await Promise.all([fromStore.inject(url), inMemory.inject(url)]);
          // Compared as JSON values: PostgreSQL's jsonb keeps a listing's members in its own order.
          expect({ url, status: a.statusCode, body: a.json() }).toEqual({
            url,
            status: b.statusCode,
            body: b.json(),
          });
        }
      } finally {
        await fromStore.close();
        await inMemory.close();
        await store.close();
      }
    }, 30_000);

    it('serves the merged directory, a listing two sources both publish once, and picks up what a later harvest merged', async () => {
      const store = await open();
      try {
        const listings = exampleListings();
        await store.upsertSource({ id: 'examples', url: 'https://example.org/a', format: 'openyouth' });
        await store.upsertSource({ id: 'mirror', url: 'https://example.org/b', format: 'openyouth' });
        await store.applyPage('examples', page(listings));
        // A second source republishing one listing: the directory shows it once.
        await store.applyPage('mirror', page([listings[0] as Listing]));
        await rebuildMergedView(store);
        const app = await buildServer({ source: store, now: () => NOW, refreshMs: 20 });
        try {
          expect((await app.inject('/listings?limit=1')).json().total).toBe(17);
          const { url: _url, location: _location, ...base } = listings[3] as Listing;
          const extra: Listing = {
            ...base,
            id: 'https://example.org/listings/new-club',
            name: 'A brand new club',
          };
          await store.applyPage('mirror', page([extra]));
          expect((await app.inject('/listings?q=brand+new')).json().total).toBe(0);
          // As `openyouth harvest` does at the end of a run, from another process: the server notices.
          await rebuildMergedView(store);
          const found = await vi.waitUntil(
            async () => {
              const answer = (await app.inject('/listings?q=brand+new')).json();
              return answer.total > 0 && answer;
            },
            { timeout: 10_000, interval: 20 },
          );
          expect([found.total, found.items[0].listing.name]).toEqual([1, 'A brand new club']);
        } finally {
          await app.close();
        }
      } finally {
        await store.close();
      }
    }, 30_000);

    it('publishes, updates and withdraws a listing written with an API key, in search and in the feed at once', async () => {
      const store = await open();
      const { key } = await issuePublisherKey(store, {
        organizationId: 'https://brightfutures-youth.org.uk/#organization',
        label: 'Bright Futures Youth',
        now: NOW,
      });
      const { url: _url, ...base } = exampleListings()[3] as Listing;
      const listing: Listing = {
        ...base,
        id: 'https://brightfutures-youth.org.uk/listings/written-here',
        name: 'Written through the API',
        organizer: {
          type: 'Organization',
          id: 'https://brightfutures-youth.org.uk/#organization',
          name: 'Bright Futures Youth',
        },
      };
      const path = `/listings/${encodeURIComponent(listing.id)}`;
      const app = await buildServer({ source: store, now: () => NOW });
      const feedIds = async () =>
        (
          (await app.inject('/feeds/listings?afterTimestamp=0&afterId=')).json() as {
            items: { id: string; state: string }[];
          }
        ).items
          .filter((item) => item.id === listing.id)
          .map((item) => item.state);
      try {
        const put = (body: Listing) =>
          app.inject({
            method: 'PUT',
            url: path,
            headers: { authorization: `Bearer ${key}` },
            payload: body,
          });
        const created = await put(listing);
        expect([created.statusCode, created.headers.location]).toEqual([201, path]);
        expect((await app.inject(path)).json().name).toBe('Written through the API');
        expect((await app.inject('/listings?q=written+through')).json().total).toBe(1);
        expect(await feedIds()).toEqual(['updated']);

        const updated = await put({ ...listing, name: 'Written through the API, renamed' });
        expect(updated.statusCode).toBe(200);
        expect((await app.inject(path)).json().name).toBe('Written through the API, renamed');

        const withdrawn = await app.inject({
          method: 'DELETE',
          url: path,
          headers: { authorization: `Bearer ${key}` },
        });
        expect(withdrawn.statusCode).toBe(204);
        expect((await app.inject(path)).statusCode).toBe(404);
        expect(await feedIds()).toEqual(['deleted']);
      } finally {
        await app.close();
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
