import type { Listing } from '@openyouth/schema';
import { validatorCheck } from '../harvest/check.ts';
import { rebuildMergedView } from '../merge.ts';
import type { HarvestedItem, PublisherKey, Store, StoredNotice } from '../store/types.ts';

/** Listings written through the API live in one source per organisation, beside the harvested ones. */
export const publisherSourceId = (organizationId: string) => `api:${organizationId}`;

export type PublishOutcome =
  /** Stored and in the merged directory; `notices` are the validator's warnings and hints. */
  | { status: 'created' | 'updated'; notices: StoredNotice[] }
  /** Not stored: the validator found errors. */
  | { status: 'invalid'; notices: StoredNotice[] }
  | { status: 'forbidden'; reason: string };

export type WithdrawOutcome =
  | { status: 'deleted' }
  | { status: 'not-found' }
  | { status: 'forbidden'; reason: string };

const organizerOf = (listing: unknown) => (listing as Partial<Listing> | undefined)?.organizer?.id;

/** Why `key` may not write the listing `id`, when another organisation's listing already has that id. */
async function ownedElsewhere(store: Store, key: PublisherKey, id: string): Promise<string | undefined> {
  const current = await store.getMerged(id);
  const owner = current?.state === 'updated' ? organizerOf(current.listing) : undefined;
  if (owner === undefined || owner === key.organizationId) return undefined;
  return `The listing ${id} belongs to ${owner}; this key may only write listings of ${key.organizationId}.`;
}

/** A `modified` after the item's last one, even for two writes in the same millisecond. */
async function nextModified(store: Store, sourceId: string, id: string, now: Date): Promise<string> {
  const previous = await store.getItem(sourceId, id);
  const clock = BigInt(now.getTime());
  return String(previous && BigInt(previous.modified) >= clock ? BigInt(previous.modified) + 1n : clock);
}

async function write(store: Store, key: PublisherKey, item: HarvestedItem, now: Date): Promise<void> {
  const sourceId = publisherSourceId(key.organizationId);
  await store.upsertSource({ id: sourceId, url: key.organizationId, format: 'api' });
  const modified = await nextModified(store, sourceId, item.itemId, now);
  await store.applyPage(sourceId, {
    items: [{ ...item, modified }],
    position: key.organizationId,
    fetchedAt: now.toISOString(),
  });
  // The republished feed and the API read the merged view: the write shows there at once.
  await rebuildMergedView(store);
}

/**
 * Creates or replaces a listing for the organisation a key belongs to. Every write goes through
 * the full validator; one with errors is refused with its notices, and nothing is stored.
 */
export async function publishListing(
  store: Store,
  key: PublisherKey,
  listing: unknown,
  now: Date,
): Promise<PublishOutcome> {
  const notices = validatorCheck(now)([listing])[0] ?? [];
  if (notices.some((notice) => notice.severity === 'error')) return { status: 'invalid', notices };
  const { id } = listing as Listing;
  const organizer = organizerOf(listing);
  if (organizer !== key.organizationId) {
    return {
      status: 'forbidden',
      reason: `This key writes listings of ${key.organizationId}, but the listing's organizer is ${organizer}.`,
    };
  }
  const refusal = await ownedElsewhere(store, key, id);
  if (refusal) return { status: 'forbidden', reason: refusal };
  // Created or replaced as the directory sees it: a harvested listing its organisation now writes here is replaced.
  const previous = await store.getMerged(id);
  await write(
    store,
    key,
    { itemId: id, state: 'updated', modified: '0', listing: listing as Listing, notices },
    now,
  );
  return { status: previous?.state === 'updated' ? 'updated' : 'created', notices };
}

/** Deletes a listing the key's organisation wrote; the feed carries the deletion. */
export async function withdrawListing(
  store: Store,
  key: PublisherKey,
  id: string,
  now: Date,
): Promise<WithdrawOutcome> {
  const previous = await store.getItem(publisherSourceId(key.organizationId), id);
  if (previous?.state !== 'updated') {
    const refusal = await ownedElsewhere(store, key, id);
    return refusal ? { status: 'forbidden', reason: refusal } : { status: 'not-found' };
  }
  await write(store, key, { itemId: id, state: 'deleted', modified: '0' }, now);
  return { status: 'deleted' };
}
