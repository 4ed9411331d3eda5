import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { convertUrl, openActiveToListings, readRpdeFeed } from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The canonical examples shipped in @openactive/data-models (its versions/2.x/examples folder).
const modelsDir = dirname(createRequire(import.meta.url).resolve('@openactive/data-models/package.json'));
type Page = { items: { data: Record<string, unknown> }[] };
const example = (name: string): Page =>
  JSON.parse(readFileSync(join(modelsDir, 'versions/2.x/examples', name), 'utf8'));
const NOW = new Date('2026-11-24T12:00:00Z');

/** A canonical example with its first item's data changed, e.g. given a youth age range. */
function withData(name: string, change: Record<string, unknown>): Page {
  const page = example(name);
  const item = page.items[0] as { data: Record<string, unknown> };
  item.data = { ...item.data, ...change };
  return page;
}

const YOUTH = { ageRange: { '@type': 'QuantitativeValue', minValue: 11, maxValue: 16 } };

describe('openActiveToListings on the canonical examples', () => {
  it.each([
    ['courseinstance_example_1.json'],
    ['courseinstance_event_example_1.json'],
    ['facilityuse_example_1.json'],
  ])('reports %s, which has no ageRange, as adults-only and leaves it out', (file) => {
    const { listings, report } = openActiveToListings(example(file), { now: NOW });
    expect(listings).toEqual([]);
    expect(report).toContainEqual({
      kind: 'not-convertible',
      where: '/items/0/data',
      message: expect.stringContaining('adults only (18+)'),
    });
  });

  it.each([
    ['sessionseries_example_1.json'],
    ['event_example_1.json'],
    ['sessionseries-split_example_1.json'],
  ])('leaves out %s, whose age range is open-ended, unless a maximum age is given', (file) => {
    const strict = openActiveToListings(example(file), { now: NOW });
    expect(strict.listings).toEqual([]);
    expect(strict.report.map((n) => n.message).join(' ')).toContain('16 and over with no maximum');
    const capped = openActiveToListings(example(file), { now: NOW, openEndedMaxAge: 25 });
    expect(capped.listings.map((l) => l.ageRange)).toEqual([{ minValue: 16, maxValue: 25 }]);
    expect(capped.report).toContainEqual(expect.objectContaining({ kind: 'assumed', field: 'ageRange' }));
  });

  it.each([
    ['ondemandevent_example_1.json', 'OnDemandEvent'],
    ['place_example_1.json', 'Place'],
  ])('reports %s as not an opportunity it maps', (file, type) => {
    const { listings, report } = openActiveToListings(example(file), { now: NOW });
    expect(listings).toEqual([]);
    expect(report[0]?.message).toContain(`A ${type} is not an opportunity`);
  });
});

describe('openActiveToListings without the validator', () => {
  it('hands back the same listings unchecked when the caller validates them itself', () => {
    const page = withData('sessionseries_example_1.json', YOUTH);
    const checked = openActiveToListings(page, { now: NOW });
    const unchecked = openActiveToListings(page, { now: NOW, validate: false });
    expect(unchecked.listings).toEqual(checked.listings);
    expect(checked.report.some((notice) => notice.kind === 'quality')).toBe(true);
    expect(unchecked.report.filter((notice) => notice.kind === 'quality')).toEqual([]);
  });

  it('keeps a listing that breaks the schema, for the caller to report', () => {
    const page = withData('sessionseries_example_1.json', {
      ...YOUTH,
      ageRange: { '@type': 'QuantitativeValue', minValue: 11, maxValue: 130 },
    });
    expect(openActiveToListings(page, { now: NOW }).listings).toEqual([]);
    expect(openActiveToListings(page, { now: NOW, validate: false }).listings.map((l) => l.ageRange)).toEqual(
      [{ minValue: 11, maxValue: 130 }],
    );
  });
});

describe('what a SessionSeries keeps', () => {
  const { listings, report } = openActiveToListings(withData('sessionseries_example_1.json', YOUTH), {
    now: NOW,
  });
  const listing = listings[0] as Listing;

  it.each([
    ['id', 'https://example.com/api/session-series/1402CBP20150217'],
    ['identifier', '1402CBP20150217'],
    ['name', 'Virtual BODYPUMP'],
    ['kind', 'activity'],
    ['ageRange', { minValue: 11, maxValue: 16 }],
    ['categories', ['sport-and-physical-activity']],
    ['isAccessibleForFree', false],
    [
      'offers',
      [
        { name: 'Oxygen - Adult', price: 3.3, priceCurrency: 'GBP' },
        { name: 'Oxygen - Senior', price: 3.3, priceCurrency: 'GBP' },
      ],
    ],
    [
      'eventSchedule',
      [
        {
          repeatFrequency: 'P1W',
          byDay: ['Tuesday'],
          startDate: '2018-10-02',
          endDate: '2018-11-04',
          startTime: '20:15',
          endTime: '20:45',
          scheduleTimezone: 'Europe/London',
        },
      ],
    ],
    ['attendanceMode', 'in-person'],
  ] as const)('keeps %s', (field, want) => {
    expect(listing[field]).toEqual(want);
  });

  it('keeps the organizer and the place with its postcode and map position', () => {
    expect(listing.organizer).toEqual({
      type: 'Organization',
      id: 'https://id.bookingsystem.example.com/organizers/1',
      name: 'Everyone Active',
      url: 'https://www.everyoneactive.com/',
      email: 'customerservices@gll.org',
      telephone: '01455 890508',
    });
    expect(listing.location).toMatchObject({
      type: 'Place',
      name: 'Middlesbrough Sports Village',
      address: { postalCode: 'TS4 3AE', addressCountry: 'GB' },
      geo: { latitude: 54.543964, longitude: -1.20978500000001 },
    });
  });

  it.each([
    ['/items/0/data', 'leader'],
    ['/items/0/data', 'level'],
    ['/items/0/data', 'accessibilitySupport'],
    ['/items/0/data', 'image'],
    ['/items/0/data/offers/1', 'ageRestriction'],
    ['/items/0/data/location', 'amenityFeature'],
    ['/items/0/data/organizer', 'logo'],
  ])('reports %s %s as lost', (where, field) => {
    expect(report).toContainEqual(expect.objectContaining({ kind: 'lost', where, field }));
  });
});

describe('other opportunity types and feeds', () => {
  it('makes an Event a one-off dated event, free when it says so', () => {
    const { listings } = openActiveToListings(withData('event_example_1.json', YOUTH), { now: NOW });
    expect(listings[0]).toMatchObject({
      kind: 'event',
      isAccessibleForFree: true,
      eventSchedule: [
        { startDate: '2019-08-25', startTime: '10:00', endTime: '12:40', scheduleTimezone: 'Europe/London' },
      ],
    });
  });

  it('makes a FacilityUse a listing with weekly opening hours, from its provider', () => {
    const { listings, report } = openActiveToListings(withData('facilityuse_example_1.json', YOUTH), {
      now: NOW,
    });
    expect(report.filter((n) => n.kind === 'not-convertible')).toEqual([]);
    expect(listings[0]?.organizer.name).toBe('Everyone Active');
    expect(listings[0]?.eventSchedule?.[0]).toEqual({
      repeatFrequency: 'P1W',
      byDay: ['Sunday'],
      startTime: '09:00',
      endTime: '17:30',
      scheduleTimezone: 'Europe/London',
    });
  });

  it('makes a CourseInstance a course', () => {
    const { listings } = openActiveToListings(withData('courseinstance_example_1.json', YOUTH), { now: NOW });
    expect(listings.map((l) => l.kind)).toEqual(['course']);
  });

  it('turns separately fed ScheduledSessions into dates of their SessionSeries, on UK clocks', () => {
    const series = withData('sessionseries-split_example_1.json', { ...YOUTH, eventSchedule: undefined });
    const { listings, report } = openActiveToListings(
      [series, example('scheduledsession-split_example_1.json')],
      { now: NOW },
    );
    expect(report.filter((n) => n.kind === 'not-convertible')).toEqual([]);
    // 2016-05-09T18:15:00Z is 19:15 British Summer Time.
    expect(listings[0]?.eventSchedule).toEqual([
      expect.objectContaining({ startDate: '2016-05-09', startTime: '19:15' }),
    ]);
  });

  it('reports sessions whose series is not in the input', () => {
    const { report } = openActiveToListings(example('scheduledsession-split_example_1.json'), { now: NOW });
    expect(report).toEqual([
      expect.objectContaining({
        kind: 'not-convertible',
        where: 'https://opensessions.io/api/session-series/1402CBP20150217',
      }),
    ]);
  });

  it('maps a women-only session to a listing specifically for girls and young women', () => {
    const { listings } = openActiveToListings(
      withData('sessionseries_example_1.json', {
        ...YOUTH,
        genderRestriction: 'https://openactive.io/FemaleOnly',
      }),
      { now: NOW },
    );
    expect(listings[0]?.inclusion).toEqual({
      specificallyFor: ['girls-and-young-women'],
      openToOthers: false,
    });
  });

  it('maps an activity with a published mapping to its category', () => {
    const activity = [
      {
        '@type': 'Concept',
        '@id': 'https://openactive.io/activity-list#6ca15167-51da-4d91-a1ae-8a45dc47b0ea',
        prefLabel: 'Dance',
      },
    ];
    const { listings, report } = openActiveToListings(
      withData('sessionseries_example_1.json', { ...YOUTH, activity }),
      { now: NOW },
    );
    expect(listings[0]?.categories).toEqual(['dance']);
    expect(report.filter((n) => n.kind === 'assumed')).toEqual([]);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { listings, report } = openActiveToListings(value, { now: NOW });
        expect(Array.isArray(listings) && Array.isArray(report)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reading an RPDE feed from its address', () => {
  it('follows next until an empty page, then converts every page, detected as OpenActive', async () => {
    const requested: string[] = [];
    const pages: Record<string, unknown> = {
      '/feed': {
        ...withData('sessionseries-split_example_1.json', { ...YOUTH, eventSchedule: undefined }),
        next: '/feed?page=2',
      },
      '/feed?page=2': { ...example('scheduledsession-split_example_1.json'), next: '/feed?page=3' },
      '/feed?page=3': {
        items: [],
        next: '/feed?page=3',
        license: 'https://creativecommons.org/licenses/by/4.0/',
      },
    };
    const server = createServer((req, res) => {
      requested.push(req.url ?? '');
      const page = pages[req.url ?? ''];
      res.writeHead(page ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(page ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const read = await readRpdeFeed(`http://127.0.0.1:${port}/feed`);
      expect(read).toHaveLength(3);
      requested.length = 0;
      const { format, result } = await convertUrl(`http://127.0.0.1:${port}/feed`, { now: NOW });
      expect(format).toBe('openactive');
      expect(requested).toEqual(['/feed', '/feed', '/feed?page=2', '/feed?page=3']);
      expect(result.listings).toHaveLength(1);
      expect(result.listings[0]?.eventSchedule).toEqual([
        expect.objectContaining({ startDate: '2016-05-09' }),
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
