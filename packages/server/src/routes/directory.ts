import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Geocoder } from '../geocode/types.ts';
import { DIRECTORY_CSS, DIRECTORY_JS } from '../pages/assets.ts';
import { readState, shortlistUrl } from '../pages/directory-state.ts';
import { listingPage } from '../pages/listing-page.ts';
import { searchPage } from '../pages/search-page.ts';
import { shortlistPage } from '../pages/shortlist-page.ts';
import { searchListings } from '../search/search.ts';
import { hasSearch, readDirectoryForm } from './directory-form.ts';

export interface DirectoryRoutesOptions {
  geocoder: Geocoder;
  now: () => Date;
}

const sendPage = (reply: FastifyReply, page: string, status = 200) =>
  reply.code(status).type('text/html; charset=utf-8').send(page);

/** Renders the search page for a request's query: used at /directory and at / for browsers. */
export async function renderDirectory(
  app: FastifyInstance,
  query: Record<string, unknown>,
  options: DirectoryRoutesOptions,
) {
  const state = readState(query);
  if (!hasSearch(state.search)) return { status: 200, page: searchPage(state, undefined, []) };
  const { query: search, faults } = await readDirectoryForm(state.search, options.geocoder);
  if (faults.length) return { status: 400, page: searchPage(state, undefined, faults) };
  return {
    status: 200,
    page: searchPage(state, searchListings(app.directory.index, search, options.now()), []),
  };
}

/** The directory for link workers, parents and young people: server-rendered pages, state in the URL. */
export const directoryRoutes: FastifyPluginAsync<DirectoryRoutesOptions> = async (app, options) => {
  app.get('/directory', async (request, reply) => {
    const { status, page } = await renderDirectory(app, request.query as Record<string, unknown>, options);
    return sendPage(reply, page, status);
  });

  app.get('/directory/listing', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const state = readState(query);
    const entry = typeof query.id === 'string' ? app.directory.index.byId.get(query.id) : undefined;
    if (!entry) {
      return sendPage(
        reply,
        searchPage(state, undefined, [
          { message: 'That listing is no longer in the directory. Search again.' },
        ]),
        404,
      );
    }
    return sendPage(
      reply,
      listingPage({ listing: entry.listing, freshness: entry.freshnessAt(options.now()) }, state),
    );
  });

  app.get('/directory/shortlist', async (request, reply) => {
    const { saved } = readState(request.query as Record<string, unknown>);
    const now = options.now();
    const entries = saved.map((id) => app.directory.index.byId.get(id));
    const results = entries.flatMap((entry) =>
      entry ? [{ listing: entry.listing, freshness: entry.freshnessAt(now) }] : [],
    );
    const host = request.headers.host ?? 'localhost';
    const shareUrl = `${request.protocol}://${host}${shortlistUrl(results.map((result) => result.listing.id))}`;
    return sendPage(reply, shortlistPage(results, entries.length - results.length, shareUrl));
  });

  app.get('/directory/assets/directory.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(DIRECTORY_CSS),
  );
  app.get('/directory/assets/directory.js', async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(DIRECTORY_JS),
  );
};
