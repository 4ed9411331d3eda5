import { readdirSync, readFileSync } from 'node:fs';
import type { Listing } from '@openyouth/schema';

const examplesDir = new URL('../../../../spec/0.1/examples/listings/', import.meta.url);
// Verbatim copies of Open Referral's published examples (see fixtures/hsds/README.md).
export const HSDS_DIR = new URL('../fixtures/hsds/', import.meta.url).pathname;

/** The 17 valid example listings of the spec, by file name. */
export function exampleListings(): { file: string; listing: Listing }[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      listing: JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8')) as Listing,
    }));
}

export function hsdsFixture(name: string): unknown {
  return JSON.parse(readFileSync(`${HSDS_DIR}${name}`, 'utf8'));
}
