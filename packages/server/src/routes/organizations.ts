import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../errors.ts';
import { parametersSchema } from '../spec-operations.ts';
import { pageLink } from './query-lists.ts';

export const organizationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations',
    {
      schema: {
        querystring: Type.Unsafe<{ page: number; limit: number }>(
          parametersSchema('/organizations', 'query'),
        ),
      },
    },
    async (request) => {
      const { page, limit } = request.query;
      const all = (app as FastifyInstance).directory.organizations;
      const items = all.slice((page - 1) * limit, page * limit);
      const result = { items, total: all.length, page, limit };
      return page * limit < all.length ? { ...result, next: pageLink(request.url, page + 1) } : result;
    },
  );

  app.get(
    '/organizations/:id',
    { schema: { params: Type.Object({ id: Type.String() }) } },
    async (request) => {
      const organization = (app as FastifyInstance).directory.organizationsById.get(request.params.id);
      if (!organization) throw notFound(`There is no organisation with the id ${request.params.id}.`);
      return organization;
    },
  );
};
