// pnpm bench:serve — search near a postcode with age and category filters over 100,000 listings,
// against a trivial route on the same server in the same run. Goals: p99 ≤ 25 ms at ≥ 2,000 req/s.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, rebuildMergedView } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';
import autocannon from 'autocannon';
import { buildServer, createMemoryGeocoder } from '../src/index.ts';

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 100_000);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

// A small deterministic generator, so every run serves the same data.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
const CATEGORIES = [
  'sport-and-physical-activity',
  'football',
  'arts-and-crafts',
  'music',
  'youth-clubs',
  'cooking-and-food',
  'mentoring',
  'peer-support',
  'volunteering',
  'nature-and-outdoors',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
// Listings cluster around 50 towns, as real ones do: a search near a town sees hundreds of candidates.
const TOWNS = Array.from({ length: 50 }, () => ({ lat: 50.6 + random() * 4.8, lng: -4 + random() * 4.2 }));
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const template = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../spec/0.1/examples/listings/clifton-youth-club.json'),
    'utf8',
  ),
) as Listing;

function generate(index: number): Listing {
  const town = TOWNS[index % TOWNS.length] as { lat: number; lng: number };
  // Roughly normal scatter, sd ~4 km, from the sum of three uniforms.
  const scatter = () => (random() + random() + random() - 1.5) * 0.07;
  const min = 5 + Math.floor(random() * 10);
  const postcode = `B${LETTERS[index % 20]}${(Math.floor(index / 20) % 90) + 10} ${index % 9}${LETTERS[Math.floor(index / 1800) % 20]}${LETTERS[Math.floor(index / 36_000) % 20]}`;
  return {
    ...template,
    id: `https://bench.openyouth.test/listings/${index}`,
    url: `https://bench.openyouth.test/${index}`,
    name: `${pick(['Friday', 'Saturday', 'Youth', 'Community', 'Young'])} ${pick(['Club', 'Group', 'Sessions', 'Project'])} ${index}`,
    categories: [pick(CATEGORIES), pick(CATEGORIES)].filter(
      (value, i, all) => all.indexOf(value) === i,
    ) as Listing['categories'],
    ageRange: { minValue: min, maxValue: min + 2 + Math.floor(random() * 8) },
    eventSchedule: [
      {
        ...(template.eventSchedule?.[0] as NonNullable<Listing['eventSchedule']>[number]),
        byDay: [pick(DAYS)],
      },
    ],
    location: {
      ...(template.location as NonNullable<Listing['location']>),
      address: { ...template.location?.address, postalCode: postcode },
      geo: { latitude: town.lat + scatter(), longitude: town.lng + scatter() * 1.6 },
    },
  };
}

async function run(url: string) {
  // The load generator runs in a worker thread, so it does not share the server's event loop.
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    pipelining: 1,
    workers: 1,
  });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

const dir = mkdtempSync(join(tmpdir(), 'openyouth-bench-'));
try {
  let started = performance.now();
  const store = await createStore(join(dir, 'store.sqlite'));
  await store.upsertSource({ id: 'bench', url: 'https://bench.openyouth.test/feed', format: 'openyouth' });
  for (let from = 0; from < LISTINGS; from += 1000) {
    const items = Array.from({ length: Math.min(1000, LISTINGS - from) }, (_, i) => {
      const listing = generate(from + i);
      return { itemId: listing.id, state: 'updated' as const, modified: String(from + i + 1), listing };
    });
    await store.applyPage('bench', { items, position: `p${from}`, fetchedAt: new Date().toISOString() });
  }
  // The server reads the merged directory, as after a harvest.
  await rebuildMergedView(store);
  const storeMs = performance.now() - started;
  started = performance.now();
  const town = TOWNS[0] as { lat: number; lng: number };
  const app = await buildServer({
    source: store,
    rateLimit: false,
    geocoder: createMemoryGeocoder([['BS5 9JB', town]]),
  });
  const indexMs = performance.now() - started;
  app.get('/bench/trivial', async () => ({ ok: true }));
  const base = await app.listen({ host: '127.0.0.1', port: 0 });

  const searchUrl = `${base}/listings?postcode=BS5+9JB&age=12&category=football,sport-and-physical-activity`;
  const probe = (await (await fetch(searchUrl)).json()) as { total: number };
  const trivial = await run(`${base}/bench/trivial`);
  const search = await run(searchUrl);
  await app.close();
  await store.close();

  const lines = [
    `listings: ${LISTINGS} (stored in ${(storeMs / 1000).toFixed(1)} s, indexed in ${(indexMs / 1000).toFixed(1)} s); the search matches ${probe.total}`,
    `autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per route, 127.0.0.1`,
    `trivial route: ${trivial.requestsPerSecond.toFixed(0)} req/s, p50 ${trivial.p50} ms, p99 ${trivial.p99} ms`,
    `search:        ${search.requestsPerSecond.toFixed(0)} req/s, p50 ${search.p50} ms, p99 ${search.p99} ms`,
    `ratio (search / trivial throughput): ${(search.requestsPerSecond / trivial.requestsPerSecond).toFixed(2)}`,
    `goals: p99 ≤ 25 ms ${search.p99 <= 25 ? 'met' : 'NOT met'}, ≥ 2,000 req/s ${search.requestsPerSecond >= 2000 ? 'met' : 'NOT met'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
