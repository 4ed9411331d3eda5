import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { badQuery, notFound, type RequestFault } from '../errors.ts';
import { normalisePostcode } from '../geocode/postcode.ts';
import type { Geocoder, LatLng } from '../geocode/types.ts';
import type { SearchQuery } from '../search/query.ts';
import type { DayOfWeek } from '../search/schedule.ts';
import { searchListings } from '../search/search.ts';
import { searchPageJson } from '../search/serialise.ts';
import { listParameters, parametersSchema } from '../spec-operations.ts';
import { pageLink, splitListParameters } from './query-lists.ts';

/** The query of `GET /listings`, as the standard's OpenAPI document declares it. */
export interface ListingSearchParameters {
  postcode?: string;
  lat?: number;
  lng?: number;
  radiusKm: number;
  age?: number;
  category?: string[];
  need?: string[];
  day?: DayOfWeek[];
  startsAfter?: string;
  endsBefore?: string;
  free?: boolean;
  selfReferral?: boolean;
  accessibility?: string[];
  attendanceMode?: 'in-person' | 'online' | 'mixed';
  capacityStatus?: string[];
  q?: string;
  sort?: 'distance' | 'relevance';
  page: number;
  limit: number;
}

export const ListingSearchQuerystring = Type.Unsafe<ListingSearchParameters>(
  parametersSchema('/listings', 'query'),
);

/** Where to search near: a postcode looked up, or a latitude and longitude given together. */
export async function resolvePlace(
  parameters: Pick<ListingSearchParameters, 'postcode' | 'lat' | 'lng'>,
  geocoder: Geocoder,
): Promise<{ near?: LatLng; faults: RequestFault[] }> {
  const { postcode, lat, lng } = parameters;
  if (postcode !== undefined && (lat !== undefined || lng !== undefined)) {
    return {
      faults: [{ parameter: 'postcode', message: 'Give either `postcode` or `lat` and `lng`, not both.' }],
    };
  }
  if ((lat === undefined) !== (lng === undefined)) {
    const missing = lat === undefined ? 'lat' : 'lng';
    return {
      faults: [{ parameter: missing, message: `\`lat\` and \`lng\` go together: add \`${missing}\`.` }],
    };
  }
  if (lat !== undefined && lng !== undefined) return { near: { lat, lng }, faults: [] };
  if (postcode === undefined) return { faults: [] };
  const normalised = normalisePostcode(postcode);
  if (!normalised) {
    return {
      faults: [
        {
          parameter: 'postcode',
          message: `\`postcode\` "${postcode}" is not a UK postcode: give one like BS5 9JB.`,
        },
      ],
    };
  }
  const near = await geocoder.lookup(normalised);
  if (!near) {
    return {
      faults: [
        {
          parameter: 'postcode',
          message: `The postcode ${normalised} is not known here: check it, or search with \`lat\` and \`lng\` instead.`,
        },
      ],
    };
  }
  return { near, faults: [] };
}

/** The search the index runs for validated parameters and a place. */
export function toSearchQuery(parameters: ListingSearchParameters, near?: LatLng): SearchQuery {
  const { postcode: _postcode, lat: _lat, lng: _lng, ...filters } = parameters;
  return Object.fromEntries(
    Object.entries({ ...filters, ...(near ? { near } : {}) }).filter(([, value]) => value !== undefined),
  ) as SearchQuery;
}

export interface ListingRoutesOptions {
  geocoder: Geocoder;
  now: () => Date;
}

export const listingRoutes: FastifyPluginAsyncTypebox<ListingRoutesOptions> = async (
  app,
  { geocoder, now },
) => {
  app.get(
    '/listings',
    {
      schema: { querystring: ListingSearchQuerystring },
      preValidation: splitListParameters(listParameters('/listings')),
    },
    async (request, reply) => {
      const { near, faults } = await resolvePlace(request.query, geocoder);
      if (request.query.sort === 'distance' && !near && !faults.length) {
        faults.push({
          parameter: 'sort',
          message: '`sort=distance` needs a place: add `postcode`, or `lat` and `lng`.',
        });
      }
      if (faults.length) throw badQuery(faults);
      const outcome = searchListings(
        (app as FastifyInstance).directory.index,
        toSearchQuery(request.query, near),
        now(),
      );
      const next =
        outcome.page * outcome.limit < outcome.total ? pageLink(request.url, outcome.page + 1) : undefined;
      return reply.type('application/json; charset=utf-8').send(searchPageJson(outcome, next));
    },
  );

  app.get(
    '/listings/:id',
    { schema: { params: Type.Object({ id: Type.String() }) } },
    async (request, reply) => {
      const entry = (app as FastifyInstance).directory.index.byId.get(request.params.id);
      if (!entry) throw notFound(`There is no listing with the id ${request.params.id}.`);
      return reply.type('application/json; charset=utf-8').send(entry.json);
    },
  );
};
