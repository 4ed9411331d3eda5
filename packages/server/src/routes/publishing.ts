import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import {
  authenticatePublisher,
  type PublisherKey,
  publishListing,
  type Store,
  type StoredNotice,
  withdrawListing,
} from '@openyouth/aggregator';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound, type RequestFault, ServerError } from '../errors.ts';

export interface PublishingRoutesOptions {
  /** Where written listings go; without a store (a fixed list of listings) the server is read-only. */
  store?: Store;
  now: () => Date;
}

const BEARER = /^Bearer\s+(\S+)$/i;

const unauthorized = (message: string) =>
  new ServerError('OY_ERR_SERVER_UNAUTHORIZED', message, { statusCode: 401 });
const forbidden = (message: string) =>
  new ServerError('OY_ERR_SERVER_FORBIDDEN', message, { statusCode: 403 });

const toFault = (notice: StoredNotice): RequestFault => ({
  pointer: notice.instancePath,
  code: notice.code,
  message: notice.message,
});

/**
 * Runs writes one at a time: each rebuilds the merged view and the search index, and two
 * rebuilds interleaving would each miss the other's write.
 */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * `PUT` and `DELETE /listings/:id`: providers without a feed of their own publish here with an
 * API key, limited to their organisation's listings. Every write is validated and reaches
 * search and the republished feed before the response.
 */
export const publishingRoutes: FastifyPluginAsyncTypebox<PublishingRoutesOptions> = async (
  app,
  { store, now },
) => {
  const serially = serialQueue();

  async function publisherOf(request: FastifyRequest): Promise<{ store: Store; key: PublisherKey }> {
    if (!store) {
      throw new ServerError(
        'OY_ERR_SERVER_READ_ONLY',
        'This server serves a fixed set of listings and does not accept listings from providers.',
        { statusCode: 405 },
      );
    }
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) {
      throw unauthorized('Send your publisher API key as `Authorization: Bearer <key>`.');
    }
    const key = await authenticatePublisher(store, token);
    if (!key) {
      throw unauthorized(
        'The API key is not one this server knows, or it was revoked: ask the people who run the server for a new one.',
      );
    }
    return { store, key };
  }

  const reloaded = async () => (app as FastifyInstance).directory.reload();
  const params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 2048 }) });

  app.put('/listings/:id', { schema: { params } }, async (request, reply) => {
    const { store, key } = await publisherOf(request);
    if (!/^application\/(.+\+)?json\b/i.test(request.headers['content-type'] ?? '')) {
      throw new ServerError(
        'OY_ERR_SERVER_BAD_BODY',
        'Send the listing as JSON, with `Content-Type: application/json`.',
        {
          statusCode: 415,
        },
      );
    }
    const body = request.body as { id?: unknown } | null;
    if (typeof body?.id === 'string' && body.id !== request.params.id) {
      throw new ServerError(
        'OY_ERR_SERVER_BAD_BODY',
        `The listing's id ${body.id} is not the one in the path, ${request.params.id}: PUT a listing to its own id.`,
        { statusCode: 400, faults: [{ pointer: '/id', message: 'The id must match the path.' }] },
      );
    }
    const outcome = await serially(async () => {
      const result = await publishListing(store, key, body, now());
      if (result.status === 'created' || result.status === 'updated') await reloaded();
      return result;
    });
    if (outcome.status === 'forbidden') throw forbidden(outcome.reason);
    if (outcome.status === 'invalid') {
      const errors = outcome.notices.filter((notice) => notice.severity === 'error');
      throw new ServerError(
        'OY_ERR_SERVER_INVALID_LISTING',
        `The listing has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; \`errors\` says where and how to fix each. Nothing was published.`,
        { statusCode: 422, faults: errors.map(toFault) },
      );
    }
    if (outcome.status === 'created') reply.code(201).header('location', request.url);
    return {
      id: request.params.id,
      notices: outcome.notices.map((notice) => ({ ...toFault(notice), severity: notice.severity })),
    };
  });

  app.delete('/listings/:id', { schema: { params } }, async (request, reply) => {
    const { store, key } = await publisherOf(request);
    const outcome = await serially(async () => {
      const result = await withdrawListing(store, key, request.params.id, now());
      if (result.status === 'deleted') await reloaded();
      return result;
    });
    if (outcome.status === 'forbidden') throw forbidden(outcome.reason);
    if (outcome.status === 'not-found') {
      throw notFound(`${key.organizationId} has published no listing ${request.params.id} here.`);
    }
    return reply.code(204).send();
  });
};
