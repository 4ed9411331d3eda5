import type { Store } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';

const PAGE_SIZE = 1000;

/**
 * Every live listing of the store's merged directory (duplicates across sources already merged
 * by the harvester), and the sequence number of the last change read: the directory is current
 * until the store has a change after it.
 */
export async function loadListings(store: Store): Promise<{ listings: Listing[]; lastSeq: number }> {
  const live = new Map<string, Listing>();
  let lastSeq = 0;
  for (;;) {
    const changes = await store.mergedChangesSince(lastSeq, PAGE_SIZE);
    for (const change of changes) {
      // Changes come in order, so a later tombstone or version replaces an earlier one.
      if (change.state === 'updated' && change.listing) live.set(change.id, change.listing);
      else live.delete(change.id);
    }
    lastSeq = changes.at(-1)?.seq ?? lastSeq;
    if (changes.length < PAGE_SIZE) return { listings: [...live.values()], lastSeq };
  }
}

/** Whether the store's merged directory changed after `seq`. */
export async function changedSince(store: Store, seq: number): Promise<boolean> {
  return (await store.mergedChangesSince(seq, 1)).length > 0;
}
