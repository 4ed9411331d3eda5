import { blockKeys, clusterFeatures } from './dedupe/cluster.ts';
import type { MatchFeatures } from './dedupe/match.ts';
import type { DedupeEntry, MergedRecord, MergeItem, MergeStep, Store } from './store/types.ts';

/**
 * Item changes taken per step, by store. The embedded store merges faster in small steps: 250
 * took 16% less time than 1,000 (merging 200,000 harvested listings, five runs each). PostgreSQL,
 * where each of a step's queries is a round trip, merged 20,000 in 4.3 s (median of five) in
 * steps of 1,000 against 5.5 s in steps of 250; 2,000 was within the noise (docs/benchmarks.md).
 */
const STEP_SIZE: Record<Store['kind'], number> = { sqlite: 250, postgres: 1000 };

const keyOf = (item: { sourceId: string; itemId: string }) => `${item.sourceId}/${item.itemId}`;
const byPlace = (a: MergeItem, b: MergeItem) =>
  a.sourceId === b.sourceId ? (a.itemId < b.itemId ? -1 : 1) : a.sourceId < b.sourceId ? -1 : 1;

/** A published item: live, without an error notice. The others are kept as provenance only. */
type PublishedItem = MergeItem & { match: MatchFeatures };
const published = (item: MergeItem): item is PublishedItem => item.match !== undefined;

/**
 * The dedupe blocks of the items one step looks at, each worked out once: a step needs them to
 * find the items, to cluster them and to record their entries. Held by item object: a step loads
 * each item once. Unpublished items are in no block.
 */
class StepBlocks {
  readonly #known = new Map<MergeItem, { blocks: string[]; sorted: string[] }>();

  /** In `blockKeys`' order, which clustering follows. */
  of(item: MergeItem): readonly string[] {
    return this.#of(item).blocks;
  }

  /** Sorted, as entries are stored. */
  sortedOf(item: MergeItem): string[] {
    return this.#of(item).sorted;
  }

  #of(item: MergeItem) {
    let known = this.#known.get(item);
    if (!known) {
      const blocks = item.match ? blockKeys(item.match) : [];
      known = { blocks, sorted: [...blocks].sort() };
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
async function affectedItems(store: Store, changed: MergeItem[], blocks: StepBlocks) {
  const items = new Map<string, MergeItem>();
  const previous = new Map<string, DedupeEntry>();
  const visited = new Set<string>();
  let unvisited: string[] = [];
  let newItems = changed;
  while (newItems.length > 0 || unvisited.length > 0) {
    for (const item of newItems) {
      items.set(keyOf(item), item);
      for (const key of blocks.of(item)) if (!visited.has(key)) unvisited.push(key);
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
    newItems = toLoad.length > 0 ? await store.mergeItems(toLoad) : [];
  }
  return { items: [...items.values()].sort(byPlace), previous };
}

const sameEntry = (previous: DedupeEntry | undefined, entry: DedupeEntry, mergedId: string | undefined) =>
  previous === undefined
    ? entry.blockKeys.length === 0
    : previous.mergedId === mergedId && previous.blockKeys.sort().join('\n') === entry.blockKeys.join('\n');

/** Works out the merged listings of the items a batch of changes touches, as a step to store. */
async function mergeStep(store: Store, fromItemSeq: number, changed: MergeItem[]): Promise<MergeStep> {
  const blocks = new StepBlocks();
  const { items, previous } = await affectedItems(store, changed, blocks);
  // Sorted by place, as a full rebuild would list them: cluster order and "first keeps the id" match it.
  const candidates = items.filter(published);
  const at = (index: number) => candidates[index] as PublishedItem;
  const mergedIdOf = new Map<string, string>();
  const records = new Map<string, MergedRecord>();
  for (const cluster of clusterFeatures(
    candidates.map((item) => item.match),
    candidates.map((item) => blocks.of(item)),
  )) {
    const chosen = at(cluster.chosen);
    const id = chosen.match.id;
    // Two sources may publish different listings under one id; the first cluster keeps it.
    if (records.has(id)) continue;
    const members = cluster.members.map(at);
    for (const member of members) mergedIdOf.set(keyOf(member), id);
    records.set(id, {
      id,
      chosen: { sourceId: chosen.sourceId, itemId: chosen.itemId },
      provenance: {
        members: members.map(({ sourceId, itemId, fetchedAt, modified }) => ({
          sourceId,
          itemId,
          fetchedAt,
          modified,
        })),
        links: cluster.links.map(({ from, to, reasons }) => ({
          from: keyOf(at(from)),
          to: keyOf(at(to)),
          reasons,
        })),
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
      const entry = { sourceId: item.sourceId, itemId: item.itemId, blockKeys: blocks.sortedOf(item) };
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
    const changed = await store.mergeItemsSince(itemSeq, stepSize);
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
