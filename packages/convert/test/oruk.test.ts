import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConvertError, listingsToOruk, orukPage, orukToListings, readOrukApi } from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import { Ajv } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hsdsScheduleToSchedule } from '../src/oruk/schedule.ts';
import { ReportBuilder } from '../src/report.ts';
import { exampleListings, HSDS_DIR, hsdsFixture } from './helpers/fixtures.ts';

const addFormats = ajvFormats.default as unknown as typeof ajvFormats.default.default;
const BASE = 'https://directory.example.org/api/';
const NOW = new Date('2026-11-24T12:00:00Z');

describe('orukToListings on the HSDS 3 full service example', () => {
  const { listings, report } = orukToListings(hsdsFixture('service_full.json'), { baseUrl: BASE, now: NOW });
  const listing = listings[0] as Listing;

  it('converts the one service to one valid listing', () => {
    expect(listings).toHaveLength(1);
  });

  it.each([
    ['id', `${BASE}services/ac148810-d857-441c-9679-408f346de14b`],
    ['identifier', 'ac148810-d857-441c-9679-408f346de14b'],
    ['name', 'Community Counselling'],
    ['summary', 'Counselling Services provided by trained professionals.'],
    ['ageRange', { minValue: 12, maxValue: 100 }],
    ['kind', 'service'],
    ['categories', ['counselling-and-talking-therapies']],
    ['isAccessibleForFree', false],
    [
      'offers',
      [{ name: 'Under 18s and Over 60s', price: 35, priceCurrency: 'GBP', unitText: 'per 1 hour session' }],
    ],
    ['dateModified', '2023-03-15T10:30:45.123Z'],
    ['lastVerified', '2005-01-01'],
    ['url', 'http://example.com/counselling'],
    ['contact', { name: 'Reception Manager', email: 'email@example.com', telephone: '+44 1234 234567' }],
    ['inclusion', { languages: ['ur'] }],
    [
      'eventSchedule',
      [
        {
          startTime: '10:00',
          endTime: '18:00',
          scheduleTimezone: 'Europe/London',
          repeatFrequency: 'P1W',
          byDay: ['Thursday', 'Friday'],
          byMonthDay: [2, 3, 4],
          startDate: '2005-01-01',
          endDate: '2005-01-01',
        },
      ],
    ],
  ] as const)('keeps %s', (field, want) => {
    expect(listing[field]).toEqual(want);
  });

  it('maps the location to a place with its address, and the organization to the organizer', () => {
    expect(listing.location?.name).toBe('MyCity Civic Center');
    expect(listing.location?.address).toEqual({
      streetAddress: '1-30 Main Street, MyVillage',
      addressLocality: 'MyCity',
      addressRegion: 'MyRegion',
      postalCode: 'ABC 1234',
      addressCountry: 'US',
    });
    expect(listing.organizer).toMatchObject({
      type: 'Organization',
      id: 'http://example.com',
      name: 'Example Organization Inc.',
    });
  });

  it.each([
    ['', 'alternate_name'],
    ['', 'program'],
    ['', 'required_documents'],
    ['/contacts/0', 'name'],
    ['/schedules/0', 'byweekno'],
    ['/schedules/0', 'count'],
    ['/service_at_locations/0/location', 'latitude'],
    ['/service_at_locations/0/location', 'accessibility'],
    ['/service_areas/0', 'service_areas'],
    ['/attributes/0/taxonomy_term', 'taxonomy_term'],
    ['/organization', 'logo'],
  ])('reports %s/%s as lost', (where, field) => {
    expect(report).toContainEqual(expect.objectContaining({ kind: 'lost', where, field }));
  });

  it('says the category was inferred from the name, for a person to check', () => {
    expect(report).toContainEqual(expect.objectContaining({ kind: 'assumed', field: 'attributes' }));
  });

  it('makes the application process the referral steps and the eligibility description its eligibility', () => {
    expect(listing.referral).toEqual({
      routes: ['self-referral', 'gp'],
      howToRefer:
        'If you are an NHS patient please ask your GP for a referral letter, we will then be in touch with you directly. If you are not an NHS patient you should ring our reception to arrange an appointment',
      eligibility:
        'This service is intended for all people aged 12 and over who require counselling services in the MyCity area',
    });
    expect(report).toContainEqual({
      kind: 'assumed',
      where: '',
      field: 'application_process',
      message:
        "HSDS has no referral routes; 'self-referral', 'gp' were read from the words of the application process. Check them.",
    });
    expect(report.filter((n) => n.kind === 'lost').map((n) => n.field)).not.toContain('application_process');
    expect(report.filter((n) => n.kind === 'lost').map((n) => n.field)).not.toContain(
      'eligibility_description',
    );
  });
});

describe('orukToListings on the application process and eligibility of other services', () => {
  const full = hsdsFixture('service_full.json') as Record<string, unknown>;
  const convert = (change: Record<string, unknown>) =>
    orukToListings({ ...full, ...change }, { baseUrl: BASE, now: NOW });

  it('reports both texts as lost when no referral route can be read, since a referral needs one', () => {
    const { listings, report } = convert({ application_process: 'Fill in the form on our website.' });
    expect(listings[0]?.referral).toBeUndefined();
    expect(report.filter((n) => n.kind === 'lost' && n.field !== undefined).map((n) => n.field)).toEqual(
      expect.arrayContaining(['application_process', 'eligibility_description']),
    );
  });

  it.each([
    ['Ask your school or a youth worker to refer you.', ['school-or-college', 'youth-worker']],
    ['Young carers can self-refer, or a parent can call us.', ['self-referral', 'parent-or-carer']],
    ['Referrals from CAMHS or your social worker only.', ['camhs', 'social-care']],
    ['Support for young carers: ask your doctor.', ['gp']],
  ])('reads the referral routes from the words %j, for a person to check', (text, routes) => {
    const { listings, report } = convert({ application_process: text });
    expect(listings[0]?.referral?.routes).toEqual(routes);
    expect(report).toContainEqual(expect.objectContaining({ kind: 'assumed', field: 'application_process' }));
  });

  it('takes the routes from referral-route taxonomy terms, with no guess from the words', () => {
    const term = {
      id: 't-route',
      taxonomy_term: {
        id: 'tt-route',
        name: 'School or college',
        term_uri: 'https://openyouth.org/spec/0.1/vocab/referral-routes.json#school-or-college',
      },
    };
    const { listings, report } = convert({ attributes: [...(full.attributes as unknown[]), term] });
    expect(listings[0]?.referral?.routes).toEqual(['school-or-college']);
    expect(report.filter((n) => n.field === 'application_process')).toEqual([]);
  });

  it('cuts an eligibility description longer than the 500 characters a referral holds, and says so', () => {
    const { listings, report } = convert({
      eligibility_description: `${'Young people in MyCity. '.repeat(30)}`,
    });
    expect(listings[0]?.referral?.eligibility?.length).toBeLessThanOrEqual(500);
    expect(report).toContainEqual(
      expect.objectContaining({
        kind: 'lost',
        field: 'eligibility_description',
        message: expect.stringContaining('Cut to 500'),
      }),
    );
  });
});

describe('orukToListings on services that are not youth data', () => {
  it('leaves out every service of the schedules worked example, which has no ages, and says why', () => {
    const { listings, report } = orukToListings(hsdsFixture('schedules_worked_example.json'), {
      baseUrl: BASE,
      now: NOW,
    });
    expect(listings).toEqual([]);
    expect(report).toContainEqual({
      kind: 'not-convertible',
      where: '/services/0',
      message: expect.stringContaining('minimum_age and maximum_age'),
    });
  });

  it.each([
    ['only a minimum age', { minimum_age: 11, maximum_age: undefined }, 'maximum_age'],
    ['ages the wrong way round', { minimum_age: 18, maximum_age: 11 }, 'above maximum_age'],
    ['an inactive status', { status: 'inactive', minimum_age: 11, maximum_age: 16 }, "'inactive'"],
    ['no organization', { minimum_age: 11, maximum_age: 16, organization: undefined }, 'organization'],
  ])('leaves out a service with %s', (_name, change, message) => {
    const service = { ...(hsdsFixture('service_full.json') as object), ...change };
    const { listings, report } = orukToListings(service, { baseUrl: BASE, now: NOW });
    expect(listings).toEqual([]);
    expect(
      report
        .filter((n) => n.kind === 'not-convertible')
        .map((n) => n.message)
        .join(' '),
    ).toContain(message);
  });

  it('never throws and always accounts for each service, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { listings, report } = orukToListings(value, { baseUrl: BASE, now: NOW });
        expect(listings.length).toBeLessThanOrEqual(Array.isArray(value) ? value.length : 1);
        expect(Array.isArray(report)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('HSDS schedules as OpenYouth schedules', () => {
  it.each([
    [
      'weekly with UTC times',
      {
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH',
        opens_at: '09:00:00Z',
        closes_at: '12:00:00Z',
        valid_from: '2020-04-01',
        valid_to: '2020-12-20',
      },
      {
        repeatFrequency: 'P1W',
        byDay: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'],
        startTime: '09:00',
        endTime: '12:00',
        scheduleTimezone: 'UTC',
        startDate: '2020-04-01',
        endDate: '2020-12-20',
      },
    ],
    [
      'the first Saturday of the month',
      { freq: 'MONTHLY', byday: '1SA', opens_at: '09:00', dtstart: '2020-07-04', until: '2020-11-07' },
      {
        repeatFrequency: 'P1M',
        byDay: ['Saturday'],
        byMonthWeek: [1],
        startTime: '09:00',
        scheduleTimezone: 'Europe/London',
        startDate: '2020-07-04',
        endDate: '2020-11-07',
      },
    ],
    [
      'fortnightly',
      { freq: 'WEEKLY', interval: 2, byday: 'FR', opens_at: '18:30:00' },
      { repeatFrequency: 'P2W', byDay: ['Friday'], startTime: '18:30', scheduleTimezone: 'Europe/London' },
    ],
    [
      'opening days without a frequency, as weekly',
      { byday: 'SA', opens_at: '10:00', closes_at: '12:00' },
      {
        repeatFrequency: 'P1W',
        byDay: ['Saturday'],
        startTime: '10:00',
        endTime: '12:00',
        scheduleTimezone: 'Europe/London',
      },
    ],
  ])('maps %s', (_name, given, want) => {
    const report = new ReportBuilder();
    expect(hsdsScheduleToSchedule(given, '/schedules/0', report)).toEqual(want);
    expect(report.notices).toEqual([]);
  });

  it.each([
    ['no opening time', { freq: 'WEEKLY', byday: 'MO' }, 'opens_at', false],
    ['a yearly repeat', { freq: 'YEARLY', opens_at: '10:00' }, 'freq', true],
    ['a day code it cannot read', { freq: 'WEEKLY', byday: 'MON', opens_at: '10:00' }, 'byday', true],
  ])('reports %s as lost', (_name, given, field, converted) => {
    const report = new ReportBuilder();
    const schedule = hsdsScheduleToSchedule(given, '/schedules/0', report);
    expect(schedule !== undefined).toBe(converted);
    expect(report.notices).toContainEqual(
      expect.objectContaining({ kind: 'lost', where: '/schedules/0', field }),
    );
  });
});

describe('listingsToOruk', () => {
  const ukProfile = JSON.parse(readFileSync(`${HSDS_DIR}oruk-uk-profile_service.schema.json`, 'utf8'));
  // The compiled UK profile has no $schema (so draft-07 rules) and its own keywords (constraints, core …).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validateService = ajv.compile(ukProfile);
  const examples = exampleListings();

  it.each(examples.map((e) => [e.file, e.listing] as const))(
    'makes a service valid against the UK profile from %s',
    (_file, listing) => {
      const { output } = listingsToOruk([listing]);
      const valid = validateService(output[0]);
      expect(validateService.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it('gives the same listing the same service id every time, and different listings different ids', () => {
    const first = listingsToOruk(examples.map((e) => e.listing)).output.map((s) => s.id);
    const second = listingsToOruk(examples.map((e) => e.listing)).output.map((s) => s.id);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(examples.length);
  });

  it('reports the youth-specific properties an ORUK service cannot carry', () => {
    const withSafeguarding = examples.find((e) => e.listing.safeguarding)?.listing as Listing;
    const { report } = listingsToOruk([withSafeguarding]);
    expect(report).toContainEqual(
      expect.objectContaining({ kind: 'lost', where: '/0', field: 'safeguarding' }),
    );
  });

  it('classifies a service by our own terms, and by an ESD term only where that term is the same or wider', () => {
    const listing = {
      ...(examples[0]?.listing as Listing),
      categories: ['young-carers-support'],
      needs: ['lonely-or-isolated'],
    } as Listing;
    const { output } = listingsToOruk([listing]);
    const uris = ((output[0]?.attributes ?? []) as { taxonomy_term: { term_uri: string } }[]).map(
      (a) => a.taxonomy_term.term_uri,
    );
    expect(uris).toContain('https://openyouth.org/spec/0.1/vocab/categories.json#young-carers-support');
    expect(uris).toContain('http://id.esd.org.uk/service/298');
    expect(uris).toContain('https://openyouth.org/spec/0.1/vocab/needs.json#lonely-or-isolated');
    expect(uris).not.toContain('http://id.esd.org.uk/need/69');
  });

  it('wraps services in the HSDS page envelope', () => {
    expect(orukPage([{ id: 'a' }], { pageNumber: 2, size: 1, totalItems: 3 })).toEqual({
      total_items: 3,
      total_pages: 3,
      page_number: 2,
      size: 1,
      first_page: false,
      last_page: false,
      empty: false,
      contents: [{ id: 'a' }],
    });
  });
});

/** The fields an ORUK service carries, so a round trip keeps them exactly. */
function carried(listing: Listing) {
  return {
    name: listing.name,
    summary: listing.summary,
    description: listing.description,
    categories: listing.categories,
    needs: listing.needs,
    specificallyFor: listing.inclusion?.specificallyFor,
    languages: listing.inclusion?.languages,
    organizer: {
      id: listing.organizer.id,
      name: listing.organizer.name,
      charityNumber: listing.organizer.charityNumber,
      companyNumber: listing.organizer.companyNumber,
    },
    url: listing.url,
    dateModified: listing.dateModified,
    referral: listing.referral && {
      routes: listing.referral.routes,
      howToRefer: listing.referral.howToRefer,
      eligibility: listing.referral.eligibility,
    },
    ageRange: listing.ageRange,
    isAccessibleForFree: listing.isAccessibleForFree,
    prices: listing.offers?.map((o) => [o.price, o.priceCurrency]),
    lastVerified: listing.lastVerified,
    areas: listing.areaServed?.map((a) => a.code),
    address: listing.location?.address && { postalCode: listing.location.address.postalCode },
    geo: listing.location?.geo,
    attendanceMode: listing.attendanceMode,
    schedules: listing.eventSchedule?.map(
      ({ repeatFrequency, byDay, byMonthWeek, byMonthDay, startDate, endDate, startTime, endTime }) =>
        JSON.parse(
          JSON.stringify({
            repeatFrequency,
            byDay,
            byMonthWeek,
            byMonthDay,
            startDate,
            endDate,
            startTime,
            endTime,
          }),
        ),
    ),
  };
}

describe('a round trip OpenYouth → ORUK → OpenYouth', () => {
  it.each(exampleListings().map((e) => [e.file, e.listing] as const))(
    'keeps what the service carries for %s',
    (_file, listing) => {
      const { output } = listingsToOruk([listing]);
      const back = orukToListings(output, { baseUrl: BASE, now: NOW });
      expect(back.report.filter((n) => n.kind === 'not-convertible')).toEqual([]);
      expect(carried(back.listings[0] as Listing)).toEqual(carried(listing));
    },
  );
});

describe('readOrukApi', () => {
  const full = hsdsFixture('service_full.json') as { id: string; name: string };
  const second = {
    ...full,
    id: '0e4a2c7c-9f43-4b3c-8f7a-2f1f3a2b9c11',
    name: 'Teen Talk',
    attributes: [{ id: 'a1', taxonomy_term: { id: 't1', name: 'Mentoring', description: 'Mentoring' } }],
  };
  const requests: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const pages = [
      orukPage([{ id: full.id, name: full.name }], { pageNumber: 1, size: 1, totalItems: 2 }),
      orukPage([{ id: second.id, name: second.name }], { pageNumber: 2, size: 1, totalItems: 2 }),
    ];
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/api/') return send(200, hsdsFixture('base.json'));
      if (url.pathname === '/api/services')
        return send(
          200,
          pages[Number(url.searchParams.get('page')) - 1] ??
            orukPage([], { pageNumber: 3, size: 1, totalItems: 2 }),
        );
      if (url.pathname === `/api/services/${full.id}`) return send(200, full);
      if (url.pathname === `/api/services/${second.id}`) return send(200, second);
      return send(404, { error: 'not found' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads the root, every page of services and each service in full, then converts them', async () => {
    requests.length = 0;
    const { root, services } = await readOrukApi(base);
    expect(root).toEqual(hsdsFixture('base.json'));
    expect(requests).toEqual([
      '/api/',
      '/api/services?page=1',
      '/api/services?page=2',
      `/api/services/${full.id}`,
      `/api/services/${second.id}`,
    ]);
    const { listings } = orukToListings(services, { baseUrl: base, now: NOW });
    expect(listings.map((l) => [l.name, l.id])).toEqual([
      ['Community Counselling', `${base}services/${full.id}`],
      ['Teen Talk', `${base}services/${second.id}`],
    ]);
  });

  it('throws OY_ERR_CONVERT_HTTP naming the URL when the API answers 404', async () => {
    const error = await readOrukApi(`${base}missing/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConvertError);
    expect(error).toMatchObject({
      code: 'OY_ERR_CONVERT_HTTP',
      message: expect.stringContaining('HTTP 404'),
    });
  });
});
