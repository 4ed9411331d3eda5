import { namedSchemas } from '../named-schemas.ts';
import { SPEC_BASE_URL, SPEC_VERSION } from '../spec-version.ts';
import { ATTENDANCE_MODES } from '../types/listing.ts';
import { CAPACITY_STATUSES } from '../types/referral.ts';
import { DAYS_OF_WEEK } from '../types/schedule.ts';
import { categories, conceptIds, inclusion, needs, vocabularies } from '../vocab/index.ts';
import { type JsonSchema, toPlainSchema } from './json-schema.ts';

const componentRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Named types become components; their cross-file `$ref`s point at components instead. */
function namedComponents(): Record<string, JsonSchema> {
  const titleById = new Map(namedSchemas.map((schema) => [schema.$id, schema.title]));
  const components: Record<string, JsonSchema> = {};
  for (const schema of namedSchemas) {
    const { $id: _id, ...component } = JSON.parse(
      JSON.stringify(toPlainSchema(schema), (key, value) =>
        key === '$ref' && titleById.has(value) ? `#/components/schemas/${titleById.get(value)}` : value,
      ),
    ) as JsonSchema;
    components[schema.title] = component;
  }
  return components;
}

/** Shapes that exist only in the query API, not in published data. */
const apiComponents: Record<string, JsonSchema> = {
  Problem: {
    type: 'object',
    description: 'An error, as RFC 9457 problem details.',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', format: 'uri-reference', description: 'A URI naming the kind of problem.' },
      title: { type: 'string', description: 'A short summary of the kind of problem.' },
      status: { type: 'integer', description: 'The HTTP status code.' },
      detail: { type: 'string', description: 'What went wrong this time and how to put it right.' },
      instance: { type: 'string', description: 'The request the problem concerns.' },
      errors: {
        type: 'array',
        description: 'Each problem with the request, with where it is.',
        items: {
          type: 'object',
          required: ['message'],
          properties: {
            parameter: { type: 'string', description: 'The query parameter at fault.' },
            pointer: { type: 'string', description: 'A JSON Pointer into the request body.' },
            code: {
              type: 'string',
              description: 'The validator’s notice code, for a request body it checked.',
            },
            message: { type: 'string', description: 'What is wrong and how to fix it.' },
          },
        },
      },
    },
  },
  ListingSearchResult: {
    type: 'object',
    required: ['listing', 'freshness'],
    properties: {
      listing: componentRef('Listing'),
      distanceKm: {
        type: 'number',
        minimum: 0,
        description: 'Distance in kilometres from the searched point to the listing’s location.',
      },
      freshness: {
        type: 'string',
        enum: ['fresh', 'ageing', 'stale', 'unknown'],
        description:
          'How recently a person confirmed the listing: `fresh` within 6 months, `ageing` within 12, `stale` beyond, `unknown` when never.',
      },
    },
  },
  ListingSearchPage: {
    type: 'object',
    required: ['items', 'total', 'page', 'limit'],
    properties: {
      items: { type: 'array', items: componentRef('ListingSearchResult') },
      total: { type: 'integer', minimum: 0, description: 'How many listings match in all.' },
      page: { type: 'integer', minimum: 1, description: 'This page’s number, from 1.' },
      limit: { type: 'integer', minimum: 1, description: 'The page size.' },
      next: { type: 'string', format: 'uri-reference', description: 'The next page, when there is one.' },
    },
  },
  OrganizationPage: {
    type: 'object',
    required: ['items', 'total', 'page', 'limit'],
    properties: {
      items: { type: 'array', items: componentRef('Organization') },
      total: { type: 'integer', minimum: 0 },
      page: { type: 'integer', minimum: 1 },
      limit: { type: 'integer', minimum: 1 },
      next: { type: 'string', format: 'uri-reference' },
    },
  },
  PublishResult: {
    type: 'object',
    required: ['id', 'notices'],
    properties: {
      id: { type: 'string', format: 'uri', description: 'The listing’s `id`.' },
      notices: {
        type: 'array',
        description:
          'What the validator would improve (warnings and hints); the listing is published as it is.',
        items: componentRef('Notice'),
      },
    },
  },
  Notice: {
    type: 'object',
    required: ['code', 'severity', 'pointer', 'message'],
    properties: {
      code: { type: 'string', description: 'The validator’s stable notice code.' },
      severity: { type: 'string', enum: ['error', 'warning', 'info'] },
      pointer: { type: 'string', description: 'A JSON Pointer to the property concerned.' },
      message: { type: 'string', description: 'What is wrong and how to fix it.' },
    },
  },
  VocabularySummary: {
    type: 'object',
    required: ['id', 'title', 'uri'],
    properties: {
      id: { type: 'string', description: 'The vocabulary’s short id.' },
      title: { type: 'string' },
      uri: { type: 'string', format: 'uri' },
    },
  },
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: componentRef('Problem') } },
});

/** Every operation may be rate limited, and may fail unexpectedly. */
const commonResponses = {
  429: problemResponse('Too many requests: try again after the time the `Retry-After` header gives.'),
  default: problemResponse('An unexpected error.'),
};

const json = (schema: JsonSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

type Parameter = { name: string; description: string; schema: JsonSchema; style?: string; explode?: boolean };

const query = (name: string, description: string, schema: JsonSchema): Parameter & { in: 'query' } => ({
  name,
  in: 'query',
  description,
  schema,
});

/** Lists are given as one comma-separated value (`category=arts,music`). */
const queryList = (name: string, description: string, values: readonly (string | number)[]) => ({
  ...query(name, description, { type: 'array', items: { type: 'string', enum: [...values] }, maxItems: 50 }),
  style: 'form',
  explode: false,
});

const pageParameters = [
  query('page', 'The page to return, from 1.', { type: 'integer', minimum: 1, default: 1 }),
  query('limit', 'How many results per page.', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
];

const listingSearchParameters = [
  query('postcode', 'Search near this UK postcode.', { type: 'string', maxLength: 8 }),
  query('lat', 'Search near this latitude (with `lng`).', { type: 'number', minimum: -90, maximum: 90 }),
  query('lng', 'Search near this longitude (with `lat`).', { type: 'number', minimum: -180, maximum: 180 }),
  query('radiusKm', 'How far from the point to search, in kilometres.', {
    type: 'number',
    exclusiveMinimum: 0,
    maximum: 200,
    default: 5,
  }),
  query('age', 'Only listings suitable for a young person of this age.', {
    type: 'integer',
    minimum: 0,
    maximum: 120,
  }),
  queryList('category', 'Only listings in any of these categories.', conceptIds(categories)),
  queryList('need', 'Only listings that help with any of these needs.', conceptIds(needs)),
  queryList('day', 'Only listings that run on any of these days.', DAYS_OF_WEEK),
  query('startsAfter', 'Only sessions starting at or after this local time (HH:MM).', {
    type: 'string',
    pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  }),
  query('endsBefore', 'Only sessions ending at or before this local time (HH:MM).', {
    type: 'string',
    pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  }),
  query('free', 'Only listings that are free to take part in.', { type: 'boolean' }),
  query('selfReferral', 'Only listings a young person can join by getting in touch themselves.', {
    type: 'boolean',
  }),
  queryList(
    'accessibility',
    'Only listings with all of these accessibility and inclusion features.',
    conceptIds(inclusion),
  ),
  query('attendanceMode', 'Only listings that take place this way.', {
    type: 'string',
    enum: [...ATTENDANCE_MODES],
  }),
  queryList('capacityStatus', 'Only listings in any of these capacity states.', CAPACITY_STATUSES),
  query('q', 'Words to search for in names, summaries and descriptions.', { type: 'string', maxLength: 200 }),
  query('sort', 'Order results by `distance` (needs a place) or `relevance`.', {
    type: 'string',
    enum: ['distance', 'relevance'],
  }),
  ...pageParameters,
];

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s \`id\`, percent-encoded.`,
  schema: { type: 'string', maxLength: 2048 },
});

/** The OpenAPI 3.1 description of the query API every OpenYouth server offers. */
export function buildOpenApi(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'OpenYouth API',
      version: SPEC_VERSION,
      summary: 'Search and feeds of activities for children and young people.',
      description:
        'The query API of the OpenYouth standard: a dataset descriptor, listing search and lookup, an RPDE change feed of listings, organisations and vocabularies; and, on servers that accept them, listings written by providers with an API key.',
      license: { name: 'CC BY 4.0', identifier: 'CC-BY-4.0' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: '/', description: 'The server this document is served from.' }],
    security: [],
    tags: [
      { name: 'dataset', description: 'Who publishes the data and where the feeds are.' },
      { name: 'listings', description: 'Search and look up listings.' },
      {
        name: 'publishing',
        description: 'Writing listings with a publisher API key, on servers that accept them.',
      },
      { name: 'feeds', description: 'RPDE change feeds.' },
      { name: 'organizations', description: 'Organisations that run listings.' },
      { name: 'vocabularies', description: 'The vocabularies listings use.' },
    ],
    externalDocs: { description: 'The OpenYouth standard', url: SPEC_BASE_URL },
    paths: {
      '/': {
        get: {
          operationId: 'getDataset',
          tags: ['dataset'],
          summary: 'The dataset descriptor',
          responses: {
            200: json(componentRef('Dataset'), 'The dataset descriptor.'),
            ...commonResponses,
          },
        },
      },
      '/listings': {
        get: {
          operationId: 'searchListings',
          tags: ['listings'],
          summary: 'Search listings',
          description:
            'Find listings near a place, for an age, by category, need, day and time, cost, referral route, accessibility and words. Filters combine with AND; a list filter matches any of its values unless it says otherwise.',
          parameters: listingSearchParameters,
          responses: {
            200: json(componentRef('ListingSearchPage'), 'A page of matching listings.'),
            400: problemResponse('A query parameter is not valid; `errors` says which and why.'),
            ...commonResponses,
          },
        },
      },
      '/listings/{id}': {
        get: {
          operationId: 'getListing',
          tags: ['listings'],
          summary: 'One listing',
          parameters: [idParameter('listing')],
          responses: {
            200: json(componentRef('Listing'), 'The listing.'),
            404: problemResponse('There is no listing with that id.'),
            ...commonResponses,
          },
        },
        put: {
          operationId: 'putListing',
          tags: ['publishing'],
          summary: 'Publish or replace a listing',
          description:
            'For providers without a feed of their own. The key decides the organisation: the listing’s `organizer.id` must be its organisation, and the listing must not be another organisation’s. The listing is checked by the validator: errors refuse it, warnings come back in `notices`. It appears in search and in the feed at once.',
          security: [{ publisherKey: [] }],
          parameters: [idParameter('listing')],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: componentRef('Listing') } },
          },
          responses: {
            200: json(componentRef('PublishResult'), 'The listing replaced the earlier version.'),
            201: json(componentRef('PublishResult'), 'The listing is new.'),
            400: problemResponse('The body is not JSON, or its `id` is not the one in the path.'),
            401: problemResponse('No API key, or one that is unknown or revoked.'),
            403: problemResponse('The listing belongs to an organisation this key may not write for.'),
            405: problemResponse('This server does not accept listings from providers.'),
            413: problemResponse('The body is larger than the server accepts.'),
            415: problemResponse('The body is not `application/json`.'),
            422: problemResponse('The listing has validator errors; `errors` lists each, with its pointer.'),
            ...commonResponses,
          },
        },
        delete: {
          operationId: 'deleteListing',
          tags: ['publishing'],
          summary: 'Withdraw a listing',
          description:
            'Withdraws a listing the key’s organisation published through this API; the feed carries the deletion.',
          security: [{ publisherKey: [] }],
          parameters: [idParameter('listing')],
          responses: {
            204: { description: 'The listing is withdrawn.' },
            401: problemResponse('No API key, or one that is unknown or revoked.'),
            403: problemResponse('The listing belongs to another organisation.'),
            405: problemResponse('This server does not accept listings from providers.'),
            404: problemResponse('This organisation has published no listing with that id here.'),
            ...commonResponses,
          },
        },
      },
      '/feeds/listings': {
        get: {
          operationId: 'getListingsFeed',
          tags: ['feeds'],
          summary: 'The RPDE change feed of listings',
          description:
            'An RPDE 1.0 feed ordered by `modified` then `id`. Start without parameters and follow `next` until a page has no items; then poll that page.',
          parameters: [
            query(
              'afterTimestamp',
              'Return items modified after this value (from the previous page’s `next`).',
              {
                type: 'integer',
                minimum: 0,
              },
            ),
            query(
              'afterId',
              'With `afterTimestamp`: return items after this id among those with the same `modified`.',
              {
                type: 'string',
                maxLength: 2048,
              },
            ),
          ],
          responses: {
            200: json(componentRef('FeedPage'), 'A page of the feed.'),
            400: problemResponse('The paging parameters are not valid.'),
            ...commonResponses,
          },
        },
      },
      '/organizations': {
        get: {
          operationId: 'listOrganizations',
          tags: ['organizations'],
          summary: 'Organisations that run listings',
          parameters: pageParameters,
          responses: {
            200: json(componentRef('OrganizationPage'), 'A page of organisations.'),
            400: problemResponse('A query parameter is not valid.'),
            ...commonResponses,
          },
        },
      },
      '/organizations/{id}': {
        get: {
          operationId: 'getOrganization',
          tags: ['organizations'],
          summary: 'One organisation',
          parameters: [idParameter('organisation')],
          responses: {
            200: json(componentRef('Organization'), 'The organisation.'),
            404: problemResponse('There is no organisation with that id.'),
            ...commonResponses,
          },
        },
      },
      '/vocab': {
        get: {
          operationId: 'listVocabularies',
          tags: ['vocabularies'],
          summary: 'The vocabularies',
          responses: {
            200: json({ type: 'array', items: componentRef('VocabularySummary') }, 'Every vocabulary.'),
            ...commonResponses,
          },
        },
      },
      '/vocab/{vocabulary}': {
        get: {
          operationId: 'getVocabulary',
          tags: ['vocabularies'],
          summary: 'One vocabulary',
          parameters: [
            {
              name: 'vocabulary',
              in: 'path',
              required: true,
              description: 'The vocabulary’s id.',
              schema: { type: 'string', enum: vocabularies.map((vocabulary) => vocabulary.id) },
            },
          ],
          responses: {
            200: json(componentRef('Vocabulary'), 'The vocabulary with all its concepts.'),
            404: problemResponse('There is no vocabulary with that id.'),
            ...commonResponses,
          },
        },
      },
    },
    components: {
      schemas: { ...namedComponents(), ...apiComponents },
      securitySchemes: {
        publisherKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A publisher API key (`oy_…`) from the people who run the server, limited to one organisation’s listings. Send it as `Authorization: Bearer <key>`.',
        },
      },
    },
  };
}
