import { expect, it } from 'vitest';
import * as server from '../src/index.ts';

it('exports exactly the public API (a change here is a change to the package API)', () => {
  expect(Object.keys(server).sort()).toMatchInlineSnapshot(`
    [
      "BODY_LIMIT_BYTES",
      "DEFAULT_LIMIT",
      "DEFAULT_RADIUS_KM",
      "DEFAULT_RATE_LIMIT",
      "SERVER_ERRORS",
      "ServerError",
      "buildSearchIndex",
      "buildServer",
      "centroidsFromListings",
      "collectOrganizations",
      "createMemoryGeocoder",
      "createPostcodesIoGeocoder",
      "createSqliteGeocoder",
      "defaultDataset",
      "importPostcodeCsv",
      "loadListings",
      "meanCentroids",
      "normalisePostcode",
      "resultOf",
      "searchListings",
      "searchPageJson",
    ]
  `);
});
