import { describe, expect, it } from 'vitest';
import { checkListing, listing } from '../examples/typed-listing.ts';

describe('examples/typed-listing.ts', () => {
  it('builds a listing the TypeScript types accept and the JSON Schema accepts too', () => {
    expect(checkListing(listing)).toEqual([]);
  });

  it('reports what is wrong when the types are bypassed', () => {
    expect(checkListing({ ...listing, ageRange: { minValue: 11 } })).toEqual([
      "/ageRange must have required property 'maxValue'",
    ]);
  });
});
