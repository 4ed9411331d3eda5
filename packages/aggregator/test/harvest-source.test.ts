import type { Listing } from '@openyouth/schema';
import { bySeverityThenCode } from '@openyouth/validator';
import { describe, expect, it } from 'vitest';
import { listing as exampleListing } from '../../../examples/typed-listing.ts';
import {
  createStore,
  harvestCatalogue,
  harvestSource,
  rebuildMergedView,
  removeRetiredSources,
  retiredSources,
  type SourcePage,
  type SourceReader,
  type Store,
} from '../src/index.ts';

const listing = (id: string) => ({ id: `https://example.org.uk/${id}`, name: id }) as Listing;
const updated = (id: string, modified: string) => ({
  itemId: id,
  state: 'updated' as const,
  modified,
  listing: listing(id),
});

/** A reader over fixed pages that records where each harvest asked it to start. */
function readerOf(pages: SourcePage[], options: { fullSync?: boolean; failAfter?: number } = {}) {
  const starts: (string | undefined)[] = [];
  const reader: SourceReader = {
    fullSync: options.fullSync ?? false,
    async *pages(source) {
      starts.push(source.position);
      const from = source.position ? pages.findIndex((page) => page.position === source.position) + 1 : 0;
      for (const [index, page] of pages.slice(from).entries()) {
        if (options.failAfter !== undefined && index >= options.failAfter)
          throw new Error('HTTP 503 from the source');
        yield page;
      }
    },
  };
  return { reader, starts };
}

const clock = (start = Date.parse('2026-11-24T10:00:00Z')) => {
  let tick = 0;
  return () => new Date(start + tick++ * 1000);
};

async function freshStore(): Promise<Store> {
  const store = await createStore(':memory:');
  await store.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
  return store;
}

const noNotices = () => [];

describe('harvestSource', () => {
  it('stores every page with the notices the check raises, counting invalid items', async () => {
    const store = await freshStore();
    const { reader } = readerOf([
      { items: [updated('a', '1'), updated('b', '2')], position: 'p1' },
      { items: [{ itemId: 'c', state: 'deleted', modified: '3' }], position: 'p2' },
    ]);
    const error = {
      code: 'age_range_missing',
      severity: 'error' as const,
      instancePath: '',
      message: 'no ages',
    };
    const check = (listings: readonly unknown[]) =>
      listings.map((candidate) => ((candidate as Listing).name === 'b' ? [error] : []));
    const result = await harvestSource(store, 'charity', { reader, check, now: clock() });
    expect(result).toEqual({
      sourceId: 'charity',
      ok: true,
      pages: 2,
      changed: 3,
      unchanged: 0,
      deleted: 0,
      invalid: 1,
    });
    expect((await store.getItem('charity', 'b'))?.notices.map((notice) => notice.code)).toEqual([
      'age_range_missing',
    ]);
    expect((await store.getSource('charity'))?.position).toBe('p2');
  });

  it('keeps the pages it stored when the source fails part way, records the failure and resumes there', async () => {
    const store = await freshStore();
    const pages = [
      { items: [updated('a', '1')], position: 'p1' },
      { items: [updated('b', '2')], position: 'p2' },
    ];
    const failing = readerOf(pages, { failAfter: 1 });
    const failed = await harvestSource(store, 'charity', {
      reader: failing.reader,
      check: noNotices,
      now: clock(),
    });
    expect(failed).toMatchObject({ ok: false, pages: 1, error: 'HTTP 503 from the source' });
    expect(await store.getSource('charity')).toMatchObject({
      position: 'p1',
      lastError: 'HTTP 503 from the source',
    });

    const healthy = readerOf(pages);
    const resumed = await harvestSource(store, 'charity', {
      reader: healthy.reader,
      check: noNotices,
      now: clock(),
    });
    expect(healthy.starts).toEqual(['p1']);
    expect(resumed).toMatchObject({ ok: true, pages: 1, changed: 1 });
    expect(await store.countItems('charity')).toEqual({ updated: 2, deleted: 0 });
  });

  it('reads a full-sync source from the start each time and deletes what it no longer lists', async () => {
    const store = await freshStore();
    const first = readerOf([{ items: [updated('a', '1'), updated('b', '1')], position: 'page=1' }], {
      fullSync: true,
    });
    await harvestSource(store, 'charity', { reader: first.reader, check: noNotices, now: clock() });
    const second = readerOf([{ items: [updated('a', '1')], position: 'page=1' }], { fullSync: true });
    const result = await harvestSource(store, 'charity', {
      reader: second.reader,
      check: noNotices,
      now: clock(Date.parse('2026-11-25T10:00:00Z')),
    });
    expect(second.starts).toEqual([undefined]);
    expect(result).toMatchObject({ ok: true, unchanged: 1, deleted: 1 });
    expect((await store.getItem('charity', 'b'))?.state).toBe('deleted');
  });

  it('starts again from the first page on a requested resync of a resumable feed', async () => {
    const store = await freshStore();
    const pages = [{ items: [updated('a', '1')], position: 'p1' }];
    await harvestSource(store, 'charity', { reader: readerOf(pages).reader, check: noNotices, now: clock() });
    const again = readerOf(pages);
    await harvestSource(store, 'charity', {
      reader: again.reader,
      check: noNotices,
      resync: true,
      now: clock(),
    });
    expect(again.starts).toEqual([undefined]);
  });

  it('reports a source missing from the store as a failed result, not an exception', async () => {
    const store = await freshStore();
    const result = await harvestSource(store, 'nobody', { reader: readerOf([]).reader, check: noNotices });
    expect(result).toMatchObject({ ok: false, error: "There is no source 'nobody' in the store." });
  });
});

describe('harvestCatalogue', () => {
  it('harvests every source, and one broken source does not stop the others', async () => {
    const store = await createStore(':memory:');
    const good = readerOf([{ items: [updated('a', '1')], position: 'p1' }]);
    const broken = readerOf([{ items: [updated('x', '1')], position: 'p1' }], { failAfter: 0 });
    const catalogue = {
      sources: [
        { id: 'broken', url: 'http://127.0.0.1/broken', format: 'openyouth' as const },
        { id: 'good', url: 'http://127.0.0.1/good', format: 'openyouth' as const },
      ],
      allow: { loopback: true, private: false },
    };
    const results = await harvestCatalogue(store, catalogue, {
      readerFor: (source) => (source.id === 'broken' ? broken.reader : good.reader),
      check: noNotices,
      concurrency: 2,
    });
    expect(results.map((result) => [result.sourceId, result.ok])).toEqual([
      ['broken', false],
      ['good', true],
    ]);
    expect(await store.countItems('good')).toEqual({ updated: 1, deleted: 0 });
    expect((await store.getSource('broken'))?.lastError).toBe('HTTP 503 from the source');
  });

  it('refuses a number of sources at once that is not a whole number from 1, before harvesting any', async () => {
    const store = await createStore(':memory:');
    const catalogue = {
      sources: [{ id: 'good', url: 'http://127.0.0.1/good', format: 'openyouth' as const }],
      allow: { loopback: true, private: false },
    };
    for (const concurrency of [0, -1, 2.5, Number.NaN]) {
      const good = readerOf([{ items: [updated('a', '1')], position: 'p1' }]);
      await expect(
        harvestCatalogue(store, catalogue, { readerFor: () => good.reader, check: noNotices, concurrency }),
      ).rejects.toThrow(`concurrency must be a whole number of sources, 1 or more; got ${concurrency}.`);
    }
    expect(await store.getSource('good')).toBeUndefined();
  });
});

describe('validatorCheck', () => {
  it('keeps every notice of each listing of a page, with its severity and its place in that listing', async () => {
    const { validatorCheck } = await import('../src/index.ts');
    const check = validatorCheck(new Date('2026-11-24T12:00:00Z'));
    const [notices = [], clean = []] = check([{ type: 'Listing' }, { ...exampleListing }]);
    expect(clean.filter((notice) => notice.severity === 'error')).toEqual([]);
    expect(notices.length).toBeGreaterThan(3);
    expect(
      notices.every(
        (notice) =>
          notice.severity === 'error' || notice.severity === 'warning' || notice.severity === 'info',
      ),
    ).toBe(true);
    expect(
      notices.filter((notice) => notice.severity === 'error').map((notice) => notice.instancePath),
    ).toContain('');
    // As reports list them: errors first, then by code.
    for (const list of [notices, clean]) expect(list).toEqual([...list].sort(bySeverityThenCode));
  });

  it('gives listings that raise the same notices one shared list, which cannot be changed', async () => {
    const { validatorCheck } = await import('../src/index.ts');
    const check = validatorCheck(new Date('2026-11-24T12:00:00Z'));
    const unverified = { ...exampleListing, lastVerified: '2020-01-01' };
    const [first = [], second = [], third = [], fourth = []] = check([
      exampleListing,
      { ...exampleListing },
      unverified,
      exampleListing,
    ]);
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(third).not.toEqual(first);
    expect(third.map((notice) => notice.code)).toContain('last_verified_over_12_months');
    expect(fourth).toEqual(first);
  });

  it('shares a list only between listings whose notices say the same, params and all', async () => {
    const { validatorCheck } = await import('../src/index.ts');
    const check = validatorCheck(new Date('2026-11-24T12:00:00Z'));
    // The same codes at the same places, about a different property of the organiser.
    const organizer = (extra: object) => ({
      ...exampleListing,
      organizer: { ...exampleListing.organizer, ...extra },
    });
    const [first = [], second = []] = check([
      organizer({ email: 'hello@example.org.uk' }),
      organizer({ url: 'https://example.org.uk/' }),
    ]);
    const aboutOrganizer = (notices: typeof first) =>
      notices.filter((notice) => notice.instancePath === '/organizer').map((notice) => notice.message);
    expect(first.map((notice) => notice.code)).toEqual(second.map((notice) => notice.code));
    expect(aboutOrganizer(first)).toEqual(["'url' is recommended but not given."]);
    expect(aboutOrganizer(second)).toEqual(["'email' is recommended but not given."]);
  });
});

describe('retired sources', () => {
  /** Two harvested sources with two listings each, and one listing written through the API. */
  async function hub() {
    const store = await createStore(':memory:');
    const full = (source: string, n: number) => ({
      itemId: `${n}`,
      state: 'updated' as const,
      modified: `${n}`,
      // Each its own organiser's: copies of one listing by one organiser would be merged as duplicates.
      listing: {
        ...exampleListing,
        id: `https://${source}.org.uk/listings/${n}`,
        organizer: { type: 'Organization', id: `https://${source}.org.uk/#org-${n}`, name: `${source} ${n}` },
      } as Listing,
    });
    const catalogue = {
      sources: ['kept', 'dropped'].map((id) => ({
        id,
        url: `http://127.0.0.1/${id}`,
        format: 'openyouth' as const,
      })),
      allow: { loopback: true, private: false },
    };
    await harvestCatalogue(store, catalogue, {
      readerFor: (source) =>
        readerOf([{ items: [full(source.id, 1), full(source.id, 2)], position: 'p1' }]).reader,
      check: noNotices,
    });
    await store.upsertSource({
      id: 'api:https://club.org.uk/#org',
      url: 'https://club.org.uk/#org',
      format: 'api',
    });
    await store.applyPage('api:https://club.org.uk/#org', {
      items: [full('club', 1)],
      position: 'https://club.org.uk/#org',
      fetchedAt: '2026-11-24T10:00:00Z',
    });
    await rebuildMergedView(store);
    return { store, catalogue: { ...catalogue, sources: catalogue.sources.slice(0, 1) } };
  }

  it('finds the harvested sources the catalogue no longer names, never those written through the API', async () => {
    const { store, catalogue } = await hub();
    expect(await retiredSources(store, catalogue)).toEqual([{ sourceId: 'dropped', listings: 2 }]);
  });

  it("takes a retired source's listings out of the directory, and reads it from the start if it comes back", async () => {
    const { store, catalogue } = await hub();
    expect((await store.getSource('dropped'))?.position).toBe('p1');
    expect(await removeRetiredSources(store, catalogue)).toEqual([{ sourceId: 'dropped', listings: 2 }]);
    expect(await store.countItems('dropped')).toEqual({ updated: 0, deleted: 2 });
    expect(await store.countItems('kept')).toEqual({ updated: 2, deleted: 0 });
    expect((await store.getSource('dropped'))?.position).toBeUndefined();
    expect(await rebuildMergedView(store)).toEqual({ listings: 3, changed: 0, deleted: 2 });
    expect(await retiredSources(store, catalogue)).toEqual([]);
  });

  it('leaves a retired source alone while another harvester holds it', async () => {
    const { store, catalogue } = await hub();
    const now = new Date();
    await store.claimSource(
      'dropped',
      'another-host:1:abcd',
      now.toISOString(),
      new Date(now.getTime() + 60_000).toISOString(),
    );
    expect(await removeRetiredSources(store, catalogue, now)).toEqual([]);
    expect(await store.countItems('dropped')).toEqual({ updated: 2, deleted: 0 });
  });
});
