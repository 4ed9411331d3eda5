import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listing as exampleListing } from '../../../examples/typed-listing.ts';
import {
  type Catalogue,
  createStore,
  harvestCatalogue,
  harvestOnThread,
  readerFor,
  type Store,
  validatorCheck,
} from '../src/index.ts';

const PER_PAGE = 4;
const PAGES = 3;
const CHECKED_AT = new Date('2026-11-24T12:00:00Z');

// Two RPDE feeds on loopback: /feeds/<name>, PAGES pages of PER_PAGE example listings each. The
// second feed's listings have no name, an error the validator keeps as their provenance.
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    const feed = url.pathname.split('/')[2] ?? '';
    const after = Number(url.searchParams.get('afterTimestamp') ?? 0);
    const items = Array.from({ length: PER_PAGE }, (_, i) => after + i + 1)
      .filter((n) => n <= PAGES * PER_PAGE)
      .map((n) => {
        const { name, ...unnamed } = exampleListing;
        const data = { ...(feed === 'unnamed' ? unnamed : { ...exampleListing, name: `${name} ${n}` }) };
        return {
          state: 'updated',
          kind: 'Listing',
          id: `${n}`,
          modified: n,
          data: { ...data, id: `${base}/${feed}/${n}` },
        };
      });
    const last = items.at(-1);
    const next = last
      ? `${base}/feeds/${feed}?afterTimestamp=${last.modified}&afterId=${last.id}`
      : `${base}${request.url}`;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ next, items, license: 'https://creativecommons.org/licenses/by/4.0/' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const catalogue = (): Catalogue => ({
  sources: ['named', 'unnamed'].map((id) => ({
    id,
    url: `${base}/feeds/${id}`,
    format: 'openyouth' as const,
  })),
  allow: { loopback: true, private: false },
});

/** Every stored item, with its notices' codes, in change order but for the sequence numbers. */
async function contents(store: Store) {
  const items = await store.listCurrent(1000);
  return items.map(({ sourceId, itemId, state, modified, listing, notices }) => ({
    sourceId,
    itemId,
    state,
    modified,
    listing,
    codes: notices.map((notice) => notice.code),
  }));
}

describe('harvestOnThread', () => {
  it('stores on its own thread what harvestCatalogue stores here, reporting each page as it goes', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'openyouth-thread-')), 'store.db');
    const pages: string[] = [];
    const results = await harvestOnThread(path, catalogue(), {
      checkedAt: CHECKED_AT,
      concurrency: 1,
      onPage: ({ sourceId, pages: count, items }) => pages.push(`${sourceId} ${count} ${items}`),
    });

    const here = await createStore(':memory:');
    const expected = await harvestCatalogue(here, catalogue(), {
      readerFor: (source) => readerFor(source, catalogue().allow),
      check: validatorCheck(CHECKED_AT),
      concurrency: 1,
    });
    expect(results).toEqual(expected);
    expect(results.map((result) => [result.sourceId, result.changed, result.invalid])).toEqual([
      ['named', PAGES * PER_PAGE, 0],
      ['unnamed', PAGES * PER_PAGE, PAGES * PER_PAGE],
    ]);
    // Each page, and the empty last one, of each source in turn.
    expect(pages).toEqual(
      ['named', 'unnamed'].flatMap((id) =>
        Array.from(
          { length: PAGES + 1 },
          (_, page) => `${id} ${page + 1} ${Math.min(page + 1, PAGES) * PER_PAGE}`,
        ),
      ),
    );
    const store = await createStore(path);
    const stored = await contents(store);
    expect(stored).toEqual(await contents(here));
    expect(stored.filter((item) => item.codes.length > 0 && item.sourceId === 'unnamed')).toHaveLength(
      PAGES * PER_PAGE,
    );
    await store.close();
    await here.close();
  }, 60_000);

  it('rejects with the reason when its thread cannot open the store', async () => {
    const path = join(tmpdir(), 'no-such-directory-for-openyouth', 'store.db');
    await expect(harvestOnThread(path, catalogue())).rejects.toThrow(/unable to open/i);
  });
});
