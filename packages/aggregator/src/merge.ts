import type { Listing } from '@openyouth/schema';
import { blockKeys, type Candidate, clusterListings } from './dedupe/cluster.ts';
import { featuresOf, type MatchFeatures } from './dedupe/match.ts';
import type { DedupeEntry, MergedRecord, MergeStep, Store, StoredItem } from './store/types.ts';

/**
 * Item changes taken per step, by store. The embedded store merges faster in small steps: 250
 * took 16% less time than 1,000 (merging 200,000 harvested listings, five runs each). PostgreSQL,
 * where each of a step's queries is a round trip, merged 20,000 in 4.3 s (median of five) in
 * steps of 1,000 against 5.5 s in steps of 250; 2,000 was within the noise (docs/benchmarks.md).
 */
const STEP_SIZE: Record<Store['kind'], number> = { sqlite: 250, postgres: 1000 };

const keyOf = (item: { sourceId: string; itemId: string }) => `${item.sourceId}/${item.itemId}`;
const byPlace = (a: StoredItem, b: StoredItem) =>
  a.sourceId === b.sourceId ? (a.itemId < b.itemId ? -1 : 1) : a.sourceId < b.sourceId ? -1 : 1;

/** Live items without an error notice are published; listings with errors are kept as provenance only. */
const publishable = (item: StoredItem) =>
  item.state === 'updated' && item.listing !== undefined && !item.notices.some((n) => n.severity === 'error');

/**
 * The match features and dedupe blocks of the items one step looks at, each worked out once: a
 * step needs them to find the items, to cluster them and to record their entries. Held by item
 * object: a step loads each item once.
 */
class StepFeatures {
  readonly #known = new Map<StoredItem, { features: MatchFeatures; blocks: string[]; sorted: string[] }>();

  /** Publishable items only: the others are in no block. */
  of(item: StoredItem): MatchFeatures {
    return this.#of(item).features;
  }

  /** In `blockKeys`' order, which clustering follows. */
  blocksOf(item: StoredItem): readonly string[] {
    return publishable(item) ? this.#of(item).blocks : [];
  }

  /** Sorted, as entries are stored. */
  sortedBlocksOf(item: StoredItem): string[] {
    return publishable(item) ? this.#of(item).sorted : [];
  }

  #of(item: StoredItem) {
    let known = this.#known.get(item);
    if (!known) {
      const features = featuresOf(item.listing as Listing);
      const blocks = blockKeys(features);
      known = { features, blocks, sorted: [...blocks].sort() };
      this.#known.set(item, known);
    }
    return known;
  }
}

/**
 * The changed items and every item that shares a dedupe block with them, now or at the last
 * step, and so on transitively. Clustering is decided within such a group alone, so clustering
 * the group gives exactly what clustering everything would give for these items.
 */
async function affectedItems(store: Store, changed: StoredItem[], features: StepFeatures) {
  const items = new Map<string, StoredItem>();
  const previous = new Map<string, DedupeEntry>();
  const visited = new Set<string>();
  let unvisited: string[] = [];
  let newItems = changed;
  while (newItems.length > 0 || unvisited.length > 0) {
    for (const item of newItems) {
      items.set(keyOf(item), item);
      for (const key of features.blocksOf(item)) if (!visited.has(key)) unvisited.push(key);
    }
    const keys = [...new Set(unvisited)];
    for (const key of keys) visited.add(key);
    const unknown = newItems.filter((item) => !previous.has(keyOf(item)));
    const entries = await store.dedupeEntries(unknown, keys);
    unvisited = [];
    const toLoad: DedupeEntry[] = [];
    for (const entry of entries) {
      const key = keyOf(entry);
      if (previous.has(key)) continue;
      previous.set(key, entry);
      for (const block of entry.blockKeys) if (!visited.has(block)) unvisited.push(block);
      if (!items.has(key)) toLoad.push(entry);
    }
    newItems = toLoad.length > 0 ? await store.getItems(toLoad) : [];
  }
  return { items: [...items.values()].sort(byPlace), previous };
}

const sameEntry = (previous: DedupeEntry | undefined, entry: DedupeEntry, mergedId: string | undefined) =>
  previous === undefined
    ? entry.blockKeys.length === 0
    : previous.mergedId === mergedId && previous.blockKeys.sort().join('\n') === entry.blockKeys.join('\n');

/** Works out the merged listings of the items a batch of changes touches, as a step to store. */
async function mergeStep(store: Store, fromItemSeq: number, changed: StoredItem[]): Promise<MergeStep> {
  const features = new StepFeatures();
  const { items, previous } = await affectedItems(store, changed, features);
  // Sorted by place, as a full rebuild would list them: cluster order and "first keeps the id" match it.
  const published = items.filter(publishable);
  const candidates: Candidate[] = published.map((item) => ({
    key: keyOf(item),
    listing: item.listing as Listing,
  }));
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  const mergedIdOf = new Map<string, string>();
  const records = new Map<string, MergedRecord>();
  for (const cluster of clusterListings(
    candidates,
    published.map((item) => features.of(item)),
    published.map((item) => features.blocksOf(item)),
  )) {
    const id = cluster.listing.id;
    // Two sources may publish different listings under one id; the first cluster keeps it.
    if (records.has(id)) continue;
    for (const member of cluster.members) mergedIdOf.set(member.key, id);
    const chosen = byKey.get(cluster.chosenKey) as StoredItem;
    records.set(id, {
      id,
      chosen: { sourceId: chosen.sourceId, itemId: chosen.itemId },
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
    });
  }
  const retiredIds = new Set<string>();
  for (const entry of previous.values())
    if (entry.mergedId && !records.has(entry.mergedId)) retiredIds.add(entry.mergedId);
  return {
    fromItemSeq,
    toItemSeq: Math.max(fromItemSeq, ...changed.map((item) => item.seq)),
    // Items that only came along with the changed ones mostly keep their entry: not rewritten.
    entries: items.flatMap((item) => {
      const mergedId = mergedIdOf.get(keyOf(item));
      const entry = {
        sourceId: item.sourceId,
        itemId: item.itemId,
        blockKeys: features.sortedBlocksOf(item),
      };
      return sameEntry(previous.get(keyOf(item)), entry, mergedId)
        ? []
        : [{ ...entry, ...(mergedId && { mergedId }) }];
    }),
    records: [...records.values()],
    retiredIds: [...retiredIds],
  };
}

/** What a rebuild of the merged view did. */
export interface MergeSummary {
  /** Live merged listings. */
  listings: number;
  /** Merged listings that are new or changed since the rebuild began. */
  changed: number;
  /** Merged listings that became tombstones since the rebuild began. */
  deleted: number;
}

/**
 * Brings the merged directory up to date with what is harvested: duplicates across sources become
 * one listing, carrying every source's provenance and the reasons for each match. Only the items
 * changed since the last rebuild, and the items they could match, are looked at again (from the
 * store's change sequence), and only what changed gets a new place in the republished feed. The
 * result is the same as clustering every item at once.
 */
export async function rebuildMergedView(
  store: Store,
  options: { stepSize?: number } = {},
): Promise<MergeSummary> {
  const { mergedSeq } = await store.mergeProgress();
  await mergePending(store, options.stepSize);
  return mergeSummary(store, mergedSeq);
}

/** Merges the item changes not merged yet, a step at a time. Returns how many item changes it took. */
export async function mergePending(store: Store, stepSize = STEP_SIZE[store.kind]): Promise<number> {
  let taken = 0;
  for (;;) {
    const { itemSeq } = await store.mergeProgress();
    const changed = await store.changesSince(itemSeq, stepSize);
    if (changed.length === 0) return taken;
    // When another worker stored a step first, this one is worked out again from where it got to.
    if (await store.applyMergeStep(await mergeStep(store, itemSeq, changed))) taken += changed.length;
  }
}

/** The merged view now, counting what changed after `sinceMergedSeq`. */
export async function mergeSummary(store: Store, sinceMergedSeq: number): Promise<MergeSummary> {
  const [all, recent] = await Promise.all([store.countMerged(), store.countMerged(sinceMergedSeq)]);
  return { listings: all.updated, changed: recent.updated, deleted: recent.deleted };
}
