import { republishedFeedPage, type Store } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';
import { createFeedPage, type FeedPageResult, isSdkError } from '@openyouth/sdk';
import type { FastifyPluginAsync } from 'fastify';
import { badQuery } from '../errors.ts';

export interface FeedRoutesOptions {
  source: Store | readonly Listing[];
  /** Where the server is reached: `next` URLs are absolute. */
  publicUrl: string;
  license: string;
}

const PAGE_SIZE = 500;

/**
 * `GET /feeds/listings`: the directory as an RPDE 1.0 feed. From a store, it is the merged
 * directory the harvester keeps (duplicates merged, provenance attached); from a fixed list of
 * listings, each listing's `dateModified` orders it.
 */
export const feedRoutes: FastifyPluginAsync<FeedRoutesOptions> = async (app, options) => {
  const baseUrl = new URL('feeds/listings', options.publicUrl).href;
  const fixed = Array.isArray(options.source)
    ? (options.source as readonly Listing[]).map((listing) => ({
        state: 'updated' as const,
        id: listing.id,
        modified: Date.parse(listing.dateModified),
        data: listing,
      }))
    : undefined;

  app.get('/feeds/listings', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const position = { afterTimestamp: query.afterTimestamp, afterId: query.afterId };
    let page: FeedPageResult;
    try {
      page = fixed
        ? await createFeedPage({
            items: fixed,
            baseUrl,
            license: options.license,
            limit: PAGE_SIZE,
            ...position,
          })
        : await republishedFeedPage(options.source as Store, {
            baseUrl,
            license: options.license,
            limit: PAGE_SIZE,
            ...position,
          });
    } catch (error) {
      if (!isSdkError(error)) throw error;
      throw badQuery([
        { parameter: 'afterTimestamp', message: `${error.message} Follow the feed's \`next\` links.` },
      ]);
    }
    return reply.headers(page.headers).send(page.body);
  });
};
