import { readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { type LocalServer, sendJson, startServer } from './local-server.ts';
import { specFeedPages } from './spec-feed.ts';

const SPEC = new URL('../../../../spec/0.1/', import.meta.url);
const readJson = (relative: string) =>
  JSON.parse(readFileSync(new URL(relative, SPEC), 'utf8')) as Record<string, never>;

interface ListingExample {
  id: string;
  organizer: { id: string };
  ageRange: { minValue: number; maxValue: number };
}

function problem(response: ServerResponse, status: number, title: string, detail: string) {
  sendJson(
    response,
    JSON.stringify({ type: 'about:blank', title, status, detail }),
    {
      'content-type': 'application/problem+json',
    },
    status,
  );
}

/**
 * A small API on 127.0.0.1 answering from spec/0.1/examples the way the OpenAPI document
 * says: enough to exercise every method of the client, not a search engine.
 */
export async function startCannedApi(): Promise<LocalServer & { listings: ListingExample[] }> {
  const listings = readdirSync(new URL('examples/listings/', SPEC)).map(
    (name) => readJson(`examples/listings/${name}`) as unknown as ListingExample,
  );
  const vocabularies = readdirSync(new URL('vocab/', SPEC)).map((name) => readJson(`vocab/${name}`));
  const server = await startServer((request, response) => {
    const url = new URL(request.url ?? '/', server.origin);
    const path = url.pathname.replace(/^\/api/, '');
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (url.pathname === '/api/broken')
      return void response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    if (path === '/') return sendJson(response, JSON.stringify(readJson('examples/dataset.json')));
    if (segments[0] === 'listings' && segments.length === 1) {
      const age = url.searchParams.get('age');
      if (age !== null && !/^\d+$/.test(age))
        return problem(response, 400, 'Invalid query', 'age must be a whole number');
      const matching = listings.filter(
        (listing) =>
          age === null ||
          (listing.ageRange.minValue <= Number(age) && Number(age) <= listing.ageRange.maxValue),
      );
      const items = matching.map((listing) => ({ listing, freshness: 'fresh' }));
      return sendJson(response, JSON.stringify({ items, total: items.length, page: 1, limit: 20 }));
    }
    if (segments[0] === 'listings' && segments.length === 2) {
      const listing = listings.find((candidate) => candidate.id === segments[1]);
      if (listing === undefined)
        return problem(response, 404, 'Not found', `No listing has id ${segments[1]}`);
      return sendJson(response, JSON.stringify(listing));
    }
    if (path === '/feeds/listings') {
      const pages = specFeedPages(`${server.origin}/api`);
      const page = pages.get(url.pathname + url.search) ?? pages.get(path + url.search);
      if (page === undefined) return problem(response, 400, 'Invalid paging parameters', 'Unknown position');
      // One modified above 2^53, to prove the client keeps it exact.
      return sendJson(response, page.replace('"modified": 1789980300000', '"modified": 9007199254740995'));
    }
    if (path === '/organizations') {
      const organizations = [
        ...new Map(listings.map((listing) => [listing.organizer.id, listing.organizer])).values(),
      ];
      return sendJson(
        response,
        JSON.stringify({ items: organizations, total: organizations.length, page: 1, limit: 100 }),
      );
    }
    if (segments[0] === 'organizations' && segments.length === 2) {
      const organization = listings.find((listing) => listing.organizer.id === segments[1])?.organizer;
      if (organization === undefined) return problem(response, 404, 'Not found', 'No such organisation');
      return sendJson(response, JSON.stringify(organization));
    }
    if (path === '/vocab') {
      return sendJson(
        response,
        JSON.stringify(vocabularies.map(({ id, title, uri }) => ({ id, title, uri }))),
      );
    }
    if (segments[0] === 'vocab' && segments.length === 2) {
      const vocabulary = vocabularies.find((candidate) => candidate.id === segments[1]);
      if (vocabulary === undefined) return problem(response, 404, 'Not found', 'No such vocabulary');
      return sendJson(response, JSON.stringify(vocabulary));
    }
    problem(response, 404, 'Not found', `No route for ${path}`);
  });
  return Object.assign(server, { listings });
}
