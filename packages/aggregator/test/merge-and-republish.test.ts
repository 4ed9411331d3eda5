import { readdirSync, readFileSync } from 'node:fs';
import { createSpecAjv, type Listing, schemaId } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import {
  createStore,
  PROVENANCE_PROPERTY,
  rebuildMergedView,
  republishedFeedPage,
  type Store,
} from '../src/index.ts';

const examplesDir = new URL('../../../spec/0.1/examples/listings/', import.meta.url);
const examples: Listing[] = readdirSync(examplesDir)
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')));
const [youthClub] = examples.filter((listing) => listing.kind === 'club');
if (!youthClub) throw new Error('the examples have no club');

/** The council's retyped copy of the club: another id and URL, the same session. */
const councilCopy: Listing = {
  ...youthClub,
  id: 'https://directory.example-council.gov.uk/services/77',
  url: 'https://directory.example-council.gov.uk/services/77',
  dateModified: '2026-01-01T00:00:00Z',
  lastVerified: '2026-01-01',
};

const asItems = (listings: Listing[], modified = '1') =>
  listings.map((listing) => ({ itemId: listing.id, state: 'updated' as const, modified, listing }));

async function harvested(): Promise<Store> {
  const store = await createStore(':memory:');
  await store.upsertSource({ id: 'charities', url: 'http://127.0.0.1/a', format: 'openyouth' });
  await store.upsertSource({ id: 'council', url: 'http://127.0.0.1/b', format: 'oruk' });
  await store.applyPage('charities', {
    items: asItems(examples),
    position: 'p1',
    fetchedAt: '2026-11-24T10:00:00Z',
  });
  await store.applyPage('council', {
    items: asItems([councilCopy]),
    position: 'p1',
    fetchedAt: '2026-11-24T10:00:00Z',
  });
  return store;
}

async function readWholeFeed(store: Store) {
  const base = 'http://127.0.0.1/feeds/listings';
  const pages = [];
  let url = new URL(base);
  for (let i = 0; i < 20; i++) {
    const page = await republishedFeedPage(store, {
      baseUrl: base,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      afterTimestamp: url.searchParams.get('afterTimestamp') ?? undefined,
      afterId: url.searchParams.get('afterId') ?? undefined,
      limit: 5,
    });
    pages.push(page);
    if (page.lastPage) break;
    url = new URL(page.page.next);
  }
  return pages;
}

describe('rebuildMergedView and republishedFeedPage', () => {
  it('merges the duplicate into one listing that keeps both provenances and the reasons', async () => {
    const store = await harvested();
    const result = await rebuildMergedView(store);
    expect(result).toEqual({ listings: examples.length, changed: examples.length, deleted: 0 });
    const merged = await store.getMerged(youthClub.id);
    expect(merged?.listing).toEqual(youthClub);
    expect(merged?.provenance?.members.map((member) => member.sourceId).sort()).toEqual([
      'charities',
      'council',
    ]);
    expect(merged?.provenance?.links[0]?.reasons).toEqual([
      'same-organiser',
      'same-postcode',
      'similar-name',
      'overlapping-schedule',
    ]);
    expect(await store.getMerged(councilCopy.id)).toBeUndefined();
  });

  it('changes nothing when rebuilt from the same harvest', async () => {
    const store = await harvested();
    await rebuildMergedView(store);
    expect(await rebuildMergedView(store)).toEqual({ listings: examples.length, changed: 0, deleted: 0 });
  });

  it('leaves out listings with errors and turns a vanished listing into a tombstone', async () => {
    const store = await harvested();
    await rebuildMergedView(store);
    const first = examples[0] as Listing;
    const error = {
      code: 'age_range_inverted',
      severity: 'error' as const,
      instancePath: '/ageRange',
      message: 'x',
    };
    await store.applyPage('charities', {
      items: [
        {
          itemId: first.id,
          state: 'updated',
          modified: '2',
          listing: { ...first, name: 'Renamed' },
          notices: [error],
        },
      ],
      position: 'p2',
      fetchedAt: '2026-11-25T10:00:00Z',
    });
    expect(await rebuildMergedView(store)).toMatchObject({ changed: 0, deleted: 1 });
    expect((await store.getMerged(first.id))?.state).toBe('deleted');
  });

  it('republishes the merged directory as a valid RPDE feed with provenance on each listing', async () => {
    const store = await harvested();
    await rebuildMergedView(store);
    const pages = await readWholeFeed(store);
    const validate = createSpecAjv().getSchema(schemaId('feed-page'));
    for (const page of pages)
      expect(validate?.(JSON.parse(page.body)), JSON.stringify(validate?.errors)).toBe(true);
    const items = pages.flatMap((page) => page.page.items);
    expect(items).toHaveLength(examples.length);
    expect(pages.at(-1)?.page.items).toEqual([]);
    expect(pages.at(-1)?.page.next).toBe(pages.at(-1)?.selfUrl);
    const club = items.find((item) => item.id === youthClub.id);
    expect(
      club?.state === 'updated' && (club.data as Record<string, unknown>)[PROVENANCE_PROPERTY],
    ).toBeTruthy();
  });
});
