import type { DeletedFeedItem, UpdatedFeedItem } from '@openyouth/schema';
import { FeedPageError } from '../errors.ts';
import type { Modified } from './modified.ts';

/** A feed item as read off the wire: `modified` is a bigint when it is above 2^53. */
export type ReceivedFeedItem =
  | (Omit<UpdatedFeedItem, 'modified'> & { modified: Modified })
  | (Omit<DeletedFeedItem, 'modified'> & { modified: Modified });

/** The parts of an RPDE page the client relies on. */
export interface ReceivedFeedPage {
  next: string;
  items: ReceivedFeedItem[];
  license?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the RPDE envelope the walk depends on (`next`, `items`, and each item's `state`, `id`,
 * `modified`); the listings themselves are the validator's business. Errors name the JSON Pointer.
 */
export function checkPage(json: unknown, url: string): ReceivedFeedPage {
  const fail = (pointer: string, what: string) =>
    new FeedPageError(
      'OY_ERR_FEED_INVALID_PAGE',
      url,
      `${url} at ${pointer || '/'}: ${what}. An RPDE page is { "next": "<url>", "items": [...] } (RPDE 1.0 §Page).`,
    );
  if (!isObject(json)) throw fail('', 'the page is not a JSON object');
  if (typeof json.next !== 'string' || json.next === '')
    throw fail('/next', '"next" must be a non-empty URL string');
  if (!Array.isArray(json.items)) throw fail('/items', '"items" must be an array');
  json.items.forEach((item: unknown, index) => {
    const at = `/items/${index}`;
    if (!isObject(item)) throw fail(at, 'an item must be an object');
    if (item.state !== 'updated' && item.state !== 'deleted')
      throw fail(`${at}/state`, '"state" must be "updated" or "deleted"');
    // RPDE allows integer ids (OpenActive feeds use them); OpenYouth's are strings, so convert.
    if (typeof item.id === 'number' && Number.isInteger(item.id)) item.id = String(item.id);
    if (typeof item.id !== 'string' || item.id === '')
      throw fail(`${at}/id`, '"id" must be a non-empty string or an integer');
    const modified = item.modified;
    if (typeof modified !== 'bigint' && !(typeof modified === 'number' && Number.isInteger(modified)))
      throw fail(`${at}/modified`, '"modified" must be an integer');
  });
  return json as unknown as ReceivedFeedPage;
}
