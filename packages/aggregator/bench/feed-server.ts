// A child process serving synthetic RPDE feeds (any /feeds/<n>) of LISTINGS listings each on 127.0.0.1, so the
// harvester being measured does not share its event loop with the server. Prints the port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const perFeed = Number(process.env.LISTINGS ?? 10_000);
const pageSize = 500;

const listing = (feed: number, n: number) => ({
  type: 'Listing',
  id: `https://provider-${feed}.example.org.uk/listings/${n}`,
  name: `Session ${n} of provider ${feed}`,
  summary: 'A friendly weekly session for young people, with youth workers to talk to.',
  kind: 'group',
  categories: ['youth-clubs'],
  organizer: {
    type: 'Organization',
    id: `https://provider-${feed}.example.org.uk/#org`,
    name: `Provider ${feed}`,
  },
  dateModified: '2026-11-01T10:00:00Z',
  lastVerified: '2026-11-01',
  ageRange: { minValue: 11, maxValue: 16 },
  attendanceMode: 'in-person',
  isAccessibleForFree: true,
  location: {
    type: 'Place',
    // A few hundred venues per provider, as a real county-wide provider would have.
    address: {
      postalCode: `BS${(feed % 16) + 1} ${n % 9}${'ABDEFGHJLN'[n % 10]}${'PQRSTUWXYZ'[Math.floor(n / 10) % 10]}`,
    },
    geo: { latitude: 51.45 + (n % 100) / 1000, longitude: -2.58 + (feed % 100) / 1000 },
  },
  eventSchedule: [
    {
      repeatFrequency: 'P1W',
      byDay: [
        (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const)[n % 7],
      ],
      startTime: '17:00',
      endTime: '19:00',
      scheduleTimezone: 'Europe/London',
    },
  ],
  referral: { routes: ['self-referral'] },
});

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
