import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getPriority, tmpdir } from 'node:os';
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
// Requests to /feeds/held wait here until the test answers them (with an empty last page).
const heldRequests: (() => void)[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    const feed = url.pathname.split('/')[2] ?? '';
    if (feed === 'held') {
      response.setHeader('content-type', 'application/json');
      return void heldRequests.push(() => response.end(JSON.stringify({ next: url.href, items: [] })));
    }
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
  it('stores on its own thread what harvestCatalogue stores here, reporting each page and source as it goes', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'openyouth-thread-')), 'store.db');
    const events: string[] = [];
    const results = await harvestOnThread(path, catalogue(), {
      checkedAt: CHECKED_AT,
      concurrency: 1,
      onPage: ({ sourceId, pages: count, items }) => events.push(`${sourceId} ${count} ${items}`),
      onSource: ({ sourceId, changed }) => events.push(`${sourceId} done, ${changed} changed`),
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
    // Each page, and the empty last one, of each source in turn, then that source's result.
    expect(events).toEqual(
      ['named', 'unnamed'].flatMap((id) => [
        ...Array.from(
          { length: PAGES + 1 },
          (_, page) => `${id} ${page + 1} ${Math.min(page + 1, PAGES) * PER_PAGE}`,
        ),
        `${id} done, ${PAGES * PER_PAGE} changed`,
      ]),
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

  it.skipIf(process.platform !== 'linux')(
    'runs its thread 5 nice levels below the process, and so below the merge thread (Linux: each thread has its own nice value)',
    async () => {
      // Linux gives each thread's nice value in /proc/self/task/<tid>/stat, its 19th field. A
      // thread listed may end (one of an earlier test's, say) before its stat is read: it is left out.
      const niceOf = (tid: string) => {
        try {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          return [[tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])] as const];
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
          throw error;
        }
      };
      const niceByThread = () => new Map(readdirSync('/proc/self/task').flatMap(niceOf));
      const before = niceByThread();
      const own = getPriority();
      const path = join(await mkdtemp(join(tmpdir(), 'openyouth-thread-')), 'store.db');
      const harvest = harvestOnThread(path, {
        sources: [{ id: 'held', url: `${base}/feeds/held`, format: 'openyouth' }],
        allow: { loopback: true, private: false },
      });
      await expect.poll(() => heldRequests.length, { timeout: 20_000 }).toBe(1);
      const during = niceByThread();
      for (const answer of heldRequests.splice(0)) answer();
      expect(await harvest).toMatchObject([{ sourceId: 'held', ok: true }]);
      // The harvest's thread (and the checkpoint thread it starts, which inherits it) 5 below this
      // one; every thread there before keeps its own.
      const started = [...during].filter(([tid]) => !before.has(tid));
      expect(started.filter(([, nice]) => nice === Math.min(own + 5, 19)).length).toBeGreaterThanOrEqual(1);
      expect([...before].map(([tid, nice]) => during.get(tid) ?? nice)).toEqual([...before.values()]);
      // The thread that started the harvest keeps its own.
      expect(getPriority()).toBe(own);
    },
    30_000,
  );

  it('rejects with the reason when its thread cannot open the store', async () => {
    const path = join(tmpdir(), 'no-such-directory-for-openyouth', 'store.db');
    await expect(harvestOnThread(path, catalogue())).rejects.toThrow(/unable to open/i);
  });
});
