import type { Listing } from '@openyouth/schema';
import { SdkError } from '../errors.ts';
import { compareFeedOrder, isAfterPosition, type Modified, toModified } from '../feed/modified.ts';
import { stringifyJsonExact } from '../internal/json.ts';

/** One change to publish: a listing that is new or changed, or a tombstone for one that has gone. */
export type PublishableItem =
  | { state: 'updated'; id: string; modified: Modified; data: Listing; kind?: 'Listing' }
  | { state: 'deleted'; id: string; modified: Modified; kind?: 'Listing' };

/** What a query function receives: return up to `limit` items after the position, in RPDE order. */
export interface FeedQuery {
  afterTimestamp: Modified | undefined;
  afterId: string | undefined;
  limit: number;
}

export interface CreateFeedPageOptions {
  /** All the items, in any order: the builder filters, sorts and slices them. */
  items?: readonly PublishableItem[];
  /**
   * Or a query (e.g. SQL) returning the items after the position, ordered by modified then id,
   * at most `limit`: `WHERE modified > $t OR (modified = $t AND id > $id) ORDER BY modified, id LIMIT $limit`.
   */
  query?: (query: FeedQuery) => readonly PublishableItem[] | Promise<readonly PublishableItem[]>;
  /** The position from the request's query string (both or neither). */
  afterTimestamp?: Modified | string | undefined;
  afterId?: string | undefined;
  /** Items per page (default 500, at most 5000). */
  limit?: number;
  /** The feed's own URL without afterTimestamp/afterId, e.g. https://example.org/feeds/listings. */
  baseUrl: string;
  /** The licence of the data, e.g. https://creativecommons.org/licenses/by/4.0/. */
  license: string;
  /** Tombstones are kept at least this many days (RPDE 1.0 asks for at least 7; default 7). */
  retainDeletedForDays?: number;
  /**
   * When an item was deleted, to drop tombstones older than the retention period from `items`.
   * Default: `modified` read as milliseconds since 1970. Return undefined to keep the item.
   */
  deletedAt?: (item: PublishableItem) => Date | number | undefined;
  /** The current time, for the retention period (default: now). */
  now?: Date | number;
}

/** A page ready to send: the JSON body (big `modified` values exact), headers, and what it holds. */
export interface FeedPageResult {
  status: 200;
  headers: { 'content-type': string; 'cache-control': string };
  body: string;
  page: { next: string; items: PublishableItem[]; license: string };
  /** The URL of this page; on the last page it is also `next`. */
  selfUrl: string;
  lastPage: boolean;
}

const DEFAULT_LIMIT = 500;
const MAX_LIMIT = 5000;
const DAY_MS = 86_400_000;
// RPDE 1.0 §Caching: full pages never change, so cache them for an hour; the last page changes, so 8 seconds.
export const FULL_PAGE_CACHE_CONTROL = 'public, max-age=3600';
export const LAST_PAGE_CACHE_CONTROL = 'public, max-age=8';

const optionsError = (message: string) =>
  new SdkError('OY_ERR_PUBLISH_OPTIONS', `createFeedPage: ${message}`);

function feedUrl(baseUrl: string, afterTimestamp: Modified | undefined, afterId: string | undefined): string {
  const url = new URL(baseUrl);
  url.searchParams.delete('afterTimestamp');
  url.searchParams.delete('afterId');
  if (afterTimestamp !== undefined && afterId !== undefined) {
    url.searchParams.set('afterTimestamp', String(afterTimestamp));
    url.searchParams.set('afterId', afterId);
  }
  return url.href;
}

function withinRetention(options: CreateFeedPageOptions): (item: PublishableItem) => boolean {
  const days = options.retainDeletedForDays ?? 7;
  const now = Number(options.now ?? Date.now());
  const deletedAt = options.deletedAt ?? ((item: PublishableItem) => Number(item.modified));
  return (item) => {
    if (item.state !== 'deleted') return true;
    const at = deletedAt(item);
    return at === undefined || Number(at) >= now - days * DAY_MS;
  };
}

function readPosition(options: CreateFeedPageOptions): { afterTimestamp?: Modified; afterId?: string } {
  const { afterTimestamp, afterId } = options;
  if (afterTimestamp === undefined && afterId === undefined) return {};
  if (afterTimestamp === undefined || afterId === undefined) {
    throw optionsError(
      'give both afterTimestamp and afterId, or neither (RPDE 1.0: afterId is required with afterTimestamp).',
    );
  }
  try {
    return { afterTimestamp: toModified(afterTimestamp), afterId };
  } catch {
    throw optionsError(`afterTimestamp must be an integer, got "${String(afterTimestamp)}".`);
  }
}

/**
 * Builds one page of an RPDE 1.0 feed, whatever the web framework: filters by the position
 * ('>' not '>='), orders by modified then id, limits, builds `next`, and returns the body with
 * the recommended Cache-Control. The last page has no items and `next` equal to its own URL.
 */
export async function createFeedPage(options: CreateFeedPageOptions): Promise<FeedPageResult> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw optionsError(`limit must be an integer from 1 to ${MAX_LIMIT}, got ${limit}.`);
  if ((options.items === undefined) === (options.query === undefined))
    throw optionsError('give exactly one of items or query.');
  if (options.retainDeletedForDays !== undefined && !(options.retainDeletedForDays >= 7))
    throw optionsError(
      `retainDeletedForDays must be at least 7 (RPDE 1.0), got ${options.retainDeletedForDays}.`,
    );
  try {
    new URL(options.baseUrl);
  } catch {
    throw optionsError(`baseUrl "${options.baseUrl}" is not an absolute URL.`);
  }
  const { afterTimestamp, afterId } = readPosition(options);
  const after = (item: PublishableItem) =>
    afterTimestamp === undefined || afterId === undefined || isAfterPosition(item, afterTimestamp, afterId);

  let items: PublishableItem[];
  if (options.items !== undefined) {
    const keep = withinRetention(options);
    items = options.items
      .filter((item) => after(item) && keep(item))
      .sort(compareFeedOrder)
      .slice(0, limit);
  } else {
    items = [
      ...(await (options.query as NonNullable<CreateFeedPageOptions['query']>)({
        afterTimestamp,
        afterId,
        limit,
      })),
    ];
    checkQueryResult(items, limit, after);
  }

  const selfUrl = feedUrl(options.baseUrl, afterTimestamp, afterId);
  const last = items.at(-1);
  const next = last === undefined ? selfUrl : feedUrl(options.baseUrl, last.modified, last.id);
  const page = {
    next,
    // RPDE's field order, so pages read the same whatever order the caller's objects had.
    items: items.map(
      (item): PublishableItem =>
        item.state === 'updated'
          ? { state: 'updated', kind: 'Listing', id: item.id, modified: item.modified, data: item.data }
          : { state: 'deleted', kind: 'Listing', id: item.id, modified: item.modified },
    ),
    license: options.license,
  };
  return {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': last === undefined ? LAST_PAGE_CACHE_CONTROL : FULL_PAGE_CACHE_CONTROL,
    },
    body: stringifyJsonExact(page),
    page,
    selfUrl,
    lastPage: last === undefined,
  };
}

// A query that uses '>=' or forgets ORDER BY makes consumers loop or miss changes: refuse to publish it.
function checkQueryResult(
  items: PublishableItem[],
  limit: number,
  after: (item: PublishableItem) => boolean,
) {
  if (items.length > limit) {
    throw new SdkError(
      'OY_ERR_PUBLISH_ORDER',
      `createFeedPage: the query returned ${items.length} items, more than the limit of ${limit}. Add LIMIT to the query.`,
    );
  }
  items.forEach((item, index) => {
    if (!after(item)) {
      throw new SdkError(
        'OY_ERR_PUBLISH_ORDER',
        `createFeedPage: the query returned item ${index} ("${item.id}", modified ${item.modified}), which is not after ` +
          "the requested position. Use 'modified > t OR (modified = t AND id > afterId)': '>' not '>=' (RPDE 1.0 §Ordering).",
      );
    }
    const previous = items[index - 1];
    if (previous !== undefined && compareFeedOrder(previous, item) >= 0) {
      throw new SdkError(
        'OY_ERR_PUBLISH_ORDER',
        `createFeedPage: the query returned item ${index} ("${item.id}") out of order. Add ORDER BY modified, id.`,
      );
    }
  });
}

/**
 * Reads afterTimestamp and afterId from a request's query string, e.g. `new URL(req.url, base).searchParams`.
 * Throws an SdkError (OY_ERR_PUBLISH_OPTIONS) with a message fit for a 400 response when they are unusable.
 */
export function parseFeedQuery(params: URLSearchParams): { afterTimestamp?: Modified; afterId?: string } {
  const afterTimestamp = params.get('afterTimestamp') ?? undefined;
  const afterId = params.get('afterId') ?? undefined;
  return readPosition({ afterTimestamp, afterId, baseUrl: 'http://x/', license: '' });
}
