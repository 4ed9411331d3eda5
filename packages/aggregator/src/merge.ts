import type { Listing } from '@openyouth/schema';
import { type Candidate, clusterListings } from './dedupe/cluster.ts';
import type { MergedRecord, Store, StoredItem } from './store/types.ts';

const PAGE = 1000;

/** Every live item without an error notice: listings with errors are kept as provenance, not published. */
async function publishableItems(store: Store): Promise<StoredItem[]> {
  const items: StoredItem[] = [];
  let after: { sourceId: string; itemId: string } | undefined;
  for (;;) {
    const page = await store.listCurrent(PAGE, after);
    items.push(...page.filter((item) => item.listing && !item.notices.some((n) => n.severity === 'error')));
    const last = page.at(-1);
    if (!last || page.length < PAGE) return items;
    after = { sourceId: last.sourceId, itemId: last.itemId };
  }
}

const keyOf = (item: StoredItem) => `${item.sourceId}/${item.itemId}`;

/**
 * Rebuilds the merged directory from what is harvested: duplicates across sources become one
 * listing, carrying every source's provenance and the reasons for each match. Only what changed
 * gets a new place in the republished feed.
 */
export async function rebuildMergedView(
  store: Store,
): Promise<{ listings: number; changed: number; deleted: number }> {
  const items = await publishableItems(store);
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  const candidates: Candidate[] = items.map((item) => ({
    key: keyOf(item),
    listing: item.listing as Listing,
  }));
  const records: MergedRecord[] = clusterListings(candidates).map((cluster) => ({
    id: cluster.listing.id,
    listing: cluster.listing,
    provenance: {
      members: cluster.members.map(({ key }) => {
        const item = byKey.get(key) as StoredItem;
        return {
          sourceId: item.sourceId,
          itemId: item.itemId,
          fetchedAt: item.fetchedAt,
          modified: item.modified,
        };
      }),
      links: cluster.links,
    },
  }));
  // Two sources may publish different listings under one id; the first cluster keeps it.
  const unique = [...new Map(records.reverse().map((record) => [record.id, record])).values()].reverse();
  const { changed, deleted } = await store.replaceMerged(unique);
  return { listings: unique.length, changed, deleted };
}
