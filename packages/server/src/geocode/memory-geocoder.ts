import type { Listing } from '@openyouth/schema';
import { normalisePostcode } from './postcode.ts';
import type { Geocoder, LatLng } from './types.ts';

/** A geocoder over a fixed table of postcode centroids. */
export function createMemoryGeocoder(centroids: Iterable<[string, LatLng]>): Geocoder {
  const table = new Map<string, LatLng>();
  for (const [postcode, point] of centroids) {
    const key = normalisePostcode(postcode);
    if (key) table.set(key, point);
  }
  return { lookup: async (postcode) => table.get(normalisePostcode(postcode) ?? '') };
}

/**
 * Postcode centroids worked out from listings that give both a postcode and a point: the mean of
 * their points. Lets a server with no postcode file find places near the postcodes its listings use.
 */
export function centroidsFromListings(listings: readonly Listing[]): Map<string, LatLng> {
  return meanCentroids(
    listings.map((listing) => {
      const geo = listing.location?.geo;
      return [listing.location?.address?.postalCode, geo && { lat: geo.latitude, lng: geo.longitude }];
    }),
  );
}

/** The mean point of each postcode among `[postcode, point]` pairs; pairs missing either are ignored. */
export function meanCentroids(
  pairs: Iterable<[string | undefined, LatLng | undefined]>,
): Map<string, LatLng> {
  const sums = new Map<string, { lat: number; lng: number; count: number }>();
  for (const [text, point] of pairs) {
    const postcode = normalisePostcode(text ?? '');
    if (!postcode || !point) continue;
    const sum = sums.get(postcode) ?? { lat: 0, lng: 0, count: 0 };
    sums.set(postcode, { lat: sum.lat + point.lat, lng: sum.lng + point.lng, count: sum.count + 1 });
  }
  return new Map(
    [...sums].map(([postcode, sum]) => [postcode, { lat: sum.lat / sum.count, lng: sum.lng / sum.count }]),
  );
}
