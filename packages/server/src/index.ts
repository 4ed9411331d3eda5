export { BODY_LIMIT_BYTES, buildServer, defaultDataset, type ServerOptions } from './app.ts';
export { type RequestFault, SERVER_ERRORS, ServerError, type ServerErrorCode } from './errors.ts';
export { importPostcodeCsv } from './geocode/import-postcodes.ts';
export { centroidsFromListings, createMemoryGeocoder, meanCentroids } from './geocode/memory-geocoder.ts';
export { normalisePostcode } from './geocode/postcode.ts';
export { createPostcodesIoGeocoder, type PostcodesIoOptions } from './geocode/postcodes-io-geocoder.ts';
export { createSqliteGeocoder } from './geocode/sqlite-geocoder.ts';
export type { Geocoder, LatLng } from './geocode/types.ts';
export type { DirectoryData } from './plugins/directory-data.ts';
export { DEFAULT_RATE_LIMIT, type SecurityOptions } from './plugins/security.ts';
export { buildSearchIndex, type IndexedListing, type SearchIndex } from './search/index-listings.ts';
export { loadListings } from './search/load-listings.ts';
export { collectOrganizations } from './search/organizations.ts';
export { DEFAULT_LIMIT, DEFAULT_RADIUS_KM, type SearchQuery, type SortOrder } from './search/query.ts';
export type { DayOfWeek } from './search/schedule.ts';
export {
  resultOf,
  type SearchHit,
  type SearchOutcome,
  type SearchResult,
  searchListings,
} from './search/search.ts';
export { searchPageJson } from './search/serialise.ts';
