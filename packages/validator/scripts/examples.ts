import { readFileSync } from 'node:fs';
import { createValidator, type ExampleData, type Report } from '@openyouth/validator';

/** The date documentation examples and rule tests are judged on, so they never go stale. */
export const EXAMPLE_NOW = new Date('2026-11-24T12:00:00Z');

/** The valid listing every listing example starts from. */
export const BASE_LISTING: Record<string, unknown> = JSON.parse(
  readFileSync(
    new URL('../../../spec/0.1/examples/listings/clifton-youth-club.json', import.meta.url),
    'utf8',
  ),
);

/** The base listing with top-level properties replaced and others left out. */
export function patchListing(
  patch: Record<string, unknown>,
  omit: readonly string[] = [],
): Record<string, unknown> {
  const listing: Record<string, unknown> = { ...BASE_LISTING, ...patch };
  for (const property of omit) delete listing[property];
  return listing;
}

/** Runs the validator on an example, as the documentation page shows it. */
export function runExample(example: ExampleData): Report {
  const validator = createValidator({ now: EXAMPLE_NOW, maxSamplesPerCode: 100 });
  const source = { name: 'example.json' };
  if ('text' in example) validator.text(example.text, source);
  else if ('document' in example) validator.document(example.document, source);
  else if ('listings' in example)
    validator.document(
      example.listings.map((patch) => patchListing(patch)),
      source,
    );
  else validator.document(patchListing(example.listing, example.omit), source);
  return validator.finish();
}

/** The example as JSON for a documentation page. */
export function exampleText(example: ExampleData): string {
  if ('text' in example) return example.text;
  if ('document' in example) return JSON.stringify(example.document, null, 2);
  if ('listings' in example) return JSON.stringify(example.listings, null, 2);
  return JSON.stringify(example.listing, null, 2);
}
