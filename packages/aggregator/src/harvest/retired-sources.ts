import type { Catalogue } from '../catalogue.ts';
import type { Store } from '../store/types.ts';
import { DEFAULT_LEASE_MS, workerId } from './harvest-source.ts';

/** A harvested source the catalogue no longer names, and its listings still in the directory. */
export interface RetiredSource {
  sourceId: string;
  listings: number;
}

/** Later than any fetch: every live item of a source was fetched before it. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

/**
 * The harvested sources in the store that the catalogue no longer names, with their live listings.
 * A provider taken out of a hub's catalogue is not harvested again, but what it published stays in
 * the directory until it is removed (`removeRetiredSources`). Sources written through the
 * publishing API are in no catalogue, and never retired.
 */
export async function retiredSources(store: Store, catalogue: Catalogue): Promise<RetiredSource[]> {
  const named = new Set(catalogue.sources.map((source) => source.id));
  const retired = (await store.listSources()).filter(
    (source) => source.format !== 'api' && !named.has(source.id),
  );
  const withListings = await Promise.all(
    retired.map(async ({ id }) => ({ sourceId: id, listings: (await store.countItems(id)).updated })),
  );
  return withListings.filter((source) => source.listings > 0);
}

/**
 * Marks deleted the live listings of every source the catalogue no longer names, so that the merge
 * takes them out of the directory and its feed republishes them as deleted, and forgets where each
 * source's feed was read to, so that one put back in the catalogue is read again from its start. A
 * source another harvester holds is left for the next run. Returns what was removed.
 */
export async function removeRetiredSources(
  store: Store,
  catalogue: Catalogue,
  now = new Date(),
): Promise<RetiredSource[]> {
  const worker = workerId();
  const removed: RetiredSource[] = [];
  for (const { sourceId } of await retiredSources(store, catalogue)) {
    const until = new Date(now.getTime() + DEFAULT_LEASE_MS).toISOString();
    if (!(await store.claimSource(sourceId, worker, now.toISOString(), until))) continue;
    try {
      await store.resetPosition(sourceId);
      removed.push({ sourceId, listings: await store.deleteNotSeenSince(sourceId, END_OF_TIME) });
    } finally {
      await store.releaseSource(sourceId, worker);
    }
  }
  return removed;
}
