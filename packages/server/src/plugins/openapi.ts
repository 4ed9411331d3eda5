import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openApiDocument } from '../spec-operations.ts';

/**
 * Serves the standard's own OpenAPI document at /openapi.json (static mode: the server implements
 * the standard's API, so it publishes that document rather than one rebuilt from its routes) and
 * Swagger UI at /docs from the package's own files, with no CDN.
 */
export const openApiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      mode: 'static',
      specification: { document: structuredClone(openApiDocument) as never },
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: true,
      uiConfig: { url: '/openapi.json', deepLinking: true },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openyouth-openapi', fastify: '5.x' },
);
