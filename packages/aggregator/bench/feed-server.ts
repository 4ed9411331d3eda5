// A child process serving synthetic RPDE feeds (any /feeds/<n>) of LISTINGS listings each on 127.0.0.1, so the
// harvester being measured does not share its event loop with the server. Prints the port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { syntheticListing as listing } from './synthetic-listing.ts';

const perFeed = Number(process.env.LISTINGS ?? 10_000);
const pageSize = 500;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const feed = Number(url.pathname.split('/')[2]);
  const after = Number(url.searchParams.get('afterTimestamp') ?? 0);
  const items = [];
  for (let n = after + 1; n <= Math.min(after + pageSize, perFeed); n++) {
    items.push({
      state: 'updated',
      kind: 'Listing',
      id: String(n).padStart(8, '0'),
      modified: n,
      data: listing(feed, n),
    });
  }
  const last = items.at(-1);
  const next = last
    ? `http://${request.headers.host}/feeds/${feed}?afterTimestamp=${last.modified}&afterId=${last.id}`
    : `http://${request.headers.host}${request.url}`;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ next, items, license: 'https://creativecommons.org/licenses/by/4.0/' }));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('disconnect', () => process.exit(0));
