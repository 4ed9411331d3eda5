// Writes test/fixtures/postcodes.csv: centroids of the bundled example listings' postcodes, in the
// ONS Postcode Directory's column layout (a few of its columns), for the geocoder tests and demos.
// Run: node --conditions=@openyouth/source packages/server/scripts/build-postcode-fixture.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Listing } from '@openyouth/schema';
import { centroidsFromListings } from '../src/geocode/memory-geocoder.ts';

const examples = join(import.meta.dirname, '../../../spec/0.1/examples/listings');
const listings = readdirSync(examples)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(examples, name), 'utf8')) as Listing);

const rows = [...centroidsFromListings(listings)]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([postcode, { lat, lng }]) =>
    [postcode.replace(' ', '').padEnd(7, ' '), postcode, '', lat.toFixed(6), lng.toFixed(6)].join(','),
  );
// A postcode ONSPD lists without a grid reference, which the importer skips.
rows.push('ZZ991ZZ,ZZ99 1ZZ,,99.999999,0.000000');

writeFileSync(
  join(import.meta.dirname, '../test/fixtures/postcodes.csv'),
  `pcd,pcds,doterm,lat,long\n${rows.join('\n')}\n`,
);
