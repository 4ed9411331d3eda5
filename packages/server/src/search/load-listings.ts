import { type Candidate, clusterListings, type Store } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';

const PAGE_SIZE = 1000;

/**
 * Every live listing in the store, with listings of the same opportunity from several sources
 * merged into one (the most recently verified). Pages through `listCurrent`: the store has no
 * "all listings" read yet.
 */
export async function loadListings(store: Store): Promise<Listing[]> {
  const candidates: Candidate[] = [];
  let after: { sourceId: string; itemId: string } | undefined;
  for (;;) {
    const page = await store.listCurrent(PAGE_SIZE, after);
    for (const item of page) {
      if (item.listing) candidates.push({ key: `${item.sourceId}/${item.itemId}`, listing: item.listing });
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE_SIZE) break;
    after = { sourceId: last.sourceId, itemId: last.itemId };
  }
  return clusterListings(candidates).map((merged) => merged.listing);
}
