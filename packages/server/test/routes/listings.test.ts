import { createSpecAjv } from '@openyouth/schema';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/spec-operations.ts';
import { exampleServer } from '../helpers/server.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await exampleServer();
});
afterAll(() => app.close());

// Responses are checked against the standard's OpenAPI components, compiled with the spec's ajv.
const ajv = createSpecAjv({ strict: false });
ajv.addSchema({
  $id: 'https://openyouth.test/openapi.json',
  components: JSON.parse(JSON.stringify((openApiDocument as unknown as { components: unknown }).components)),
});
const conforms = (component: string, body: unknown) => {
  const validate = ajv.getSchema(`https://openyouth.test/openapi.json#/components/schemas/${component}`);
  if (!validate) throw new Error(`no component ${component}`);
  const valid = validate(body);
  return valid ? true : validate.errors;
};

describe('GET /listings', () => {
  it('finds listings near a postcode with age and category filters, nearest first', async () => {
    const response = await app.inject(
      '/listings?postcode=bs5+9jb&age=13&category=peer-support,mental-health-support',
    );
    const body = response.json();
    expect(response.statusCode).toBe(200);
    expect(conforms('ListingSearchPage', body)).toBe(true);
    expect(
      body.items.map((item: { listing: { name: string }; distanceKm?: number }) => [
        item.listing.name,
        item.distanceKm,
      ]),
    ).toEqual([
      ['Brave Steps: a six-week confidence course', 0],
      ['Worry Less Group', 0],
      ['Prism Online', undefined],
    ]);
  });

  it('links to the next page while there are more results', async () => {
    const first = (await app.inject('/listings?limit=5&q=young')).json();
    expect(first.next).toBe('/listings?limit=5&q=young&page=2');
    const last = (await app.inject(`/listings?limit=5&q=young&page=${Math.ceil(first.total / 5)}`)).json();
    expect(last.next).toBeUndefined();
  });

  const badQueries: [string, { given: string; want: { parameter: string; message: RegExp }[] }][] = [
    [
      'names an unknown parameter and lists the known ones',
      {
        given: 'colour=red',
        want: [{ parameter: 'colour', message: /not a parameter here: use `postcode`/ }],
      },
    ],
    [
      'says an age must be a whole number',
      { given: 'age=ten', want: [{ parameter: 'age', message: /whole number/ }] },
    ],
    [
      'lists the categories when one is unknown',
      {
        given: 'category=music,knitting',
        want: [{ parameter: 'category', message: /item 2 of `category` must be one of: arts-and-crafts/ }],
      },
    ],
    [
      'shows the time format',
      { given: 'startsAfter=5pm', want: [{ parameter: 'startsAfter', message: /HH:MM, such as 16:30/ }] },
    ],
    [
      'refuses a radius of 0',
      { given: 'lat=51.4&lng=-2.5&radiusKm=0', want: [{ parameter: 'radiusKm', message: /more than 0/ }] },
    ],
    ['needs lng with lat', { given: 'lat=51.4', want: [{ parameter: 'lng', message: /add `lng`/ }] }],
    [
      'refuses something that is not a postcode',
      { given: 'postcode=hello', want: [{ parameter: 'postcode', message: /not a UK postcode/ }] },
    ],
    [
      'says when a postcode is not known',
      { given: 'postcode=ZZ9+9ZZ', want: [{ parameter: 'postcode', message: /ZZ9 9ZZ is not known/ }] },
    ],
    [
      'needs a place to sort by distance',
      { given: 'sort=distance', want: [{ parameter: 'sort', message: /needs a place/ }] },
    ],
    [
      'reports every bad parameter at once',
      {
        given: 'age=-1&limit=500',
        want: [
          { parameter: 'age', message: /at least 0/ },
          { parameter: 'limit', message: /at most 100/ },
        ],
      },
    ],
  ];

  it.each(badQueries)('answers 400 with a Problem that %s', async (_name, { given, want }) => {
    const response = await app.inject(`/listings?${given}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(conforms('Problem', body)).toBe(true);
    expect(body.errors).toEqual(
      want.map((fault) => ({ parameter: fault.parameter, message: expect.stringMatching(fault.message) })),
    );
  });
});

describe('GET /listings/:id', () => {
  it('returns the listing with a percent-encoded id', async () => {
    const id = 'https://nottinghamyouthhubs.org.uk/listings/clifton-youth-club';
    const response = await app.inject(`/listings/${encodeURIComponent(id)}`);
    expect(response.statusCode).toBe(200);
    expect(conforms('Listing', response.json())).toBe(true);
    expect(response.json().id).toBe(id);
  });

  it('answers 404 with a Problem for an unknown id', async () => {
    const response = await app.inject('/listings/https%3A%2F%2Fexample.org%2Fnope');
    expect([response.statusCode, response.json().title]).toEqual([404, 'Not found']);
  });
});

describe('the other read operations', () => {
  const cases: [string, { given: string; status: number; component?: string }][] = [
    ['returns the dataset descriptor to API clients at /', { given: '/', status: 200, component: 'Dataset' }],
    [
      'pages through organisations',
      { given: '/organizations?limit=3&page=2', status: 200, component: 'OrganizationPage' },
    ],
    [
      'returns one organisation',
      {
        given: `/organizations/${encodeURIComponent('https://nottinghamyouthhubs.org.uk/#organization')}`,
        status: 200,
        component: 'Organization',
      },
    ],
    [
      'answers 404 for an unknown organisation',
      { given: '/organizations/nope', status: 404, component: 'Problem' },
    ],
    ['returns one vocabulary', { given: '/vocab/needs', status: 200, component: 'Vocabulary' }],
    ['answers 404 for an unknown vocabulary', { given: '/vocab/colours', status: 404, component: 'Problem' }],
    [
      'answers 404 with a Problem for an unknown path',
      { given: '/nowhere', status: 404, component: 'Problem' },
    ],
  ];

  it.each(cases)('%s', async (_name, { given, status, component }) => {
    const response = await app.inject(given);
    expect(response.statusCode).toBe(status);
    if (component) expect(conforms(component, response.json())).toBe(true);
  });

  it('lists every vocabulary with its URI', async () => {
    const body = (await app.inject('/vocab')).json();
    expect(body.map((vocabulary: { id: string }) => vocabulary.id)).toEqual([
      'kinds',
      'categories',
      'needs',
      'referral-routes',
      'settings',
      'inclusion',
      'audiences',
      'five-ways',
    ]);
    for (const vocabulary of body) expect(conforms('VocabularySummary', vocabulary)).toBe(true);
  });
});
