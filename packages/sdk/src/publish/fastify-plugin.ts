import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { answerFeedRequest, type ServeFeedOptions } from './serve-feed.ts';

export type FeedPluginOptions = ServeFeedOptions & {
  /** Where to serve the feed (default /feeds/listings). */
  path?: string;
};

const feedPlugin: FastifyPluginAsync<FeedPluginOptions> = async (app, options) => {
  const { path = '/feeds/listings', ...serveOptions } = options;
  app.get(path, async (request, reply) => {
    const url = new URL(request.url, `${request.protocol}://${request.host}`);
    const answer = await answerFeedRequest(url, serveOptions);
    // The body is already JSON, with big integers written exactly: send it as it is.
    return reply.code(answer.status).headers(answer.headers).send(answer.body);
  });
};

/**
 * A Fastify 5 plugin serving an RPDE feed of listings from a query function or a list:
 * `app.register(openYouthFeed, { query, license })`.
 */
export const openYouthFeed = fp(feedPlugin, { name: '@openyouth/sdk/feed', fastify: '5.x' });
