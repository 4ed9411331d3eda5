import { request } from 'undici';
import { ServerError } from '../errors.ts';
import { normalisePostcode } from './postcode.ts';
import type { Geocoder, LatLng } from './types.ts';

export interface PostcodesIoOptions {
  /** The service's root, such as https://api.postcodes.io or a self-hosted copy. */
  baseUrl: string;
  /** Milliseconds to wait for an answer. */
  timeoutMs?: number;
  /** How many answers to remember, so a busy directory does not ask about the same postcode again. */
  cacheSize?: number;
}

interface PostcodesIoAnswer {
  status: number;
  result?: { latitude: number | null; longitude: number | null };
}

/** A geocoder asking a postcodes.io-compatible service: `GET /postcodes/{postcode}`. */
export function createPostcodesIoGeocoder({
  baseUrl,
  timeoutMs = 5000,
  cacheSize = 10_000,
}: PostcodesIoOptions): Geocoder {
  const cache = new Map<string, LatLng | undefined>();
  const root = baseUrl.replace(/\/+$/, '');
  return {
    async lookup(postcode) {
      const key = normalisePostcode(postcode);
      if (!key) return undefined;
      if (cache.has(key)) return cache.get(key);
      let answer: PostcodesIoAnswer | undefined;
      try {
        const response = await request(`${root}/postcodes/${encodeURIComponent(key)}`, {
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        if (response.statusCode === 404) {
          await response.body.dump();
        } else if (response.statusCode !== 200) {
          await response.body.dump();
          throw new Error(`it answered HTTP ${response.statusCode}`);
        } else {
          answer = (await response.body.json()) as PostcodesIoAnswer;
        }
      } catch (error) {
        throw new ServerError(
          'OY_ERR_SERVER_GEOCODER_FAILED',
          `The postcode lookup at ${root} did not answer for ${key}: try again, or search with lat and lng.`,
          { cause: error, statusCode: 502 },
        );
      }
      const result = answer?.result;
      const point =
        result && typeof result.latitude === 'number' && typeof result.longitude === 'number'
          ? { lat: result.latitude, lng: result.longitude }
          : undefined;
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(key, point);
      return point;
    },
  };
}
