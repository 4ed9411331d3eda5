// A provider publishing its listings as an RPDE feed with node:http and the SDK's page builder.
// Run: node --conditions=@openyouth/source examples/publish-feed.ts [port]
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFeedPage, isSdkError, type Listing, type PublishableItem } from '@openyouth/sdk';

// The provider's data: the spec's example listings here; a database query in real life.
const folder = new URL('../spec/0.1/examples/listings/', import.meta.url);
const items: PublishableItem[] = readdirSync(folder).map((name) => {
  const listing = JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Listing;
  return { state: 'updated', id: listing.id, modified: Date.parse(listing.dateModified), data: listing };
});

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
  if (url.pathname !== '/feeds/listings') return void response.writeHead(404).end();
  try {
    const page = await createFeedPage({
      items,
      afterTimestamp: url.searchParams.get('afterTimestamp') ?? undefined,
      afterId: url.searchParams.get('afterId') ?? undefined,
      limit: 5,
      baseUrl: `http://${request.headers.host}/feeds/listings`,
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    response.writeHead(page.status, page.headers).end(page.body);
  } catch (error) {
    // Unusable afterTimestamp/afterId: say why, as the OpenAPI document's 400 does.
    response.writeHead(isSdkError(error) ? 400 : 500, { 'content-type': 'text/plain' }).end(String(error));
  }
});

server.listen(Number(process.argv[2] ?? 8080), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`Publishing ${items.length} listings at http://127.0.0.1:${port}/feeds/listings`);
});
