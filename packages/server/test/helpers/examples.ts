import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Listing } from '@openyouth/schema';

export const EXAMPLES_DIR = join(import.meta.dirname, '../../../../spec/0.1/examples/listings');

/** The standard's bundled example listings: the fixtures of these tests. */
export function exampleListings(): Listing[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(EXAMPLES_DIR, name), 'utf8')) as Listing);
}

export const exampleNamed = (name: string): Listing => {
  const listing = exampleListings().find((candidate) => candidate.name === name);
  if (!listing) throw new Error(`no example listing named ${name}`);
  return listing;
};
