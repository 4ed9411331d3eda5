import { createFeedPage, type FeedPageResult, type PublishableItem } from '@openyouth/sdk';
import type { Store, StoredMerged } from './store/types.ts';

export interface RepublishOptions {
  /** The feed's own URL, without paging parameters. */
  baseUrl: string;
  license: string;
  afterTimestamp?: string | undefined;
  afterId?: string | undefined;
  limit?: number;
}

/** The key under which a republished listing carries where it came from: a namespaced extension. */
export const PROVENANCE_PROPERTY = 'openyouth:provenance';

function toFeedItem(merged: StoredMerged): PublishableItem {
  if (merged.state === 'deleted' || !merged.listing)
    return { state: 'deleted', id: merged.id, modified: merged.seq };
  const data = { ...merged.listing, [PROVENANCE_PROPERTY]: merged.provenance };
  return { state: 'updated', id: merged.id, modified: merged.seq, data };
}

/**
 * A page of the merged directory as an RPDE feed. `modified` is the store's change sequence, so
 * every change to a merged listing moves it to the end of the feed; tombstones are kept.
 */
export function republishedFeedPage(store: Store, options: RepublishOptions): Promise<FeedPageResult> {
  return createFeedPage({
    baseUrl: options.baseUrl,
    license: options.license,
    afterTimestamp: options.afterTimestamp,
    afterId: options.afterId,
    ...(options.limit !== undefined && { limit: options.limit }),
    // Sequence numbers are unique, so "after (t, id)" is simply "sequence after t".
    query: async ({ afterTimestamp, limit }) =>
      (await store.mergedChangesSince(Number(afterTimestamp ?? 0), limit)).map(toFeedItem),
    // Tombstones are kept for good; RPDE asks for at least 7 days.
    deletedAt: () => undefined,
  });
}
