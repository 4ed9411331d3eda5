// A child process serving synthetic RPDE feeds (any /feeds/<n> below FEEDS) of LISTINGS listings
// each on 127.0.0.1, so the harvester being measured does not share its event loop with the
// server. Every page is rendered before the port is printed (up to PRERENDER_LIMIT listings), as
// a static feed or a CDN serves it: the publishers' JSON rendering is not on the harvester's two
// cores while it is measured. Prints the port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { syntheticListing as listing } from './synthetic-listing.ts';

const feeds = Number(process.env.FEEDS ?? 100);
const perFeed = Number(process.env.LISTINGS ?? 10_000);
const pageSize = 500;

/** The page after `after` of `feed`, its `next` link relative to the host that asks for it. */
function renderPage(feed: number, after: number): { head: Buffer; tail: Buffer } {
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
  const nextPath = `/feeds/${feed}?afterTimestamp=${last?.modified ?? after}&afterId=${last?.id ?? String(after).padStart(8, '0')}`;
  // The host is only known per request: the page is kept as the bytes either side of it.
  const [head, tail] = JSON.stringify({
    next: `http://HOST${nextPath}`,
    items,
    license: 'https://creativecommons.org/licenses/by/4.0/',
  }).split('HOST') as [string, string];
  return { head: Buffer.from(head), tail: Buffer.from(tail) };
}

// About 1.2 GB for the default million listings; past two million, pages are rendered as asked.
const PRERENDER_LIMIT = 2_000_000;
const pages = new Map<string, { head: Buffer; tail: Buffer }>();
for (let feed = 0; feeds * perFeed <= PRERENDER_LIMIT && feed < feeds; feed++) {
  for (let after = 0; after <= perFeed; after += pageSize)
    pages.set(`${feed}/${after}`, renderPage(feed, after));
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const feed = Number(url.pathname.split('/')[2]);
  const after = Number(url.searchParams.get('afterTimestamp') ?? 0);
  const page = pages.get(`${feed}/${after}`) ?? renderPage(feed, after);
  const host = Buffer.from(request.headers.host ?? '127.0.0.1');
  response.setHeader('content-type', 'application/json');
  response.setHeader('content-length', page.head.length + host.length + page.tail.length);
  response.write(page.head);
  response.write(host);
  response.end(page.tail);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
// Asked for its CPU time, so bench:harvest can tell how much of the cores the publishers took.
process.on('message', () => process.send?.(process.cpuUsage()));
process.on('disconnect', () => process.exit(0));
