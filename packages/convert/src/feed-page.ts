import type { Listing } from '@openyouth/schema';
import { isObject } from './internal/values.ts';

export interface FeedPageOptions {
  /** The URL the page is published at: `next` is built from it, RPDE-style. */
  readonly feedUrl: string;
  /** The licence the data is published under. Default CC BY 4.0. */
  readonly license?: string;
}

/**
 * Listings as one RPDE page of an OpenYouth feed: items ordered by `modified` then `id`, with
 * `modified` the listing's `dateModified` in milliseconds, and `next` pointing after the last item.
 */
export function listingsToFeedPage(
  listings: readonly Listing[],
  options: FeedPageOptions,
): Record<string, unknown> {
  const items = listings
    .map((listing) => ({
      state: 'updated' as const,
      kind: 'Listing' as const,
      id: listing.id,
      modified: Date.parse(listing.dateModified),
      data: listing,
    }))
    // RPDE 1.0 §Ordering: by modified, then by id.
    .sort((a, b) => a.modified - b.modified || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const last = items.at(-1);
  const next = new URL(options.feedUrl);
  if (last) {
    next.searchParams.set('afterTimestamp', String(last.modified));
    next.searchParams.set('afterId', last.id);
  }
  return {
    next: next.toString(),
    items,
    license: options.license ?? 'https://creativecommons.org/licenses/by/4.0/',
  };
}

/** The listings in an OpenYouth document: one listing, an array of them, or a feed page. */
export function listingsIn(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (isObject(document) && Array.isArray(document.items)) {
    return document.items.flatMap((item) =>
      isObject(item) && item.state !== 'deleted' && item.data ? [item.data] : [],
    );
  }
  return [document];
}
