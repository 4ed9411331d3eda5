import { DAY_CODES, listingsToOruk, orukPage, orukServiceId } from '@openyouth/convert';
import type { FastifyPluginAsync } from 'fastify';
import { badQuery, notFound, type RequestFault } from '../errors.ts';
import type { Geocoder } from '../geocode/types.ts';
import type { IndexedListing, SearchIndex } from '../search/index-listings.ts';
import type { SearchQuery } from '../search/query.ts';
import { searchListings } from '../search/search.ts';

const serviceOf = (entry: IndexedListing) => listingsToOruk([entry.listing]).output[0];

// Service id → listing, worked out once per index rather than by converting every listing per request.
const byServiceId = new WeakMap<SearchIndex, Map<string, IndexedListing>>();
function entryForService(index: SearchIndex, serviceId: string): IndexedListing | undefined {
  let ids = byServiceId.get(index);
  if (!ids) {
    ids = new Map(index.entries.map((entry) => [orukServiceId(entry.id), entry]));
    byServiceId.set(index, ids);
  }
  return ids.get(serviceId);
}

interface OrukQuery {
  page?: string;
  per_page?: string;
  minimum_age?: string;
  maximum_age?: string;
  day?: string;
  postcode?: string;
  proximity?: string;
  search?: string;
}

function wholeNumber(faults: RequestFault[], parameter: string, value: string | undefined, max: number) {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (Number.isInteger(number) && number >= 0 && number <= max) return number;
  faults.push({
    parameter,
    message: `\`${parameter}\` must be a whole number from 0 to ${max}, not '${value}'.`,
  });
  return undefined;
}

/**
 * An Open Referral UK view of the directory, so existing ORUK directories can consume it:
 * `/oruk/`, `/oruk/services` (the HSDS 3 page envelope, with ORUK's filters) and `/oruk/services/:id`.
 */
export const orukRoutes: FastifyPluginAsync<{ geocoder: Geocoder; now: () => Date }> = async (
  app,
  options,
) => {
  app.get('/oruk/', async (request) => ({
    version: '3.0',
    profile: 'https://github.com/OpenReferralUK/uk-profile',
    openapi_url: `${request.protocol}://${request.host}/openapi.json`,
  }));

  app.get('/oruk/services', async (request) => {
    const query = request.query as OrukQuery;
    const faults: RequestFault[] = [];
    const page = wholeNumber(faults, 'page', query.page, 100_000) ?? 1;
    const size = wholeNumber(faults, 'per_page', query.per_page, 100) ?? 20;
    const minimumAge = wholeNumber(faults, 'minimum_age', query.minimum_age, 120);
    const maximumAge = wholeNumber(faults, 'maximum_age', query.maximum_age, 120);
    const proximity = wholeNumber(faults, 'proximity', query.proximity, 200_000);
    const day =
      query.day === undefined ? undefined : (DAY_CODES[query.day.slice(0, 2).toUpperCase()] ?? null);
    if (day === null)
      faults.push({
        parameter: 'day',
        message: `\`day\` is a day of the week (MO to SU), not '${query.day}'.`,
      });
    if (page < 1) faults.push({ parameter: 'page', message: '`page` counts from 1.' });
    if (size < 1) faults.push({ parameter: 'per_page', message: '`per_page` is at least 1.' });
    const near = query.postcode === undefined ? undefined : await options.geocoder.lookup(query.postcode);
    if (query.postcode !== undefined && !near) {
      faults.push({
        parameter: 'postcode',
        message: `The postcode '${query.postcode}' is not one this server knows.`,
      });
    }
    if (faults.length > 0) throw badQuery(faults);

    const search: SearchQuery = {
      ...(near && { near, radiusKm: (proximity ?? 5000) / 1000 }),
      ...(day && { day: [day] }),
      ...(query.search && { q: query.search }),
      page: 1,
      limit: Number.MAX_SAFE_INTEGER,
    };
    // ORUK's age filters keep services whose eligibility overlaps the ages asked about.
    const matching = searchListings(app.directory.index, search, options.now()).items.filter(
      ({ entry }) =>
        (minimumAge === undefined || entry.ageMax >= minimumAge) &&
        (maximumAge === undefined || entry.ageMin <= maximumAge),
    );
    const services = matching.slice((page - 1) * size, page * size).map(({ entry }) => serviceOf(entry));
    return orukPage(
      services.filter((service) => service !== undefined),
      {
        pageNumber: page,
        size,
        totalItems: matching.length,
      },
    );
  });

  app.get('/oruk/services/:id', async (request) => {
    const { id } = request.params as { id: string };
    const entry = entryForService(app.directory.index, id);
    const service = entry && serviceOf(entry);
    if (service) return service;
    throw notFound(`There is no service with the id '${id}'. Ids come from /oruk/services.`);
  });
};
