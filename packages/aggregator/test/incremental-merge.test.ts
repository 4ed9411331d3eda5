import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { Listing } from '@openyouth/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clusterListings,
  createStore,
  type HarvestedItem,
  mergeAlongside,
  rebuildMergedView,
  type Store,
} from '../src/index.ts';
import { blockNumber } from '../src/store/block-number.ts';

const SOURCES = ['charities', 'council', 'schools'];
const FETCHED_AT = '2026-11-24T10:00:00Z';
const NAMES = ['Clifton Youth Club', 'Clifton Youth Clubs', 'Junior Youth Club', 'Chess Club'];

interface ListingValues {
  id: number;
  name: string;
  organiser: string;
  postcode: string;
  day: string;
  verified: string;
}

const listingOf = (v: ListingValues) =>
  ({
    type: 'Listing',
    id: `https://example.org.uk/listings/${v.id}`,
    name: v.name,
    organizer: { type: 'Organization', id: `https://example.org.uk/${v.organiser}`, name: v.organiser },
    dateModified: '2026-11-01T10:00:00Z',
    lastVerified: v.verified,
    location: { type: 'Place', address: { postalCode: v.postcode } },
    eventSchedule: [
      {
        repeatFrequency: 'P1W',
        byDay: [v.day],
        startTime: '17:00',
        endTime: '19:00',
        scheduleTimezone: 'Europe/London',
      },
    ],
  }) as Listing;

/** Listings drawn from few values, so that shared ids, retyped copies and near misses are common. */
const arbitraryListing = fc
  .record({
    id: fc.integer({ min: 0, max: 5 }),
    name: fc.constantFrom(...NAMES),
    organiser: fc.constantFrom('Clifton Youth Trust', 'Clifton Youth Trust Ltd', 'Bristol Scouts'),
    postcode: fc.constantFrom('BS8 1AA', 'bs81aa', 'BS5 9JB'),
    day: fc.constantFrom('Tuesday', 'Thursday'),
    verified: fc.constantFrom('2026-01-01', '2026-06-01'),
  })
  .map(listingOf);

/** One change a source publishes: a new version of an item, its deletion, or a version with an error. */
const arbitraryChange = fc.record({
  source: fc.constantFrom(...SOURCES),
  item: fc.integer({ min: 0, max: 7 }),
  kind: fc.constantFrom('updated', 'updated', 'updated', 'deleted', 'invalid'),
  listing: arbitraryListing,
  /** Whether the merged view is brought up to date after this change. */
  rebuild: fc.boolean(),
});
type Change = typeof arbitraryChange extends fc.Arbitrary<infer T> ? T : never;

async function freshStore(location = ':memory:'): Promise<Store> {
  const store = await createStore(location);
  for (const id of SOURCES)
    await store.upsertSource({ id, url: `http://127.0.0.1/${id}`, format: 'openyouth' });
  return store;
}

async function apply(store: Store, change: Change, modified: number) {
  const item: HarvestedItem =
    change.kind === 'deleted'
      ? { itemId: String(change.item), state: 'deleted', modified: String(modified) }
      : {
          itemId: String(change.item),
          state: 'updated',
          modified: String(modified),
          listing: change.listing,
          notices:
            change.kind === 'invalid'
              ? [{ code: 'age_range_missing', severity: 'error', instancePath: '', message: 'no ages' }]
              : [],
        };
  await store.applyPage(change.source, { items: [item], position: `p${modified}`, fetchedAt: FETCHED_AT });
}

/** The live merged listings, by id. */
async function mergedView(store: Store) {
  const all = await store.mergedChangesSince(0, 10_000);
  return all
    .filter((merged) => merged.state === 'updated')
    .map(({ id, listing, provenance }) => ({ id, listing, provenance }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The merged view as clustering every publishable item at once gives it (the rebuild before it was incremental). */
async function clusteredAtOnce(store: Store) {
  const items = (await store.listCurrent(10_000)).filter(
    (item) => !item.notices.some((notice) => notice.severity === 'error'),
  );
  const byKey = new Map(items.map((item) => [`${item.sourceId}/${item.itemId}`, item]));
  const seen = new Set<string>();
  const records = [];
  for (const cluster of clusterListings(
    items.map((item) => ({ key: `${item.sourceId}/${item.itemId}`, listing: item.listing as Listing })),
  )) {
    // Two sources may publish different listings under one id; the first cluster keeps it.
    if (seen.has(cluster.listing.id)) continue;
    seen.add(cluster.listing.id);
    const members = cluster.members.map(({ key }) => {
      const item = byKey.get(key);
      return {
        sourceId: item?.sourceId,
        itemId: item?.itemId,
        fetchedAt: FETCHED_AT,
        modified: item?.modified,
      };
    });
    records.push({
      id: cluster.listing.id,
      listing: cluster.listing,
      provenance: { members, links: cluster.links },
    });
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const unchangedClusterInNewCompany: Change[] = (
  [
    ['charities', 1, 1, 'Chess Club', 'Thursday'],
    ['schools', 1, 1, 'Junior Youth Club', 'Thursday'],
    ['schools', 0, 1, 'Clifton Youth Club', 'Tuesday'],
    ['charities', 0, 0, 'Clifton Youth Club', 'Thursday'],
    ['charities', 2, 0, 'Clifton Youth Club', 'Thursday'],
  ] as const
).map(([source, item, id, name, day]) => ({
  source,
  item,
  kind: 'updated',
  rebuild: false,
  listing: listingOf({
    id,
    name,
    organiser: 'Clifton Youth Trust',
    postcode: 'BS8 1AA',
    day,
    verified: '2026-01-01',
  }),
}));

describe('rebuildMergedView, incrementally', () => {
  it('gives the same merged view as a full rebuild in a fresh store, whatever the sources changed in between', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryChange, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        async (changes, stepSize) => {
          const incremental = await freshStore();
          const full = await freshStore();
          try {
            for (const [index, change] of changes.entries()) {
              await apply(incremental, change, index + 1);
              await apply(full, change, index + 1);
              if (change.rebuild) await rebuildMergedView(incremental, { stepSize });
            }
            const result = await rebuildMergedView(incremental, { stepSize });
            await rebuildMergedView(full);
            const view = await mergedView(incremental);
            expect(view).toEqual(await mergedView(full));
            expect(view).toEqual(await clusteredAtOnce(incremental));
            expect(result.listings).toBe(view.length);
          } finally {
            await incremental.close();
            await full.close();
          }
        },
      ),
      // Found by this property: a cluster none of whose members changed must still be worked out
      // again with the items around it, as which matches explain it depends on them.
      { numRuns: 300, examples: [[unchangedClusterInNewCompany, 1]] },
    );
  }, 120_000);

  it('looks at nothing again when nothing changed since the last rebuild', async () => {
    const store = await freshStore();
    const listing = fc.sample(arbitraryListing, { numRuns: 1, seed: 1 })[0] as Listing;
    await apply(store, { source: 'charities', item: 1, kind: 'updated', listing, rebuild: false }, 1);
    expect(await rebuildMergedView(store)).toEqual({ listings: 1, changed: 1, deleted: 0 });
    const before = await store.mergeProgress();
    expect(await rebuildMergedView(store)).toEqual({ listings: 1, changed: 0, deleted: 0 });
    expect(await store.mergeProgress()).toEqual(before);
    await store.close();
  });

  it('merges on a second thread while changes are stored, ending where a rebuild afterwards ends', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'openyouth-merge-')), 'store.db');
    const store = await freshStore(path);
    const full = await freshStore();
    const merging = mergeAlongside(path, { idleMs: 1 });
    const changes = fc.sample(arbitraryChange, { numRuns: 400, seed: 7 });
    for (const [index, change] of changes.entries()) {
      await apply(store, change, index + 1);
      await apply(full, change, index + 1);
      // Lets the thread's steps fall between the changes, as they do while a harvest runs.
      if (index % 20 === 0) await setImmediate();
      // Halfway, the thread has merged something already: it does not wait for the end.
      if (index === changes.length / 2)
        await expect.poll(async () => (await store.mergeProgress()).itemSeq).toBeGreaterThan(0);
    }
    const summary = await merging.finish();
    await rebuildMergedView(full);
    const view = await mergedView(store);
    expect(view).toEqual(await mergedView(full));
    expect(summary.listings).toBe(view.length);
    expect(await rebuildMergedView(store)).toEqual({ listings: view.length, changed: 0, deleted: 0 });
    await store.close();
    await full.close();
  }, 60_000);

  it('keeps apart listings in blocks that the embedded store numbers alike, before and after either changes', async () => {
    // Two postcodes whose blocks for one organiser and day get one number (searched for, as any
    // 29-bit hash has such pairs): the store finds both items under either block's key.
    const organiser = 'Clifton Youth Trust';
    const blockOf = (postcode: string) => `id:https://example.org.uk/${organiser}|${postcode}|Tuesday`;
    const seen = new Map<number, string>();
    let postcodes: [string, string] | undefined;
    for (let i = 0; !postcodes; i++) {
      const number = blockNumber(blockOf(`P${i}`));
      const other = seen.get(number);
      if (other) postcodes = [other, `P${i}`];
      else seen.set(number, `P${i}`);
    }
    const store = await freshStore();
    const values = { name: 'Chess Club', organiser, day: 'Tuesday', verified: '2026-01-01' };
    const publish = (source: string, id: number, verified: string, modified: number) =>
      apply(
        store,
        {
          source,
          item: id,
          kind: 'updated',
          listing: listingOf({ ...values, id, postcode: postcodes[id - 1] as string, verified }),
          rebuild: true,
        },
        modified,
      );
    await publish('charities', 1, '2026-01-01', 1);
    await publish('council', 2, '2026-01-01', 2);
    await rebuildMergedView(store);
    expect((await store.dedupeEntries([], [blockOf(postcodes[0])])).map((entry) => entry.sourceId)).toEqual([
      'charities',
      'council',
    ]);
    expect(await mergedView(store)).toHaveLength(2);
    expect(await mergedView(store)).toEqual(await clusteredAtOnce(store));

    await publish('council', 2, '2026-06-01', 3);
    expect(await rebuildMergedView(store)).toEqual({ listings: 2, changed: 1, deleted: 0 });
    expect(await mergedView(store)).toEqual(await clusteredAtOnce(store));
    await store.close();
  });

  it('reports, when finishing, a merge thread that could not open the store', async () => {
    const merging = mergeAlongside(join(tmpdir(), 'no-such-directory-for-openyouth', 'store.db'));
    await expect(merging.finish()).rejects.toThrow(/unable to open/i);
  });
});
