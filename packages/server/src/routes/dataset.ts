import type { Dataset } from '@openyouth/schema';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { type DirectoryRoutesOptions, renderDirectory } from './directory.ts';

/** A browser asks for HTML first; API clients ask for JSON or anything. */
export function prefersHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return /\btext\/html\b/.test(accept) && !/\bapplication\/(json|problem\+json)\b/.test(accept);
}

/** `GET /`: the dataset descriptor for API clients, the directory's search page for browsers. */
export const datasetRoutes: FastifyPluginAsync<DirectoryRoutesOptions & { dataset: Dataset }> = async (
  app,
  options,
) => {
  app.get('/', async (request, reply) => {
    reply.header('vary', 'Accept');
    if (!prefersHtml(request)) return options.dataset;
    const { status, page } = await renderDirectory(app, request.query as Record<string, unknown>, options);
    return reply.code(status).type('text/html; charset=utf-8').send(page);
  });
};
