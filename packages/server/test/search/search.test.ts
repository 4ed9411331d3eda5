import fc from 'fast-check';
import { distance } from 'geokdbush';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchIndexInSlices } from '../../src/search/index-listings.ts';
import type { SearchQuery } from '../../src/search/query.ts';
import { resultOf, searchListings } from '../../src/search/search.ts';
import { exampleListings } from '../helpers/examples.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const listings = exampleListings();
const index = buildSearchIndex(listings);
const EAST_BRISTOL = { lat: 51.4606, lng: -2.5566 };

const names = (query: SearchQuery) =>
  searchListings(index, { limit: 100, ...query }, NOW).items.map((item) => item.entry.name);

describe('searchListings', () => {
  const cases: [string, { given: SearchQuery; want: string[] }][] = [
    [
      'finds listings within the radius of a point, nearest first, and online-only listings last',
      {
        given: { near: EAST_BRISTOL, radiusKm: 2 },
        want: [
          'Brave Steps: a six-week confidence course',
          'Worry Less Group',
          'Paint the Town',
          'Kestrel Holiday Club',
          'Prism Online',
        ],
      },
    ],
    [
      'keeps only listings whose age range includes the age',
      {
        given: { near: EAST_BRISTOL, radiusKm: 2, age: 15 },
        want: ['Worry Less Group', 'Paint the Town', 'Kestrel Holiday Club', 'Prism Online'],
      },
    ],
    [
      'matches any of several categories',
      {
        given: { category: ['cycling', 'swimming'] },
        want: ['Calm Splash: sensory-friendly swim', 'First Saturday Bike Workshop'],
      },
    ],
    [
      'matches any of several needs',
      { given: { need: ['caring-for-someone'] }, want: ['Young Carers Chill Club'] },
    ],
    [
      'matches the day of a one-off date and of a weekly schedule',
      { given: { day: ['Saturday'], startsAfter: '11:00' }, want: ['Feel Good Fest 2027'] },
    ],
    [
      'needs one schedule to satisfy the day and the time window together',
      {
        given: { day: ['Thursday'], endsBefore: '18:00' },
        want: ['Brave Steps: a six-week confidence course', 'Kestrel Holiday Club'],
      },
    ],
    [
      'keeps only free listings that take self-referrals and have every accessibility feature asked for',
      {
        given: { free: true, selfReferral: true, accessibility: ['wheelchair-accessible', 'hearing-loop'] },
        want: ['Clifton Youth Club', 'Feel Good Fest 2027'],
      },
    ],
    [
      'counts a mixed listing as online',
      {
        given: { attendanceMode: 'online' },
        want: ['Prism Online', "Steady Ground young people's counselling"],
      },
    ],
    [
      'matches capacity states',
      {
        given: { capacityStatus: ['waiting-list'] },
        want: ["Steady Ground young people's counselling", 'Wild Saturdays'],
      },
    ],
    [
      'ranks a word in the name above the same word in a summary',
      { given: { q: 'swim' }, want: ['Calm Splash: sensory-friendly swim'] },
    ],
    ['finds nothing when one of the words matches nothing', { given: { q: 'football zzzz' }, want: [] }],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    expect(names(given)).toEqual(want);
  });

  it('gives each result its distance and freshness', () => {
    const [first] = searchListings(index, { near: EAST_BRISTOL, radiusKm: 1 }, NOW).items;
    expect(first).toMatchObject({
      distanceKm: 0,
      freshness: expect.stringMatching(/^(fresh|ageing|stale|unknown)$/),
    });
  });

  it('reports the total and the page it returns', () => {
    const outcome = searchListings(index, { page: 2, limit: 5 }, NOW);
    expect({
      total: outcome.total,
      page: outcome.page,
      limit: outcome.limit,
      count: outcome.items.length,
    }).toEqual({
      total: listings.length,
      page: 2,
      limit: 5,
      count: 5,
    });
  });
});

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const queries: fc.Arbitrary<SearchQuery> = fc.record(
  {
    near: fc.record({
      lat: fc.double({ min: 50, max: 57, noNaN: true }),
      lng: fc.double({ min: -5, max: 1, noNaN: true }),
    }),
    radiusKm: fc.double({ min: 0.1, max: 200, noNaN: true }),
    age: fc.integer({ min: 0, max: 30 }),
    category: fc.subarray(['music', 'cooking-and-food', 'mental-health-support', 'football', 'peer-support']),
    day: fc.subarray([...DAYS]),
    startsAfter: time,
    endsBefore: time,
    free: fc.boolean(),
    selfReferral: fc.boolean(),
    q: fc.constantFrom('club', 'young', 'swim', 'café', 'the'),
    sort: fc.constantFrom('distance' as const, 'relevance' as const),
  },
  { requiredKeys: [] },
);

describe('building the index in slices', () => {
  it('lets other work run between slices and builds the same index', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({
      ...(listings[i % listings.length] as (typeof listings)[number]),
      id: `https://youthhub.org.uk/listings/${i}`,
    }));
    const order: string[] = [];
    const building = buildSearchIndexInSlices(many).then((built) => {
      order.push('built');
      return built;
    });
    setImmediate(() => order.push('other work'));
    const sliced = await building;
    expect(order).toEqual(['other work', 'built']);
    const query = { near: { lat: 52.9, lng: -1.2 }, radiusKm: 200, q: 'club', limit: 100 };
    const ids = (built: typeof index) => searchListings(built, query, NOW).items.map((hit) => hit.entry.id);
    expect(ids(sliced)).toEqual(ids(buildSearchIndex(many)));
    expect(ids(sliced).length).toBeGreaterThan(0);
  });
});

describe('searchListings properties', () => {
  it('returns only listings that satisfy every filter given', () => {
    fc.assert(
      fc.property(queries, (query) => {
        for (const hit of searchListings(index, { ...query, limit: 100 }, NOW).items) {
          const { listing, distanceKm } = resultOf(hit);
          if (query.age !== undefined)
            expect(listing.ageRange.minValue <= query.age && query.age <= listing.ageRange.maxValue).toBe(
              true,
            );
          if (query.category?.length)
            expect(listing.categories.some((id) => query.category?.includes(id))).toBe(true);
          if (query.free) expect(listing.isAccessibleForFree).toBe(true);
          if (query.selfReferral) expect(listing.referral?.routes).toContain('self-referral');
          if (query.near && distanceKm !== undefined)
            expect(distanceKm).toBeLessThanOrEqual((query.radiusKm ?? 5) + 0.001);
          if (query.near && distanceKm === undefined) expect(listing.attendanceMode).toBe('online');
          if (query.day?.length) expect(listing.eventSchedule?.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('finds every listing within the radius that suits the age and category (nothing lost to the fast pre-filter)', () => {
    const near = fc.record(
      {
        near: fc.record({
          lat: fc.double({ min: 50, max: 57, noNaN: true }),
          lng: fc.double({ min: -5, max: 1, noNaN: true }),
        }),
        radiusKm: fc.double({ min: 0.1, max: 400, noNaN: true }),
        age: fc.integer({ min: 0, max: 30 }),
        category: fc.subarray([...new Set(listings.flatMap((listing) => listing.categories))]),
      },
      { requiredKeys: ['near', 'radiusKm', 'category'] },
    );
    fc.assert(
      fc.property(near, (query) => {
        const found = new Set(
          searchListings(index, { ...query, limit: 100 }, NOW).items.map((hit) => hit.entry.id),
        );
        const expected = listings.filter((listing) => {
          const geo = listing.location?.geo;
          const within =
            listing.attendanceMode === 'online' ||
            (geo !== undefined &&
              distance(query.near.lng, query.near.lat, geo.longitude, geo.latitude) <= query.radiusKm);
          const suitsAge =
            query.age === undefined ||
            (listing.ageRange.minValue <= query.age && query.age <= listing.ageRange.maxValue);
          const inCategory =
            !query.category.length || listing.categories.some((id) => query.category.includes(id));
          return within && suitsAge && inCategory;
        });
        expect([...found].sort()).toEqual(expected.map((listing) => listing.id).sort());
      }),
    );
  });

  it('orders results by distance when sorting by distance', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const distances = searchListings(index, { ...query, sort: 'distance', limit: 100 }, NOW).items.map(
          (item) => item.distanceKm ?? Number.POSITIVE_INFINITY,
        );
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
      }),
    );
  });

  it('covers every result exactly once across pages', () => {
    fc.assert(
      fc.property(queries, fc.integer({ min: 1, max: 7 }), (query, limit) => {
        const all = searchListings(index, { ...query, limit: 100 }, NOW);
        const paged = [];
        for (let page = 1; page <= Math.ceil(all.total / limit) + 1; page++) {
          paged.push(...searchListings(index, { ...query, page, limit }, NOW).items);
        }
        expect(paged.map((item) => item.entry.id)).toEqual(all.items.map((item) => item.entry.id));
      }),
    );
  });
});
